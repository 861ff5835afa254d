package org.sverka.json;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sverka.stage.MentionGroups;
import org.sverka.store.EntityTables;
import org.sverka.text.LineMap;

/**
 * The JSON shapes of entities, shared by {@code sverka entities}, {@code sverka entity}, {@code
 * sverka comentions} and the web app's {@code /api/entities}, {@code /api/comentions}.
 */
public final class EntityJson {
  private EntityJson() {}

  /** An entity: id, type, name, variants with counts, mentions, documents, derived forms, ... */
  public static Map<String, Object> entity(EntityTables.StoredEntity e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("type", e.type().name());
    m.put("name", e.name());
    m.put("wikidata", e.wikidata());
    List<Object> vs = new ArrayList<>();
    for (EntityTables.Variant v : e.variants()) {
      Map<String, Object> vm = new LinkedHashMap<>();
      vm.put("form", v.form());
      vm.put("count", v.count());
      vs.add(vm);
    }
    m.put("variants", vs);
    m.put("mentions", e.mentions());
    m.put("documents", e.documents());
    m.put("derived", e.detail().getOrDefault("derived", List.of()));
    m.put("source", e.detail().get("source"));
    for (String k : List.of("names", "lat", "lon", "note")) {
      if (e.detail().containsKey(k)) {
        m.put(k, e.detail().get(k));
      }
    }
    return m;
  }

  /** A list of entities. */
  public static List<Object> entities(List<EntityTables.StoredEntity> list) {
    List<Object> arr = new ArrayList<>();
    for (EntityTables.StoredEntity e : list) {
      arr.add(entity(e));
    }
    return arr;
  }

  /** An entity with its mentions, grouped by the document part they stand in. */
  public static Map<String, Object> entity(
      EntityTables.StoredEntity e, List<MentionGroups.Group> groups, Texts texts)
      throws SQLException {
    Map<String, Object> m = entity(e);
    List<Object> parts = new ArrayList<>();
    for (MentionGroups.Group g : groups) {
      Map<String, Object> pm = new LinkedHashMap<>();
      pm.put("doc", g.doc());
      pm.put("docTitle", g.docTitle());
      pm.put("part", g.title());
      pm.put("date", g.date());
      pm.put("lineStart", g.lineStart());
      pm.put("lineEnd", g.lineEnd());
      List<Object> ms = new ArrayList<>();
      for (EntityTables.StoredMention sm : g.mentions()) {
        ms.add(mention(sm, texts));
      }
      pm.put("mentions", ms);
      parts.add(pm);
    }
    m.put("parts", parts);
    return m;
  }

  /** A mention: its span (doc, lines, offsets, text), form, role and the line it stands on. */
  public static Map<String, Object> mention(EntityTables.StoredMention sm, Texts texts)
      throws SQLException {
    var mn = sm.mention();
    Map<String, Object> mm =
        CaseJson.span(mn.doc(), texts.of(mn.doc()), texts.lines(mn.doc()), mn.span());
    mm.put("form", mn.form());
    mm.put("role", mn.role().name());
    mm.put("line", lineText(sm, texts));
    return mm;
  }

  /** The original line(s) a mention stands on, without the line break. */
  public static String lineText(EntityTables.StoredMention sm, Texts texts) throws SQLException {
    String text = texts.of(sm.mention().doc());
    LineMap lines = texts.lines(sm.mention().doc());
    int from = lines.lineStart(sm.mention().lineStart());
    int to = lines.contentEnd(text, sm.mention().lineEnd());
    return text.substring(from, Math.max(from, to));
  }

  /**
   * The co-mention network: {@code nodes} (id, label, type, mentions; by id) and {@code edges}
   * (source, target, sentences; in {@link EntityTables#coMentions} order).
   */
  public static Map<String, Object> comentions(
      List<EntityTables.CoMention> edges, Map<String, EntityTables.StoredEntity> byId) {
    TreeSet<String> nodes = new TreeSet<>();
    for (EntityTables.CoMention c : edges) {
      nodes.add(c.a());
      nodes.add(c.b());
    }
    Map<String, Object> m = new LinkedHashMap<>();
    List<Object> ns = new ArrayList<>();
    for (String id : nodes) {
      EntityTables.StoredEntity e = byId.get(id);
      Map<String, Object> nm = new LinkedHashMap<>();
      nm.put("id", id);
      nm.put("label", e.name());
      nm.put("type", e.type().name());
      nm.put("mentions", e.mentions());
      ns.add(nm);
    }
    List<Object> es = new ArrayList<>();
    for (EntityTables.CoMention c : edges) {
      Map<String, Object> em = new LinkedHashMap<>();
      em.put("source", c.a());
      em.put("target", c.b());
      em.put("sentences", c.sentences());
      es.add(em);
    }
    m.put("nodes", ns);
    m.put("edges", es);
    return m;
  }
}
