package org.sverka.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sverka.Sverka;
import org.sverka.claims.MentionedSentence;
import org.sverka.entities.Mention;
import org.sverka.json.Texts;
import org.sverka.reuse.Passage;
import org.sverka.store.CaseFile;
import org.sverka.store.DateFigureTables;
import org.sverka.store.DocumentTables;
import org.sverka.store.MentionTables;
import org.sverka.store.PassageTables;
import org.sverka.store.QuotationTables;
import org.sverka.store.StoredDocument;
import org.sverka.store.StoredPassage;
import org.sverka.store.StoredQuotation;
import org.sverka.text.Span;

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
 * {@link #pages()} (and one in {@link #NAVIGATION} to be in the navigation).
 */
public final class ReportWriter {
  /** A page of the report, rendered to a writer. */
  @FunctionalInterface
  public interface Page {
    void write(Writer w) throws IOException, SQLException;
  }

  /** The static files every page uses, served and copied beside the pages. */
  public static final List<String> ASSETS = List.of("sverka.css", "sverka.js", "claims.js");

  /** An item of the navigation bar: a top-level page and its label. */
  public record NavItem(String page, String label) {}

  /** The navigation bar, in order (template {@code frame/nav.jte}). */
  public static final List<NavItem> NAVIGATION =
      List.of(
          new NavItem("index.html", "Overview"),
          new NavItem("reuse.html", "Reuse"),
          new NavItem("quotes.html", "Quotations"),
          new NavItem("entities.html", "Entities"),
          new NavItem("timeline.html", "Timeline"),
          new NavItem("figures.html", "Figures"),
          new NavItem("findings.html", "Findings"),
          new NavItem("claims.html", "Claims"),
          new NavItem("search.html", "Search"));

  private final CaseFile caseFile;
  private final Texts source;
  private Map<String, String> texts;
  private ClaimsPages claims = ClaimsPages.NONE;
  private EntityPages entities;
  private CollationPages collations;

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

  private CollationPages collations() {
    if (collations == null) {
      collations = new CollationPages(caseFile);
    }
    return collations;
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
    writeCollations(dir);
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
    m.put("reuse.html", w -> writeReuse(w, new PassageTables(caseFile).passages(null, 0)));
    m.put("collations.html", w -> collations().writeIndex(w));
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
    if (path.startsWith("collate/")) {
      for (org.sverka.query.Cluster c : collations().clusters()) {
        if (CollationPages.pageName(c.id()).equals(path)) {
          return Optional.of(w -> collations().writeCluster(w, c));
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

  /** A page's head, up to where its body begins (template {@code frame/head.jte}). */
  static void head(Writer w, String title, String css) throws IOException {
    ReportTemplates.render(w, "frame/head.jte", "title", title, "css", css);
  }

  /**
   * The navigation bar, {@code current} not linked, every link prefixed with {@code prefix}
   * (template {@code frame/nav.jte}).
   */
  static void nav(Writer w, String prefix, String current) throws IOException {
    ReportTemplates.render(w, "frame/nav.jte", "prefix", prefix, "current", current);
  }

  private void writeIndex(Writer w, List<StoredDocument> docs) throws IOException, SQLException {
    Overview overview = Overview.of(caseFile, docs, texts(), claims.overview());
    ReportTemplates.render(
        w, "report/index.jte", "docs", docs, "version", Sverka.VERSION, "overview", overview);
  }

  private void writeDocument(Writer w, StoredDocument d) throws IOException, SQLException {
    DocumentTables tables = new DocumentTables(caseFile);
    ReportTemplates.render(
        w,
        "report/document.jte",
        DocumentPage.of(
            d, marks(d.id()), claims.editable(), tables.layout(d.id()), tables.pageImages(d.id())));
  }

  /**
   * The reuse page: every passage with its two sides in parallel, linked to the collation of its
   * cluster when it belongs to one.
   */
  private void writeReuse(Writer w, List<StoredPassage> passages) throws IOException, SQLException {
    ReportTemplates.render(
        w, "report/reuse.jte", ReusePage.of(passages, texts(), collations().clusterOfPassage()));
  }

  /** The page of each cluster's collation, in {@code collate/} (old ones removed). */
  private void writeCollations(Path dir) throws IOException, SQLException {
    Path sub = Files.createDirectories(dir.resolve("collate"));
    try (var old = Files.list(sub)) {
      for (Path p : old.toList()) {
        Files.delete(p);
      }
    }
    for (org.sverka.query.Cluster c : collations().clusters()) {
      try (Writer w =
          Files.newBufferedWriter(
              dir.resolve(CollationPages.pageName(c.id())), StandardCharsets.UTF_8)) {
        collations().writeCluster(w, c);
      }
    }
  }

  /**
   * The quotations page: every quotation with its verdicts, source and explanation. Checkboxes
   * filter by verdict (sverka.js; the page still loads nothing from anywhere).
   */
  private static void writeQuotes(Writer w, List<StoredQuotation> quotes, Map<String, String> texts)
      throws IOException {
    ReportTemplates.render(w, "report/quotes.jte", QuotesPage.of(quotes, texts));
  }

  /**
   * The findings over a document, for its page: its quotations, its sides of reuse, its names
   * linked to entities, its dates, and the figure checks that did not come out consistent.
   */
  private List<Marks.Mark> marks(String doc) throws SQLException {
    List<Marks.Mark> out = new ArrayList<>();
    quotationMarks(doc, out);
    reuseMarks(doc, out);
    nameMarks(doc, out);
    DateFigureTables dft = new DateFigureTables(caseFile);
    dateMarks(dft, doc, out);
    checkMarks(dft, doc, out);
    return out;
  }

  private void quotationMarks(String doc, List<Marks.Mark> out) throws SQLException {
    for (StoredQuotation q : new QuotationTables(caseFile).quotations(doc)) {
      String verdicts = String.join(" ", q.verdicts());
      out.add(
          new Marks.Mark(
              q.span(),
              "q",
              "../quotes.html#Q" + q.id(),
              "\u275d #" + q.id() + " " + verdicts,
              "quotation #" + q.id() + ": " + verdicts + ". " + q.explanation()));
    }
  }

  /** Each side of a reuse passage that lies in {@code doc}, labelled with the other side. */
  private void reuseMarks(String doc, List<Marks.Mark> out) throws SQLException {
    for (StoredPassage sp : new PassageTables(caseFile).passages(doc, 0)) {
      Passage p = sp.passage();
      String citeA = sp.a().cite();
      String citeB = sp.b().cite();
      String title = "reuse #" + sp.id() + " " + p.kind() + ": " + citeA + " ~ " + citeB;
      if (p.docA().equals(doc)) {
        out.add(reuseMark(sp, p.a(), citeB, title));
      }
      if (p.docB().equals(doc)) {
        out.add(reuseMark(sp, p.b(), citeA, title));
      }
    }
  }

  private static Marks.Mark reuseMark(StoredPassage sp, Span side, String otherSide, String title) {
    return new Marks.Mark(
        side, "r", "../reuse.html#P" + sp.id(), "\u21c4 #" + sp.id() + " " + otherSide, title);
  }

  /** The names of {@code doc} resolved to an entity. */
  private void nameMarks(String doc, List<Marks.Mark> out) throws SQLException {
    for (MentionedSentence s : MentionTables.sentences(caseFile, doc)) {
      for (MentionedSentence.Named n : s.mentions()) {
        if (n.entity() == null) {
          continue;
        }
        Mention m = n.mention();
        String type = m.type().name().toLowerCase(Locale.ROOT);
        String how =
            m.role() == Mention.Role.NAME
                ? type
                : type + ", " + m.role().name().toLowerCase(Locale.ROOT) + " form";
        out.add(
            new Marks.Mark(
                m.span(),
                "e",
                "t-" + type,
                "../entity/" + EntityPages.pageName(n.entity()),
                n.name(),
                n.name() + " (" + how + ")"));
      }
    }
  }

  private static void dateMarks(DateFigureTables dft, String doc, List<Marks.Mark> out)
      throws SQLException {
    for (DateFigureTables.StoredDate d : dft.dates(doc)) {
      String value = d.value() == null ? d.kind().toLowerCase(Locale.ROOT) : d.value();
      out.add(
          new Marks.Mark(
              d.span(),
              "d",
              "../timeline.html#D" + d.id(),
              "\u25f7 " + value,
              "date " + value + (d.event() == null ? "" : ", relative to: " + d.event())));
    }
  }

  /** The figure checks of {@code doc} that came out inconsistent. */
  private static void checkMarks(DateFigureTables dft, String doc, List<Marks.Mark> out)
      throws SQLException {
    for (DateFigureTables.StoredCheck c : dft.checks(doc)) {
      if (!c.verdict().equals("INCONSISTENT")) {
        continue;
      }
      out.add(
          new Marks.Mark(
              c.span(),
              "f",
              "../figures.html#C" + c.id(),
              "\u2211 " + c.verdict() + " " + c.kind(),
              "figure check #" + c.id() + ": " + c.verdict() + ". " + c.explanation()));
    }
  }

  /** A page for an analysis that has no results in this case (yet), saying so. */
  @SuppressWarnings("unused") // kept for the next analysis page (docs/architecture.md)
  private static void writeNotYet(Writer w, String page, String title, String what)
      throws IOException {
    ReportTemplates.render(w, "report/notyet.jte", "page", page, "title", title, "what", what);
  }

  /**
   * A link to lines {@code from}-{@code to} of a document's page (template {@code frame/cite.jte}).
   */
  static String citeLink(String doc, int from, int to) {
    return ReportTemplates.string("frame/cite.jte", "doc", doc, "from", from, "to", to);
  }
}
