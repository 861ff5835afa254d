package org.sverka.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sverka.entities.EntityType;
import org.sverka.entities.Mention;
import org.sverka.stage.MentionGroups;
import org.sverka.store.CaseFile;
import org.sverka.store.EntityTables;
import org.sverka.text.LineMap;

/**
 * The report's entity pages: {@code entities.html}, an index by type with variants and counts, and
 * {@code entity/ID.html} per entity: its variants and derived forms, its mentions over time (by the
 * year of the part they stand in), the entities named with it in the same sentences, and every
 * mention with its line, grouped by document part and linked to the document page.
 */
final class EntityPages {
  private final CaseFile cf;
  private final Map<String, String> texts;

  EntityPages(CaseFile cf, Map<String, String> texts) {
    this.cf = cf;
    this.texts = texts;
  }

  static String pageName(String id) {
    return id.replaceAll("[^\\p{L}\\p{N}._-]", "_") + ".html";
  }

  /** The entities' ids, in the index's order. */
  List<String> ids() throws SQLException {
    return new EntityTables(cf).entities(null).stream().map(EntityTables.StoredEntity::id).toList();
  }

  /** Deletes entity pages of an earlier report whose entity is gone. */
  void deleteOld(Path dir) throws IOException, SQLException {
    Path pages = dir.resolve("entity");
    Files.createDirectories(pages);
    List<String> ids = ids();
    try (var old = Files.list(pages)) {
      for (Path p : old.toList()) {
        String name = p.getFileName().toString();
        if (ids.stream().noneMatch(id -> pageName(id).equals(name))) {
          Files.delete(p);
        }
      }
    }
  }

  void writeIndexPage(Writer w) throws IOException, SQLException {
    writeIndex(w, new EntityTables(cf).entities(null));
  }

  private Map<String, EntityTables.StoredEntity> byId;
  private Map<String, List<EntityTables.CoMention>> co;

  void writeEntityPage(Writer w, String id) throws IOException, SQLException {
    EntityTables t = new EntityTables(cf);
    if (byId == null) {
      // loaded once per writer: the static report writes every entity's page with it
      byId = new HashMap<>();
      t.entities(null).forEach(e -> byId.put(e.id(), e));
      co = new HashMap<>();
      for (EntityTables.CoMention c : t.coMentions(1)) {
        co.computeIfAbsent(c.a(), k -> new ArrayList<>()).add(c);
        co.computeIfAbsent(c.b(), k -> new ArrayList<>()).add(c);
      }
    }
    List<MentionGroups.Group> groups = MentionGroups.of(cf, t.mentionsOf(id, true));
    writeEntity(w, byId.get(id), groups, co.getOrDefault(id, List.of()), byId);
  }

  private void writeIndex(Writer w, List<EntityTables.StoredEntity> all) throws IOException {
    ReportWriter.head(w, "Entities — Sverka", "sverka.css");
    List<EntityModels.Section> sections = new ArrayList<>();
    for (EntityType type : EntityType.values()) {
      List<EntityModels.Row> of =
          all.stream()
              .filter(e -> e.type() == type)
              .map(e -> new EntityModels.Row(e, pageName(e.id())))
              .toList();
      if (!of.isEmpty()) {
        sections.add(new EntityModels.Section(type.name(), label(type), of));
      }
    }
    ReportTemplates.render(
        w,
        "entities/index.jte",
        new EntityModels.Index(ReportTemplates.nav("", "entities.html"), all.size(), sections));
  }

  private static String label(EntityType t) {
    return switch (t) {
      case PERSON -> "People";
      case PLACE -> "Places";
      case ORGANIZATION -> "Organisations";
      case WORK -> "Works";
    };
  }

  private void writeEntity(
      Writer w,
      EntityTables.StoredEntity e,
      List<MentionGroups.Group> groups,
      List<EntityTables.CoMention> co,
      Map<String, EntityTables.StoredEntity> byId)
      throws IOException {
    ReportWriter.head(w, e.name() + " — Sverka", "../sverka.css");
    List<EntityModels.Co> named = new ArrayList<>();
    for (EntityTables.CoMention c : co.subList(0, Math.min(30, co.size()))) {
      EntityTables.StoredEntity other = byId.get(c.a().equals(e.id()) ? c.b() : c.a());
      named.add(new EntityModels.Co(pageName(other.id()), other.name(), c.sentences()));
    }
    ReportTemplates.render(
        w,
        "entities/entity.jte",
        new EntityModels.Entity(
            ReportTemplates.nav("../", ""),
            e,
            meta(e),
            derived(e),
            years(groups),
            co.isEmpty() ? null : graph(e, co, byId),
            named,
            groups.stream().map(this::group).toList()));
  }

  /** The page's metadata, in the order shown; a value that is null is left out. */
  @SuppressWarnings("unchecked")
  private static List<EntityModels.Meta> meta(EntityTables.StoredEntity e) {
    List<EntityModels.Meta> meta = new ArrayList<>();
    meta.add(new EntityModels.Meta("id", e.id(), false));
    meta.add(new EntityModels.Meta("type", e.type().name().toLowerCase(Locale.ROOT), false));
    meta.add(
        new EntityModels.Meta(
            "mentions", e.mentions() + " in " + e.documents() + " documents", false));
    meta.add(new EntityModels.Meta("wikidata", e.wikidata(), true));
    if (e.detail().get("lat") != null) {
      meta.add(
          new EntityModels.Meta(
              "coordinates", e.detail().get("lat") + ", " + e.detail().get("lon"), false));
    }
    if (e.detail().get("names") instanceof List<?> names) {
      List<String> ns = new ArrayList<>();
      for (Object o : names) {
        Map<String, Object> m = (Map<String, Object>) o;
        ns.add(m.get("name") + " (" + m.get("when") + ")");
      }
      meta.add(new EntityModels.Meta("names in time", String.join(" · ", ns), false));
    }
    if (e.detail().get("note") != null) {
      meta.add(new EntityModels.Meta("note", String.valueOf(e.detail().get("note")), false));
    }
    meta.add(
        new EntityModels.Meta(
            "decided by",
            "authority".equals(e.detail().get("source"))
                ? "authority.yaml and spelling"
                : "spelling",
            false));
    return meta.stream().filter(m -> m.value() != null).toList();
  }

  /** The derived groups and adjectives linked to the entity. */
  @SuppressWarnings("unchecked")
  private static List<EntityModels.Derived> derived(EntityTables.StoredEntity e) {
    List<EntityModels.Derived> derived = new ArrayList<>();
    if (e.detail().get("derived") instanceof List<?> ds) {
      for (Object o : ds) {
        Map<String, Object> d = (Map<String, Object>) o;
        derived.add(
            new EntityModels.Derived(
                String.valueOf(d.get("form")),
                String.valueOf(d.get("count")),
                String.valueOf(d.get("role")).toLowerCase(Locale.ROOT)));
      }
    }
    return derived;
  }

  /** Over time: NAME mentions by year of the part they stand in, undated last. */
  private static List<EntityModels.Year> years(List<MentionGroups.Group> groups) {
    Map<String, Integer> years = new TreeMap<>();
    for (MentionGroups.Group g : groups) {
      String y =
          MentionGroups.when(g.date())
              .map(
                  d ->
                      String.format("%04d", d.earliest().getYear())
                          + "|"
                          + (d.earliest().getYear() == d.latest().getYear()
                              ? String.valueOf(d.earliest().getYear())
                              : d.earliest().getYear() + "–" + d.latest().getYear()))
              .orElse("9999|undated");
      int n =
          (int) g.mentions().stream().filter(m -> m.mention().role() == Mention.Role.NAME).count();
      if (n > 0) {
        years.merge(y, n, Integer::sum);
      }
    }
    int max = years.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    List<EntityModels.Year> bars = new ArrayList<>();
    for (Map.Entry<String, Integer> y : years.entrySet()) {
      // an SVG bar, not a style attribute: the web app's Content-Security-Policy allows no inline
      // style
      bars.add(
          new EntityModels.Year(
              y.getKey().substring(y.getKey().indexOf('|') + 1),
              Math.max(1, 100 * y.getValue() / max),
              y.getValue()));
    }
    return bars;
  }

  /** A document part's mentions, each with up to 90 characters of its line either side. */
  private EntityModels.Group group(MentionGroups.Group g) {
    String text = texts.get(g.doc());
    LineMap lines = LineMap.of(text);
    List<EntityModels.MentionLine> mentions = new ArrayList<>();
    for (EntityTables.StoredMention sm : g.mentions()) {
      Mention m = sm.mention();
      int ls = lines.lineStart(m.lineStart());
      int le = lines.contentEnd(text, m.lineEnd());
      int from = Math.max(ls, m.start() - 90);
      int to = Math.min(le, m.end() + 90);
      mentions.add(
          new EntityModels.MentionLine(
              g.doc(),
              ReportWriter.pageName(g.doc()),
              m.lineStart(),
              m.role() == Mention.Role.NAME ? null : m.role().name().toLowerCase(Locale.ROOT),
              from > ls,
              text.substring(from, m.start()),
              text.substring(m.start(), m.end()),
              text.substring(m.end(), to),
              to < le));
    }
    String heading =
        (g.date() == null ? "undated" : g.date())
            + " · "
            + (g.docTitle() == null ? "" : g.docTitle())
            + (g.title() == null ? "" : " — " + g.title());
    return new EntityModels.Group(heading, mentions);
  }

  /** How many co-mentioned entities the graph shows. */
  static final int GRAPH_SIZE = 16;

  private static final int GRAPH_WIDTH = 760;
  private static final int GRAPH_HEIGHT = 460;

  /**
   * The entity and the entities most often named with it, as an SVG graph drawn here (no script):
   * the entity in the middle, the others on a circle by how many sentences they share with it (most
   * at the top, clockwise), an edge's width by that count; the others' own co-mentions are the thin
   * grey edges between them. Node size by mentions, colour by type, each a link to its page.
   * Deterministic: the order of {@code co} (sentences, then ids) decides the places.
   */
  private EntityModels.Graph graph(
      EntityTables.StoredEntity e,
      List<EntityTables.CoMention> co,
      Map<String, EntityTables.StoredEntity> byId) {
    List<EntityTables.CoMention> shown = co.subList(0, Math.min(GRAPH_SIZE, co.size()));
    List<EntityTables.StoredEntity> nodes = new ArrayList<>();
    for (EntityTables.CoMention c : shown) {
      nodes.add(byId.get(c.a().equals(e.id()) ? c.b() : c.a()));
    }
    double cx = GRAPH_WIDTH / 2.0;
    double cy = GRAPH_HEIGHT / 2.0;
    double radius = 170;
    int maxShared = shown.get(0).sentences();
    int maxMentions = e.mentions();
    for (EntityTables.StoredEntity n : nodes) {
      maxMentions = Math.max(maxMentions, n.mentions());
    }
    double[] x = new double[nodes.size()];
    double[] y = new double[nodes.size()];
    for (int i = 0; i < nodes.size(); i++) {
      double a = -Math.PI / 2 + 2 * Math.PI * i / nodes.size();
      x[i] = cx + radius * Math.cos(a);
      y[i] = cy + radius * Math.sin(a);
    }
    List<EntityModels.Spoke> spokes = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      int n = shown.get(i).sentences();
      spokes.add(
          new EntityModels.Spoke(
              f(cx), f(cy), f(x[i]), f(y[i]), f(1 + 5 * Math.sqrt((double) n / maxShared)), n));
    }
    List<EntityModels.Node> drawn = new ArrayList<>();
    drawn.add(node(e, cx, cy, cy, maxMentions, "middle", true));
    for (int i = 0; i < nodes.size(); i++) {
      String anchor = Math.abs(x[i] - cx) < 1 ? "middle" : x[i] > cx ? "start" : "end";
      drawn.add(node(nodes.get(i), x[i], y[i], cy, maxMentions, anchor, false));
    }
    String label =
        "Entities named in the same sentences as "
            + e.name()
            + ": the "
            + nodes.size()
            + " most frequent";
    return new EntityModels.Graph(
        GRAPH_WIDTH, GRAPH_HEIGHT, label, among(nodes, x, y), spokes, drawn);
  }

  /** The others' co-mentions among themselves, each pair once. */
  private List<EntityModels.Edge> among(
      List<EntityTables.StoredEntity> nodes, double[] x, double[] y) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      index.put(nodes.get(i).id(), i);
    }
    List<EntityModels.Edge> edges = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      for (EntityTables.CoMention c : this.co.getOrDefault(nodes.get(i).id(), List.of())) {
        Integer j = index.get(c.a().equals(nodes.get(i).id()) ? c.b() : c.a());
        if (j != null && j > i) {
          edges.add(new EntityModels.Edge(f(x[i]), f(y[i]), f(x[j]), f(y[j])));
        }
      }
    }
    return edges;
  }

  private static EntityModels.Node node(
      EntityTables.StoredEntity n,
      double x,
      double y,
      double cy,
      int maxMentions,
      String anchor,
      boolean self) {
    double r = 4 + 10 * Math.sqrt((double) n.mentions() / maxMentions);
    double dx = anchor.equals("start") ? r + 4 : anchor.equals("end") ? -r - 4 : 0;
    double dy = anchor.equals("middle") ? (y < cy - 1 ? -r - 5 : r + 14) : 4;
    String type = n.type().name().toLowerCase(Locale.ROOT);
    String label = n.name().length() > 28 ? n.name().substring(0, 27) + "…" : n.name();
    return new EntityModels.Node(
        pageName(n.id()),
        n.name() + " (" + type + ", " + n.mentions() + " mentions)",
        type,
        self,
        f(x),
        f(y),
        f(r),
        f(x + dx),
        f(y + dy),
        anchor,
        label);
  }

  /** A coordinate as the SVG gives it: one decimal. */
  private static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
