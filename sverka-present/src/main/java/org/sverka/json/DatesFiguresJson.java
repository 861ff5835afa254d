package org.sverka.json;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sverka.store.DateFigureTables;
import org.sverka.store.DateFigureTables.StoredCheck;
import org.sverka.store.DateFigureTables.StoredDate;
import org.sverka.store.DateFigureTables.StoredFigure;
import org.sverka.store.DateFigureTables.TimelineItem;

/**
 * The JSON shapes of dates and figures, shared by {@code sverka timeline}, {@code sverka figures}
 * and the web app's {@code /api/timeline}, {@code /api/figures}.
 */
public final class DatesFiguresJson {
  private DatesFiguresJson() {}

  /** A date's sentence, white space collapsed. */
  public static String sentence(StoredDate d, Texts texts) throws SQLException {
    return texts
        .of(d.doc())
        .substring(d.sentenceStart(), d.sentenceEnd())
        .replaceAll("\\s+", " ")
        .strip();
  }

  /** A timeline item: where the date is, its EDTF value, its statement date, sentence, entities. */
  public static Map<String, Object> timelineItem(TimelineItem i, Texts texts) throws SQLException {
    StoredDate d = i.date();
    Map<String, Object> m = CitedJson.put(new LinkedHashMap<>(), d.cited(), CitedJson.Keys.LINE);
    m.put("text", d.text());
    m.put("value", d.value());
    m.put("kind", d.kind());
    m.put("anchored", d.anchored());
    m.put("event", d.event());
    m.put("statementDate", d.statementDate());
    m.put("sentence", sentence(d, texts));
    m.put("entities", i.entities());
    return m;
  }

  /** A timeline. */
  public static List<Object> timeline(List<TimelineItem> items, Texts texts) throws SQLException {
    List<Object> arr = new ArrayList<>();
    for (TimelineItem i : items) {
      arr.add(timelineItem(i, texts));
    }
    return arr;
  }

  /** How a verdict sorts: inconsistent first, then uncheckable, then consistent. */
  public static int rank(String verdict) {
    return switch (verdict) {
      case "INCONSISTENT" -> 0;
      case "UNCHECKABLE" -> 1;
      default -> 2;
    };
  }

  /** The figures and checks of a case, or of one document ({@code doc} not null). */
  public record Selection(
      List<StoredFigure> figures, List<StoredCheck> checks, Map<Integer, StoredFigure> byId) {}

  /** The figures in text order and the checks inconsistent first, of {@code doc} or all. */
  public static Selection select(DateFigureTables tables, String doc) throws SQLException {
    return select(tables.figures(), tables.checks(doc), doc);
  }

  /** {@link #select(DateFigureTables, String)} through the queries (an unknown doc is refused). */
  public static Selection select(org.sverka.query.CaseQueries queries, String doc)
      throws SQLException {
    List<StoredCheck> checks = queries.checks(doc);
    return select(queries.figures(), checks, doc);
  }

  private static Selection select(List<StoredFigure> all, List<StoredCheck> docChecks, String doc) {
    List<StoredFigure> figures = new ArrayList<>();
    Map<Integer, StoredFigure> byId = new HashMap<>();
    for (StoredFigure f : all) {
      byId.put(f.id(), f);
      if (doc == null || doc.equals(f.doc())) {
        figures.add(f);
      }
    }
    List<StoredCheck> checks = new ArrayList<>(docChecks);
    checks.sort(
        Comparator.comparingInt((StoredCheck c) -> rank(c.verdict()))
            .thenComparing(StoredCheck::doc)
            .thenComparingInt(StoredCheck::start)
            .thenComparingInt(StoredCheck::id));
    return new Selection(figures, checks, byId);
  }

  /** {@code {statements: [figure...], checks: [check...]}}. */
  public static Map<String, Object> figures(Selection s) {
    Map<String, Object> m = new LinkedHashMap<>();
    List<Object> fs = new ArrayList<>();
    for (StoredFigure f : s.figures()) {
      fs.add(figure(f));
    }
    List<Object> cs = new ArrayList<>();
    for (StoredCheck c : s.checks()) {
      cs.add(check(c, s.byId()));
    }
    m.put("statements", fs);
    m.put("checks", cs);
    return m;
  }

  /** A figure as stated: where, the text, value (plain decimal), range, unit, measure, period. */
  public static Map<String, Object> figure(StoredFigure f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", f.id());
    CitedJson.put(m, f.cited(), CitedJson.Keys.LINE_START);
    m.put("text", f.text());
    m.put("value", f.value().toPlainString());
    m.put("high", f.high() == null ? null : f.high().toPlainString());
    m.put("step", f.step().toPlainString());
    m.put("unit", f.unit());
    m.put("relation", f.relation());
    m.put("qualifier", f.qualifier());
    m.put("change", f.change());
    m.put("measure", f.measure());
    m.put("period", f.period());
    return m;
  }

  /** A check of figures' arithmetic: verdict, stated, computed, tolerance, the figures' ids. */
  public static Map<String, Object> check(StoredCheck c, Map<Integer, StoredFigure> byId) {
    Map<String, Object> m =
        CitedJson.put(new LinkedHashMap<>(), c.cited(), CitedJson.Keys.LINES_ONLY);
    m.put("kind", c.kind());
    m.put("verdict", c.verdict());
    m.put("stated", c.stated());
    m.put("computed", c.computed());
    m.put("tolerance", c.tolerance());
    m.put("explanation", c.explanation());
    List<Object> figs = new ArrayList<>();
    for (int id : c.figures()) {
      StoredFigure f = byId.get(id);
      if (f != null) {
        figs.add(f.id());
      }
    }
    m.put("figures", figs);
    return m;
  }
}
