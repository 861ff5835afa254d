package org.sverka.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sverka.claims.Cite;
import org.sverka.claims.ClaimsFile;
import org.sverka.claims.Finding;
import org.sverka.claims.VersionMatrix;

/**
 * The report's claims pages: {@code findings.html} (every finding of {@code sverka check}, with its
 * citations and their original text) and {@code versions-EVENT.html} (the version matrix of each
 * event). Without a claims file the findings page says how to get one.
 */
final class ClaimsPages {
  static final ClaimsPages NONE = new ClaimsPages(null, List.of());

  private final ClaimsFile file;
  private final List<Finding> findings;

  ClaimsPages(ClaimsFile file, List<Finding> findings) {
    this.file = file;
    this.findings = List.copyOf(findings);
  }

  static String versionsPage(String event) {
    return "versions-" + event.replaceAll("[^\\p{L}\\p{N}._-]", "_") + ".html";
  }

  /** The findings page and one versions page per event, by file name. */
  Map<String, ReportWriter.Page> pages() {
    Map<String, ReportWriter.Page> m = new LinkedHashMap<>();
    m.put("findings.html", this::writeFindings);
    if (file != null) {
      for (String event : VersionMatrix.events(file)) {
        m.put(versionsPage(event), w -> writeVersions(w, VersionMatrix.of(file, event)));
      }
    }
    return m;
  }

  /** Deletes the versions pages of an earlier report (events may have gone). */
  static void deleteOld(Path dir) throws IOException {
    try (var old = Files.list(dir)) {
      for (Path p : old.toList()) {
        String n = p.getFileName().toString();
        if (n.startsWith("versions-") && n.endsWith(".html")) {
          Files.delete(p);
        }
      }
    }
  }

  private void writeFindings(Writer w) throws IOException {
    ReportWriter.head(w, "Findings — Sverka", "sverka.css");
    w.write("<header>");
    ReportWriter.nav(w, "", "findings.html");
    w.write("<h1>Findings</h1>");
    if (file == null) {
      w.write(
          "<p class=\"sub\">No claims file was checked for this report. Write one (see"
              + " claims.yaml in the demo corpus) and run <code>sverka report --case CASE --claims"
              + " claims.yaml</code>.</p></header>\n</body>\n</html>\n");
      return;
    }
    long definite =
        findings.stream().filter(f -> f.certainty() == Finding.Certainty.DEFINITE).count();
    w.write(
        "<p class=\"sub\">"
            + findings.size()
            + " findings ("
            + definite
            + " definite, "
            + (findings.size() - definite)
            + " possible) from "
            + file.claims().size()
            + " claims in "
            + Html.esc(
                file.file() == null ? "the claims file" : file.file().getFileName().toString())
            + ".</p>\n");
    List<String> events = VersionMatrix.events(file);
    if (!events.isEmpty()) {
      w.write("<p class=\"sub\">Versions: ");
      for (int i = 0; i < events.size(); i++) {
        w.write(
            (i == 0 ? "" : " · ")
                + "<a href=\""
                + Html.esc(versionsPage(events.get(i)))
                + "\">"
                + Html.esc(events.get(i))
                + "</a>");
      }
      w.write("</p>\n");
    }
    w.write("</header>\n<main>\n");
    int n = 0;
    for (Finding f : findings) {
      n++;
      w.write(
          "<section class=\"quote finding\" id=\"F"
              + n
              + "\">\n<h2><a href=\"#F"
              + n
              + "\">#"
              + n
              + "</a> <span class=\"verdict c-"
              + f.certainty()
              + "\">"
              + f.certainty()
              + "</span> <span class=\"verdict\">"
              + f.type()
              + "</span> <span class=\"sub\">"
              + Html.esc(String.join(", ", f.claims()))
              + "</span></h2>\n");
      w.write("<p class=\"explain\">" + Html.esc(f.explanation()) + "</p>\n");
      for (Finding.Citation c : f.citations()) {
        w.write(
            "<p class=\"cite\">"
                + link(c.cite())
                + (c.claim() == null ? " · place" : " · claim " + Html.esc(c.claim()))
                + "</p>\n");
        String t = c.text();
        w.write(
            "<blockquote>"
                + Html.esc(t.length() > 1500 ? t.substring(0, 1497) + "…" : t)
                + "</blockquote>\n");
      }
      w.write("</section>\n");
    }
    w.write("</main>\n</body>\n</html>\n");
  }

  private static String link(String cite) {
    return Cite.parse(cite)
        .map(c -> ReportWriter.citeLink(c.doc(), c.lineStart(), c.lineEnd()))
        .orElse(Html.esc(cite));
  }

  private void writeVersions(Writer w, VersionMatrix vm) throws IOException {
    ReportWriter.head(w, "Versions of " + vm.event() + " — Sverka", "sverka.css");
    w.write("<header>");
    ReportWriter.nav(w, "", "");
    w.write(
        "<h1>Versions: "
            + Html.esc(vm.event())
            + "</h1><p class=\"sub\">"
            + vm.rows().size()
            + " versions, one row per source in the order said. <a href=\"findings.html\">All"
            + " findings</a></p></header>\n<main>\n<table class=\"docs versions\">\n<tr><th>said"
            + " on</th><th>said by</th>");
    for (String s : vm.slots()) {
      w.write("<th>" + Html.esc(s) + "</th>");
    }
    w.write("<th>cite</th></tr>\n");
    for (VersionMatrix.Row r : vm.rows()) {
      w.write(
          "<tr><td class=\"date\">"
              + Html.esc(r.saidOn() == null ? "?" : r.saidOn())
              + "</td><td>"
              + Html.esc(r.saidBy())
              + "</td>");
      for (String s : vm.slots()) {
        List<String> v = r.cells().get(s);
        w.write(
            "<td>"
                + (v.isEmpty() ? "<span class=\"date\">—</span>" : Html.esc(String.join("; ", v)))
                + "</td>");
      }
      w.write("<td>");
      for (int i = 0; i < r.cites().size(); i++) {
        w.write((i == 0 ? "" : "<br>") + link(r.cites().get(i)));
      }
      w.write("</td></tr>\n");
    }
    w.write("</table>\n</main>\n</body>\n</html>\n");
  }
}
