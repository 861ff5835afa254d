package org.sverka.report;

import gg.jte.Content;
import java.util.List;
import org.sverka.store.EntityTables.StoredEntity;

/** What the entity pages' templates ({@code src/main/jte/entities/}) are given to show. */
public final class EntityModels {
  private EntityModels() {}

  /** The index of entities: how many, and a section per type that has any. */
  public record Index(Content nav, int count, List<Section> sections) {}

  /** The entities of one type, under its heading. */
  public record Section(String type, String label, List<Row> rows) {}

  /** One entity of the index, with the file name of its page. */
  public record Row(StoredEntity entity, String page) {}

  /** One entity's page; {@code graph} is null when no entity is named with it. */
  public record Entity(
      Content nav,
      StoredEntity entity,
      List<Meta> meta,
      List<Derived> derived,
      List<Year> years,
      Graph graph,
      List<Co> co,
      List<Group> groups) {}

  /** A line of the page's metadata; a wikidata value is a link to its item. */
  public record Meta(String key, String value, boolean wikidata) {}

  /** A derived group or adjective: its form, how often, and its role. */
  public record Derived(String form, String count, String role) {}

  /** A bar of the mentions over time: its year (or span), width in percent and count. */
  public record Year(String label, int width, int count) {}

  /** An entity named in the same sentences, and in how many. */
  public record Co(String page, String name, int sentences) {}

  /** The mentions in one document part, under its heading. */
  public record Group(String heading, List<MentionLine> mentions) {}

  /**
   * One mention with its context on its line: the text before, the mention, the text after, and
   * whether the line goes on beyond either; {@code role} is null for a name.
   */
  public record MentionLine(
      String doc,
      String docPage,
      int line,
      String role,
      boolean cutBefore,
      String before,
      String mark,
      String after,
      boolean cutAfter) {}

  /** The co-mention graph: its size, label, edges and nodes, coordinates already formatted. */
  public record Graph(
      int width,
      int height,
      String label,
      List<Edge> among,
      List<Spoke> spokes,
      List<Node> nodes) {}

  /** A thin edge between two of the others. */
  public record Edge(String x1, String y1, String x2, String y2) {}

  /** An edge from the entity to one of the others, as wide as the sentences they share. */
  public record Spoke(String x1, String y1, String x2, String y2, String width, int sentences) {}

  /** A node: its page, title, type, place, radius and label. */
  public record Node(
      String page,
      String title,
      String type,
      boolean self,
      String x,
      String y,
      String r,
      String textX,
      String textY,
      String anchor,
      String label) {}
}
