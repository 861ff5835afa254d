package org.sverka.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sverka.Sverka;
import org.sverka.document.Part;
import org.sverka.json.Texts;
import org.sverka.quotes.Verdict;
import org.sverka.reuse.AlignOp;
import org.sverka.reuse.Passage;
import org.sverka.store.CaseFile;
import org.sverka.store.DocumentTables;
import org.sverka.store.PassageTables;
import org.sverka.store.QuotationTables;
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
 *
 * <p>One rendering code path for the static report and {@code sverka serve}: every page is a {@link
 * Page} found by its path in the report ({@link #page}), the top-level ones listed in {@link
 * #pages()}. {@link #write()} writes them all to files; the web app renders the one a request asks
 * for, at the same path, so the pages' relative links work in both. A new page is one line in
 * {@link #pages()} (and one in {@link #NAV} to be in the navigation).
 */
public final class ReportWriter {
  /** A page of the report, rendered to a writer. */
  @FunctionalInterface
  public interface Page {
    void write(Writer w) throws IOException, SQLException;
  }

  /** The static files every page uses, served and copied beside the pages. */
  public static final List<String> ASSETS = List.of("sverka.css", "sverka.js", "claims.js");

  /** The navigation bar: page and label. */
  private static final String[][] NAV = {
    {"index.html", "Overview"},
    {"reuse.html", "Reuse"},
    {"quotes.html", "Quotations"},
    {"entities.html", "Entities"},
    {"timeline.html", "Timeline"},
    {"figures.html", "Figures"},
    {"findings.html", "Findings"},
    {"claims.html", "Claims"},
    {"search.html", "Search"}
  };

  private final CaseFile caseFile;
  private final Texts source;
  private Map<String, String> texts;
  private ClaimsPages claims = ClaimsPages.NONE;
  private EntityPages entities;

  public ReportWriter(CaseFile caseFile) {
    this(caseFile, new Texts(caseFile));
  }

  /** A writer that takes the documents' texts from {@code texts} (a server's cache). */
  public ReportWriter(CaseFile caseFile, Texts texts) {
    this.caseFile = caseFile;
    this.source = texts;
  }

  /** Adds the findings of a checked claims file, and a versions page per event, to the report. */
  public ReportWriter withClaims(
      org.sverka.claims.ClaimsFile file, List<org.sverka.claims.Finding> findings) {
    this.claims = new ClaimsPages(file, findings);
    return this;
  }

  /**
   * For {@code sverka serve --claims}: the findings of the claims file as just checked (a file with
   * problems lists them), and the claims editor on the claims page and the document pages.
   */
  public ReportWriter withLiveClaims(
      org.sverka.claims.ClaimsFile file, List<org.sverka.claims.Finding> findings) {
    this.claims = new ClaimsPages(file, findings, ClaimsPages.Mode.EDITABLE);
    return this;
  }

  /** For {@code sverka serve} without a claims file: the claims pages say how to give one. */
  public ReportWriter servedWithoutClaims() {
    this.claims = new ClaimsPages(null, List.of(), ClaimsPages.Mode.SERVED);
    return this;
  }

  private EntityPages entities() throws SQLException {
    if (entities == null) {
      entities = new EntityPages(caseFile, texts());
    }
    return entities;
  }

  /** Writes the report and returns the path of its index page. */
  public Path write() throws IOException, SQLException {
    Path dir = caseFile.dir().resolve("report");
    Path docs = dir.resolve("doc");
    Files.createDirectories(docs);
    for (String asset : ASSETS) {
      Files.write(dir.resolve(asset), asset(asset));
    }
    List<StoredDocument> all = new DocumentTables(caseFile).documents();
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
    for (StoredDocument d : all) {
      try (Writer w =
          Files.newBufferedWriter(docs.resolve(pageName(d.id())), StandardCharsets.UTF_8)) {
        writeDocument(w, new DocumentTables(caseFile).document(d.id(), true).orElseThrow());
      }
    }
    entities().deleteOld(dir);
    for (String id : entities().ids()) {
      try (Writer w =
          Files.newBufferedWriter(
              dir.resolve("entity").resolve(EntityPages.pageName(id)), StandardCharsets.UTF_8)) {
        entities().writeEntityPage(w, id);
      }
    }
    ClaimsPages.deleteOld(dir);
    for (Map.Entry<String, Page> e : pages().entrySet()) {
      try (Writer w = Files.newBufferedWriter(dir.resolve(e.getKey()), StandardCharsets.UTF_8)) {
        e.getValue().write(w);
      }
    }
    return dir.resolve("index.html");
  }

  /**
   * The top-level pages by file name. Pages for analyses that have no results in this build of
   * Sverka yet say so, so that the navigation is the same everywhere.
   */
  public Map<String, Page> pages() {
    Map<String, Page> m = new LinkedHashMap<>();
    m.put("index.html", w -> writeIndex(w, new DocumentTables(caseFile).documents()));
    m.put("reuse.html", w -> writeReuse(w, new PassageTables(caseFile).passages(null, 0), texts()));
    m.put(
        "quotes.html",
        w -> writeQuotes(w, new QuotationTables(caseFile).quotations(null), texts()));
    m.put("entities.html", w -> entities().writeIndexPage(w));
    DatesFiguresPages dates = new DatesFiguresPages(caseFile);
    m.put("timeline.html", w -> dates.writeTimelinePage(w, texts()));
    m.put("figures.html", w -> dates.writeFiguresPage(w, texts()));
    m.putAll(claims.pages());
    m.put("search.html", SearchPage::writeStatic);
    return m;
  }

  /**
   * The page at a path of the report ({@code index.html}, {@code doc/ID.html}, ...), or empty when
   * there is none. Only names the case knows are found: nothing here reads a file.
   */
  public Optional<Page> page(String path) throws SQLException {
    if (path.startsWith("doc/")) {
      String name = path.substring(4);
      for (String id : new DocumentTables(caseFile).documentIds()) {
        if (pageName(id).equals(name)) {
          return Optional.of(
              w -> writeDocument(w, new DocumentTables(caseFile).document(id, true).orElseThrow()));
        }
      }
      return Optional.empty();
    }
    if (path.startsWith("entity/")) {
      String name = path.substring(7);
      for (String id : entities().ids()) {
        if (EntityPages.pageName(id).equals(name)) {
          return Optional.of(w -> entities().writeEntityPage(w, id));
        }
      }
      return Optional.empty();
    }
    return Optional.ofNullable(pages().get(path));
  }

  /** The bytes of one of the {@link #ASSETS}. */
  public static byte[] asset(String name) throws IOException {
    if (!ASSETS.contains(name)) {
      throw new IllegalArgumentException("not an asset of the report: " + name);
    }
    try (InputStream in = ReportWriter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing resource " + name);
      }
      return in.readAllBytes();
    }
  }

  /** The original texts of all documents, loaded once. */
  private Map<String, String> texts() throws SQLException {
    if (texts == null) {
      texts = new HashMap<>();
      for (String id : new DocumentTables(caseFile).documentIds()) {
        texts.put(id, source.of(id));
      }
    }
    return texts;
  }

  /** The file name of a document's page; ids are restricted to file-safe characters. */
  public static String pageName(String id) {
    return id.replaceAll("[^\\p{L}\\p{N}._-]", "_") + ".html";
  }

  static void head(Writer w, String title, String css) throws IOException {
    w.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    w.write("<title>" + Html.esc(title) + "</title>\n");
    w.write("<link rel=\"icon\" href=\"data:,\">\n");
    w.write("<link rel=\"stylesheet\" href=\"" + css + "\">\n");
    w.write("<script src=\"" + css.replace("sverka.css", "sverka.js") + "\" defer></script>\n");
    w.write("<script src=\"" + css.replace("sverka.css", "claims.js") + "\" defer></script>\n");
    w.write("</head>\n<body>\n");
  }

  static void nav(Writer w, String prefix, String current) throws IOException {
    w.write("<nav>");
    for (String[] item : NAV) {
      if (item[0].equals(current)) {
        w.write("<span class=\"here\">" + item[1] + "</span>");
      } else {
        w.write("<a href=\"" + prefix + item[0] + "\">" + item[1] + "</a>");
      }
    }
    // the search box: hidden in the static report (no server to ask), shown by sverka.js when
    // the page came from sverka serve
    w.write(
        "<form class=\"search\" role=\"search\" action=\""
            + prefix
            + "search.html\" method=\"get\" hidden><input type=\"search\" name=\"q\""
            + " aria-label=\"Search the documents\" placeholder=\"Search the documents\">"
            + "</form>");
    w.write("</nav>\n");
  }

  private void writeIndex(Writer w, List<StoredDocument> docs) throws IOException, SQLException {
    head(w, "Sverka report", "sverka.css");
    w.write("<header>");
    nav(w, "", "index.html");
    w.write(
        "<h1>Sverka report</h1><p class=\"sub\">"
            + docs.size()
            + " documents · Sverka "
            + Html.esc(Sverka.VERSION)
            + "</p></header>\n<main>\n");
    writeOverview(w, docs);
    w.write(
        "<h2 id=\"documents\">Documents</h2>\n<table class=\"docs\">\n<thead><tr><th>Document</th><th>Author</th><th>Date</th>"
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

  private void writeDocument(Writer w, StoredDocument d) throws IOException, SQLException {
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
    w.write("</dl>");
    writeToc(w, d);
    w.write(
        "<form id=\"layers\" class=\"key\">Show:"
            + " <label class=\"q\"><input type=\"checkbox\" value=\"q\" checked> quotations</label>"
            + " <label class=\"r\"><input type=\"checkbox\" value=\"r\" checked> reuse</label>"
            + " <label class=\"e\"><input type=\"checkbox\" value=\"e\" checked> names</label>"
            + " <label class=\"d\"><input type=\"checkbox\" value=\"d\" checked> dates</label>"
            + " <label class=\"f\"><input type=\"checkbox\" value=\"f\" checked> figure checks</label>"
            + "</form>");
    w.write(
        "</header>\n<main class=\"text\" data-doc=\""
            + Html.esc(d.id())
            + "\""
            + (claims.editable() ? " data-claims=\"edit\"" : "")
            + ">\n");
    String text = d.text();
    LineMap lines = LineMap.of(text);
    Marks marks = new Marks(text, lines, marks(d.id()));
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
      String content = marks.html(lines.lineStart(line), lines.contentEnd(text, line));
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
              + content
              + "</span>"
              + margin(marks.startingOn(line))
              + "</div>\n");
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
   * filter by verdict (sverka.js; the page still loads nothing from anywhere).
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
    w.write("</main>\n</body>\n</html>\n");
  }

  /** The document's parts as a table of contents, when it has named ones. */
  private static void writeToc(Writer w, StoredDocument d) throws IOException {
    List<Part> named = d.parts().stream().filter(p -> !p.implicit()).toList();
    if (named.isEmpty()) {
      return;
    }
    w.write("<ol class=\"toc\">");
    for (Part p : named) {
      w.write(
          "<li><a href=\"#L"
              + p.lineStart()
              + "\">"
              + Html.esc(p.title() == null ? "(untitled part)" : p.title())
              + "</a>"
              + (p.date() == null ? "" : " <span class=\"date\">" + Html.esc(p.date()) + "</span>")
              + "</li>");
    }
    w.write("</ol>");
  }

  /**
   * The findings over a document, for its page: its quotations, its sides of reuse, its names
   * linked to entities, its dates, and the figure checks that did not come out consistent.
   */
  private List<Marks.Mark> marks(String doc) throws SQLException {
    List<Marks.Mark> out = new java.util.ArrayList<>();
    for (StoredQuotation q : new QuotationTables(caseFile).quotations(doc)) {
      String verdicts = String.join(" ", q.verdicts());
      out.add(
          new Marks.Mark(
              q.span().start(),
              q.span().end(),
              "q",
              "../quotes.html#Q" + q.id(),
              "\u275d #" + q.id() + " " + verdicts,
              "quotation #" + q.id() + ": " + verdicts + ". " + q.explanation()));
    }
    for (StoredPassage sp : new PassageTables(caseFile).passages(doc, 0)) {
      Passage p = sp.passage();
      String citeA = org.sverka.json.CaseJson.cite(p.docA(), sp.lineStartA(), sp.lineEndA());
      String citeB = org.sverka.json.CaseJson.cite(p.docB(), sp.lineStartB(), sp.lineEndB());
      String title = "reuse #" + sp.id() + " " + p.kind() + ": " + citeA + " ~ " + citeB;
      if (p.docA().equals(doc)) {
        out.add(
            new Marks.Mark(
                p.a().start(),
                p.a().end(),
                "r",
                "../reuse.html#P" + sp.id(),
                "\u21c4 #" + sp.id() + " " + citeB,
                title));
      }
      if (p.docB().equals(doc)) {
        out.add(
            new Marks.Mark(
                p.b().start(),
                p.b().end(),
                "r",
                "../reuse.html#P" + sp.id(),
                "\u21c4 #" + sp.id() + " " + citeA,
                title));
      }
    }
    for (org.sverka.claims.MentionedSentence s :
        org.sverka.store.MentionTables.sentences(caseFile, doc)) {
      for (org.sverka.claims.MentionedSentence.Named n : s.mentions()) {
        if (n.entity() == null) {
          continue;
        }
        org.sverka.entities.Mention m = n.mention();
        String type = m.type().name().toLowerCase(java.util.Locale.ROOT);
        String how =
            m.role() == org.sverka.entities.Mention.Role.NAME
                ? type
                : type + ", " + m.role().name().toLowerCase(java.util.Locale.ROOT) + " form";
        out.add(
            new Marks.Mark(
                m.start(),
                m.end(),
                "e",
                "t-" + type,
                "../entity/" + EntityPages.pageName(n.entity()),
                n.name(),
                n.name() + " (" + how + ")"));
      }
    }
    org.sverka.store.DateFigureTables dft = new org.sverka.store.DateFigureTables(caseFile);
    for (org.sverka.store.DateFigureTables.StoredDate d : dft.dates(doc)) {
      String value = d.value() == null ? d.kind().toLowerCase(java.util.Locale.ROOT) : d.value();
      out.add(
          new Marks.Mark(
              d.start(),
              d.end(),
              "d",
              "../timeline.html#D" + d.id(),
              "\u25f7 " + value,
              "date " + value + (d.event() == null ? "" : ", relative to: " + d.event())));
    }
    for (org.sverka.store.DateFigureTables.StoredCheck c : dft.checks(doc)) {
      if (!c.verdict().equals("INCONSISTENT")) {
        continue;
      }
      out.add(
          new Marks.Mark(
              c.start(),
              c.end(),
              "f",
              "../figures.html#C" + c.id(),
              "\u2211 " + c.verdict() + " " + c.kind(),
              "figure check #" + c.id() + ": " + c.verdict() + ". " + c.explanation()));
    }
    return out;
  }

  /** A line's margin: links to the findings that start on it. */
  private static String margin(List<Marks.Mark> starting) {
    StringBuilder b = new StringBuilder("<span class=\"m\">");
    for (Marks.Mark m : starting) {
      b.append("<a class=\"note ")
          .append(m.kind())
          .append("\" href=\"")
          .append(Html.esc(m.href()))
          .append("\" title=\"")
          .append(Html.esc(m.title()))
          .append("\">")
          .append(Html.esc(m.label()))
          .append("</a>");
    }
    return b.append("</span>").toString();
  }

  /**
   * The overview on the index page: what the case holds, and the findings most worth a look
   * (quotations that changed their source's meaning, the longest reuse between documents).
   */
  private void writeOverview(Writer w, List<StoredDocument> docs) throws IOException, SQLException {
    long lines = docs.stream().mapToLong(StoredDocument::lines).sum();
    long words = docs.stream().mapToLong(StoredDocument::words).sum();
    List<StoredPassage> passages = new PassageTables(caseFile).passages(null, 0);
    List<StoredQuotation> quotes = new QuotationTables(caseFile).quotations(null);
    Map<String, Integer> kinds = new java.util.TreeMap<>();
    for (StoredPassage sp : passages) {
      kinds.merge(sp.passage().kind().name(), 1, Integer::sum);
    }
    Map<String, Integer> verdicts = new java.util.TreeMap<>();
    for (StoredQuotation q : quotes) {
      for (String v : q.verdicts()) {
        verdicts.merge(v, 1, Integer::sum);
      }
    }
    w.write("<section class=\"overview\">\n<h2>Overview</h2>\n<ul class=\"counts\">");
    w.write(
        "<li><b>" + docs.size() + "</b> documents, " + lines + " lines, " + words + " words</li>");
    w.write("<li><a href=\"reuse.html\"><b>" + passages.size() + "</b> reuse passages</a>");
    for (var e : kinds.entrySet()) {
      w.write(" <span class=\"verdict\">" + Html.esc(e.getKey()) + " " + e.getValue() + "</span>");
    }
    w.write("</li><li><a href=\"quotes.html\"><b>" + quotes.size() + "</b> quotations</a>");
    for (var e : verdicts.entrySet()) {
      w.write(
          " <span class=\"verdict v-"
              + Html.esc(e.getKey())
              + "\">"
              + Html.esc(e.getKey())
              + " "
              + e.getValue()
              + "</span>");
    }
    w.write("</li>");
    org.sverka.store.EntityTables et = new org.sverka.store.EntityTables(caseFile);
    Map<String, Integer> types = new java.util.LinkedHashMap<>();
    for (org.sverka.store.EntityTables.StoredEntity e : et.entities(null)) {
      types.merge(e.type().name().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
    }
    w.write(
        "<li><a href=\"entities.html\"><b>"
            + types.values().stream().mapToInt(Integer::intValue).sum()
            + "</b> entities</a>");
    for (var e : types.entrySet()) {
      w.write(" <span class=\"verdict\">" + Html.esc(e.getKey()) + " " + e.getValue() + "</span>");
    }
    org.sverka.store.DateFigureTables dft = new org.sverka.store.DateFigureTables(caseFile);
    List<org.sverka.store.DateFigureTables.StoredCheck> checks = dft.checks();
    List<org.sverka.store.DateFigureTables.StoredCheck> inconsistent =
        checks.stream().filter(c -> c.verdict().equals("INCONSISTENT")).toList();
    w.write(
        "</li><li><a href=\"timeline.html\"><b>"
            + dft.dates().size()
            + "</b> dates</a></li><li><a href=\"figures.html\"><b>"
            + checks.size()
            + "</b> checks of figures</a>"
            + (inconsistent.isEmpty()
                ? ""
                : " <span class=\"verdict v-INCONSISTENT\">INCONSISTENT "
                    + inconsistent.size()
                    + "</span>")
            + "</li></ul>\n");
    w.write(claims.overview());
    if (!inconsistent.isEmpty()) {
      w.write("<h3>Figures that do not add up</h3>\n<ul class=\"findings\">");
      for (org.sverka.store.DateFigureTables.StoredCheck c : inconsistent) {
        w.write(
            "<li><a href=\"figures.html#C"
                + c.id()
                + "\">"
                + Html.esc(c.kind())
                + "</a> "
                + citeLink(c.doc(), c.lineStart(), c.lineEnd())
                + " "
                + Html.esc(c.explanation())
                + "</li>");
      }
      w.write("</ul>\n");
    }
    Map<String, String> texts = texts();
    List<StoredQuotation> changed =
        quotes.stream()
            .filter(
                q ->
                    q.verdicts().stream()
                        .anyMatch(
                            v ->
                                v.equals(Verdict.ABRIDGED_UNMARKED.name())
                                    || v.equals(Verdict.CUT_BEFORE_QUALIFIER.name())
                                    || v.equals(Verdict.MISATTRIBUTED.name())
                                    || v.equals(Verdict.INTERPOLATED.name())))
            .toList();
    w.write(
        "<h3>Quotations that changed their source ("
            + changed.size()
            + ")</h3>\n<ul class=\"findings\">");
    for (StoredQuotation q : changed.subList(0, Math.min(15, changed.size()))) {
      String quoted = texts.get(q.doc()).substring(q.span().start(), q.span().end());
      w.write(
          "<li><a href=\"quotes.html#Q"
              + q.id()
              + "\">#"
              + q.id()
              + "</a> "
              + citeLink(q.doc(), q.lineStart(), q.lineEnd()));
      for (String v : q.verdicts()) {
        w.write(" <span class=\"verdict v-" + Html.esc(v) + "\">" + Html.esc(v) + "</span>");
      }
      w.write(
          " <q>"
              + Html.esc(quoted.length() > 140 ? quoted.substring(0, 139) + "\u2026" : quoted)
              + "</q></li>");
    }
    if (changed.isEmpty()) {
      w.write("<li class=\"empty\">None.</li>");
    }
    w.write("</ul>\n");
    List<StoredPassage> longest =
        passages.stream()
            .filter(sp -> !sp.passage().docA().equals(sp.passage().docB()))
            .sorted(
                java.util.Comparator.comparingInt(
                        (StoredPassage sp) -> -(sp.passage().tokensA() + sp.passage().tokensB()))
                    .thenComparingInt(StoredPassage::id))
            .limit(10)
            .toList();
    w.write("<h3>The longest reuse between documents</h3>\n<ul class=\"findings\">");
    for (StoredPassage sp : longest) {
      Passage p = sp.passage();
      w.write(
          "<li><a href=\"reuse.html#P"
              + sp.id()
              + "\">#"
              + sp.id()
              + "</a> "
              + citeLink(p.docA(), sp.lineStartA(), sp.lineEndA())
              + " ~ "
              + citeLink(p.docB(), sp.lineStartB(), sp.lineEndB())
              + " <span class=\"verdict\">"
              + p.kind()
              + "</span> "
              + p.tokensA()
              + "/"
              + p.tokensB()
              + " words</li>");
    }
    if (longest.isEmpty()) {
      w.write("<li class=\"empty\">None.</li>");
    }
    w.write("</ul>\n</section>\n");
  }

  /** A page for an analysis that has no results in this case (yet), saying so. */
  @SuppressWarnings("unused") // kept for the next analysis page (docs/architecture.md)
  private static void writeNotYet(Writer w, String page, String title, String what)
      throws IOException {
    head(w, title + " \u2014 Sverka", "sverka.css");
    w.write("<header>");
    nav(w, "", page);
    w.write(
        "<h1>"
            + Html.esc(title)
            + "</h1></header>\n<main>\n<p class=\"empty\">Nothing here yet: this version of"
            + " Sverka does not find "
            + Html.esc(what)
            + ". This page will show them once that analysis is part of it.</p>\n</main>\n"
            + "</body>\n</html>\n");
  }

  static String citeLink(String doc, int from, int to) {
    String cite = from == to ? doc + ":" + from : doc + ":" + from + "-" + to;
    return "<a href=\"doc/"
        + Html.esc(pageName(doc))
        + "#L"
        + (from == to ? from : from + "-" + to)
        + "\">"
        + Html.esc(cite)
        + "</a>";
  }

  private static void meta(Writer w, String k, String v) throws IOException {
    if (v != null && !v.isBlank()) {
      w.write("<dt>" + Html.esc(k) + "</dt><dd>" + Html.esc(v) + "</dd>");
    }
  }
}
