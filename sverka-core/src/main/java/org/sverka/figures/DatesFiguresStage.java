package org.sverka.figures;

import java.sql.SQLException;
import java.util.List;
import org.sverka.document.Part;
import org.sverka.store.CaseFile;
import org.sverka.store.DateFigureTables;
import org.sverka.store.DateFigureTables.SentenceRow;
import org.sverka.store.StoredDocument;
import org.sverka.text.FlatText;
import org.sverka.text.LineMap;
import org.sverka.time.DateExpression;
import org.sverka.time.DateText;

/**
 * The dates-and-figures stage of {@code sverka analyze}: reads every sentence of every document
 * (boilerplate excepted) from the case file, finds its date expressions (resolved against the
 * statement date: the date of the part the sentence is in, else the document's date) and its
 * figures, checks the figures' arithmetic paragraph by paragraph, and stores all three, replacing
 * what an earlier run stored.
 */
public final class DatesFiguresStage {
  /** Bump when date finding, figure finding or checking changes its output. */
  public static final String VERSION =
      "2"; // 2: every date value is EDTF (years before 1000, after 9999)

  /** What a run found. */
  public record Counts(int dates, int figures, int checks) {}

  /**
   * A "sentence" longer than this (a one-line dump the segmenter could not split) is read in pieces
   * of at most this many characters, cut at white space, so that the work stays linear.
   */
  static final int MAX_CHUNK = 4000;

  public Counts run(CaseFile cf) throws SQLException {
    DateFigureTables tables = new DateFigureTables(cf);
    FigureFinder finder = new FigureFinder();
    FigureChecker checker = new FigureChecker();
    try (DateFigureTables.Writer out = tables.begin()) {
      for (String id : cf.documentIds()) {
        StoredDocument d = cf.document(id, true).orElseThrow();
        String text = d.text();
        LineMap lines = LineMap.of(text);
        FigureChecker.Sentence previous = null;
        int paragraphNo = -1;
        Part lastPart = null;
        String fallbackYear = null;
        for (SentenceRow s : tables.sentences(id)) {
          if (s.paragraph() != paragraphNo) {
            forget(out, previous);
            previous = null;
            paragraphNo = s.paragraph();
          }
          int line = lines.lineOf(s.start());
          Part part = d.partOf(line);
          if (part != lastPart) {
            fallbackYear = null;
            lastPart = part;
          }
          String statementDate =
              part != null && part.date() != null ? part.date() : d.meta().date();
          for (int from = s.start(); from < s.end(); ) {
            int to = chunkEnd(text, from, s.end());
            FlatText flat = FlatText.of(text, from, to);
            from = to;
            List<DateExpression> found = DateText.findAll(flat, statementDate, fallbackYear);
            for (DateExpression e : found) {
              out.date(
                  new DateFigureTables.DateRow(
                      id,
                      lines.lineOf(e.start()),
                      lines.lineOf(Math.max(e.start(), e.end() - 1)),
                      s,
                      statementDate,
                      e));
              if (!e.anchored() && e.value() != null && e.kind() != DateExpression.Kind.DECADE) {
                fallbackYear = e.value().substring(0, 4);
              }
            }
            List<Figure> figs = finder.find(flat, found);
            for (Figure f : figs) {
              out.figure(
                  new DateFigureTables.FigureRow(
                      id,
                      lines.lineOf(f.start()),
                      lines.lineOf(Math.max(f.start(), f.end() - 1)),
                      s.ord(),
                      f));
            }
            FigureChecker.Sentence current = new FigureChecker.Sentence(flat.text(), figs);
            for (Check c : checker.check(previous, current)) {
              out.check(
                  new DateFigureTables.CheckRow(
                      id,
                      lines.lineOf(c.start()),
                      lines.lineOf(Math.max(c.start(), c.end() - 1)),
                      c));
            }
            forget(out, previous);
            previous = current;
          }
        }
        forget(out, previous);
      }
      out.commit();
      int[] n = out.counts();
      return new Counts(n[0], n[1], n[2]);
    }
  }

  private static void forget(DateFigureTables.Writer out, FigureChecker.Sentence s) {
    if (s != null) {
      out.forget(s.figures());
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
