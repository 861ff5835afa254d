package org.sverka.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sverka.document.Document;
import org.sverka.document.Metadata;
import org.sverka.document.Part;
import org.sverka.ingest.Problem;
import org.sverka.quotes.Attribution;
import org.sverka.quotes.CheckedQuotation;
import org.sverka.quotes.Difference;
import org.sverka.quotes.Quotation;
import org.sverka.quotes.SourceMatch;
import org.sverka.reuse.AlignOp;
import org.sverka.reuse.DocTokens;
import org.sverka.reuse.Op;
import org.sverka.reuse.Passage;
import org.sverka.text.Paragraph;
import org.sverka.text.Sentence;
import org.sverka.text.Span;

/**
 * One case: a folder holding {@code sverka.db} (SQLite). Everything in it is derived from the
 * inputs and can be rebuilt. Each document is written in one transaction, so a run killed half-way
 * leaves every document either as it was or fully replaced; the run stays marked {@code running}
 * and the next run marks it {@code interrupted} and completes the work.
 *
 * <p>Lifecycle: {@link #open}, use, {@link #close}. Not thread-safe: one writer per case.
 */
public final class CaseFile implements AutoCloseable {
  public static final String DB_NAME = "sverka.db";
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false);
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};
  private static final TypeReference<List<String>> LIST = new TypeReference<>() {};

  private final Path dir;
  private final Connection db;

  private CaseFile(Path dir, Connection db) {
    this.dir = dir;
    this.db = db;
  }

  /** Opens (creating if needed) the case in {@code dir} and brings its schema up to date. */
  public static CaseFile open(Path dir) throws IOException {
    Files.createDirectories(dir);
    try {
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(DB_NAME));
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA synchronous=NORMAL");
        s.execute("PRAGMA foreign_keys=ON");
        s.execute("PRAGMA busy_timeout=10000");
      }
      CaseFile cf = new CaseFile(dir, c);
      cf.migrate();
      return cf;
    } catch (SQLException e) {
      throw new IOException(
          "cannot open case file " + dir.resolve(DB_NAME) + ": " + e.getMessage(), e);
    }
  }

  /** Opens an existing case, failing with a clear message if there is none. */
  public static CaseFile openExisting(Path dir) throws IOException {
    if (!Files.isRegularFile(dir.resolve(DB_NAME))) {
      throw new IOException(
          "no case in "
              + dir
              + " (no "
              + DB_NAME
              + "); run 'sverka analyze PATH --case "
              + dir
              + "' first");
    }
    return open(dir);
  }

  /**
   * The open connection, for the store classes of this package that persist one analysis each
   * ({@code EntityTables}, ...), so that this class does not grow with every analysis.
   */
  Connection connection() {
    return db;
  }

  public Path dir() {
    return dir;
  }

  public int schemaVersion() throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA user_version")) {
      return rs.getInt(1);
    }
  }

  private void migrate() throws SQLException {
    int version = schemaVersion();
    if (version > Migrations.ALL.size()) {
      throw new SQLException(
          "this case was written by a newer Sverka (schema " + version + "); upgrade Sverka");
    }
    for (int v = version; v < Migrations.ALL.size(); v++) {
      String[] steps = Migrations.ALL.get(v);
      int next = v + 1;
      // the schema change and the version bump commit together
      inTransaction(
          () -> {
            try (Statement s = db.createStatement()) {
              for (String sql : steps) {
                s.execute(sql);
              }
              s.execute("PRAGMA user_version = " + next);
            }
          });
    }
  }

  // ---- runs

  public long beginRun(String version, Map<String, Object> parameters) throws SQLException {
    try (PreparedStatement ps =
        db.prepareStatement(
            "INSERT INTO runs(started, version, parameters, status) VALUES (?,?,?,'running')",
            Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, Instant.now().toString());
      ps.setString(2, version);
      ps.setString(3, json(parameters));
      ps.executeUpdate();
      try (ResultSet rs = ps.getGeneratedKeys()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Marks runs that never finished (the process was killed) as interrupted; returns how many. */
  public int markInterruptedRuns() throws SQLException {
    try (Statement s = db.createStatement()) {
      return s.executeUpdate("UPDATE runs SET status='interrupted' WHERE status='running'");
    }
  }

  public void finishRun(
      long id, String status, int analysed, int unchanged, int removed, int skipped)
      throws SQLException {
    try (PreparedStatement ps =
        db.prepareStatement(
            "UPDATE runs SET finished=?, status=?, analysed=?, unchanged=?, removed=?, skipped=?"
                + " WHERE id=?")) {
      ps.setString(1, Instant.now().toString());
      ps.setString(2, status);
      ps.setInt(3, analysed);
      ps.setInt(4, unchanged);
      ps.setInt(5, removed);
      ps.setInt(6, skipped);
      ps.setLong(7, id);
      ps.executeUpdate();
    }
  }

  /** A row of the runs table. */
  public record Run(
      long id,
      String started,
      String finished,
      String version,
      String parameters,
      String status,
      int analysed,
      int unchanged,
      int removed,
      int skipped) {}

  public List<Run> runs() throws SQLException {
    List<Run> out = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM runs ORDER BY id")) {
      while (rs.next()) {
        out.add(
            new Run(
                rs.getLong("id"),
                rs.getString("started"),
                rs.getString("finished"),
                rs.getString("version"),
                rs.getString("parameters"),
                rs.getString("status"),
                rs.getInt("analysed"),
                rs.getInt("unchanged"),
                rs.getInt("removed"),
                rs.getInt("skipped")));
      }
    }
    return out;
  }

  public void addProblems(long runId, List<Problem> problems) throws SQLException {
    inTransaction(
        () -> {
          try (PreparedStatement ps =
              db.prepareStatement(
                  "INSERT INTO problems(run_id, file, line, message) VALUES (?,?,?,?)")) {
            for (Problem p : problems) {
              ps.setLong(1, runId);
              ps.setString(2, p.file());
              ps.setInt(3, p.line());
              ps.setString(4, p.message());
              ps.addBatch();
            }
            ps.executeBatch();
          }
        });
  }

  public List<Problem> problems(long runId) throws SQLException {
    List<Problem> out = new ArrayList<>();
    try (PreparedStatement ps =
        db.prepareStatement(
            "SELECT file, line, message FROM problems WHERE run_id=? ORDER BY rowid")) {
      ps.setLong(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Problem(rs.getString(1), rs.getInt(2), rs.getString(3)));
        }
      }
    }
    return out;
  }

  // ---- documents

  /** What a later run needs to know to skip an unchanged file. */
  public record Fingerprint(
      String id, String sourcePath, String root, String sha256, String metaHash) {}

  public List<Fingerprint> fingerprints() throws SQLException {
    List<Fingerprint> out = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT id, source_path, root, sha256, meta_hash FROM documents ORDER BY id")) {
      while (rs.next()) {
        out.add(
            new Fingerprint(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5)));
      }
    }
    return out;
  }

  /** Writes (or replaces) a document with its parts, paragraphs and sentences, atomically. */
  public void saveDocument(Document d, String sourcePath, String root, String metaHash, long runId)
      throws SQLException {
    saveDocument(d, sourcePath, root, metaHash, runId, () -> {});
  }

  /**
   * As {@link #saveDocument(Document, String, String, String, long)}, with {@code more} (an
   * analysis's own rows of the document, e.g. {@code MentionTables}) in the same transaction.
   */
  void saveDocument(
      Document d, String sourcePath, String root, String metaHash, long runId, SqlWork more)
      throws SQLException {
    inTransaction(
        () -> {
          deleteRows(d.id());
          try (PreparedStatement ps =
              db.prepareStatement("DELETE FROM documents WHERE source_path=?")) {
            ps.setString(1, sourcePath);
            ps.executeUpdate();
          }
          Metadata m = d.meta();
          try (PreparedStatement ps =
              db.prepareStatement(
                  "INSERT INTO documents(id, source_path, root, file, sha256, meta_hash, bytes,"
                      + " media_type, charset, title, author, date, published, place, source,"
                      + " translated_from, kind, extra, detected, lines, words, text, run_id)"
                      + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int i = 1;
            ps.setString(i++, d.id());
            ps.setString(i++, sourcePath);
            ps.setString(i++, root);
            ps.setString(i++, d.path());
            ps.setString(i++, d.sha256());
            ps.setString(i++, metaHash);
            ps.setLong(i++, d.bytes());
            ps.setString(i++, d.mediaType());
            ps.setString(i++, d.charset());
            ps.setString(i++, m.title());
            ps.setString(i++, m.author());
            ps.setString(i++, m.date());
            ps.setString(i++, m.published());
            ps.setString(i++, m.place());
            ps.setString(i++, m.source());
            ps.setString(i++, m.translatedFrom());
            ps.setString(i++, m.kind());
            ps.setString(i++, json(m.extra()));
            ps.setString(i++, json(m.detected()));
            ps.setInt(i++, d.lineCount());
            ps.setInt(i++, d.words());
            ps.setString(i++, d.text());
            ps.setLong(i, runId);
            ps.executeUpdate();
          }
          try (PreparedStatement ps =
              db.prepareStatement("INSERT INTO parts VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            int ord = 0;
            for (Part p : d.parts()) {
              int i = 1;
              ps.setString(i++, d.id());
              ps.setInt(i++, ord++);
              ps.setInt(i++, p.lineStart());
              ps.setInt(i++, p.lineEnd());
              ps.setString(i++, p.title());
              ps.setString(i++, p.date());
              ps.setString(i++, p.author());
              ps.setString(i++, p.kind());
              ps.setString(i++, p.place());
              ps.setInt(i++, p.implicit() ? 1 : 0);
              ps.setString(i, json(p.extra()));
              ps.addBatch();
            }
            ps.executeBatch();
          }
          try (PreparedStatement pp =
                  db.prepareStatement("INSERT INTO paragraphs VALUES (?,?,?,?,?,?,?)");
              PreparedStatement sp =
                  db.prepareStatement("INSERT INTO sentences VALUES (?,?,?,?,?)")) {
            int sord = 0;
            for (Paragraph p : d.paragraphs()) {
              pp.setString(1, d.id());
              pp.setInt(2, p.index());
              pp.setInt(3, p.span().start());
              pp.setInt(4, p.span().end());
              pp.setInt(5, p.lineStart());
              pp.setInt(6, p.lineEnd());
              pp.setInt(7, p.boilerplate() ? 1 : 0);
              pp.addBatch();
              for (Sentence s : p.sentences()) {
                sp.setString(1, d.id());
                sp.setInt(2, sord++);
                sp.setInt(3, p.index());
                sp.setInt(4, s.span().start());
                sp.setInt(5, s.span().end());
                sp.addBatch();
              }
            }
            pp.executeBatch();
            sp.executeBatch();
          }
          more.run();
        });
  }

  public void deleteDocument(String id) throws SQLException {
    inTransaction(() -> deleteRows(id));
  }

  private void deleteRows(String id) throws SQLException {
    for (String table : List.of("sentences", "paragraphs", "parts")) {
      try (PreparedStatement ps = db.prepareStatement("DELETE FROM " + table + " WHERE doc=?")) {
        ps.setString(1, id);
        ps.executeUpdate();
      }
    }
    try (PreparedStatement ps = db.prepareStatement("DELETE FROM documents WHERE id=?")) {
      ps.setString(1, id);
      ps.executeUpdate();
    }
  }

  /** All documents, ordered by id, without their text. */
  public List<StoredDocument> documents() throws SQLException {
    List<StoredDocument> out = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT id FROM documents ORDER BY id")) {
      while (rs.next()) {
        out.add(document(rs.getString(1), false).orElseThrow());
      }
    }
    return out;
  }

  public List<String> documentIds() throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT id FROM documents ORDER BY id")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  /** A document's original text alone (no metadata, no paragraphs), or empty if no such id. */
  public Optional<String> text(String id) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("SELECT text FROM documents WHERE id=?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  /** A document by id, with its text and paragraphs if {@code withText}. */
  public Optional<StoredDocument> document(String id, boolean withText) throws SQLException {
    String cols =
        "id, file, source_path, sha256, bytes, media_type, charset, title, author, date, published,"
            + " place, source, translated_from, kind, extra, detected, lines, words"
            + (withText ? ", text" : "");
    try (PreparedStatement ps =
        db.prepareStatement("SELECT " + cols + " FROM documents WHERE id=?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        Metadata meta =
            new Metadata(
                rs.getString("title"),
                rs.getString("author"),
                rs.getString("date"),
                rs.getString("published"),
                rs.getString("place"),
                rs.getString("source"),
                rs.getString("translated_from"),
                rs.getString("kind"),
                readMap(rs.getString("extra")),
                readList(rs.getString("detected")));
        return Optional.of(
            new StoredDocument(
                rs.getString("id"),
                rs.getString("file"),
                rs.getString("source_path"),
                rs.getString("sha256"),
                rs.getLong("bytes"),
                rs.getString("media_type"),
                rs.getString("charset"),
                meta,
                rs.getInt("lines"),
                rs.getInt("words"),
                parts(id),
                withText ? rs.getString("text") : null,
                withText ? paragraphs(id) : List.of()));
      }
    }
  }

  private List<Part> parts(String id) throws SQLException {
    List<Part> out = new ArrayList<>();
    try (PreparedStatement ps =
        db.prepareStatement("SELECT * FROM parts WHERE doc=? ORDER BY ord")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Part(
                  rs.getInt("line_start"),
                  rs.getInt("line_end"),
                  rs.getString("title"),
                  rs.getString("date"),
                  rs.getString("author"),
                  rs.getString("kind"),
                  rs.getString("place"),
                  rs.getInt("implicit") == 1,
                  readMap(rs.getString("extra"))));
        }
      }
    }
    return out;
  }

  private List<StoredDocument.StoredParagraph> paragraphs(String id) throws SQLException {
    List<StoredDocument.StoredParagraph> out = new ArrayList<>();
    try (PreparedStatement ps =
        db.prepareStatement(
            "SELECT start, end, line_start, line_end, boilerplate FROM paragraphs WHERE doc=? ORDER BY ord")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new StoredDocument.StoredParagraph(
                  rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5) == 1));
        }
      }
    }
    return out;
  }

  // ---- reuse

  private static Map<String, DocTokens> byId(List<DocTokens> docs) {
    Map<String, DocTokens> byId = new java.util.HashMap<>();
    for (DocTokens d : docs) {
      byId.put(d.doc, d);
    }
    return byId;
  }

  /** Empties a derived table, inside the caller's transaction. */
  private void deleteAll(String table) throws SQLException {
    try (Statement st = db.createStatement()) {
      st.execute("DELETE FROM " + table);
    }
  }

  /** Replaces all passages (in one transaction), with lines computed from each side's text. */
  public void replacePassages(List<Passage> passages, List<DocTokens> docs) throws SQLException {
    Map<String, DocTokens> byId = byId(docs);
    inTransaction(
        () -> {
          deleteAll("passages");
          try (PreparedStatement ps =
              db.prepareStatement(
                  "INSERT INTO passages VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int id = 1;
            for (Passage p : passages) {
              DocTokens a = byId.get(p.docA());
              DocTokens b = byId.get(p.docB());
              int i = 1;
              ps.setInt(i++, id++);
              ps.setString(i++, p.docA());
              ps.setInt(i++, p.a().start());
              ps.setInt(i++, p.a().end());
              ps.setInt(i++, a.lines.lineOf(p.a().start()));
              ps.setInt(i++, a.lines.lastLineOf(p.a()));
              ps.setString(i++, p.docB());
              ps.setInt(i++, p.b().start());
              ps.setInt(i++, p.b().end());
              ps.setInt(i++, b.lines.lineOf(p.b().start()));
              ps.setInt(i++, b.lines.lastLineOf(p.b()));
              ps.setString(i++, p.kind().name());
              ps.setDouble(i++, p.identity());
              ps.setDouble(i++, p.weight());
              ps.setInt(i++, p.tokensA());
              ps.setInt(i++, p.tokensB());
              ps.setString(i, opsJson(p.ops()));
              ps.addBatch();
            }
            ps.executeBatch();
          }
        });
  }

  private static String opsJson(List<AlignOp> ops) {
    StringBuilder b = new StringBuilder("[");
    for (AlignOp o : ops) {
      if (b.length() > 1) {
        b.append(',');
      }
      b.append('[')
          .append(o.op().ordinal())
          .append(',')
          .append(o.a().start())
          .append(',')
          .append(o.a().end())
          .append(',')
          .append(o.b().start())
          .append(',')
          .append(o.b().end())
          .append(',')
          .append(o.tokensA())
          .append(',')
          .append(o.tokensB())
          .append(',')
          .append(o.spelling() ? 1 : 0)
          .append(']');
    }
    return b.append(']').toString();
  }

  private static List<AlignOp> readOps(String json) {
    try {
      int[][] rows = JSON.readValue(json, int[][].class);
      List<AlignOp> out = new ArrayList<>(rows.length);
      for (int[] r : rows) {
        out.add(
            new AlignOp(
                Op.values()[r[0]],
                new Span(r[1], r[2]),
                new Span(r[3], r[4]),
                r[5],
                r[6],
                r[7] == 1));
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException("corrupt ops in case file", e);
    }
  }

  /**
   * Passages, ordered by id; only those with a side in {@code doc} when it is not null, and with at
   * least {@code minWords} tokens on each side.
   */
  public List<StoredPassage> passages(String doc, int minWords) throws SQLException {
    String sql =
        "SELECT * FROM passages WHERE (? IS NULL OR doc_a = ? OR doc_b = ?)"
            + " AND tokens_a >= ? AND tokens_b >= ? ORDER BY id";
    List<StoredPassage> out = new ArrayList<>();
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      ps.setString(1, doc);
      ps.setString(2, doc);
      ps.setString(3, doc);
      ps.setInt(4, minWords);
      ps.setInt(5, minWords);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(passage(rs));
        }
      }
    }
    return out;
  }

  /** The passage with this id, or empty. */
  public Optional<StoredPassage> passage(int id) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("SELECT * FROM passages WHERE id = ?")) {
      ps.setInt(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(passage(rs)) : Optional.empty();
      }
    }
  }

  private static StoredPassage passage(ResultSet rs) throws SQLException {
    Passage p =
        new Passage(
            rs.getString("doc_a"),
            new Span(rs.getInt("start_a"), rs.getInt("end_a")),
            rs.getString("doc_b"),
            new Span(rs.getInt("start_b"), rs.getInt("end_b")),
            Passage.Kind.valueOf(rs.getString("kind")),
            rs.getDouble("identity"),
            rs.getDouble("weight"),
            rs.getInt("tokens_a"),
            rs.getInt("tokens_b"),
            readOps(rs.getString("ops")));
    return new StoredPassage(
        rs.getInt("id"),
        p,
        rs.getInt("line_start_a"),
        rs.getInt("line_end_a"),
        rs.getInt("line_start_b"),
        rs.getInt("line_end_b"));
  }

  // ---- quotations

  /** Replaces all quotations (in one transaction). */
  public void replaceQuotations(List<CheckedQuotation> quotations, List<DocTokens> docs)
      throws SQLException {
    Map<String, DocTokens> byId = byId(docs);
    inTransaction(
        () -> {
          deleteAll("quotations");
          try (PreparedStatement ps =
              db.prepareStatement(
                  "INSERT INTO quotations VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int id = 1;
            for (CheckedQuotation cq : quotations) {
              Quotation q = cq.quotation();
              DocTokens d = byId.get(cq.doc());
              Attribution a = q.attribution();
              int i = 1;
              ps.setInt(i++, id++);
              ps.setString(i++, cq.doc());
              ps.setInt(i++, q.span().start());
              ps.setInt(i++, q.span().end());
              ps.setInt(i++, d.lines.lineOf(q.span().start()));
              ps.setInt(i++, d.lines.lastLineOf(q.span()));
              ps.setInt(i++, q.outer().start());
              ps.setInt(i++, q.outer().end());
              ps.setInt(i++, q.depth());
              ps.setString(i++, q.style().name());
              ps.setInt(i++, q.closed() ? 1 : 0);
              ps.setString(i++, a == null ? null : a.speaker());
              ps.setInt(i++, a != null && a.firstPerson() ? 1 : 0);
              ps.setString(i++, a == null ? null : a.work());
              ps.setString(i++, cq.attributedTo());
              ps.setString(
                  i++, String.join(",", cq.check().verdicts().stream().map(Enum::name).toList()));
              ps.setString(i++, cq.check().explanation());
              ps.setString(i, json(quotationDetail(cq, byId)));
              ps.addBatch();
            }
            ps.executeBatch();
          }
        });
  }

  private static Map<String, Object> quotationDetail(
      CheckedQuotation cq, Map<String, DocTokens> byId) {
    Quotation q = cq.quotation();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("segments", spans(q.segments()));
    m.put("ellipses", spans(q.ellipses()));
    m.put("insertions", spans(q.insertions()));
    Attribution a = q.attribution();
    m.put(
        "speakerSpan",
        a == null || a.speakerSpan() == null ? null : spans(List.of(a.speakerSpan())).get(0));
    m.put(
        "workSpan", a == null || a.workSpan() == null ? null : spans(List.of(a.workSpan())).get(0));
    List<Object> matches = new ArrayList<>();
    for (SourceMatch sm : cq.check().matches()) {
      Passage p = sm.passage();
      DocTokens src = byId.get(p.docB());
      Map<String, Object> mm = new LinkedHashMap<>();
      mm.put("doc", p.docB());
      mm.put("start", p.b().start());
      mm.put("end", p.b().end());
      mm.put("lineStart", src.lines.lineOf(p.b().start()));
      mm.put("lineEnd", src.lines.lastLineOf(p.b()));
      mm.put("quoteStart", p.a().start());
      mm.put("quoteEnd", p.a().end());
      mm.put("verdicts", sm.verdicts().stream().map(Enum::name).toList());
      mm.put("explanation", sm.explanation());
      mm.put("author", sm.sourceAuthor());
      mm.put("date", sm.sourceDate());
      mm.put("identity", Math.round(p.identity() * 1000) / 1000.0);
      List<Object> diffs = new ArrayList<>();
      for (Difference df : sm.differences()) {
        Map<String, Object> dm = new LinkedHashMap<>();
        dm.put("op", df.op());
        dm.put("quoteStart", df.quote().start());
        dm.put("quoteEnd", df.quote().end());
        dm.put("sourceStart", df.source().start());
        dm.put("sourceEnd", df.source().end());
        dm.put("marked", df.marked());
        dm.put("spelling", df.spelling());
        diffs.add(dm);
      }
      mm.put("differences", diffs);
      matches.add(mm);
    }
    m.put("matches", matches);
    return m;
  }

  private static List<int[]> spans(List<Span> spans) {
    return spans.stream().map(s -> new int[] {s.start(), s.end()}).toList();
  }

  /** Quotations, ordered by id; only those in {@code doc} when it is not null. */
  public List<StoredQuotation> quotations(String doc) throws SQLException {
    List<StoredQuotation> out = new ArrayList<>();
    try (PreparedStatement ps =
        db.prepareStatement("SELECT * FROM quotations WHERE (? IS NULL OR doc = ?) ORDER BY id")) {
      ps.setString(1, doc);
      ps.setString(2, doc);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(quotation(rs));
        }
      }
    }
    return out;
  }

  /** The quotation with this id, or empty. */
  public Optional<StoredQuotation> quotation(int id) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("SELECT * FROM quotations WHERE id = ?")) {
      ps.setInt(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(quotation(rs)) : Optional.empty();
      }
    }
  }

  private static StoredQuotation quotation(ResultSet rs) throws SQLException {
    String verdicts = rs.getString("verdicts");
    return new StoredQuotation(
        rs.getInt("id"),
        rs.getString("doc"),
        new Span(rs.getInt("start"), rs.getInt("end")),
        rs.getInt("line_start"),
        rs.getInt("line_end"),
        new Span(rs.getInt("outer_start"), rs.getInt("outer_end")),
        rs.getInt("depth"),
        rs.getString("style"),
        rs.getInt("closed") == 1,
        rs.getString("speaker"),
        rs.getInt("first_person") == 1,
        rs.getString("work"),
        rs.getString("attributed_to"),
        verdicts.isEmpty() ? List.of() : List.of(verdicts.split(",")),
        rs.getString("explanation"),
        readMap(rs.getString("detail")));
  }

  // ---- stages

  /** The stamp a derived stage last ran with (inputs' fingerprint), or null. */
  public String stageStamp(String name) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("SELECT stamp FROM stages WHERE name=?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  public void setStageStamp(String name, String stamp, long runId) throws SQLException {
    try (PreparedStatement ps =
        db.prepareStatement("INSERT OR REPLACE INTO stages(name, stamp, run_id) VALUES (?,?,?)")) {
      ps.setString(1, name);
      ps.setString(2, stamp);
      ps.setLong(3, runId);
      ps.executeUpdate();
    }
  }

  /** A fingerprint of all documents' content and metadata: changes whenever any does. */
  public String corpusStamp() throws SQLException {
    StringBuilder b = new StringBuilder();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, sha256, meta_hash FROM documents ORDER BY id")) {
      while (rs.next()) {
        b.append(rs.getString(1))
            .append(':')
            .append(rs.getString(2))
            .append(':')
            .append(rs.getString(3))
            .append('\n');
      }
    }
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Counts rows of a table; for tests and summaries. */
  public long count(String table) throws SQLException {
    if (!table.matches("[a-z_]+")) {
      throw new IllegalArgumentException("bad table name: " + table);
    }
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
      return rs.getLong(1);
    }
  }

  /** SQLite's own consistency check; "ok" when the file is sound. */
  public String integrityCheck() throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
      return rs.getString(1);
    }
  }

  // ---- plumbing

  @FunctionalInterface
  interface SqlWork {
    void run() throws SQLException;
  }

  void inTransaction(SqlWork work) throws SQLException {
    boolean auto = db.getAutoCommit();
    db.setAutoCommit(false);
    try {
      work.run();
      db.commit();
    } catch (SQLException | RuntimeException e) {
      db.rollback();
      throw e;
    } finally {
      db.setAutoCommit(auto);
    }
  }

  static String json(Object o) {
    try {
      return JSON.writeValueAsString(o == null ? Map.of() : o);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, Object> readMap(String s) {
    try {
      return s == null ? Map.of() : JSON.readValue(s, MAP);
    } catch (IOException e) {
      throw new IllegalStateException("corrupt JSON in case file: " + s, e);
    }
  }

  private static List<String> readList(String s) {
    try {
      return s == null ? List.of() : JSON.readValue(s, LIST);
    } catch (IOException e) {
      throw new IllegalStateException("corrupt JSON in case file: " + s, e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      db.close();
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }
}
