package org.sverka.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sverka.document.Document;
import org.sverka.document.Metadata;
import org.sverka.document.Part;
import org.sverka.ingest.PageLayout;
import org.sverka.text.Paragraph;
import org.sverka.text.Sentence;

/**
 * The SQL of a case's documents: their rows with parts, paragraphs and sentences, their original
 * texts, the fingerprints that let a later run skip an unchanged file, and the corpus stamp.
 */
public final class DocumentTables {
  private final CaseFile cf;
  private final Connection db;

  public DocumentTables(CaseFile cf) {
    this.cf = cf;
    this.db = cf.connection();
  }

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
      Document d,
      String sourcePath,
      String root,
      String metaHash,
      long runId,
      CaseFile.SqlWork more)
      throws SQLException {
    cf.inTransaction(
        () -> {
          deleteRows(d.id());
          try (PreparedStatement ps =
              db.prepareStatement("DELETE FROM documents WHERE source_path=?")) {
            ps.setString(1, sourcePath);
            ps.executeUpdate();
          }
          insertDocument(d, sourcePath, root, metaHash, runId);
          insertParts(d);
          insertParagraphsAndSentences(d);
          insertLayout(d.id(), d.layout());
          more.run();
        });
  }

  /** The document's row (metadata, counts and original text). */
  private void insertDocument(
      Document d, String sourcePath, String root, String metaHash, long runId) throws SQLException {
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
      ps.setString(i++, CaseFile.json(m.extra()));
      ps.setString(i++, CaseFile.json(m.detected()));
      ps.setInt(i++, d.lineCount());
      ps.setInt(i++, d.words());
      ps.setString(i++, d.text());
      ps.setLong(i, runId);
      ps.executeUpdate();
    }
  }

  /** The document's parts, in order. */
  private void insertParts(Document d) throws SQLException {
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
        ps.setString(i, CaseFile.json(p.extra()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** The document's paragraphs and their sentences, numbered through the document. */
  private void insertParagraphsAndSentences(Document d) throws SQLException {
    try (PreparedStatement pp =
            db.prepareStatement("INSERT INTO paragraphs VALUES (?,?,?,?,?,?,?)");
        PreparedStatement sp = db.prepareStatement("INSERT INTO sentences VALUES (?,?,?,?,?)")) {
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
  }

  /** A document's pages and OCR lines; each OCR word as [start, end, confidence] in JSON. */
  private void insertLayout(String doc, PageLayout layout) throws SQLException {
    try (PreparedStatement pp = db.prepareStatement("INSERT INTO pages VALUES (?,?,?,?,?,?,?)");
        PreparedStatement lp =
            db.prepareStatement("INSERT INTO ocr_lines VALUES (?,?,?,?,?,?,?,?)")) {
      for (PageLayout.Page p : layout.pages()) {
        Rows.bind(
            pp,
            doc,
            p.number(),
            p.lineStart(),
            p.lineEnd(),
            p.width(),
            p.height(),
            p.ocr() ? 1 : 0);
        pp.addBatch();
      }
      for (PageLayout.OcrLine l : layout.ocrLines()) {
        List<int[]> words = new ArrayList<>();
        for (PageLayout.Word w : l.words()) {
          words.add(new int[] {w.start(), w.end(), w.confidence()});
        }
        PageLayout.Box b = l.box();
        Rows.bind(
            lp,
            doc,
            l.line(),
            l.page(),
            b.left(),
            b.top(),
            b.width(),
            b.height(),
            CaseFile.json(words));
        lp.addBatch();
      }
      pp.executeBatch();
      lp.executeBatch();
    }
    try (PreparedStatement ip = db.prepareStatement("INSERT INTO page_images VALUES (?,?,?,?,?)")) {
      for (PageLayout.PageImage im : layout.images()) {
        Rows.bind(ip, doc, im.page(), im.width(), im.height());
        ip.setBytes(5, im.png());
        ip.addBatch();
      }
      ip.executeBatch();
    }
  }

  /** The images kept of a document's OCR'd pages, in page order (none for a text file). */
  public List<PageLayout.PageImage> pageImages(String doc) throws SQLException {
    List<PageLayout.PageImage> out = new ArrayList<>();
    try (PreparedStatement ps =
        db.prepareStatement(
            "SELECT page, width, height, png FROM page_images WHERE doc=? ORDER BY page")) {
      ps.setString(1, doc);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new PageLayout.PageImage(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getBytes(4)));
        }
      }
    }
    return out;
  }

  /** A document's pages and OCR lines ({@link PageLayout#NONE} for a text file). */
  public PageLayout layout(String doc) throws SQLException {
    List<PageLayout.Page> pages = new ArrayList<>();
    try (PreparedStatement ps =
        db.prepareStatement(
            "SELECT page, line_start, line_end, width, height, ocr FROM pages WHERE doc=?"
                + " ORDER BY page")) {
      ps.setString(1, doc);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          pages.add(
              new PageLayout.Page(
                  rs.getInt(1),
                  rs.getInt(2),
                  rs.getInt(3),
                  rs.getInt(4),
                  rs.getInt(5),
                  rs.getInt(6) == 1));
        }
      }
    }
    List<PageLayout.OcrLine> lines = new ArrayList<>();
    try (PreparedStatement ps =
        db.prepareStatement(
            "SELECT line, page, x, y, width, height, words FROM ocr_lines WHERE doc=?"
                + " ORDER BY line")) {
      ps.setString(1, doc);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          List<PageLayout.Word> words = new ArrayList<>();
          for (int[] w : readWords(rs.getString(7))) {
            words.add(new PageLayout.Word(w[0], w[1], w[2]));
          }
          lines.add(
              new PageLayout.OcrLine(
                  rs.getInt(1),
                  rs.getInt(2),
                  new PageLayout.Box(rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)),
                  words));
        }
      }
    }
    return pages.isEmpty() && lines.isEmpty() ? PageLayout.NONE : new PageLayout(pages, lines);
  }

  private static final TypeReference<List<int[]>> WORDS = new TypeReference<>() {};

  private static List<int[]> readWords(String s) {
    try {
      return CaseFile.JSON.readValue(s, WORDS);
    } catch (IOException e) {
      throw new IllegalStateException("corrupt JSON in case file: " + s, e);
    }
  }

  public void deleteDocument(String id) throws SQLException {
    cf.inTransaction(() -> deleteRows(id));
  }

  private void deleteRows(String id) throws SQLException {
    for (String table :
        List.of("page_images", "ocr_lines", "pages", "sentences", "paragraphs", "parts")) {
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
                CaseFile.readMap(rs.getString("extra")),
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
                  CaseFile.readMap(rs.getString("extra"))));
        }
      }
    }
    return out;
  }

  private List<StoredDocument.StoredParagraph> paragraphs(String id) throws SQLException {
    return Rows.list(
        db,
        "SELECT start, end, line_start, line_end, boilerplate FROM paragraphs WHERE doc=? ORDER BY ord",
        Rows.record(StoredDocument.StoredParagraph.class),
        id);
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

  private static final TypeReference<List<String>> LIST = new TypeReference<>() {};

  private static List<String> readList(String s) {
    try {
      return s == null ? List.of() : CaseFile.JSON.readValue(s, LIST);
    } catch (IOException e) {
      throw new IllegalStateException("corrupt JSON in case file: " + s, e);
    }
  }
}
