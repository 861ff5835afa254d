package org.sverka.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What the search index reads from the entity tables ({@code mentions}, {@code entities}, migration
 * 4), which other stages fill: the mentions that name an entity, the names of the entities, and a
 * fingerprint of both so that the index is rebuilt when either changes.
 */
public final class SearchTables {
  private final CaseFile cf;

  public SearchTables(CaseFile cf) {
    this.cf = cf;
  }

  /** An entity with its name and type. */
  public record Entity(String id, String type, String name) {}

  /** A distinct (form, entity) pair of the NAME mentions: how the corpus spells an entity. */
  public record Form(String form, String type, String entity) {}

  /** The NAME mentions of a document that are resolved to an entity, by start offset. */
  public List<NamedMention> namedMentions(String doc) throws SQLException {
    return Rows.list(
        cf.connection(),
        "SELECT m.doc, m.start, m.end, m.form, m.type, m.entity, e.name AS entity_name"
            + " FROM mentions m LEFT JOIN entities e ON e.id = m.entity"
            + " WHERE m.doc=? AND m.role='NAME' AND m.entity IS NOT NULL"
            + " ORDER BY m.start, m.end, m.entity",
        Rows.record(NamedMention.class),
        doc);
  }

  /** Every entity, by id. */
  public List<Entity> entities() throws SQLException {
    List<Entity> out = new ArrayList<>();
    try (Statement s = cf.connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT id, type, name FROM entities ORDER BY id")) {
      while (rs.next()) {
        out.add(new Entity(rs.getString(1), rs.getString(2), rs.getString(3)));
      }
    }
    return out;
  }

  /** Every distinct spelling of every resolved entity in NAME mentions. */
  public List<Form> forms() throws SQLException {
    List<Form> out = new ArrayList<>();
    try (Statement s = cf.connection().createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT DISTINCT form, type, entity FROM mentions WHERE role='NAME'"
                    + " AND entity IS NOT NULL ORDER BY entity, form, type")) {
      while (rs.next()) {
        out.add(new Form(rs.getString(1), rs.getString(2), rs.getString(3)));
      }
    }
    return out;
  }

  /**
   * A fingerprint of what the index takes from the entity tables: every NAME mention's place, form,
   * type and entity, and every entity's id, type and name. Changes whenever any of them does.
   */
  public String stamp() throws SQLException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    StringBuilder b = new StringBuilder();
    try (Statement s = cf.connection().createStatement()) {
      try (ResultSet rs =
          s.executeQuery(
              "SELECT doc, start, end, form, type, entity FROM mentions WHERE role='NAME'"
                  + " ORDER BY doc, start, end, entity, form")) {
        while (rs.next()) {
          b.setLength(0);
          for (int i = 1; i <= 6; i++) {
            b.append(rs.getString(i)).append('\u001f');
          }
          md.update(b.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        }
      }
      md.update("--entities--\n".getBytes(StandardCharsets.UTF_8));
      try (ResultSet rs = s.executeQuery("SELECT id, type, name FROM entities ORDER BY id")) {
        while (rs.next()) {
          b.setLength(0);
          for (int i = 1; i <= 3; i++) {
            b.append(rs.getString(i)).append('\u001f');
          }
          md.update(b.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
