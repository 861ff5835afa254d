package org.sverka.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.sverka.text.LineMap;

/**
 * Writes rows into a case's {@code mentions} and {@code entities} tables as the entity stage does,
 * at real offsets found by exact search of the stored original text.
 */
final class MentionFixture implements AutoCloseable {
  private final Connection db;

  MentionFixture(Path caseDir) throws SQLException {
    db = DriverManager.getConnection("jdbc:sqlite:" + caseDir.resolve("sverka.db"));
  }

  /** A mention of {@code form} inside the first occurrence of {@code context}. */
  void add(String doc, String context, String form, String type, String entity, String name)
      throws SQLException {
    String text;
    try (PreparedStatement ps = db.prepareStatement("SELECT text FROM documents WHERE id=?")) {
      ps.setString(1, doc);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        text = rs.getString(1);
      }
    }
    int start = text.indexOf(context) + context.indexOf(form);
    if (text.indexOf(context) < 0 || context.indexOf(form) < 0) {
      throw new IllegalArgumentException(context + " / " + form);
    }
    int end = start + form.length();
    int sentence;
    try (PreparedStatement ps =
        db.prepareStatement(
            "SELECT ord FROM sentences WHERE doc=? AND start<=? AND end>=? ORDER BY ord LIMIT 1")) {
      ps.setString(1, doc);
      ps.setInt(2, start);
      ps.setInt(3, end);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        sentence = rs.getInt(1);
      }
    }
    LineMap lines = LineMap.of(text);
    try (PreparedStatement ps =
        db.prepareStatement(
            "INSERT OR IGNORE INTO entities(id, type, name, wikidata, detail) VALUES (?,?,?,NULL,'{}')")) {
      ps.setString(1, entity);
      ps.setString(2, type);
      ps.setString(3, name);
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        db.prepareStatement(
            "INSERT INTO mentions(doc, start, end, line_start, line_end, sentence, form, type, role,"
                + " source, entity) VALUES (?,?,?,?,?,?,?,?,'NAME','ner',?)")) {
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

  long count() throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("SELECT count(*) FROM mentions");
        ResultSet rs = ps.executeQuery()) {
      return rs.getLong(1);
    }
  }

  @Override
  public void close() throws SQLException {
    db.close();
  }
}
