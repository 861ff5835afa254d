package org.sverka.report;

import gg.jte.Content;
import java.util.List;
import org.sverka.store.DateFigureTables.StoredCheck;
import org.sverka.store.DateFigureTables.StoredDate;
import org.sverka.store.DateFigureTables.StoredFigure;

/** What the timeline and figures pages' templates ({@code src/main/jte/dates/}) are given. */
public final class DatesModels {
  private DatesModels() {}

  /** The timeline page; {@code chart} is null when no date is placed in time. */
  public record Timeline(Content nav, long dated, Chart chart, List<DateRow> rows) {}

  /** A date expression of the list, with its citation link (HTML) and its sentence. */
  public record DateRow(
      StoredDate date, String kind, String cite, String sentence, String entities) {}

  /**
   * The SVG chart: x is time (whole years), one lane per document; coordinates already formatted.
   */
  public record Chart(
      int width,
      int height,
      int left,
      List<GridLine> grid,
      List<Lane> lanes,
      List<Mark> marks,
      int outside,
      int minYear,
      int maxYear) {}

  /** A year of the grid at its x. */
  public record GridLine(String x, int year) {}

  /** A document's lane at its y, with the bands of its statements' dates. */
  public record Lane(String doc, int y, List<Band> bands) {}

  /** A grey band: when statements of the document were made. */
  public record Band(String x, String width, String said) {}

  /** A date written in a document: a dot for a day, a bar for a longer span. */
  public record Mark(
      boolean dot,
      String page,
      int line,
      String x,
      int y,
      String width,
      String fill,
      String ink,
      String title) {}

  /** The figures page: the checks in their order, then every figure. */
  public record Figures(
      Content nav,
      List<CheckView> checks,
      List<FigureRow> figures,
      int inconsistent,
      int uncheckable,
      int consistent) {}

  /** A check with its citation link (HTML) and its passage. */
  public record CheckView(StoredCheck check, String cite, String passage) {}

  /** A figure with its citation link (HTML), its value and its unit as shown. */
  public record FigureRow(StoredFigure figure, String cite, String value, String unit) {}
}
