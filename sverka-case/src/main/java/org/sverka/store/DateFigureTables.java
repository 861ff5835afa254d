package org.sverka.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.sverka.figures.Check;
import org.sverka.figures.Figure;
import org.sverka.text.Cited;
import org.sverka.text.Placed;
import org.sverka.text.Span;
import org.sverka.time.DateExpression;

/**
 * The case file's dates, figures and figure checks (tables {@code dates}, {@code figures}, {@code
 * figure_checks}), and the reading of the sentences and entity mentions they need.
 */
public final class DateFigureTables {
  private final Connection db;

  public DateFigureTables(CaseFile cf) {
    this.db = cf.connection();
  }

  /** A stored sentence: its number in the document, paragraph and original span. */
  public record SentenceRow(int ord, int paragraph, Span span) {}

  /** The sentences of a document that are not boilerplate, in order. */
  public List<SentenceRow> sentences(String doc) throws SQLException {
    List<SentenceRow> out = new ArrayList<>();
    try (PreparedStatement ps =
        db.prepareStatement(
            "SELECT s.ord, s.paragraph, s.start, s.end FROM sentences s JOIN paragraphs p"
                + " ON p.doc = s.doc AND p.ord = s.paragraph"
                + " WHERE s.doc = ? AND p.boilerplate = 0 ORDER BY s.ord")) {
      ps.setString(1, doc);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new SentenceRow(rs.getInt(1), rs.getInt(2), new Span(rs.getInt(3), rs.getInt(4))));
        }
      }
    }
    return out;
  }

  /** A date expression with where it stands: what the stage writes. */
  public record DateRow(
      Cited cited, SentenceRow sentence, String statementDate, DateExpression date) {}

  /** A figure with where it stands. */
  public record FigureRow(Cited cited, int sentence, Figure figure) {}

  /** A check with where it stands. */
  public record CheckRow(Cited cited, Check check) {}

  /**
   * Replaces every date, figure and check of the case, in one transaction, row by row as they are
   * found (so that a document with millions of figures is not held in memory): {@link #begin}, then
   * {@link Writer#date}, {@link Writer#figure}, {@link Writer#check}, then {@link Writer#commit};
   * closing without committing leaves the tables as they were.
   */
  public Writer begin() throws SQLException {
    return new Writer();
  }

  /** See {@link #begin}. */
  public final class Writer implements AutoCloseable {
    private static final int BATCH = 2000;
    private final boolean auto;
    private final PreparedStatement dates;
    private final PreparedStatement figures;
    private final PreparedStatement checks;
    private final Map<Figure, Integer> ids = new IdentityHashMap<>();
    private int dateId = 1;
    private int figureId = 1;
    private int checkId = 1;
    private int pending;
    private boolean done;
    private final int[] counts = new int[3];

    private Writer() throws SQLException {
      auto = db.getAutoCommit();
      db.setAutoCommit(false);
      try (Statement st = db.createStatement()) {
        st.execute("DELETE FROM dates");
        st.execute("DELETE FROM figures");
        st.execute("DELETE FROM figure_checks");
      }
      dates = db.prepareStatement("INSERT INTO dates VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
      figures =
          db.prepareStatement("INSERT INTO figures VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
      checks = db.prepareStatement("INSERT INTO figure_checks VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    }

    public void date(DateRow r) throws SQLException {
      DateExpression d = r.date();
      placed(
          dates,
          dateId++,
          r.cited(),
          r.sentence().ord(),
          r.sentence().span().start(),
          r.sentence().span().end(),
          d.text(),
          d.value(),
          d.kind().name(),
          d.event(),
          d.anchored() ? 1 : 0,
          r.statementDate());
      dates.addBatch();
      counts[0]++;
      flushIfDue();
    }

    public void figure(FigureRow r) throws SQLException {
      Figure f = r.figure();
      ids.put(f, figureId);
      placed(
          figures,
          figureId++,
          r.cited(),
          r.sentence(),
          f.text(),
          f.value().toPlainString(),
          f.high() == null ? null : f.high().toPlainString(),
          f.step().toPlainString(),
          f.unit(),
          f.relation(),
          f.qualifier(),
          f.change() ? 1 : 0,
          f.measure(),
          f.period());
      figures.addBatch();
      counts[1]++;
      flushIfDue();
    }

    /** A check; its figures must have been written (and not forgotten) before. */
    public void check(CheckRow r) throws SQLException {
      Check c = r.check();
      StringBuilder figs = new StringBuilder("[");
      for (Figure f : c.figures()) {
        if (figs.length() > 1) {
          figs.append(',');
        }
        figs.append(ids.getOrDefault(f, 0));
      }
      placed(
          checks,
          checkId++,
          r.cited(),
          c.kind().name(),
          c.verdict().name(),
          c.stated(),
          c.computed(),
          c.tolerance(),
          c.explanation(),
          figs.append(']').toString());
      checks.addBatch();
      counts[2]++;
      flushIfDue();
    }

    /**
     * Binds a row that begins {@code id, doc, start, end, line_start, line_end}, then {@code rest}.
     */
    private static void placed(PreparedStatement ps, int id, Cited at, Object... rest)
        throws SQLException {
      Object[] row = new Object[6 + rest.length];
      row[0] = id;
      row[1] = at.doc();
      row[2] = at.start();
      row[3] = at.end();
      row[4] = at.lineStart();
      row[5] = at.lineEnd();
      System.arraycopy(rest, 0, row, 6, rest.length);
      Rows.bind(ps, row);
    }

    /** Figures no later check will name: their ids need not be remembered. */
    public void forget(List<Figure> done) {
      for (Figure f : done) {
        ids.remove(f);
      }
    }

    private void flushIfDue() throws SQLException {
      if (++pending >= BATCH) {
        dates.executeBatch();
        figures.executeBatch();
        checks.executeBatch();
        pending = 0;
      }
    }

    /** How many dates, figures and checks were written. */
    public int[] counts() {
      return counts.clone();
    }

    public void commit() throws SQLException {
      dates.executeBatch();
      figures.executeBatch();
      checks.executeBatch();
      db.commit();
      done = true;
    }

    @Override
    public void close() throws SQLException {
      try {
        if (!done) {
          db.rollback();
        }
        dates.close();
        figures.close();
        checks.close();
      } finally {
        db.setAutoCommit(auto);
      }
    }
  }

  // ---- reading

  private static ResultSet ofDoc(PreparedStatement ps, String doc) throws SQLException {
    ps.setString(1, doc);
    ps.setString(2, doc);
    return ps.executeQuery();
  }

  /** A stored date expression. */
  public record StoredDate(
      int id,
      Cited cited,
      int sentence,
      int sentenceStart,
      int sentenceEnd,
      String text,
      String value,
      String kind,
      String event,
      boolean anchored,
      String statementDate)
      implements Placed {}

  /** Every stored date expression, in document and text order. */
  public List<StoredDate> dates() throws SQLException {
    return dates(null);
  }

  /** The date expressions of one document ({@code null}: of all), in document and text order. */
  public List<StoredDate> dates(String doc) throws SQLException {
    return Rows.list(
        db,
        "SELECT * FROM dates WHERE (? IS NULL OR doc = ?) ORDER BY doc, start, id",
        Rows.record(StoredDate.class),
        doc,
        doc);
  }

  /** A stored figure. */
  public record StoredFigure(
      int id,
      Cited cited,
      int sentence,
      String text,
      BigDecimal value,
      BigDecimal high,
      BigDecimal step,
      String unit,
      String relation,
      String qualifier,
      boolean change,
      String measure,
      String period)
      implements Placed {}

  /** Every stored figure, in document and text order. */
  public List<StoredFigure> figures() throws SQLException {
    return figures(null);
  }

  /** The figures of one document ({@code null}: of all), in document and text order. */
  public List<StoredFigure> figures(String doc) throws SQLException {
    return Rows.list(
        db,
        "SELECT * FROM figures WHERE (? IS NULL OR doc = ?) ORDER BY doc, start, id",
        Rows.record(StoredFigure.class),
        doc,
        doc);
  }

  /** A stored check; {@code figures} are ids in the figures table. */
  public record StoredCheck(
      int id,
      Cited cited,
      String kind,
      String verdict,
      String stated,
      String computed,
      String tolerance,
      String explanation,
      List<Integer> figures)
      implements Placed {}

  /** Every stored check, in document and text order. */
  public List<StoredCheck> checks() throws SQLException {
    return checks(null);
  }

  /** The checks of one document ({@code null}: of all), in document and text order. */
  public List<StoredCheck> checks(String doc) throws SQLException {
    List<StoredCheck> out = new ArrayList<>();
    try (PreparedStatement ps =
            db.prepareStatement(
                "SELECT * FROM figure_checks WHERE (? IS NULL OR doc = ?) ORDER BY doc, start, id");
        ResultSet rs = ofDoc(ps, doc)) {
      while (rs.next()) {
        List<Integer> figs = new ArrayList<>();
        String f = rs.getString("figures");
        for (String s : f.substring(1, f.length() - 1).split(",")) {
          if (!s.isBlank()) {
            figs.add(Integer.parseInt(s.trim()));
          }
        }
        out.add(
            new StoredCheck(
                rs.getInt("id"),
                Rows.cited(rs),
                rs.getString("kind"),
                rs.getString("verdict"),
                rs.getString("stated"),
                rs.getString("computed"),
                rs.getString("tolerance"),
                rs.getString("explanation"),
                figs));
      }
    }
    return out;
  }

  // ---- entity mentions (tables of migration 4, filled by the entities stage)

  /** Every mention of the case, by document, in text order. */
  public Map<String, List<NamedMention>> mentions() throws SQLException {
    Map<String, List<NamedMention>> out = new HashMap<>();
    for (NamedMention m :
        Rows.list(
            db,
            "SELECT m.doc, m.start, m.end, m.form, m.type, m.entity, e.name AS entity_name"
                + " FROM mentions m LEFT JOIN entities e ON e.id = m.entity"
                + " ORDER BY m.doc, m.start, m.id",
            Rows.record(NamedMention.class))) {
      out.computeIfAbsent(m.doc(), k -> new ArrayList<>()).add(m);
    }
    return out;
  }

  /**
   * A dated statement for the timeline: the date expression, its sentence, and the entities (names)
   * mentioned in that sentence.
   */
  public record TimelineItem(StoredDate date, List<String> entities) {}

  /**
   * The timeline: every date expression, ordered by value (earliest day, latest day, then text;
   * expressions without a value last), then document and position. With {@code entity}, only
   * sentences that mention it: a mention whose entity has that name or any mention of it has that
   * form, or an unlinked mention of that form (case-insensitive). With {@code from}/{@code to},
   * only values that lie within the range: from the first day {@code from} can mean to the last day
   * {@code to} can mean ("1934" is not within 1934-12, "1934-12-17" is).
   */
  public List<TimelineItem> timeline(
      String entity, org.sverka.time.Edtf from, org.sverka.time.Edtf to) throws SQLException {
    Map<String, List<NamedMention>> mentions = mentions();
    java.util.Set<String> wanted = new java.util.HashSet<>();
    if (entity != null) {
      for (List<NamedMention> list : mentions.values()) {
        for (NamedMention m : list) {
          if (m.entity() != null
              && (m.form().equalsIgnoreCase(entity)
                  || (m.entityName() != null && m.entityName().equalsIgnoreCase(entity)))) {
            wanted.add(m.entity());
          }
        }
      }
      try (Statement st = db.createStatement();
          ResultSet rs = st.executeQuery("SELECT id, name FROM entities")) {
        while (rs.next()) {
          if (rs.getString(2).equalsIgnoreCase(entity)) {
            wanted.add(rs.getString(1));
          }
        }
      }
    }
    List<TimelineItem> out = new ArrayList<>();
    for (StoredDate d : dates()) {
      List<String> names = new ArrayList<>();
      boolean hit = entity == null;
      for (NamedMention m : mentions.getOrDefault(d.doc(), List.of())) {
        if (m.span().start() < d.sentenceStart() || m.span().end() > d.sentenceEnd()) {
          continue;
        }
        String n = m.entityName() != null ? m.entityName() : m.form();
        if (!names.contains(n)) {
          names.add(n);
        }
        if (entity != null
            && (m.entity() != null
                ? wanted.contains(m.entity())
                : m.form().equalsIgnoreCase(entity))) {
          hit = true;
        }
      }
      if (!hit) {
        continue;
      }
      if (from != null || to != null) {
        org.sverka.time.Edtf v =
            d.value() == null ? null : org.sverka.time.Edtf.tryParse(d.value()).orElse(null);
        if (v == null
            || (from != null && v.earliest().isBefore(from.earliest()))
            || (to != null && v.latest().isAfter(to.latest()))) {
          continue;
        }
      }
      out.add(new TimelineItem(d, List.copyOf(names)));
    }
    out.sort(
        (a, b) -> {
          org.sverka.time.Edtf va =
              a.date().value() == null
                  ? null
                  : org.sverka.time.Edtf.tryParse(a.date().value()).orElse(null);
          org.sverka.time.Edtf vb =
              b.date().value() == null
                  ? null
                  : org.sverka.time.Edtf.tryParse(b.date().value()).orElse(null);
          int c;
          if (va == null || vb == null) {
            c = va == null ? (vb == null ? 0 : 1) : -1;
          } else {
            c = va.compareTo(vb);
          }
          if (c == 0) {
            c = a.date().doc().compareTo(b.date().doc());
          }
          return c != 0 ? c : Integer.compare(a.date().start(), b.date().start());
        });
    return out;
  }
}
