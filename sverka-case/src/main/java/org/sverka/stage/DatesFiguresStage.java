package org.sverka.stage;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sverka.Sverka;
import org.sverka.document.Part;
import org.sverka.figures.Check;
import org.sverka.figures.Figure;
import org.sverka.figures.FigureChecker;
import org.sverka.figures.FigureFinder;
import org.sverka.figures.TableFinder;
import org.sverka.store.CaseFile;
import org.sverka.store.DateFigureTables;
import org.sverka.store.DateFigureTables.SentenceRow;
import org.sverka.store.DocumentTables;
import org.sverka.store.StoredDocument;
import org.sverka.text.Cited;
import org.sverka.text.FlatText;
import org.sverka.text.LineMap;
import org.sverka.time.DateExpression;
import org.sverka.time.DateText;

/**
 * The dates-and-figures stage of {@code sverka analyze}: reads every sentence of every document
 * (boilerplate excepted) from the case file, finds its date expressions (resolved against the
 * statement date: the date of the part the sentence is in, else the document's date) and its
 * figures, checks the figures' arithmetic paragraph by paragraph and in the tables of figures of
 * its lines ({@link TableFinder}: products along rows, totals down columns), and stores all three,
 * replacing what an earlier run stored.
 */
public final class DatesFiguresStage implements Stage {
  /** Bump when date finding, figure finding or checking changes its output. */
  // 2: table checks, number words, dates in words; 3: every date value is EDTF (years before
  // 1000 with four digits, none past 9999); 4: shillings and pence begin at their digit; 5: years
  // BC, Olympiads,
  // "to-morrow", weekdays, the year of the narrative and of "that year"; 6: plural nouns as
  // units, fourths; 7: Attic months; 8: relations stated in words ("N to one", "its double",
  // "twice as many ..., and N over", "N more than" a figure earlier in the paragraph), a
  // paragraph's stated total with its parts in later sentences; 9: markup seen through, older
  // month abbreviations, Old Style years, regnal years, numbered months, an editor's notes read in
  // the document's time, capitalised and singular units of older English
  public static final String VERSION = "9";

  /** A paragraph number before any (no year written yet in the part). */
  private static final int NO_PARAGRAPH = -1_000_000;

  /** What a run found. */
  public record Counts(int dates, int figures, int checks) {}

  /**
   * A "sentence" longer than this (a one-line dump the segmenter could not split) is read in pieces
   * of at most this many characters, cut at white space, so that the work stays linear.
   */
  static final int MAX_CHUNK = 4000;

  @Override
  public String name() {
    return "dates-figures";
  }

  @Override
  public String message() {
    return "finding dates and figures";
  }

  @Override
  public String stamp(StageContext context) throws SQLException {
    return "dates-figures:" + VERSION + ":" + Sverka.ANALYSIS_VERSION + ":" + context.corpusStamp();
  }

  @Override
  public void run(StageContext context, String stamp) throws SQLException {
    run(context.caseFile());
  }

  public Counts run(CaseFile cf) throws SQLException {
    DateFigureTables tables = new DateFigureTables(cf);
    FigureFinder finder = new FigureFinder();
    FigureChecker checker = new FigureChecker();
    try (DateFigureTables.Writer out = tables.begin()) {
      for (String id : new DocumentTables(cf).documentIds()) {
        StoredDocument d = new DocumentTables(cf).document(id, true).orElseThrow();
        String text = d.text();
        LineMap lines = LineMap.of(text);
        List<SentenceRow> sentences = tables.sentences(id);
        List<Figure> docFigures = new ArrayList<>();
        Paragraph paragraph = new Paragraph();
        int paragraphNo = -1;
        Part lastPart = null;
        String fallbackYear = null;
        String docDate = d.meta().date();
        int yearParagraph = NO_PARAGRAPH; // the paragraph fallbackYear was last used in
        for (SentenceRow s : sentences) {
          if (s.paragraph() != paragraphNo) {
            paragraph.end(out, id, lines, checker);
            paragraph = new Paragraph();
            paragraphNo = s.paragraph();
          }
          int line = lines.lineOf(s.span().start());
          Part part = d.partOf(line);
          if (part != lastPart) {
            fallbackYear = null;
            yearParagraph = NO_PARAGRAPH;
            lastPart = part;
          }
          String statementDate =
              part != null && part.date() != null ? part.date() : d.meta().date();
          for (int from = s.span().start(); from < s.span().end(); ) {
            int to = chunkEnd(text, from, s.span().end());
            FlatText flat = FlatText.of(text, from, to);
            from = to;
            boolean near = s.paragraph() - yearParagraph <= 1;
            List<DateExpression> found =
                DateText.findAll(flat, statementDate, fallbackYear, near, docDate);
            for (DateExpression e : found) {
              out.date(
                  new DateFigureTables.DateRow(Cited.of(id, e.span(), lines), s, statementDate, e));
              String year = e.value() == null ? null : DateText.yearOf(e.value());
              if (year == null || e.kind() == DateExpression.Kind.DECADE) {
                continue;
              }
              if (!e.anchored()) {
                // a year alone ("a member since 1926") is a fact's; a day, month or season with
                // its year ("in the spring of 1928") puts the narrative in that year
                boolean narrates =
                    e.value().length() > year.length() && e.value().charAt(year.length()) == '-';
                yearParagraph =
                    narrates
                        ? s.paragraph()
                        : year.equals(fallbackYear) ? yearParagraph : NO_PARAGRAPH;
                fallbackYear = year;
              } else if (near && year.equals(fallbackYear)) {
                yearParagraph = s.paragraph(); // the narrative stays in that year
              }
            }
            List<Figure> figs = finder.find(flat, found);
            docFigures.addAll(figs);
            for (Figure f : figs) {
              out.figure(new DateFigureTables.FigureRow(Cited.of(id, f.span(), lines), s.ord(), f));
            }
            paragraph.sentence(out, id, lines, checker, s, flat, figs, docFigures);
          }
        }
        paragraph.end(out, id, lines, checker);
        tables(out, id, text, lines, sentences, docFigures, finder, checker);
        out.forget(docFigures);
      }
      out.commit();
      int[] n = out.counts();
      return new Counts(n[0], n[1], n[2]);
    }
  }

  /** The sentences of the paragraph being read, and their checks stored as they come. */
  private static final class Paragraph {
    private final List<FigureChecker.Sentence> sentences = new ArrayList<>();
    private final List<Figure> earlier = new ArrayList<>(); // figures before the last sentence

    /** Checks a sentence (a piece of one) with the paragraph so far, and stores its checks. */
    void sentence(
        DateFigureTables.Writer out,
        String id,
        LineMap lines,
        FigureChecker checker,
        SentenceRow s,
        FlatText flat,
        List<Figure> figs,
        List<Figure> docFigures)
        throws SQLException {
      FigureChecker.Sentence previous =
          sentences.isEmpty() ? null : sentences.get(sentences.size() - 1);
      FigureChecker.Sentence current = new FigureChecker.Sentence(flat.text(), figs, flat);
      for (Check c : checker.check(previous, current, earlier)) {
        storeBare(out, id, lines, s, c, docFigures);
        out.check(new DateFigureTables.CheckRow(Cited.of(id, c.span(), lines), c));
      }
      if (previous != null) {
        earlier.addAll(previous.figures());
      }
      sentences.add(current);
    }

    /** Stores the checks of the paragraph's totals whose parts follow in later sentences. */
    void end(DateFigureTables.Writer out, String id, LineMap lines, FigureChecker checker)
        throws SQLException {
      if (sentences.size() < 2) {
        return;
      }
      for (Check c : checker.totalsAcross(sentences)) {
        out.check(new DateFigureTables.CheckRow(Cited.of(id, c.span(), lines), c));
      }
    }
  }

  /**
   * Stores the figures of a sentence's check that no finder gave (a bare number a relation in words
   * names, "just 117 ... 470 to one"), as figures of that sentence, so the check cites them.
   */
  private static void storeBare(
      DateFigureTables.Writer out,
      String id,
      LineMap lines,
      SentenceRow s,
      Check c,
      List<Figure> docFigures)
      throws SQLException {
    for (Figure f : c.figures()) {
      boolean known = false;
      for (Figure g : docFigures) {
        known |= g == f;
      }
      if (!known) {
        out.figure(new DateFigureTables.FigureRow(Cited.of(id, f.span(), lines), s.ord(), f));
        docFigures.add(f);
      }
    }
  }

  /**
   * The tables of figures of a document (a table is lines, not sentences: {@link TableFinder} reads
   * the original lines that lie in its stored sentences), their products and column totals checked.
   * A table's figure that the sentences gave already (the same value within its span) is that
   * figure; the others (bare numbers of a table) are stored as figures of their sentence.
   */
  private static void tables(
      DateFigureTables.Writer out,
      String id,
      String text,
      LineMap lines,
      List<SentenceRow> sentences,
      List<Figure> docFigures,
      FigureFinder finder,
      FigureChecker checker)
      throws SQLException {
    int[] starts = new int[sentences.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = sentences.get(i).span().start();
    }
    java.util.function.IntFunction<SentenceRow> sentenceAt =
        at -> {
          int i = java.util.Arrays.binarySearch(starts, at);
          i = i >= 0 ? i : -i - 2;
          return i >= 0 && at < sentences.get(i).span().end() ? sentences.get(i) : null;
        };
    List<TableFinder.Table> found =
        new TableFinder(finder).find(text, lines, at -> sentenceAt.apply(at) != null);
    if (found.isEmpty()) {
      return;
    }
    java.util.TreeMap<Integer, List<Figure>> byStart = new java.util.TreeMap<>();
    for (Figure f : docFigures) {
      byStart.computeIfAbsent(f.start(), k -> new ArrayList<>()).add(f);
    }
    java.util.Set<Figure> stored =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    stored.addAll(docFigures);
    for (TableFinder.Table t : found) {
      List<TableFinder.Row> rows = new ArrayList<>();
      for (TableFinder.Row r : t.rows()) {
        List<Figure> cells = new ArrayList<>();
        for (Figure c : r.cells()) {
          Figure known = c;
          for (List<Figure> list : byStart.headMap(c.start(), true).descendingMap().values()) {
            for (Figure f : list) {
              if (f.end() >= c.end() && f.value().compareTo(c.value()) == 0) {
                known = f;
              }
            }
            break; // only the figures that begin nearest before (or at) the cell
          }
          cells.add(known);
        }
        rows.add(
            new TableFinder.Row(
                r.line(),
                r.span(),
                r.label(),
                List.copyOf(cells),
                r.columns(),
                r.total(),
                r.productSign()));
      }
      for (Check c : checker.table(new TableFinder.Table(rows, t.productHeader()))) {
        // a table's number that is no figure of its sentence is stored when a check names it
        for (Figure f : c.figures()) {
          if (stored.add(f)) {
            SentenceRow s = sentenceAt.apply(f.start());
            out.figure(
                new DateFigureTables.FigureRow(
                    Cited.of(id, f.span(), lines), s == null ? -1 : s.ord(), f));
            docFigures.add(f);
          }
        }
        out.check(new DateFigureTables.CheckRow(Cited.of(id, c.span(), lines), c));
      }
    }
  }

  /**
   * Where the piece of {@code text} read from {@code from} ends: at white space, at most MAX_CHUNK
   * on.
   */
  static int chunkEnd(String text, int from, int end) {
    if (end - from <= MAX_CHUNK) {
      return end;
    }
    int limit = from + MAX_CHUNK;
    for (int i = limit; i > from + MAX_CHUNK / 2; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return limit;
  }
}
