package org.sverka.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Test helper: writes entity and mention rows (migration 4's tables) as the entities stage will, so
 * that readers of those tables can be tested before that stage exists on this branch.
 */
public final class TimelineMentionRows {
  private final CaseFile cf;

  public TimelineMentionRows(CaseFile cf) {
    this.cf = cf;
  }

  public void entity(String id, String type, String name) throws SQLException {
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

  /** A mention at original offsets [start, end) of a document; lines and sentence from the case. */
  public void mention(String doc, int start, int end, String form, String type, String entity)
      throws SQLException {
    String text = cf.document(doc, true).orElseThrow().text();
    org.sverka.text.LineMap lines = org.sverka.text.LineMap.of(text);
    if (!text.substring(start, end).equals(form)) {
      throw new IllegalArgumentException(
          "the text at " + start + " is '" + text.substring(start, end) + "', not '" + form + "'");
    }
    int sentence = -1;
    try (PreparedStatement ps =
        cf.connection()
            .prepareStatement("SELECT ord FROM sentences WHERE doc=? AND start<=? AND end>=?")) {
      ps.setString(1, doc);
      ps.setInt(2, start);
      ps.setInt(3, end);
      try (var rs = ps.executeQuery()) {
        if (rs.next()) {
          sentence = rs.getInt(1);
        }
      }
    }
    try (PreparedStatement ps =
        cf.connection()
            .prepareStatement(
                "INSERT INTO mentions(doc, start, end, line_start, line_end, sentence, form, type,"
                    + " role, source, entity) VALUES (?,?,?,?,?,?,?,?,'NAME','test',?)")) {
      ps.setString(1, doc);
      ps.setInt(2, start);
      ps.setInt(3, end);
      ps.setInt(4, lines.lineOf(start));
      ps.setInt(5, lines.lineOf(end - 1));
      ps.setInt(6, sentence);
      ps.setString(7, form);
      ps.setString(8, type);
      ps.setString(9, entity);
      ps.executeUpdate();
    }
  }
}
