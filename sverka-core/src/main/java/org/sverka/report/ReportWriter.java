package org.sverka.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sverka.Sverka;
import org.sverka.document.Part;
import org.sverka.quotes.Verdict;
import org.sverka.reuse.AlignOp;
import org.sverka.reuse.Passage;
import org.sverka.store.CaseFile;
import org.sverka.store.StoredDocument;
import org.sverka.store.StoredPassage;
import org.sverka.store.StoredQuotation;
import org.sverka.text.LineMap;

/**
 * Writes the static HTML report of a case into {@code CASE/report/}: an index with the documents
 * table, and one page per document with its original lines numbered, an anchor per line ({@code
 * #L307}), its parts as headings and its boilerplate greyed. The pages load nothing from the
 * network and open from {@code file://}. The output depends only on the case's content, so the same
 * inputs give byte-identical pages.
 */
public final class ReportWriter {
  private final CaseFile caseFile;
  private ClaimsPages claims = ClaimsPages.NONE;

  public ReportWriter(CaseFile caseFile) {
    this.caseFile = caseFile;
  }

  /** Adds the findings of a checked claims file, and a versions page per event, to the report. */
  public ReportWriter withClaims(
      org.sverka.claims.ClaimsFile file, List<org.sverka.claims.Finding> findings) {
    this.claims = new ClaimsPages(file, findings);
    return this;
  }

  /** Writes the report and returns the path of its index page. */
  public Path write() throws IOException, SQLException {
    Path dir = caseFile.dir().resolve("report");
    Path docs = dir.resolve("doc");
    Files.createDirectories(docs);
    copyResource("sverka.css", dir.resolve("sverka.css"));
    List<StoredDocument> all = caseFile.documents();
    // drop pages of documents no longer in the case
    try (var old = Files.list(docs)) {
      for (Path p : old.toList()) {
        String name = p.getFileName().toString();
        if (name.endsWith(".html")
            && all.stream().noneMatch(d -> (pageName(d.id())).equals(name))) {
          Files.delete(p);
        }
      }
    }
    Path index = dir.resolve("index.html");
    try (Writer w = Files.newBufferedWriter(index, StandardCharsets.UTF_8)) {
      writeIndex(w, all);
    }
    Map<String, String> texts = new HashMap<>();
    for (StoredDocument d : all) {
      StoredDocument full = caseFile.document(d.id(), true).orElseThrow();
      texts.put(d.id(), full.text());
      try (Writer w =
          Files.newBufferedWriter(docs.resolve(pageName(d.id())), StandardCharsets.UTF_8)) {
        writeDocument(w, full);
      }
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve("reuse.html"), StandardCharsets.UTF_8)) {
      writeReuse(w, caseFile.passages(null, 0), texts);
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve("quotes.html"), StandardCharsets.UTF_8)) {
      writeQuotes(w, caseFile.quotations(null), texts);
    }
    claims.write(dir);
    new EntityPages(caseFile, dir, texts).write();
    new DatesFiguresPages(caseFile).write(dir, texts);
    return index;
  }

  /** The file name of a document's page; ids are restricted to file-safe characters. */
  public static String pageName(String id) {
    return id.replaceAll("[^\\p{L}\\p{N}._-]", "_") + ".html";
  }

  static void head(Writer w, String title, String css) throws IOException {
    w.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    w.write("<title>" + Html.esc(title) + "</title>\n");
    w.write("<link rel=\"stylesheet\" href=\"" + css + "\">\n</head>\n<body>\n");
  }

  static void nav(Writer w, String prefix, String current) throws IOException {
    w.write("<nav>");
    for (String[] item :
        new String[][] {
          {"index.html", "Documents"},
          {"reuse.html", "Reuse"},
          {"quotes.html", "Quotations"},
          {"entities.html", "Entities"},
          {"timeline.html", "Timeline"},
          {"figures.html", "Figures"},
          {"findings.html", "Findings"}
        }) {
      if (item[0].equals(current)) {
        w.write("<span class=\"here\">" + item[1] + "</span>");
      } else {
        w.write("<a href=\"" + prefix + item[0] + "\">" + item[1] + "</a>");
      }
    }
    w.write("</nav>\n");
  }

  private void writeIndex(Writer w, List<StoredDocument> docs) throws IOException {
    head(w, "Sverka report", "sverka.css");
    w.write("<header>");
    nav(w, "", "index.html");
    w.write(
        "<h1>Sverka report</h1><p class=\"sub\">"
            + docs.size()
            + " documents · Sverka "
            + Html.esc(Sverka.VERSION)
            + "</p></header>\n<main>\n");
    w.write(
        "<table class=\"docs\">\n<thead><tr><th>Document</th><th>Author</th><th>Date</th>"
            + "<th class=\"n\">Lines</th><th class=\"n\">Words</th><th>Parts</th></tr></thead>\n<tbody>\n");
    for (StoredDocument d : docs) {
      w.write(
          "<tr id=\""
              + Html.esc(d.id())
              + "\"><td><a href=\"doc/"
              + Html.esc(pageName(d.id()))
              + "\">"
              + Html.esc(d.meta().title() == null ? d.id() : d.meta().title())
              + "</a><div class=\"id\">"
              + Html.esc(d.id())
              + " · "
              + Html.esc(d.file())
              + "</div></td>");
      w.write(
          "<td>" + Html.esc(d.meta().author()) + "</td><td>" + Html.esc(d.meta().date()) + "</td>");
      w.write(
          "<td class=\"n\">"
              + d.lines()
              + "</td><td class=\"n\">"
              + d.words()
              + "</td><td><ol class=\"parts\">");
      for (Part p : d.parts()) {
        if (p.implicit()) {
          continue;
        }
        w.write(
            "<li><a href=\"doc/"
                + Html.esc(pageName(d.id()))
                + "#L"
                + p.lineStart()
                + "\">"
                + Html.esc(p.title() == null ? "(untitled)" : p.title())
                + "</a>"
                + (p.date() == null
                    ? ""
                    : " <span class=\"date\">" + Html.esc(p.date()) + "</span>")
                + " <span class=\"lines\">"
                + p.lineStart()
                + "–"
                + p.lineEnd()
                + "</span></li>");
      }
      w.write("</ol></td></tr>\n");
    }
    w.write("</tbody></table>\n</main>\n</body>\n</html>\n");
  }

  private void writeDocument(Writer w, StoredDocument d) throws IOException {
    String title = d.meta().title() == null ? d.id() : d.meta().title();
    head(w, title + " — Sverka", "../sverka.css");
    w.write("<header>");
    nav(w, "../", "");
    w.write("<h1>" + Html.esc(title) + "</h1>\n<dl class=\"meta\">");
    meta(w, "id", d.id());
    meta(w, "author", d.meta().author());
    meta(w, "date", d.meta().date());
    meta(w, "published", d.meta().published());
    meta(w, "place", d.meta().place());
    meta(w, "source", d.meta().source());
    meta(w, "translated from", d.meta().translatedFrom());
    meta(w, "kind", d.meta().kind());
    meta(
        w,
        "file",
        d.file() + " (" + d.mediaType() + (d.charset() == null ? "" : ", " + d.charset()) + ")");
    for (var e : d.meta().extra().entrySet()) {
      meta(w, e.getKey(), String.valueOf(e.getValue()));
    }
    if (!d.meta().detected().isEmpty()) {
      meta(w, "detected from the text", String.join(", ", d.meta().detected()));
    }
    w.write("</dl></header>\n<main class=\"text\">\n");
    String text = d.text();
    LineMap lines = LineMap.of(text);
    boolean[] boiler = new boolean[lines.lineCount() + 2];
    for (StoredDocument.StoredParagraph p : d.paragraphs()) {
      if (p.boilerplate()) {
        for (int l = p.lineStart(); l <= p.lineEnd(); l++) {
          boiler[l] = true;
        }
      }
    }
    int partIndex = 0;
    List<Part> parts = d.parts();
    for (int line = 1; line <= lines.lineCount(); line++) {
      while (partIndex < parts.size() && parts.get(partIndex).lineStart() == line) {
        Part p = parts.get(partIndex);
        if (line > 1) {
          w.write("</section>\n");
        }
        w.write(
            "<section class=\"part"
                + (p.implicit() ? " implicit" : "")
                + "\">\n<h2>"
                + Html.esc(p.title() == null ? "(untitled part)" : p.title())
                + "</h2><p class=\"partmeta\">"
                + "lines "
                + p.lineStart()
                + "–"
                + p.lineEnd()
                + (p.date() == null ? "" : " · " + Html.esc(p.date()))
                + (p.author() == null ? "" : " · " + Html.esc(p.author()))
                + (p.kind() == null ? "" : " · " + Html.esc(p.kind()))
                + (p.place() == null ? "" : " · " + Html.esc(p.place()))
                + "</p>\n");
        partIndex++;
      }
      String content = text.substring(lines.lineStart(line), lines.contentEnd(text, line));
      w.write(
          "<div class=\"l"
              + (boiler[line] ? " bp" : "")
              + "\" id=\"L"
              + line
              + "\"><a class=\"ln\" href=\"#L"
              + line
              + "\">"
              + line
              + "</a><span class=\"t\">"
              + Html.esc(content)
              + "</span></div>\n");
    }
    if (!parts.isEmpty()) {
      w.write("</section>\n");
    }
    w.write("</main>\n</body>\n</html>\n");
  }

  /** The reuse page: every passage with its two sides in parallel. */
  private void writeReuse(Writer w, List<StoredPassage> passages, Map<String, String> texts)
      throws IOException {
    head(w, "Reuse — Sverka", "sverka.css");
    w.write("<header>");
    nav(w, "", "reuse.html");
    w.write(
        "<h1>Reuse</h1><p class=\"sub\">"
            + passages.size()
            + " passages that documents share."
            + " <span class=\"key\"><span class=\"chg\">changed</span> <span class=\"spell\">spelling"
            + " variant</span> <span class=\"om\">only on the left (omitted on the right)</span>"
            + " <span class=\"add\">only on the right (added)</span></span></p></header>\n<main>\n");
    for (StoredPassage sp : passages) {
      Passage p = sp.passage();
      String ta = texts.get(p.docA());
      String tb = texts.get(p.docB());
      w.write(
          "<section class=\"passage\" id=\"P" + sp.id() + "\" data-kind=\"" + p.kind() + "\">\n");
      w.write(
          "<h2><a href=\"#P"
              + sp.id()
              + "\">#"
              + sp.id()
              + "</a> "
              + Html.esc(p.kind().name())
              + " <span class=\"sub\">identity "
              + String.format(java.util.Locale.ROOT, "%.2f", p.identity())
              + " · "
              + p.tokensA()
              + " / "
              + p.tokensB()
              + " words</span></h2>\n");
      w.write(
          "<div class=\"sides\"><div class=\"side\"><p class=\"cite\">"
              + citeLink(p.docA(), sp.lineStartA(), sp.lineEndA())
              + "</p><p class=\"txt\">");
      for (AlignOp o : p.ops()) {
        String t = Html.esc(ta.substring(o.a().start(), o.a().end()));
        w.write(
            switch (o.op()) {
              case EQUAL -> t;
              case CHANGED ->
                  "<span class=\"" + (o.spelling() ? "spell" : "chg") + "\">" + t + "</span>";
              case OMITTED -> "<span class=\"om\">" + t + "</span>";
              case ADDED -> "<span class=\"gap\" title=\"words added on the right\">⁁</span>";
            });
      }
      w.write(
          "</p></div><div class=\"side\"><p class=\"cite\">"
              + citeLink(p.docB(), sp.lineStartB(), sp.lineEndB())
              + "</p><p class=\"txt\">");
      for (AlignOp o : p.ops()) {
        String t = Html.esc(tb.substring(o.b().start(), o.b().end()));
        w.write(
            switch (o.op()) {
              case EQUAL -> t;
              case CHANGED ->
                  "<span class=\"" + (o.spelling() ? "spell" : "chg") + "\">" + t + "</span>";
              case ADDED -> "<span class=\"add\">" + t + "</span>";
              case OMITTED -> "<span class=\"gap\" title=\"words omitted here\">⁁</span>";
            });
      }
      w.write("</p></div></div>\n</section>\n");
    }
    w.write("</main>\n</body>\n</html>\n");
  }

  /**
   * The quotations page: every quotation with its verdicts, source and explanation. Checkboxes
   * filter by verdict (an inline script; the page still loads nothing from anywhere).
   */
  @SuppressWarnings("unchecked")
  private void writeQuotes(Writer w, List<StoredQuotation> quotes, Map<String, String> texts)
      throws IOException {
    head(w, "Quotations — Sverka", "sverka.css");
    w.write("<header>");
    nav(w, "", "quotes.html");
    Map<String, Integer> counts = new java.util.TreeMap<>();
    for (StoredQuotation q : quotes) {
      for (String v : q.verdicts()) {
        counts.merge(v, 1, Integer::sum);
      }
    }
    w.write("<h1>Quotations</h1><p class=\"sub\">" + quotes.size() + " quotations.</p>\n");
    w.write("<form class=\"filter\" id=\"filter\">Show: ");
    for (Verdict v : Verdict.values()) {
      int n = counts.getOrDefault(v.name(), 0);
      w.write(
          "<label><input type=\"checkbox\" name=\"v\" value=\""
              + v.name()
              + "\""
              + (v == Verdict.NOT_FOUND ? "" : " checked")
              + "> "
              + v.name()
              + " ("
              + n
              + ")</label> ");
    }
    w.write("</form></header>\n<main>\n");
    for (StoredQuotation q : quotes) {
      String text = texts.get(q.doc());
      w.write(
          "<section class=\"quote\" id=\"Q"
              + q.id()
              + "\" data-verdicts=\""
              + String.join(" ", q.verdicts())
              + "\">\n<h2><a href=\"#Q"
              + q.id()
              + "\">#"
              + q.id()
              + "</a> ");
      for (String v : q.verdicts()) {
        w.write("<span class=\"verdict v-" + v + "\">" + v + "</span> ");
      }
      w.write(
          "</h2>\n<p class=\"cite\">"
              + citeLink(q.doc(), q.lineStart(), q.lineEnd())
              + (q.attributedTo() == null ? "" : " · attributed to " + Html.esc(q.attributedTo()))
              + (q.work() == null ? "" : " · " + Html.esc(q.work()))
              + "</p>\n");
      String quoted = text.substring(q.span().start(), q.span().end());
      w.write(
          "<blockquote>"
              + Html.esc(quoted.length() > 1500 ? quoted.substring(0, 1497) + "…" : quoted)
              + "</blockquote>\n");
      List<Object> matches = (List<Object>) q.detail().getOrDefault("matches", List.of());
      if (!matches.isEmpty()) {
        Map<String, Object> m = (Map<String, Object>) matches.get(0);
        w.write(
            "<p class=\"cite\">source: "
                + citeLink(
                    (String) m.get("doc"), (Integer) m.get("lineStart"), (Integer) m.get("lineEnd"))
                + "</p>\n");
      }
      w.write("<p class=\"explain\">" + Html.esc(q.explanation()) + "</p>\n</section>\n");
    }
    w.write(
        "</main>\n<script>\n"
            + "(function(){var f=document.getElementById('filter');function apply(){"
            + "var on={};f.querySelectorAll('input').forEach(function(i){on[i.value]=i.checked;});"
            + "document.querySelectorAll('section.quote').forEach(function(s){"
            + "var show=s.dataset.verdicts.split(' ').some(function(v){return on[v];});"
            + "s.style.display=show?'':'none';});}"
            + "f.addEventListener('change',apply);apply();})();\n</script>\n</body>\n</html>\n");
  }

  static String citeLink(String doc, int from, int to) {
    String cite = from == to ? doc + ":" + from : doc + ":" + from + "-" + to;
    return "<a href=\"doc/"
        + Html.esc(pageName(doc))
        + "#L"
        + from
        + "\">"
        + Html.esc(cite)
        + "</a>";
  }

  private static void meta(Writer w, String k, String v) throws IOException {
    if (v != null && !v.isBlank()) {
      w.write("<dt>" + Html.esc(k) + "</dt><dd>" + Html.esc(v) + "</dd>");
    }
  }

  private static void copyResource(String name, Path to) throws IOException {
    try (InputStream in = ReportWriter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing resource " + name);
      }
      Files.write(to, in.readAllBytes());
    }
  }
}
