package org.sverka.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sverka.claims.MentionedSentence;
import org.sverka.document.Document;
import org.sverka.entities.EntityType;
import org.sverka.entities.Mention;
import org.sverka.entities.NameTagger;
import org.sverka.entities.TagCache;
import org.sverka.text.Cited;
import org.sverka.text.Span;

/**
 * The SQL of entity mentions: the name tagger's output per document (table {@code ner_tags},
 * written in the document's own transaction, deleted with it), and the mentions the stage derives
 * from it over the whole case (table {@code mentions}; its {@code entity} column is left for the
 * variant resolution to fill).
 */
public final class MentionTables {
  private MentionTables() {}

  /** Writes a document and its name tags in one transaction. */
  public static void saveDocument(
      CaseFile cf,
      Document d,
      List<NameTagger.Tagged> tags,
      String sourcePath,
      String root,
      String metaHash,
      long runId)
      throws SQLException {
    saveDocument(cf, d, tags, null, sourcePath, root, metaHash, runId);
  }

  /**
   * As {@link #saveDocument(CaseFile, Document, List, String, String, String, long)}, with the
   * answers {@code cache} gained since its last save ({@link TagCache#drain}) in the same
   * transaction; null for none.
   */
  public static void saveDocument(
      CaseFile cf,
      Document d,
      List<NameTagger.Tagged> tags,
      TagCache cache,
      String sourcePath,
      String root,
      String metaHash,
      long runId)
      throws SQLException {
    Connection db = cf.connection();
    new DocumentTables(cf)
        .saveDocument(
            d,
            sourcePath,
            root,
            metaHash,
            runId,
            () -> {
              try (PreparedStatement ps =
                  db.prepareStatement("INSERT INTO ner_tags VALUES (?,?,?,?,?,?,?)")) {
                for (NameTagger.Tagged t : tags) {
                  ps.setString(1, d.id());
                  ps.setInt(2, t.paragraph());
                  ps.setInt(3, t.normStart());
                  ps.setInt(4, t.normEnd());
                  ps.setInt(5, t.span().start());
                  ps.setInt(6, t.span().end());
                  ps.setString(7, t.label());
                  ps.addBatch();
                }
                ps.executeBatch();
              }
              if (cache != null) {
                saveTagCache(db, cache.drain());
              }
            });
  }

  private static void saveTagCache(Connection db, List<Map.Entry<Long, int[]>> answers)
      throws SQLException {
    if (answers.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        db.prepareStatement("INSERT OR REPLACE INTO ner_cache(key, runs) VALUES (?,?)")) {
      for (Map.Entry<Long, int[]> a : answers) {
        ps.setLong(1, a.getKey());
        ps.setBytes(2, TagCache.encode(a.getValue()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** The CRF's answers the case keeps (table {@code ner_cache}), read into a new cache. */
  public static TagCache tagCache(CaseFile cf) throws SQLException {
    TagCache cache = new TagCache();
    try (Statement s = cf.connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT key, runs FROM ner_cache")) {
      while (rs.next()) {
        cache.load(rs.getLong(1), TagCache.decode(rs.getBytes(2)));
      }
    }
    return cache;
  }

  /** The name tags of every document, by document id, in order. */
  public static Map<String, List<NameTagger.Tagged>> tags(CaseFile cf) throws SQLException {
    Map<String, List<NameTagger.Tagged>> out = new HashMap<>();
    try (Statement s = cf.connection().createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT doc, paragraph, norm_start, norm_end, start, end, label FROM ner_tags"
                    + " ORDER BY doc, paragraph, norm_start")) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
            .add(
                new NameTagger.Tagged(
                    rs.getInt(2),
                    rs.getInt(3),
                    rs.getInt(4),
                    new Span(rs.getInt(5), rs.getInt(6)),
                    rs.getString(7)));
      }
    }
    return out;
  }

  /**
   * Sets a mention's ten columns (doc, start, end, line_start, line_end, sentence, form, type,
   * role, source) from parameter {@code from} on; the one way mentions are written.
   */
  static void bind(PreparedStatement ps, int from, Mention m) throws SQLException {
    int i = from;
    ps.setString(i++, m.doc());
    ps.setInt(i++, m.start());
    ps.setInt(i++, m.end());
    ps.setInt(i++, m.lineStart());
    ps.setInt(i++, m.lineEnd());
    ps.setInt(i++, m.sentence());
    ps.setString(i++, m.form());
    ps.setString(i++, m.type().name());
    ps.setString(i++, m.role().name());
    ps.setString(i, m.source());
  }

  /** The mention of a row of {@code mentions} (read by column name). */
  static Mention read(ResultSet rs) throws SQLException {
    return new Mention(
        Rows.cited(rs),
        rs.getInt("sentence"),
        rs.getString("form"),
        EntityType.valueOf(rs.getString("type")),
        Mention.Role.valueOf(rs.getString("role")),
        rs.getString("source"));
  }

  /** Replaces every mention of the case (in one transaction); {@code entity} is left NULL. */
  public static void replaceMentions(CaseFile cf, List<Mention> mentions) throws SQLException {
    Connection db = cf.connection();
    cf.inTransaction(
        () -> {
          try (Statement st = db.createStatement()) {
            st.execute("DELETE FROM mentions");
          }
          try (PreparedStatement ps =
              db.prepareStatement(
                  "INSERT INTO mentions(id, doc, start, end, line_start, line_end, sentence, form,"
                      + " type, role, source) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            int id = 1;
            for (Mention m : mentions) {
              ps.setInt(1, id++);
              bind(ps, 2, m);
              ps.addBatch();
            }
            ps.executeBatch();
          }
        });
  }

  /** The mentions of one document (or of all when {@code doc} is null), by id. */
  public static List<Mention> mentions(CaseFile cf, String doc) throws SQLException {
    List<Mention> out = new ArrayList<>();
    try (PreparedStatement ps =
        cf.connection()
            .prepareStatement("SELECT * FROM mentions WHERE (? IS NULL OR doc = ?) ORDER BY id")) {
      ps.setString(1, doc);
      ps.setString(2, doc);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs));
        }
      }
    }
    return out;
  }

  /** A stored mention with the entity the resolution linked it to (null when none). */
  public record Linked(Mention mention, String entity) {}

  /** The mentions of one document with their entities, by start offset. */
  public static List<Linked> linked(CaseFile cf, String doc) throws SQLException {
    List<Linked> out = new ArrayList<>();
    try (PreparedStatement ps =
        cf.connection().prepareStatement("SELECT * FROM mentions WHERE doc=? ORDER BY start, id")) {
      ps.setString(1, doc);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Linked(read(rs), rs.getString("entity")));
        }
      }
    }
    return out;
  }

  /**
   * The sentences that have at least one mention, with their mentions (and linked entities), in
   * document and sentence order; {@code doc} null for every document.
   */
  public static List<MentionedSentence> sentences(CaseFile cf, String doc) throws SQLException {
    String sql =
        "SELECT m.doc, m.sentence, s.start, s.end, m.start, m.end, m.line_start, m.line_end,"
            + " m.form, m.type, m.role, m.source, m.entity, e.name"
            + " FROM mentions m JOIN sentences s ON s.doc = m.doc AND s.ord = m.sentence"
            + " LEFT JOIN entities e ON e.id = m.entity"
            + (doc == null ? "" : " WHERE m.doc = ?")
            + " ORDER BY m.doc, m.sentence, m.start, m.end, m.id";
    List<MentionedSentence> out = new ArrayList<>();
    try (PreparedStatement ps = cf.connection().prepareStatement(sql)) {
      if (doc != null) {
        ps.setString(1, doc);
      }
      try (ResultSet rs = ps.executeQuery()) {
        String curDoc = null;
        int curOrd = -1;
        int sStart = 0;
        int sEnd = 0;
        List<MentionedSentence.Named> ms = new ArrayList<>();
        while (rs.next()) {
          String d = rs.getString(1);
          int ord = rs.getInt(2);
          if (!d.equals(curDoc) || ord != curOrd) {
            if (curDoc != null) {
              out.add(new MentionedSentence(curDoc, curOrd, new Span(sStart, sEnd), ms));
            }
            curDoc = d;
            curOrd = ord;
            sStart = rs.getInt(3);
            sEnd = rs.getInt(4);
            ms = new ArrayList<>();
          }
          Mention m =
              new Mention(
                  Cited.of(d, rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)),
                  ord,
                  rs.getString(9),
                  EntityType.valueOf(rs.getString(10)),
                  Mention.Role.valueOf(rs.getString(11)),
                  rs.getString(12));
          ms.add(new MentionedSentence.Named(m, rs.getString(13), rs.getString(14)));
        }
        if (curDoc != null) {
          out.add(new MentionedSentence(curDoc, curOrd, new Span(sStart, sEnd), ms));
        }
      }
    }
    return out;
  }
}
