package org.sverka.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
    w.write("<header>");
    ReportWriter.nav(w, "", "entities.html");
    w.write(
        "<h1>Entities</h1><p class=\"sub\">"
            + all.size()
            + " people, places, organisations and works, each with every spelling it is named by."
            + "</p></header>\n<main>\n");
    for (EntityType type : EntityType.values()) {
      List<EntityTables.StoredEntity> of = all.stream().filter(e -> e.type() == type).toList();
      if (of.isEmpty()) {
        continue;
      }
      w.write("<h2 id=\"" + type + "\">" + label(type) + " (" + of.size() + ")</h2>\n");
      w.write(
          "<table class=\"docs entities\">\n<thead><tr><th>Entity</th><th class=\"n\">Mentions</th>"
              + "<th class=\"n\">Documents</th><th>Variants</th></tr></thead>\n<tbody>\n");
      for (EntityTables.StoredEntity e : of) {
        w.write(
            "<tr><td><a href=\"entity/"
                + Html.esc(pageName(e.id()))
                + "\">"
                + Html.esc(e.name())
                + "</a><div class=\"id\">"
                + Html.esc(e.id())
                + "</div></td><td class=\"n\">"
                + e.mentions()
                + "</td><td class=\"n\">"
                + e.documents()
                + "</td><td>"
                + variants(e)
                + "</td></tr>\n");
      }
      w.write("</tbody></table>\n");
    }
    w.write("</main>\n</body>\n</html>\n");
  }

  private static String label(EntityType t) {
    return switch (t) {
      case PERSON -> "People";
      case PLACE -> "Places";
      case ORGANIZATION -> "Organisations";
      case WORK -> "Works";
    };
  }

  private static String variants(EntityTables.StoredEntity e) {
    StringBuilder b = new StringBuilder();
    for (EntityTables.Variant v : e.variants()) {
      b.append(b.length() == 0 ? "" : " · ")
          .append("<span class=\"variant\">")
          .append(Html.esc(v.form()))
          .append("</span> ")
          .append(v.count());
    }
    return b.toString();
  }

  @SuppressWarnings("unchecked")
  private void writeEntity(
      Writer w,
      EntityTables.StoredEntity e,
      List<MentionGroups.Group> groups,
      List<EntityTables.CoMention> co,
      Map<String, EntityTables.StoredEntity> byId)
      throws IOException {
    ReportWriter.head(w, e.name() + " — Sverka", "../sverka.css");
    w.write("<header>");
    ReportWriter.nav(w, "../", "");
    w.write("<h1>" + Html.esc(e.name()) + "</h1>\n<dl class=\"meta\">");
    meta(w, "id", e.id());
    meta(w, "type", e.type().name().toLowerCase(java.util.Locale.ROOT));
    meta(w, "mentions", e.mentions() + " in " + e.documents() + " documents");
    if (e.wikidata() != null) {
      w.write(
          "<dt>wikidata</dt><dd><a href=\"https://www.wikidata.org/wiki/"
              + Html.esc(e.wikidata())
              + "\">"
              + Html.esc(e.wikidata())
              + "</a></dd>");
    }
    if (e.detail().get("lat") != null) {
      meta(w, "coordinates", e.detail().get("lat") + ", " + e.detail().get("lon"));
    }
    if (e.detail().get("names") instanceof List<?> names) {
      List<String> ns = new ArrayList<>();
      for (Object o : names) {
        Map<String, Object> m = (Map<String, Object>) o;
        ns.add(m.get("name") + " (" + m.get("when") + ")");
      }
      meta(w, "names in time", String.join(" · ", ns));
    }
    if (e.detail().get("note") != null) {
      meta(w, "note", String.valueOf(e.detail().get("note")));
    }
    meta(
        w,
        "decided by",
        "authority".equals(e.detail().get("source")) ? "authority.yaml and spelling" : "spelling");
    w.write("</dl></header>\n<main>\n");

    w.write("<h2>Variants</h2>\n<p>" + variants(e) + "</p>\n");
    if (e.detail().get("derived") instanceof List<?> ds && !ds.isEmpty()) {
      w.write(
          "<h2>Derived groups and adjectives</h2>\n<p class=\"sub\">Linked, never the same entity.</p><p>");
      List<String> parts = new ArrayList<>();
      for (Object o : ds) {
        Map<String, Object> d = (Map<String, Object>) o;
        parts.add(
            "<span class=\"variant\">"
                + Html.esc(String.valueOf(d.get("form")))
                + "</span> "
                + d.get("count")
                + " <span class=\"id\">"
                + Html.esc(String.valueOf(d.get("role")).toLowerCase(java.util.Locale.ROOT))
                + "</span>");
      }
      w.write(String.join(" · ", parts) + "</p>\n");
    }

    // over time: NAME mentions by year of the part they stand in
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
    w.write("<h2>Mentions over time</h2>\n<table class=\"bars\">\n");
    for (Map.Entry<String, Integer> y : years.entrySet()) {
      w.write(
          "<tr><th>"
              + Html.esc(y.getKey().substring(y.getKey().indexOf('|') + 1))
              // an SVG bar, not a style attribute: the web app's Content-Security-Policy allows no
              // inline style
              + "</th><td><svg class=\"bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\">"
              + "<rect width=\""
              + Math.max(1, 100 * y.getValue() / max)
              + "\" height=\"10\"/></svg></td><td class=\"n\">"
              + y.getValue()
              + "</td></tr>\n");
    }
    w.write("</table>\n");

    if (!co.isEmpty()) {
      w.write("<h2>Named in the same sentences</h2>\n");
      w.write(graph(e, co, byId));
      w.write("<ol class=\"co\">\n");
      int shown = 0;
      for (EntityTables.CoMention c : co) {
        if (shown++ == 30) {
          break;
        }
        EntityTables.StoredEntity other = byId.get(c.a().equals(e.id()) ? c.b() : c.a());
        w.write(
            "<li><a href=\""
                + Html.esc(pageName(other.id()))
                + "\">"
                + Html.esc(other.name())
                + "</a> <span class=\"n\">"
                + c.sentences()
                + " sentence"
                + (c.sentences() == 1 ? "" : "s")
                + "</span></li>\n");
      }
      w.write("</ol>\n");
    }

    w.write("<h2>Mentions</h2>\n");
    for (MentionGroups.Group g : groups) {
      w.write(
          "<section class=\"quote\"><h3>"
              + Html.esc(g.date() == null ? "undated" : g.date())
              + " · "
              + Html.esc(g.docTitle())
              + (g.title() == null ? "" : " — " + Html.esc(g.title()))
              + "</h3>\n<ul class=\"mentions\">\n");
      String text = texts.get(g.doc());
      LineMap lines = LineMap.of(text);
      for (EntityTables.StoredMention sm : g.mentions()) {
        Mention m = sm.mention();
        int ls = lines.lineStart(m.lineStart());
        int le = lines.contentEnd(text, m.lineEnd());
        int from = Math.max(ls, m.start() - 90);
        int to = Math.min(le, m.end() + 90);
        w.write(
            "<li><a class=\"cite\" href=\"../doc/"
                + Html.esc(ReportWriter.pageName(g.doc()))
                + "#L"
                + m.lineStart()
                + "\">"
                + Html.esc(g.doc() + ":" + m.lineStart())
                + "</a> "
                + (m.role() == Mention.Role.NAME
                    ? ""
                    : "<span class=\"id\">"
                        + m.role().name().toLowerCase(java.util.Locale.ROOT)
                        + "</span> ")
                + (from > ls ? "…" : "")
                + Html.esc(text.substring(from, m.start()))
                + "<mark>"
                + Html.esc(text.substring(m.start(), m.end()))
                + "</mark>"
                + Html.esc(text.substring(m.end(), to))
                + (to < le ? "…" : "")
                + "</li>\n");
      }
      w.write("</ul></section>\n");
    }
    w.write("</main>\n</body>\n</html>\n");
  }

  /** How many co-mentioned entities the graph shows. */
  static final int GRAPH_SIZE = 16;

  /**
   * The entity and the entities most often named with it, as an SVG graph drawn here (no script):
   * the entity in the middle, the others on a circle by how many sentences they share with it (most
   * at the top, clockwise), an edge's width by that count; the others' own co-mentions are the thin
   * grey edges between them. Node size by mentions, colour by type, each a link to its page.
   * Deterministic: the order of {@code co} (sentences, then ids) decides the places.
   */
  private String graph(
      EntityTables.StoredEntity e,
      List<EntityTables.CoMention> co,
      Map<String, EntityTables.StoredEntity> byId) {
    List<EntityTables.CoMention> shown = co.subList(0, Math.min(GRAPH_SIZE, co.size()));
    List<EntityTables.StoredEntity> nodes = new ArrayList<>();
    for (EntityTables.CoMention c : shown) {
      nodes.add(byId.get(c.a().equals(e.id()) ? c.b() : c.a()));
    }
    int w = 760;
    int h = 460;
    double cx = w / 2.0;
    double cy = h / 2.0;
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
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            java.util.Locale.ROOT,
            "<svg class=\"graph\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">\n",
            w,
            h,
            Html.esc(
                "Entities named in the same sentences as "
                    + e.name()
                    + ": the "
                    + nodes.size()
                    + " most frequent")));
    java.util.Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      index.put(nodes.get(i).id(), i);
    }
    // the others' co-mentions among themselves, each pair once
    for (int i = 0; i < nodes.size(); i++) {
      for (EntityTables.CoMention c : this.co.getOrDefault(nodes.get(i).id(), List.of())) {
        Integer j = index.get(c.a().equals(nodes.get(i).id()) ? c.b() : c.a());
        if (j != null && j > i) {
          b.append(
              String.format(
                  java.util.Locale.ROOT,
                  "<line class=\"o\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n",
                  x[i],
                  y[i],
                  x[j],
                  y[j]));
        }
      }
    }
    for (int i = 0; i < nodes.size(); i++) {
      int n = shown.get(i).sentences();
      b.append(
          String.format(
              java.util.Locale.ROOT,
              "<line class=\"c\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\""
                  + " stroke-width=\"%.1f\"><title>%s</title></line>\n",
              cx,
              cy,
              x[i],
              y[i],
              1 + 5 * Math.sqrt((double) n / maxShared),
              Html.esc(n + " sentence" + (n == 1 ? "" : "s") + " name both")));
    }
    b.append(node(e, cx, cy, cy, maxMentions, "middle", true));
    for (int i = 0; i < nodes.size(); i++) {
      String anchor = Math.abs(x[i] - cx) < 1 ? "middle" : x[i] > cx ? "start" : "end";
      b.append(node(nodes.get(i), x[i], y[i], cy, maxMentions, anchor, false));
    }
    return b.append("</svg>\n").toString();
  }

  private static String node(
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
    String type = n.type().name().toLowerCase(java.util.Locale.ROOT);
    String label = n.name().length() > 28 ? n.name().substring(0, 27) + "…" : n.name();
    return String.format(
        java.util.Locale.ROOT,
        "<a href=\"%s\"><title>%s</title><circle class=\"t-%s%s\" cx=\"%.1f\" cy=\"%.1f\""
            + " r=\"%.1f\"/><text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text></a>\n",
        Html.esc(pageName(n.id())),
        Html.esc(n.name() + " (" + type + ", " + n.mentions() + " mentions)"),
        type,
        self ? " self" : "",
        x,
        y,
        r,
        x + dx,
        y + dy,
        anchor,
        Html.esc(label));
  }

  private static void meta(Writer w, String k, String v) throws IOException {
    if (v != null) {
      w.write("<dt>" + Html.esc(k) + "</dt><dd>" + Html.esc(v) + "</dd>");
    }
  }
}
