package org.sverka.report;

import java.util.List;
import org.sverka.query.Cluster;
import org.sverka.text.Cited;

/**
 * What the collation pages show (templates {@code report/collations.jte}, {@code collation.jte}).
 */
public final class CollationModels {
  private CollationModels() {}

  /** The page listing every cluster. */
  public record Index(List<Item> clusters, int min) {}

  /** A cluster as listed: its witnesses and the collation's counts. */
  public record Item(Cluster cluster, List<Head> witnesses, String summary) {
    /** The cluster's page, relative to the report's top. */
    public String page() {
      return CollationPages.pageName(cluster.id());
    }
  }

  /** A witness: its siglum, place, date (or "undated") and whether it is the base text. */
  public record Head(String siglum, Cited place, String date, boolean base, int words) {}

  /** A cluster's page: the witnesses, the table's rows and the transpositions, described. */
  public record Table(
      Cluster cluster, List<Head> witnesses, String summary, List<Row> rows, List<String> moved) {}

  /**
   * A row of the table: one column, or a run of columns every witness reads alike (then {@code
   * text} is the base's words and {@code cells} is empty). {@code kind} is the CSS class: {@code
   * eq}, {@code spell}, {@code var}, {@code miss}; {@code label} the column numbers from 1.
   */
  public record Row(String label, String kind, String text, List<Cell> cells) {}

  /**
   * A witness's word in a column, linked to its line ({@code href}, {@code title} its citation);
   * {@code cls}: null when it reads as the base, {@code chg} when not, {@code gap} when it has no
   * word, {@code moved} when it is part of a transposition.
   */
  public record Cell(String text, String href, String title, String cls) {}
}
