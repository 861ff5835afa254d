package org.sverka.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sverka.claims.Cite;
import org.sverka.claims.Claim;
import org.sverka.claims.ClaimsFile;
import org.sverka.claims.Finding;
import org.sverka.claims.VersionMatrix;

/**
 * The report's claims pages: {@code findings.html} (every finding of {@code sverka check}, with its
 * citations and their original text), {@code claims.html} (the claims, with edit and delete buttons
 * in {@code sverka serve --claims}) and {@code versions-EVENT.html} (the version matrix of each
 * event). Without a claims file the findings and claims pages say how to give one.
 */
final class ClaimsPages {
  static final ClaimsPages NONE = new ClaimsPages(null, List.of());

  /** Where the pages are shown: the static report, or served without or with a claims file. */
  enum Mode {
    STATIC,
    SERVED,
    EDITABLE
  }

  private final ClaimsFile file;
  private final List<Finding> findings;
  private final Mode mode;

  ClaimsPages(ClaimsFile file, List<Finding> findings) {
    this(file, findings, Mode.STATIC);
  }

  ClaimsPages(ClaimsFile file, List<Finding> findings, Mode mode) {
    this.file = file;
    this.findings = List.copyOf(findings);
    this.mode = mode;
  }

  /** Whether the claims editor is on: served with a claims file. */
  boolean editable() {
    return mode == Mode.EDITABLE && file != null;
  }

  static String versionsPage(String event) {
    return "versions-" + event.replaceAll("[^\\p{L}\\p{N}._-]", "_") + ".html";
  }

  /** The findings page and one versions page per event, by file name. */
  Map<String, ReportWriter.Page> pages() {
    Map<String, ReportWriter.Page> m = new LinkedHashMap<>();
    m.put("findings.html", this::writeFindings);
    m.put("claims.html", this::writeClaims);
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

  /**
   * A claims page's head, navigation and title; without a claims file, or with one that has
   * problems, the whole page (saying so), and false.
   */
  private boolean begin(Writer w, String title, String page, String noFile) throws IOException {
    ReportWriter.head(w, title + " — Sverka", "sverka.css");
    w.write("<header>");
    ReportWriter.nav(w, "", page);
    w.write("<h1>" + title + "</h1>");
    if (file == null) {
      w.write(noClaims(noFile) + "</header>\n");
      w.write("</body>\n</html>\n");
      return false;
    }
    if (!file.ok()) {
      writeProblems(w);
      w.write("</body>\n</html>\n");
      return false;
    }
    return true;
  }

  private void writeFindings(Writer w) throws IOException {
    if (!begin(w, "Findings", "findings.html", "No claims file was checked for this report.")) {
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
            + "."
            + (editable()
                ? " Checked live: add a claim from a document's lines, edit or delete one on the"
                    + " <a href=\"claims.html\">Claims</a> page."
                : "")
            + "</p>\n");
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

  /**
   * For the overview: the definite findings (the first ten), each linked to its place on the
   * findings page; empty without a checked claims file.
   */
  String overview() {
    if (file == null || !file.ok() || findings.isEmpty()) {
      return "";
    }
    List<Integer> definite = new java.util.ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      if (findings.get(i).certainty() == Finding.Certainty.DEFINITE) {
        definite.add(i);
      }
    }
    StringBuilder b =
        new StringBuilder(
            "<h3>Claims that cannot all be true (<a href=\"findings.html\">"
                + definite.size()
                + " definite findings</a> of "
                + findings.size()
                + ")</h3>\n<ul class=\"findings\">");
    for (int i : definite.subList(0, Math.min(10, definite.size()))) {
      Finding f = findings.get(i);
      b.append("<li><a href=\"findings.html#F")
          .append(i + 1)
          .append("\">")
          .append(Html.esc(f.type().name()))
          .append("</a> ")
          .append(Html.esc(String.join(", ", f.claims())))
          .append(": ")
          .append(Html.esc(f.explanation()))
          .append("</li>");
    }
    if (definite.isEmpty()) {
      b.append("<li class=\"empty\">None.</li>");
    }
    return b.append("</ul>\n").toString();
  }

  /** What to do without a claims file, for the report or the server. */
  private String noClaims(String what) {
    if (mode == Mode.STATIC) {
      return "<p class=\"sub\">"
          + what
          + " Write one (see claims.yaml in the demo corpus) and run <code>sverka report --case"
          + " CASE --claims claims.yaml</code>, or edit it in the browser with <code>sverka serve"
          + " --case CASE --claims claims.yaml</code>.</p>";
    }
    return "<p class=\"sub\">This server was started without a claims file. To see the findings"
        + " of your claims, checked live, and to add, edit and delete claims from the documents,"
        + " start it with one: <code>sverka serve --case CASE --claims claims.yaml</code>.</p>";
  }

  /**
   * The problems of a claims file that cannot be checked, one a line, and the end of the header.
   */
  private void writeProblems(Writer w) throws IOException {
    w.write(
        "<p class=\"sub\">"
            + Html.esc(
                file.file() == null ? "The claims file" : file.file().getFileName().toString())
            + " has "
            + file.problems().size()
            + (file.problems().size() == 1 ? " problem" : " problems")
            + "; nothing is checked until "
            + (file.problems().size() == 1 ? "it is" : "they are")
            + " fixed.</p></header>\n<main>\n<ul class=\"problems\">");
    for (org.sverka.ingest.Problem p : file.problems()) {
      w.write("<li>" + Html.esc(p.toString()) + "</li>");
    }
    w.write("</ul>\n</main>\n");
  }

  /** The claims page: every claim with its shape, source and cited text; edit and delete live. */
  private void writeClaims(Writer w) throws IOException {
    if (!begin(w, "Claims", "claims.html", "No claims file was given for this report.")) {
      return;
    }
    w.write(
        "<p class=\"sub\">"
            + file.claims().size()
            + " claims in "
            + Html.esc(
                file.file() == null ? "the claims file" : file.file().getFileName().toString())
            + ", in the file's order. <a href=\"findings.html\">Findings</a>"
            + (editable()
                ? ". To add a claim, select its line (or shift-click a range) in a document and"
                    + " press <b>New claim</b>. Every save keeps a backup of the file."
                : "")
            + "</p></header>\n<main"
            + (editable() ? " class=\"claims\" data-claims=\"edit\"" : " class=\"claims\"")
            + ">\n<table class=\"docs claims\">\n<thead><tr><th>Claim</th><th>Says</th><th>Said"
            + " by</th><th>Source</th>"
            + (editable() ? "<th></th>" : "")
            + "</tr></thead>\n<tbody>\n");
    for (Claim c : file.claims()) {
      w.write(
          "<tr id=\"C-"
              + Html.esc(c.id())
              + "\"><td class=\"id\"><b>"
              + Html.esc(c.id())
              + "</b>"
              + (c.established() ? " <span class=\"verdict\">established</span>" : "")
              + "</td><td>"
              + Html.esc(says(c))
              + "</td><td>"
              + Html.esc(file.personName(c.saidBy()))
              + (c.saidOn() == null
                  ? ""
                  : " <span class=\"date\">" + Html.esc(c.saidOn().toString()) + "</span>")
              + "</td><td><span class=\"cite\">"
              + link(c.cite().toString())
              + "</span> <q>"
              + Html.esc(c.shortText(160))
              + "</q></td>");
      if (editable()) {
        w.write(
            "<td class=\"act\"><button type=\"button\" class=\"edit\" data-id=\""
                + Html.esc(c.id())
                + "\">Edit</button> <button type=\"button\" class=\"delete\" data-id=\""
                + Html.esc(c.id())
                + "\">Delete</button></td>");
      }
      w.write("</tr>\n");
    }
    w.write("</tbody></table>\n</main>\n</body>\n</html>\n");
  }

  /** What a claim says, in a few words. */
  private String says(Claim c) {
    if (c.shape() instanceof Claim.Presence p) {
      return String.join(", ", p.who().stream().map(file::personName).toList())
          + " at "
          + file.placeName(p.where())
          + (p.throughout() ? " throughout " : ", within ")
          + p.when();
    }
    if (c.shape() instanceof Claim.EventValue v) {
      return v.event() + " · " + v.slot() + ": " + String.join("; ", v.values());
    }
    Claim.Stance st = (Claim.Stance) c.shape();
    return (st.affirms() ? "affirms " : "denies ") + st.proposition();
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
