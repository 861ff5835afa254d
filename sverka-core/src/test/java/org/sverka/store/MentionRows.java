package org.sverka.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.sverka.entities.EntityType;
import org.sverka.entities.Mention;
import org.sverka.text.LineMap;

/**
 * Writes mention rows as the entity stage does (table {@code mentions}, migration 4) at real
 * offsets of a stored document, found by exact search of its original text: real input of the shape
 * the finder produces, for testing what reads the table.
 */
final class MentionRows {
  private final Connection db;

  MentionRows(CaseFile cf) {
    this.db = cf.connection();
  }

  /**
   * A mention of {@code form} where it stands inside the first occurrence of {@code context} (an
   * exact piece of the original text that locates it), linked to an entity inserted if new.
   */
  Mention add(
      String doc,
      String context,
      String form,
      EntityType type,
      Mention.Role role,
      String entity,
      String name)
      throws SQLException {
    String text;
    try (PreparedStatement ps = db.prepareStatement("SELECT text FROM documents WHERE id=?")) {
      ps.setString(1, doc);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        text = rs.getString(1);
      }
    }
    int at = text.indexOf(context);
    int in = context.indexOf(form);
    if (at < 0 || in < 0) {
      throw new IllegalArgumentException(
          "'" + context + "' not in " + doc + " or '" + form + "' not in it");
    }
    int start = at + in;
    int end = start + form.length();
    int sentence;
    try (PreparedStatement ps =
        db.prepareStatement(
            "SELECT ord FROM sentences WHERE doc=? AND start<=? AND end>=? ORDER BY ord LIMIT 1")) {
      ps.setString(1, doc);
      ps.setInt(2, start);
      ps.setInt(3, end);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalArgumentException("no sentence holds '" + context + "' in " + doc);
        }
        sentence = rs.getInt(1);
      }
    }
    LineMap lines = LineMap.of(text);
    Mention m =
        new Mention(
            doc,
            start,
            end,
            lines.lineOf(start),
            lines.lineOf(end - 1),
            sentence,
            form,
            type,
            role,
            "ner");
    if (entity != null) {
      try (PreparedStatement ps =
          db.prepareStatement(
              "INSERT OR IGNORE INTO entities(id, type, name, wikidata, detail) VALUES (?,?,?,?,?)")) {
        ps.setString(1, entity);
        ps.setString(2, type.name());
        ps.setString(3, name);
        ps.setString(4, null);
        ps.setString(5, "{}");
        ps.executeUpdate();
      }
    }
    try (PreparedStatement ps =
        db.prepareStatement(
            "INSERT INTO mentions(doc, start, end, line_start, line_end, sentence, form, type, role, source, entity)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
      ps.setString(1, doc);
      ps.setInt(2, m.start());
      ps.setInt(3, m.end());
      ps.setInt(4, m.lineStart());
      ps.setInt(5, m.lineEnd());
      ps.setInt(6, m.sentence());
      ps.setString(7, form);
      ps.setString(8, type.name());
      ps.setString(9, role.name());
      ps.setString(10, m.source());
      ps.setString(11, entity);
      ps.executeUpdate();
    }
    return m;
  }

  Mention person(String doc, String context, String form, String entity, String name)
      throws SQLException {
    return add(doc, context, form, EntityType.PERSON, Mention.Role.NAME, entity, name);
  }
}
