package org.sverka.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
   * A claims page's head; without a claims file, or with one that has problems, the whole page
   * (saying so), and false.
   */
  private boolean begin(Writer w, String title, String page, String noFile) throws IOException {
    ReportWriter.head(w, title + " — Sverka", "sverka.css");
    if (file != null && file.ok()) {
      return true;
    }
    List<String> problems =
        file == null ? null : file.problems().stream().map(Object::toString).toList();
    ReportTemplates.render(
        w,
        "claims/unchecked.jte",
        new ClaimsModels.Unchecked(
            ReportTemplates.nav("", page),
            title,
            mode != Mode.STATIC,
            noFile,
            file == null ? null : fileName("The claims file"),
            problems));
    return false;
  }

  private String fileName(String none) {
    return file.file() == null ? none : file.file().getFileName().toString();
  }

  private void writeFindings(Writer w) throws IOException {
    if (!begin(w, "Findings", "findings.html", "No claims file was checked for this report.")) {
      return;
    }
    long definite =
        findings.stream().filter(f -> f.certainty() == Finding.Certainty.DEFINITE).count();
    List<ClaimsModels.FindingView> views = new ArrayList<>();
    for (Finding f : findings) {
      views.add(view(views.size() + 1, f));
    }
    List<ClaimsModels.Event> events =
        VersionMatrix.events(file).stream()
            .map(e -> new ClaimsModels.Event(e, versionsPage(e)))
            .toList();
    ReportTemplates.render(
        w,
        "claims/findings.jte",
        new ClaimsModels.Findings(
            ReportTemplates.nav("", "findings.html"),
            views,
            definite,
            file.claims().size(),
            fileName("the claims file"),
            editable(),
            events));
  }

  private static ClaimsModels.FindingView view(int n, Finding f) {
    List<ClaimsModels.CitationView> cites = new ArrayList<>();
    for (Finding.Citation c : f.citations()) {
      String t = c.text();
      cites.add(
          new ClaimsModels.CitationView(
              link(c.cite()), c.claim(), t.length() > 1500 ? t.substring(0, 1497) + "…" : t));
    }
    return new ClaimsModels.FindingView(
        n,
        f.certainty().name(),
        f.type().name(),
        String.join(", ", f.claims()),
        f.explanation(),
        cites);
  }

  /**
   * For the overview: the definite findings (the first ten), each linked to its place on the
   * findings page; empty without a checked claims file.
   */
  String overview() {
    if (file == null || !file.ok() || findings.isEmpty()) {
      return "";
    }
    List<ClaimsModels.FindingView> definite = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      if (findings.get(i).certainty() == Finding.Certainty.DEFINITE) {
        definite.add(view(i + 1, findings.get(i)));
      }
    }
    return ReportTemplates.render(
        "claims/overview.jte",
        new ClaimsModels.Overview(
            definite.size(), findings.size(), definite.subList(0, Math.min(10, definite.size()))));
  }

  /** The claims page: every claim with its shape, source and cited text; edit and delete live. */
  private void writeClaims(Writer w) throws IOException {
    if (!begin(w, "Claims", "claims.html", "No claims file was given for this report.")) {
      return;
    }
    List<ClaimsModels.ClaimRow> rows = new ArrayList<>();
    for (Claim c : file.claims()) {
      rows.add(
          new ClaimsModels.ClaimRow(
              c.id(),
              c.established(),
              says(c),
              file.personName(c.saidBy()),
              c.saidOn() == null ? null : c.saidOn().toString(),
              link(c.cite().toString()),
              c.shortText(160)));
    }
    ReportTemplates.render(
        w,
        "claims/claims.jte",
        new ClaimsModels.Claims(
            ReportTemplates.nav("", "claims.html"), rows, fileName("the claims file"), editable()));
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
    List<ClaimsModels.VersionRow> rows = new ArrayList<>();
    for (VersionMatrix.Row r : vm.rows()) {
      List<String> cells = new ArrayList<>();
      for (String s : vm.slots()) {
        List<String> v = r.cells().get(s);
        cells.add(v.isEmpty() ? null : String.join("; ", v));
      }
      rows.add(
          new ClaimsModels.VersionRow(
              r.saidOn() == null ? "?" : r.saidOn(),
              r.saidBy(),
              cells,
              r.cites().stream().map(ClaimsPages::link).toList()));
    }
    ReportTemplates.render(
        w,
        "claims/versions.jte",
        new ClaimsModels.Versions(ReportTemplates.nav("", ""), vm.event(), vm.slots(), rows));
  }
}
