package org.sverka.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sverka.entities.EntityType;
import org.sverka.entities.Mention;
import org.sverka.text.Cited;
import org.sverka.text.LineMap;

/**
 * The one way tests write rows into the tables {@code mentions} and {@code entities} (migration 4).
 * Analyze fills them with the real mention finder and resolver, and tests of what reads them should
 * read those. Write rows only for a controlled situation the demo cannot give (a must-not case, a
 * merge the resolver does not make), and then into a case whose stage rows were first removed with
 * {@link #clear} (or analysed with {@code Analyzer.Options.withoutNames()}), so that the test reads
 * only its own rows, and say so in the test. Rows are written at real offsets of a stored document.
 */
public final class MentionRows {
  private final Connection db;

  public MentionRows(CaseFile cf) {
    this.db = cf.connection();
  }

  /**
   * Removes every mention and entity of the case, what the mention and entity stages wrote, and
   * their stamps, so that the next analyze writes them anew. (An analyze after rows were written
   * here would resolve the mentions again: rebuild the search index with {@code SearchIndex.build}
   * instead.)
   */
  public static void clear(CaseFile cf) throws SQLException {
    try (Statement s = cf.connection().createStatement()) {
      s.execute("DELETE FROM mentions");
      s.execute("DELETE FROM entities");
      s.execute("DELETE FROM stages WHERE name IN ('mentions', 'entities')");
    }
  }

  /** An entity row, unless one with this id exists. */
  public void entity(String id, EntityType type, String name) throws SQLException {
    try (PreparedStatement ps =
        db.prepareStatement(
            "INSERT OR IGNORE INTO entities(id, type, name, wikidata, detail)"
                + " VALUES (?,?,?,NULL,'{}')")) {
      ps.setString(1, id);
      ps.setString(2, type.name());
      ps.setString(3, name);
      ps.executeUpdate();
    }
  }

  /**
   * A mention of {@code form} where it stands inside the first occurrence of {@code context} (an
   * exact piece of the original text that locates it), linked to {@code entity} (inserted with
   * {@code name} if new), or to none when {@code entity} is null.
   */
  public Mention add(
      String doc,
      String context,
      String form,
      EntityType type,
      Mention.Role role,
      String entity,
      String name)
      throws SQLException {
    String text = text(doc);
    int at = text.indexOf(context);
    int in = context.indexOf(form);
    if (at < 0 || in < 0) {
      throw new IllegalArgumentException(
          "'" + context + "' not in " + doc + " or '" + form + "' not in it");
    }
    return add(doc, at + in, at + in + form.length(), type, role, entity, name);
  }

  /** A person named by {@code form} inside {@code context}; see {@link #add}. */
  public Mention person(String doc, String context, String form, String entity, String name)
      throws SQLException {
    return add(doc, context, form, EntityType.PERSON, Mention.Role.NAME, entity, name);
  }

  /** A mention at original offsets [start, end) of a document; lines and sentence from the case. */
  public Mention add(
      String doc,
      int start,
      int end,
      EntityType type,
      Mention.Role role,
      String entity,
      String name)
      throws SQLException {
    String text = text(doc);
    int sentence;
    try (PreparedStatement ps =
        db.prepareStatement(
            "SELECT ord FROM sentences WHERE doc=? AND start<=? AND end>=? ORDER BY ord LIMIT 1")) {
      ps.setString(1, doc);
      ps.setInt(2, start);
      ps.setInt(3, end);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalArgumentException(
              "no sentence holds " + start + "-" + end + " of " + doc);
        }
        sentence = rs.getInt(1);
      }
    }
    LineMap lines = LineMap.of(text);
    Mention m =
        new Mention(
            Cited.of(doc, start, end, lines.lineOf(start), lines.lineOf(end - 1)),
            sentence,
            text.substring(start, end),
            type,
            role,
            "test");
    if (entity != null) {
      entity(entity, type, name);
    }
    try (PreparedStatement ps =
        db.prepareStatement(
            "INSERT INTO mentions(doc, start, end, line_start, line_end, sentence, form, type,"
                + " role, source, entity) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
      ps.setString(1, doc);
      ps.setInt(2, m.start());
      ps.setInt(3, m.end());
      ps.setInt(4, m.lineStart());
      ps.setInt(5, m.lineEnd());
      ps.setInt(6, m.sentence());
      ps.setString(7, m.form());
      ps.setString(8, type.name());
      ps.setString(9, role.name());
      ps.setString(10, m.source());
      ps.setString(11, entity);
      ps.executeUpdate();
    }
    return m;
  }

  private String text(String doc) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("SELECT text FROM documents WHERE id=?")) {
      ps.setString(1, doc);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalArgumentException("no document " + doc);
        }
        return rs.getString(1);
      }
    }
  }

  /** The types of the resolved NAME mentions that lie within offsets [start, end) of a document. */
  public static java.util.Set<String> types(CaseFile cf, String doc, int start, int end)
      throws SQLException {
    java.util.Set<String> out = new java.util.TreeSet<>();
    try (PreparedStatement ps =
        cf.connection()
            .prepareStatement(
                "SELECT DISTINCT type FROM mentions WHERE doc=? AND role='NAME'"
                    + " AND entity IS NOT NULL AND start>=? AND end<=?")) {
      ps.setString(1, doc);
      ps.setInt(2, start);
      ps.setInt(3, end);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }
}
