package org.sverka.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.sverka.entities.Mention;

/**
 * Writes rows into the entity tables (migration 4) as the mention and resolver stages will, for
 * tests of what reads them before those stages exist on this branch.
 */
public final class EntityRows {
  private EntityRows() {}

  public static void mention(CaseFile cf, Mention m, String entity) throws SQLException {
    try (PreparedStatement ps =
        cf.connection()
            .prepareStatement(
                "INSERT INTO mentions(doc, start, end, line_start, line_end, sentence, form, type,"
                    + " role, source, entity) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
      ps.setString(1, m.doc());
      ps.setInt(2, m.start());
      ps.setInt(3, m.end());
      ps.setInt(4, m.lineStart());
      ps.setInt(5, m.lineEnd());
      ps.setInt(6, m.sentence());
      ps.setString(7, m.form());
      ps.setString(8, m.type().name());
      ps.setString(9, m.role().name());
      ps.setString(10, m.source());
      ps.setString(11, entity);
      ps.executeUpdate();
    }
  }

  public static void entity(CaseFile cf, String id, String type, String name) throws SQLException {
    try (PreparedStatement ps =
        cf.connection()
            .prepareStatement(
                "INSERT INTO entities(id, type, name, wikidata, detail) VALUES (?,?,?,NULL,'{}')")) {
      ps.setString(1, id);
      ps.setString(2, type);
      ps.setString(3, name);
      ps.executeUpdate();
    }
  }

  /** The ordinal of the stored sentence that holds an offset, or -1. */
  public static int sentenceAt(CaseFile cf, String doc, int offset) throws SQLException {
    try (PreparedStatement ps =
        cf.connection()
            .prepareStatement("SELECT ord FROM sentences WHERE doc=? AND start<=? AND end>?")) {
      ps.setString(1, doc);
      ps.setInt(2, offset);
      ps.setInt(3, offset);
      try (var rs = ps.executeQuery()) {
        return rs.next() ? rs.getInt(1) : -1;
      }
    }
  }

  public static void clear(CaseFile cf) throws SQLException {
    try (var s = cf.connection().createStatement()) {
      s.execute("DELETE FROM mentions");
      s.execute("DELETE FROM entities");
    }
  }
}
