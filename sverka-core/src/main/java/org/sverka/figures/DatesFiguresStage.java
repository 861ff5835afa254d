package org.sverka.figures;

import java.sql.SQLException;
import java.util.ArrayList;
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
  public static final String VERSION = "1";

  /** What a run found. */
  public record Counts(int dates, int figures, int checks) {}

  public Counts run(CaseFile cf) throws SQLException {
    DateFigureTables tables = new DateFigureTables(cf);
    List<DateFigureTables.DateRow> dates = new ArrayList<>();
    List<DateFigureTables.FigureRow> figures = new ArrayList<>();
    List<DateFigureTables.CheckRow> checks = new ArrayList<>();
    FigureFinder finder = new FigureFinder();
    FigureChecker checker = new FigureChecker();
    for (String id : cf.documentIds()) {
      StoredDocument d = cf.document(id, true).orElseThrow();
      String text = d.text();
      LineMap lines = LineMap.of(text);
      List<FigureChecker.Sentence> paragraph = new ArrayList<>();
      int paragraphNo = -1;
      Part lastPart = null;
      String fallbackYear = null;
      for (SentenceRow s : tables.sentences(id)) {
        if (s.paragraph() != paragraphNo) {
          checkParagraph(checker, paragraph, id, lines, checks);
          paragraph = new ArrayList<>();
          paragraphNo = s.paragraph();
        }
        int line = lines.lineOf(s.start());
        Part part = d.partOf(line);
        if (part != lastPart) {
          fallbackYear = null;
          lastPart = part;
        }
        String statementDate = part != null && part.date() != null ? part.date() : d.meta().date();
        FlatText flat = FlatText.of(text, s.start(), s.end());
        List<DateExpression> found = DateText.findAll(flat, statementDate, fallbackYear);
        for (DateExpression e : found) {
          dates.add(
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
          figures.add(
              new DateFigureTables.FigureRow(
                  id,
                  lines.lineOf(f.start()),
                  lines.lineOf(Math.max(f.start(), f.end() - 1)),
                  s.ord(),
                  f));
        }
        paragraph.add(new FigureChecker.Sentence(flat.text(), figs));
      }
      checkParagraph(checker, paragraph, id, lines, checks);
    }
    tables.replace(dates, figures, checks);
    return new Counts(dates.size(), figures.size(), checks.size());
  }

  private static void checkParagraph(
      FigureChecker checker,
      List<FigureChecker.Sentence> paragraph,
      String doc,
      LineMap lines,
      List<DateFigureTables.CheckRow> out) {
    if (paragraph.stream().allMatch(s -> s.figures().isEmpty())) {
      return;
    }
    for (Check c : checker.check(paragraph)) {
      out.add(
          new DateFigureTables.CheckRow(
              doc, lines.lineOf(c.start()), lines.lineOf(Math.max(c.start(), c.end() - 1)), c));
    }
  }
}
