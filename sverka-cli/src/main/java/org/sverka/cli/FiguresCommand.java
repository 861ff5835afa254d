package org.sverka.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sverka.json.DatesFiguresJson;
import org.sverka.query.CaseQueries;
import org.sverka.store.DateFigureTables.StoredCheck;
import org.sverka.store.DateFigureTables.StoredFigure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sverka figures}: the figures stated in the case and the checks of their arithmetic. */
@Command(
    name = "figures",
    description = {
      "List the checks of the figures stated in the documents of a case (inconsistencies first),"
          + " and with --all every figure.",
      "%nChecks: PERCENT_CHANGE, RATIO, PARTS_OF_TOTAL, SHARES, PRODUCT and COLUMN_TOTAL (tables);"
          + " verdicts CONSISTENT, INCONSISTENT"
          + " (with the computed value, the stated value and the tolerance of its rounding),"
          + " UNCHECKABLE.",
      "JSON and CSV always hold every figure and every check."
    },
    mixinStandardHelpOptions = true)
final class FiguresCommand implements Callable<Integer> {
  @Mixin CaseOptions opts;

  @Mixin DocFilter only;

  @Option(names = "--all", description = "Text format: list every figure too.")
  boolean all;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = opts.out();
    try (CaseQueries q = CaseQueries.open(opts.caseDir)) {
      q.requireDocument(only.doc);
      DatesFiguresJson.Selection sel = DatesFiguresJson.select(q, only.doc);
      switch (opts.format) {
        case json -> Output.json(out, DatesFiguresJson.figures(sel));
        case csv -> csv(out, sel.figures(), sel.checks());
        case text -> text(out, sel.figures(), sel.checks());
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static final List<String> CSV_HEADER =
      List.of(
          "record",
          "doc",
          "lineStart",
          "lineEnd",
          "text",
          "value",
          "high",
          "unit",
          "relation",
          "qualifier",
          "change",
          "measure",
          "period",
          "kind",
          "verdict",
          "stated",
          "computed",
          "tolerance",
          "explanation");

  /** One table of both records: a check leaves the figure's columns empty, a figure the check's. */
  private static void csv(PrintWriter out, List<StoredFigure> figures, List<StoredCheck> checks) {
    Output.csv(out, CSV_HEADER);
    List<Object> noFigure = java.util.Collections.nCopies(9, null);
    List<Object> noCheck = java.util.Collections.nCopies(6, null);
    for (StoredCheck c : checks) {
      List<Object> row =
          new ArrayList<>(Arrays.asList("check", c.doc(), c.lineStart(), c.lineEnd()));
      row.addAll(noFigure);
      row.addAll(
          Arrays.asList(
              c.kind(), c.verdict(), c.stated(), c.computed(), c.tolerance(), c.explanation()));
      Output.csv(out, row);
    }
    for (StoredFigure f : figures) {
      List<Object> row =
          new ArrayList<>(
              Arrays.asList(
                  "figure",
                  f.doc(),
                  f.lineStart(),
                  f.lineEnd(),
                  f.text(),
                  f.value().toPlainString(),
                  f.high() == null ? null : f.high().toPlainString(),
                  f.unit(),
                  f.relation(),
                  f.qualifier(),
                  f.change(),
                  f.measure(),
                  f.period()));
      row.addAll(noCheck);
      Output.csv(out, row);
    }
  }

  private void text(PrintWriter out, List<StoredFigure> figures, List<StoredCheck> checks) {
    Map<String, Integer> counts = new java.util.TreeMap<>();
    for (StoredCheck c : checks) {
      counts.merge(c.verdict(), 1, Integer::sum);
      out.printf(
          "%-12s %-14s %s%n    %s%n",
          c.verdict(), c.kind(), Spans.cite(c.doc(), c.lineStart(), c.lineEnd()), c.explanation());
    }
    if (all) {
      for (StoredFigure f : figures) {
        out.printf(
            "%-28s %-24s %s%s%s%n",
            Spans.cite(f.doc(), f.lineStart(), f.lineEnd()),
            "\u201c" + f.text() + "\u201d",
            f.value().toPlainString()
                + (f.high() == null ? "" : "\u2013" + f.high().toPlainString())
                + (f.unit() == null ? "" : " " + f.unit())
                + (f.relation() == null ? "" : " of " + f.relation()),
            f.measure() == null ? "" : "  measure: " + f.measure(),
            f.period() == null ? "" : "  period: " + f.period());
      }
    }
    out.printf(
        "%d figures, %d checks: %d inconsistent, %d uncheckable, %d consistent.%n",
        figures.size(),
        checks.size(),
        counts.getOrDefault("INCONSISTENT", 0),
        counts.getOrDefault("UNCHECKABLE", 0),
        counts.getOrDefault("CONSISTENT", 0));
  }
}
