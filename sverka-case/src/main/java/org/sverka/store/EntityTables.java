package org.sverka.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sverka.entities.EntityType;
import org.sverka.entities.Mention;
import org.sverka.entities.Resolver;

/**
 * The SQL of entities: reading the mentions the mention stage wrote, writing the entities the
 * resolver found and each mention's entity, and the queries of {@code sverka entities}, {@code
 * sverka entity}, {@code sverka comentions} and the report.
 */
public final class EntityTables {
  private final CaseFile cf;
  private final Connection db;

  public EntityTables(CaseFile cf) {
    this.cf = cf;
    this.db = cf.connection();
  }

  /** A row of table {@code mentions}. */
  public record StoredMention(long id, Mention mention, String entity) {}

  /** An entity with its counts: variants are the NAME forms as written, most frequent first. */
  public record StoredEntity(
      String id,
      EntityType type,
      String name,
      String wikidata,
      Map<String, Object> detail,
      List<Variant> variants,
      int mentions,
      int documents) {}

  /** A surface form and how often it names the entity. */
  public record Variant(String form, int count) {}

  /** Two entities named in the same sentences, and in how many. */
  public record CoMention(String a, String b, int sentences) {}

  /** Every mention, as input for the resolver, in (doc, start) order. */
  public List<Resolver.Input> resolverInput() throws SQLException {
    List<Resolver.Input> out = new ArrayList<>();
    DocumentTables docs = new DocumentTables(cf);
    Map<String, String> texts = new HashMap<>();
    try (Statement s = db.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT id, doc, sentence, form, type, role, start, end FROM mentions"
                    + " ORDER BY doc, start, id")) {
      while (rs.next()) {
        String doc = rs.getString(2);
        String text = texts.get(doc);
        if (text == null) {
          text = docs.document(doc, true).map(StoredDocument::text).orElse("");
          texts.put(doc, text);
        }
        int start = Math.min(rs.getInt(7), text.length());
        int end = Math.min(rs.getInt(8), text.length());
        out.add(
            new Resolver.Input(
                rs.getLong(1),
                doc,
                rs.getInt(3),
                rs.getString(4),
                EntityType.valueOf(rs.getString(5)),
                Mention.Role.valueOf(rs.getString(6)),
                text.substring(Math.max(0, start - AROUND), start),
                text.substring(end, Math.min(text.length(), end + AROUND))));
      }
    }
    return out;
  }

  /** How much text on either side of a mention the resolver reads (a title, a suffix). */
  private static final int AROUND = 24;

  /** A hash of what the mention stage found, for the entity stage's stamp. */
  public String mentionsHash() throws SQLException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      try (Statement s = db.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT id, doc, start, end, sentence, form, type, role FROM mentions"
                      + " ORDER BY id")) {
        while (rs.next()) {
          StringBuilder b = new StringBuilder();
          for (int i = 1; i <= 8; i++) {
            b.append(rs.getString(i)).append('\t');
          }
          md.update(b.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        }
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The ordinal of the sentence of {@code doc} that holds {@code offset} (0 if none does). */
  public int sentenceAt(String doc, int offset) throws SQLException {
    try (PreparedStatement ps =
        db.prepareStatement(
            "SELECT ord FROM sentences WHERE doc = ? AND start <= ? ORDER BY start DESC LIMIT 1")) {
      ps.setString(1, doc);
      ps.setInt(2, offset);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    }
  }

  /** Inserts mentions (the mention stage's write, also used by tests); returns their ids. */
  public List<Long> insertMentions(List<Mention> mentions) throws SQLException {
    List<Long> ids = new ArrayList<>();
    cf.inTransaction(
        () -> {
          try (PreparedStatement ps =
              db.prepareStatement(
                  "INSERT INTO mentions(doc, start, end, line_start, line_end, sentence, form,"
                      + " type, role, source) VALUES (?,?,?,?,?,?,?,?,?,?)",
                  Statement.RETURN_GENERATED_KEYS)) {
            for (Mention m : mentions) {
              MentionTables.bind(ps, 1, m);
              ps.executeUpdate();
              try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                ids.add(rs.getLong(1));
              }
            }
          }
        });
    return ids;
  }

  /** Replaces all entities and sets every mention's entity, in one transaction. */
  public void replace(Resolver.Result r) throws SQLException {
    cf.inTransaction(
        () -> {
          try (Statement s = db.createStatement()) {
            s.execute("DELETE FROM entities");
            s.execute("UPDATE mentions SET entity = NULL");
          }
          try (PreparedStatement ps =
              db.prepareStatement(
                  "INSERT INTO entities(id, type, name, wikidata, detail) VALUES (?,?,?,?,?)")) {
            for (Resolver.Entity e : r.entities()) {
              ps.setString(1, e.id());
              ps.setString(2, e.type().name());
              ps.setString(3, e.name());
              ps.setString(4, e.wikidata());
              ps.setString(5, CaseFile.json(e.detail()));
              ps.addBatch();
            }
            ps.executeBatch();
          }
          try (PreparedStatement ps =
              db.prepareStatement("UPDATE mentions SET entity = ? WHERE id = ?")) {
            for (Map.Entry<Long, String> e : r.entityOf().entrySet()) {
              ps.setString(1, e.getValue());
              ps.setLong(2, e.getKey());
              ps.addBatch();
            }
            ps.executeBatch();
          }
        });
  }

  /** Entities, with counts over their NAME mentions; ordered by type, mentions (desc), id. */
  public List<StoredEntity> entities(EntityType type) throws SQLException {
    String t = type == null ? null : type.name();
    List<StoredEntity> out =
        entities(
            variants(null),
            "(? IS NULL OR e.type = ?)",
            ps -> {
              ps.setString(1, t);
              ps.setString(2, t);
            });
    out.sort(
        java.util.Comparator.comparing(StoredEntity::type)
            .thenComparing(e -> -e.mentions())
            .thenComparing(StoredEntity::id));
    return out;
  }

  /** The entity with this id (with its counts and variants), or empty. */
  public java.util.Optional<StoredEntity> entity(String id) throws SQLException {
    List<StoredEntity> found = entities(variants(id), "e.id = ?", ps -> ps.setString(1, id));
    return found.stream().findFirst();
  }

  /** Sets the parameters of a prepared query. */
  private interface Parameters {
    void set(PreparedStatement ps) throws SQLException;
  }

  /** The NAME forms of each entity (of {@code entity} alone unless null), most frequent first. */
  private Map<String, List<Variant>> variants(String entity) throws SQLException {
    Map<String, List<Variant>> variants = new LinkedHashMap<>();
    try (PreparedStatement ps =
        db.prepareStatement(
            "SELECT entity, form, count(*) AS n FROM mentions WHERE entity IS NOT NULL AND"
                + " role = 'NAME' AND (? IS NULL OR entity = ?)"
                + " GROUP BY entity, form ORDER BY entity, n DESC, form")) {
      ps.setString(1, entity);
      ps.setString(2, entity);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          variants
              .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(new Variant(rs.getString(2), rs.getInt(3)));
        }
      }
    }
    return variants;
  }

  /** The rows of table {@code entities} that satisfy {@code where}, with their counts. */
  private List<StoredEntity> entities(
      Map<String, List<Variant>> variants, String where, Parameters parameters)
      throws SQLException {
    List<StoredEntity> out = new ArrayList<>();
    try (PreparedStatement ps =
        db.prepareStatement(
            "SELECT e.id, e.type, e.name, e.wikidata, e.detail,"
                + " (SELECT count(*) FROM mentions m WHERE m.entity = e.id AND m.role = 'NAME'),"
                + " (SELECT count(DISTINCT doc) FROM mentions m WHERE m.entity = e.id AND"
                + " m.role = 'NAME')"
                + " FROM entities e WHERE "
                + where)) {
      parameters.set(ps);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString(1);
          out.add(
              new StoredEntity(
                  id,
                  EntityType.valueOf(rs.getString(2)),
                  rs.getString(3),
                  rs.getString(4),
                  CaseFile.readMap(rs.getString(5)),
                  variants.getOrDefault(id, List.of()),
                  rs.getInt(6),
                  rs.getInt(7)));
        }
      }
    }
    return out;
  }

  /** The mentions of one entity (NAME only unless {@code derived}), in (doc, start) order. */
  public List<StoredMention> mentionsOf(String entity, boolean derived) throws SQLException {
    List<StoredMention> out = new ArrayList<>();
    try (PreparedStatement ps =
        db.prepareStatement(
            "SELECT * FROM mentions WHERE entity = ? AND (? OR role = 'NAME')"
                + " ORDER BY doc, start, id")) {
      ps.setString(1, entity);
      ps.setBoolean(2, derived);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new StoredMention(rs.getLong("id"), MentionTables.read(rs), rs.getString("entity")));
        }
      }
    }
    return out;
  }

  /**
   * Pairs of entities named (role NAME) in the same sentence, with how many sentences they share;
   * {@code a < b}; ordered by sentences (desc), a, b.
   */
  public List<CoMention> coMentions(int minSentences) throws SQLException {
    List<CoMention> out = new ArrayList<>();
    try (PreparedStatement ps =
        db.prepareStatement(
            "WITH s AS (SELECT DISTINCT doc, sentence, entity FROM mentions"
                + " WHERE entity IS NOT NULL AND role = 'NAME')"
                + " SELECT x.entity, y.entity, count(*) AS n FROM s x JOIN s y"
                + " ON x.doc = y.doc AND x.sentence = y.sentence AND x.entity < y.entity"
                + " GROUP BY x.entity, y.entity HAVING n >= ?"
                + " ORDER BY n DESC, x.entity, y.entity")) {
      ps.setInt(1, minSentences);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new CoMention(rs.getString(1), rs.getString(2), rs.getInt(3)));
        }
      }
    }
    return out;
  }

  /**
   * The entities a name given by the user resolves to: an id; else a canonical name or a variant
   * (without article, title or possessive, any case); else a spelling of one (same surname key or a
   * close OCR-weighted spelling, with compatible given names). Several when ambiguous.
   */
  public List<StoredEntity> lookup(String name) throws SQLException {
    java.util.Optional<StoredEntity> byId = entity(name);
    if (byId.isPresent()) {
      return List.of(byId.get());
    }
    List<StoredEntity> all = entities(null);
    List<StoredEntity> exact = new ArrayList<>();
    for (StoredEntity e : all) {
      String k = clean(name, e.type());
      boolean hit = clean(e.name(), e.type()).equals(k);
      for (Variant v : e.variants()) {
        hit |= clean(v.form(), e.type()).equals(k);
      }
      if (hit) {
        exact.add(e);
      }
    }
    if (!exact.isEmpty()) {
      return exact;
    }
    org.sverka.entities.VariantKeys keys = new org.sverka.entities.VariantKeys();
    List<StoredEntity> close = new ArrayList<>();
    for (StoredEntity e : all) {
      org.sverka.entities.VariantKeys.Name n =
          org.sverka.entities.VariantKeys.parse(name, e.type());
      List<String> forms = new ArrayList<>();
      forms.add(e.name());
      e.variants().forEach(v -> forms.add(v.form()));
      for (String f : forms) {
        org.sverka.entities.VariantKeys.Name m = org.sverka.entities.VariantKeys.parse(f, e.type());
        if (keys.sameName(n.surname(), n.key(), m.surname(), m.key(), e.type() == EntityType.PERSON)
            && org.sverka.entities.VariantKeys.compatibleGiven(n.given(), m.given())) {
          close.add(e);
          break;
        }
      }
    }
    return close;
  }

  private static String clean(String form, EntityType type) {
    return org.sverka.entities.VariantKeys.parse(form, type)
        .clean()
        .toLowerCase(java.util.Locale.ROOT);
  }
}
