package org.sverka.report;

import java.io.IOException;
import java.io.Writer;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
    w.write("<header>");
    ReportWriter.nav(w, "", "timeline.html");
    long dated = items.stream().filter(i -> i.date().value() != null).count();
    w.write(
        "<h1>Timeline</h1><p class=\"sub\">"
            + items.size()
            + " date expressions, "
            + dated
            + " placed in time. Each lane is a document: a dot is a day, a bar a longer or"
            + " uncertain span, a hollow mark a value completed from the statement date; the grey"
            + " band is when the document's statements were made.</p></header>\n<main>\n");
    w.write(chart(items, docs));
    w.write(
        "\n<table class=\"docs timeline\">\n<thead><tr><th>Value</th><th>Citation</th>"
            + "<th>Expression</th><th>Statement date</th><th>Sentence</th><th>Entities</th>"
            + "</tr></thead>\n<tbody>\n");
    for (TimelineItem i : items) {
      StoredDate d = i.date();
      String s = sentence(d, texts);
      w.write(
          "<tr id=\"D"
              + d.id()
              + "\"><td class=\"v\">"
              + (d.value() == null
                  ? "<span class=\"date\">("
                      + Html.esc(d.kind().toLowerCase(Locale.ROOT))
                      + ")</span>"
                  : Html.esc(d.value()))
              + "</td><td>"
              + ReportWriter.citeLink(d.doc(), d.lineStart(), d.lineEnd())
              + "</td><td>\u201c"
              + Html.esc(d.text())
              + "\u201d"
              + (d.event() == null
                  ? ""
                  : "<div class=\"date\">relative to: " + Html.esc(d.event()) + "</div>")
              + "</td><td>"
              + Html.esc(d.statementDate())
              + "</td><td class=\"s\">"
              + Html.esc(s.length() > 300 ? s.substring(0, 297) + "…" : s)
              + "</td><td>"
              + Html.esc(String.join(", ", i.entities()))
              + "</td></tr>\n");
    }
    w.write("</tbody></table>\n</main>\n</body>\n</html>\n");
  }

  /** The SVG: x is time (whole years), one lane per document. */
  private static String chart(List<TimelineItem> items, List<StoredDocument> docs) {
    Map<String, Integer> lane = new LinkedHashMap<>();
    for (StoredDocument d : docs) {
      lane.put(d.id(), lane.size());
    }
    // the chart spans the years of the middle 98% of the dates (stray centuries would squeeze
    // the rest into a line); the dates outside are in the list only
    List<Integer> years = new ArrayList<>();
    for (TimelineItem i : items) {
      Edtf v = i.date().value() == null ? null : Edtf.tryParse(i.date().value()).orElse(null);
      if (v != null && !v.earliest().equals(LocalDate.MIN) && !v.latest().equals(LocalDate.MAX)) {
        years.add(v.earliest().getYear());
      }
    }
    years.sort(null);
    int saidFrom = years.isEmpty() ? 0 : years.get(years.size() / 100);
    int saidTo = years.isEmpty() ? 0 : years.get(years.size() - 1 - years.size() / 100);
    List<Object[]> marks = new ArrayList<>();
    int minYear = Integer.MAX_VALUE;
    int maxYear = Integer.MIN_VALUE;
    int outside = 0;
    for (TimelineItem i : items) {
      StoredDate d = i.date();
      Edtf v = d.value() == null ? null : Edtf.tryParse(d.value()).orElse(null);
      if (v == null || v.earliest().equals(LocalDate.MIN) || v.latest().equals(LocalDate.MAX)) {
        continue;
      }
      if (v.earliest().getYear() < saidFrom || v.earliest().getYear() > saidTo) {
        outside++;
        continue;
      }
      minYear = Math.min(minYear, v.earliest().getYear());
      maxYear = Math.max(maxYear, v.latest().getYear());
      marks.add(new Object[] {d, v});
    }
    if (marks.isEmpty()) {
      return "<p>No dates placed in time.</p>";
    }
    LocalDate start = LocalDate.of(minYear, 1, 1);
    LocalDate end = LocalDate.of(maxYear + 1, 1, 1);
    double days = ChronoUnit.DAYS.between(start, end);
    int height = 40 + LANE * lane.size();
    StringBuilder b = new StringBuilder();
    b.append("<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-label=\"Dated statements by document\">\n");
    // year grid
    int span = maxYear - minYear + 1;
    int every = span <= 15 ? 1 : span <= 40 ? 5 : span <= 120 ? 10 : 50;
    for (int y = minYear; y <= maxYear + 1; y++) {
      if (y % every != 0 && y != minYear) {
        continue;
      }
      double x = x(LocalDate.of(y, 1, 1), start, days);
      b.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"18\" x2=\"%.1f\" y2=\"%d\" stroke=\"#e5e5ea\"/>"
                  + "<text x=\"%.1f\" y=\"13\" font-size=\"10\" text-anchor=\"middle\""
                  + " fill=\"#6e6e73\">%d</text>\n",
              x,
              x,
              height - 4,
              x,
              y));
    }
    // lanes, with the statement dates of each document as a grey band
    Map<String, StoredDocument> byId = new HashMap<>();
    for (StoredDocument d : docs) {
      byId.put(d.id(), d);
    }
    for (Map.Entry<String, Integer> e : lane.entrySet()) {
      int y = 30 + LANE * e.getValue();
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"4\" y=\"%d\" font-size=\"11\" fill=\"#1d1d1f\">%s</text>"
                  + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#d0d0d5\"/>\n",
              y + 18,
              Html.esc(e.getKey()),
              LEFT,
              y + 14,
              WIDTH - 10,
              y + 14));
      StoredDocument d = byId.get(e.getKey());
      List<String> said = new ArrayList<>();
      if (d.meta().date() != null) {
        said.add(d.meta().date());
      }
      for (Part p : d.parts()) {
        if (p.date() != null) {
          said.add(p.date());
        }
      }
      for (String s : said) {
        Edtf v = Edtf.tryParse(s).orElse(null);
        if (v == null
            || v.latest().getYear() < minYear
            || v.earliest().getYear() > maxYear
            || v.earliest().equals(LocalDate.MIN)
            || v.latest().equals(LocalDate.MAX)) {
          continue;
        }
        double x1 = x(v.earliest(), start, days);
        double x2 = Math.max(x1 + 2, x(v.latest().plusDays(1), start, days));
        b.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"28\" fill=\"#000\""
                    + " fill-opacity=\"0.07\"><title>statements dated %s</title></rect>\n",
                x1,
                y,
                x2 - x1,
                Html.esc(s)));
      }
    }
    // the dates written in each document
    for (Object[] m : marks) {
      StoredDate d = (StoredDate) m[0];
      Edtf v = (Edtf) m[1];
      Integer l = lane.get(d.doc());
      if (l == null) {
        continue;
      }
      String ink = INK[l % INK.length];
      int y = 30 + LANE * l + 14;
      double x1 = x(v.earliest(), start, days);
      double x2 = x(v.latest().plusDays(1), start, days);
      String title =
          Html.esc(
              d.doc()
                  + ":"
                  + d.lineStart()
                  + " \u201c"
                  + d.text()
                  + "\u201d = "
                  + d.value()
                  + (d.statementDate() == null ? "" : " (statement " + d.statementDate() + ")"));
      String fill = d.anchored() ? "none" : ink;
      if (x2 - x1 < 3) {
        b.append(
            String.format(
                Locale.ROOT,
                "<a href=\"doc/%s#L%d\"><circle cx=\"%.1f\" cy=\"%d\" r=\"3.2\" fill=\"%s\""
                    + " stroke=\"%s\" fill-opacity=\"0.75\"><title>%s</title></circle></a>\n",
                Html.esc(ReportWriter.pageName(d.doc())),
                d.lineStart(),
                x1,
                y,
                fill,
                ink,
                title));
      } else {
        b.append(
            String.format(
                Locale.ROOT,
                "<a href=\"doc/%s#L%d\"><rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"5\""
                    + " fill=\"%s\" stroke=\"%s\" fill-opacity=\"0.35\"><title>%s</title></rect></a>\n",
                Html.esc(ReportWriter.pageName(d.doc())),
                d.lineStart(),
                x1,
                y - 2,
                x2 - x1,
                fill,
                ink,
                title));
      }
    }
    b.append("</svg>\n");
    if (outside > 0) {
      b.append("<p class=\"sub\">")
          .append(outside)
          .append(" dates outside ")
          .append(minYear)
          .append("\u2013")
          .append(maxYear)
          .append(" are in the list only.</p>\n");
    }
    return b.toString();
  }

  private static double x(LocalDate d, LocalDate start, double days) {
    return LEFT + (WIDTH - 10 - LEFT) * (ChronoUnit.DAYS.between(start, d) / days);
  }

  private void writeFigures(
      Writer w, List<StoredCheck> checks, List<StoredFigure> figures, Map<String, String> texts)
      throws IOException {
    ReportWriter.head(w, "Figures — Sverka", "sverka.css");
    w.write("<header>");
    ReportWriter.nav(w, "", "figures.html");
    Map<String, Integer> counts = new TreeMap<>();
    for (StoredCheck c : checks) {
      counts.merge(c.verdict(), 1, Integer::sum);
    }
    w.write(
        "<h1>Figures</h1><p class=\"sub\">"
            + figures.size()
            + " figures, "
            + checks.size()
            + " checks: "
            + counts.getOrDefault("INCONSISTENT", 0)
            + " inconsistent, "
            + counts.getOrDefault("UNCHECKABLE", 0)
            + " uncheckable, "
            + counts.getOrDefault("CONSISTENT", 0)
            + " consistent. Exact decimal arithmetic; a stated figure allows half its last"
            + " digit either way.</p></header>\n<main>\n<h2>Checks</h2>\n");
    List<StoredCheck> sorted = new ArrayList<>(checks);
    sorted.sort(
        Comparator.comparingInt(
                (StoredCheck c) -> org.sverka.json.DatesFiguresJson.rank(c.verdict()))
            .thenComparing(StoredCheck::doc)
            .thenComparingInt(StoredCheck::start)
            .thenComparingInt(StoredCheck::id));
    for (StoredCheck c : sorted) {
      String t = texts.get(c.doc());
      String passage =
          t == null ? "" : t.substring(c.start(), c.end()).replaceAll("\\s+", " ").strip();
      w.write(
          "<section class=\"quote check\" id=\"C"
              + c.id()
              + "\">\n<h2><span class=\"verdict v-"
              + c.verdict()
              + "\">"
              + c.verdict()
              + "</span> "
              + Html.esc(c.kind())
              + " · "
              + ReportWriter.citeLink(c.doc(), c.lineStart(), c.lineEnd())
              + "</h2>\n<p class=\"cite\">stated "
              + Html.esc(c.stated())
              + (c.computed() == null ? "" : " · computed " + Html.esc(c.computed()))
              + (c.tolerance() == null ? "" : " · tolerance " + Html.esc(c.tolerance()))
              + "</p>\n<blockquote>"
              + Html.esc(passage.length() > 900 ? passage.substring(0, 897) + "…" : passage)
              + "</blockquote>\n<p class=\"explain\">"
              + Html.esc(c.explanation())
              + "</p>\n</section>\n");
    }
    w.write(
        "<h2>Every figure</h2>\n<table class=\"docs\">\n<thead><tr><th>Citation</th>"
            + "<th>As written</th><th class=\"n\">Value</th><th>Unit</th><th>Measure</th>"
            + "<th>Period</th></tr></thead>\n<tbody>\n");
    for (StoredFigure f : figures) {
      w.write(
          "<tr><td>"
              + ReportWriter.citeLink(f.doc(), f.lineStart(), f.lineEnd())
              + "</td><td>\u201c"
              + Html.esc(f.text())
              + "\u201d</td><td class=\"n\">"
              + Html.esc(
                  (f.qualifier() == null ? "" : f.qualifier() + " ")
                      + f.value().toPlainString()
                      + (f.high() == null ? "" : "\u2013" + f.high().toPlainString()))
              + "</td><td>"
              + Html.esc(
                  (f.change() ? "change, " : "")
                      + (f.unit() == null ? "" : f.unit())
                      + (f.relation() == null ? "" : " of " + f.relation()))
              + "</td><td>"
              + Html.esc(f.measure())
              + "</td><td>"
              + Html.esc(f.period())
              + "</td></tr>\n");
    }
    w.write("</tbody></table>\n</main>\n</body>\n</html>\n");
  }
}
