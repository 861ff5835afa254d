package org.sverka.report;

import java.io.IOException;
import java.io.Writer;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sverka.document.Part;
import org.sverka.store.CaseFile;
import org.sverka.store.DateFigureTables;
import org.sverka.store.DateFigureTables.StoredCheck;
import org.sverka.store.DateFigureTables.StoredDate;
import org.sverka.store.DateFigureTables.StoredFigure;
import org.sverka.store.DateFigureTables.TimelineItem;
import org.sverka.store.DocumentTables;
import org.sverka.store.StoredDocument;
import org.sverka.time.Edtf;

/**
 * The report's timeline page (an SVG chart of the dated statements, one lane per document, and the
 * list in time order) and figures page (the checks, inconsistencies first, then every figure).
 */
final class DatesFiguresPages {
  private static final int LEFT = 190;
  private static final int WIDTH = 1100;
  private static final int LANE = 46;
  private static final String[] INK = {"#8a1c1c", "#1c4f8a", "#2f7a2f", "#7a5a1c", "#5a1c7a"};

  private final CaseFile caseFile;

  DatesFiguresPages(CaseFile caseFile) {
    this.caseFile = caseFile;
  }

  void writeTimelinePage(Writer w, Map<String, String> texts) throws IOException, SQLException {
    DateFigureTables tables = new DateFigureTables(caseFile);
    writeTimeline(
        w, tables.timeline(null, null, null), new DocumentTables(caseFile).documents(), texts);
  }

  void writeFiguresPage(Writer w, Map<String, String> texts) throws IOException, SQLException {
    DateFigureTables tables = new DateFigureTables(caseFile);
    writeFigures(w, tables.checks(), tables.figures(), texts);
  }

  private static String sentence(StoredDate d, Map<String, String> texts) {
    String t = texts.get(d.doc());
    return t == null
        ? ""
        : t.substring(d.sentenceStart(), d.sentenceEnd()).replaceAll("\\s+", " ").strip();
  }

  private void writeTimeline(
      Writer w, List<TimelineItem> items, List<StoredDocument> docs, Map<String, String> texts)
      throws IOException {
    ReportWriter.head(w, "Timeline — Sverka", "sverka.css");
    long dated = items.stream().filter(i -> i.date().value() != null).count();
    List<DatesModels.DateRow> rows = new ArrayList<>();
    for (TimelineItem i : items) {
      StoredDate d = i.date();
      String s = sentence(d, texts);
      rows.add(
          new DatesModels.DateRow(
              d,
              d.kind().toLowerCase(Locale.ROOT),
              ReportWriter.citeLink(d.doc(), d.lineStart(), d.lineEnd()),
              s.length() > 300 ? s.substring(0, 297) + "…" : s,
              String.join(", ", i.entities())));
    }
    ReportTemplates.render(
        w,
        "dates/timeline.jte",
        new DatesModels.Timeline(
            ReportTemplates.nav("", "timeline.html"), dated, chart(items, docs), rows));
  }

  /** A date placed in time, with its value. */
  private record Placed(StoredDate date, Edtf value) {}

  /** The value of a date if it can be placed on the chart's axis: parsed, with both ends finite. */
  private static Edtf finite(String value) {
    Edtf v = value == null ? null : Edtf.tryParse(value).orElse(null);
    return v == null || v.earliest().equals(LocalDate.MIN) || v.latest().equals(LocalDate.MAX)
        ? null
        : v;
  }

  /** The chart (null: no date placed in time): x is time (whole years), one lane per document. */
  private static DatesModels.Chart chart(List<TimelineItem> items, List<StoredDocument> docs) {
    // the chart spans the years of the middle 98% of the dates (stray centuries would squeeze
    // the rest into a line); the dates outside are in the list only
    List<Integer> years = new ArrayList<>();
    for (TimelineItem i : items) {
      Edtf v = finite(i.date().value());
      if (v != null) {
        years.add(v.earliest().getYear());
      }
    }
    years.sort(null);
    int saidFrom = years.isEmpty() ? 0 : years.get(years.size() / 100);
    int saidTo = years.isEmpty() ? 0 : years.get(years.size() - 1 - years.size() / 100);
    List<Placed> marks = new ArrayList<>();
    int minYear = Integer.MAX_VALUE;
    int maxYear = Integer.MIN_VALUE;
    int outside = 0;
    for (TimelineItem i : items) {
      Edtf v = finite(i.date().value());
      if (v == null) {
        continue;
      }
      if (v.earliest().getYear() < saidFrom || v.earliest().getYear() > saidTo) {
        outside++;
        continue;
      }
      minYear = Math.min(minYear, v.earliest().getYear());
      maxYear = Math.max(maxYear, v.latest().getYear());
      marks.add(new Placed(i.date(), v));
    }
    if (marks.isEmpty()) {
      return null;
    }
    Axis axis = new Axis(minYear, maxYear);
    Map<String, Integer> lane = new LinkedHashMap<>();
    for (StoredDocument d : docs) {
      lane.put(d.id(), lane.size());
    }
    return new DatesModels.Chart(
        WIDTH,
        40 + LANE * lane.size(),
        LEFT,
        axis.grid(),
        lanes(docs, axis),
        marks(marks, lane, axis),
        outside,
        minYear,
        maxYear);
  }

  /** The chart's time axis: whole years from minYear to maxYear. */
  private record Axis(int minYear, int maxYear, LocalDate start, double days) {
    Axis(int minYear, int maxYear) {
      this(
          minYear,
          maxYear,
          LocalDate.of(minYear, 1, 1),
          ChronoUnit.DAYS.between(LocalDate.of(minYear, 1, 1), LocalDate.of(maxYear + 1, 1, 1)));
    }

    double x(LocalDate d) {
      return LEFT + (WIDTH - 10 - LEFT) * (ChronoUnit.DAYS.between(start, d) / days);
    }

    /** The year grid: every year, or every 5th, 10th or 50th on a longer span, and the first. */
    List<DatesModels.GridLine> grid() {
      int span = maxYear - minYear + 1;
      int every = span <= 15 ? 1 : span <= 40 ? 5 : span <= 120 ? 10 : 50;
      List<DatesModels.GridLine> grid = new ArrayList<>();
      for (int y = minYear; y <= maxYear + 1; y++) {
        if (y % every == 0 || y == minYear) {
          grid.add(new DatesModels.GridLine(f(x(LocalDate.of(y, 1, 1))), y));
        }
      }
      return grid;
    }
  }

  /** The lanes, with the statement dates of each document as grey bands. */
  private static List<DatesModels.Lane> lanes(List<StoredDocument> docs, Axis axis) {
    List<DatesModels.Lane> lanes = new ArrayList<>();
    for (StoredDocument d : docs) {
      int y = 30 + LANE * lanes.size();
      List<String> said = new ArrayList<>();
      if (d.meta().date() != null) {
        said.add(d.meta().date());
      }
      for (Part p : d.parts()) {
        if (p.date() != null) {
          said.add(p.date());
        }
      }
      List<DatesModels.Band> bands = new ArrayList<>();
      for (String s : said) {
        Edtf v = finite(s);
        if (v == null
            || v.latest().getYear() < axis.minYear()
            || v.earliest().getYear() > axis.maxYear()) {
          continue;
        }
        double x1 = axis.x(v.earliest());
        double x2 = Math.max(x1 + 2, axis.x(v.latest().plusDays(1)));
        bands.add(new DatesModels.Band(f(x1), f(x2 - x1), s));
      }
      lanes.add(new DatesModels.Lane(d.id(), y, bands));
    }
    return lanes;
  }

  /** The dates written in each document, in its lane's ink; hollow if completed. */
  private static List<DatesModels.Mark> marks(
      List<Placed> placed, Map<String, Integer> lane, Axis axis) {
    List<DatesModels.Mark> marks = new ArrayList<>();
    for (Placed m : placed) {
      StoredDate d = m.date();
      Integer l = lane.get(d.doc());
      if (l == null) {
        continue;
      }
      String ink = INK[l % INK.length];
      double x1 = axis.x(m.value().earliest());
      double x2 = axis.x(m.value().latest().plusDays(1));
      String title =
          d.doc()
              + ":"
              + d.lineStart()
              + " \u201c"
              + d.text()
              + "\u201d = "
              + d.value()
              + (d.statementDate() == null ? "" : " (statement " + d.statementDate() + ")");
      marks.add(
          new DatesModels.Mark(
              x2 - x1 < 3,
              ReportWriter.pageName(d.doc()),
              d.lineStart(),
              f(x1),
              30 + LANE * l + 14,
              f(x2 - x1),
              d.anchored() ? "none" : ink,
              ink,
              title));
    }
    return marks;
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private void writeFigures(
      Writer w, List<StoredCheck> checks, List<StoredFigure> figures, Map<String, String> texts)
      throws IOException {
    ReportWriter.head(w, "Figures — Sverka", "sverka.css");
    Map<String, Integer> counts = new TreeMap<>();
    for (StoredCheck c : checks) {
      counts.merge(c.verdict(), 1, Integer::sum);
    }
    List<StoredCheck> sorted = new ArrayList<>(checks);
    sorted.sort(
        Comparator.comparingInt(
                (StoredCheck c) -> org.sverka.json.DatesFiguresJson.rank(c.verdict()))
            .thenComparing(StoredCheck::doc)
            .thenComparingInt(StoredCheck::start)
            .thenComparingInt(StoredCheck::id));
    List<DatesModels.CheckView> views = new ArrayList<>();
    for (StoredCheck c : sorted) {
      String t = texts.get(c.doc());
      String passage =
          t == null ? "" : t.substring(c.start(), c.end()).replaceAll("\\s+", " ").strip();
      views.add(
          new DatesModels.CheckView(
              c,
              ReportWriter.citeLink(c.doc(), c.lineStart(), c.lineEnd()),
              passage.length() > 900 ? passage.substring(0, 897) + "…" : passage));
    }
    List<DatesModels.FigureRow> rows = new ArrayList<>();
    for (StoredFigure f : figures) {
      rows.add(
          new DatesModels.FigureRow(
              f,
              ReportWriter.citeLink(f.doc(), f.lineStart(), f.lineEnd()),
              (f.qualifier() == null ? "" : f.qualifier() + " ")
                  + f.value().toPlainString()
                  + (f.high() == null ? "" : "\u2013" + f.high().toPlainString()),
              (f.change() ? "change, " : "")
                  + (f.unit() == null ? "" : f.unit())
                  + (f.relation() == null ? "" : " of " + f.relation())));
    }
    ReportTemplates.render(
        w,
        "dates/figures.jte",
        new DatesModels.Figures(
            ReportTemplates.nav("", "figures.html"),
            views,
            rows,
            counts.getOrDefault("INCONSISTENT", 0),
            counts.getOrDefault("UNCHECKABLE", 0),
            counts.getOrDefault("CONSISTENT", 0)));
  }
}
