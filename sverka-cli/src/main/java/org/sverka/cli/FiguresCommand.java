package org.sverka.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sverka.store.CaseFile;
import org.sverka.store.DateFigureTables;
import org.sverka.store.DateFigureTables.StoredCheck;
import org.sverka.store.DateFigureTables.StoredFigure;
import org.sverka.store.DocumentTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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

  @Option(names = "--doc", paramLabel = "ID", description = "Only this document.")
  String doc;

  @Option(names = "--all", description = "Text format: list every figure too.")
  boolean all;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (CaseFile cf = CaseFile.openExisting(opts.caseDir)) {
      if (doc != null && new DocumentTables(cf).document(doc, false).isEmpty()) {
        throw new BadInputException(ShowCommand.noSuchDocument(doc, cf));
      }
      org.sverka.json.DatesFiguresJson.Selection sel =
          org.sverka.json.DatesFiguresJson.select(new DateFigureTables(cf), doc);
      List<StoredFigure> figures = sel.figures();
      List<StoredCheck> checks = sel.checks();
      switch (opts.format) {
        case json -> {
          Output.json(out, org.sverka.json.DatesFiguresJson.figures(sel));
        }
        case csv -> {
          Output.csv(
              out,
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
                  "explanation"));
          for (StoredCheck c : checks) {
            Output.csv(
                out,
                Arrays.asList(
                    "check",
                    c.doc(),
                    c.lineStart(),
                    c.lineEnd(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    c.kind(),
                    c.verdict(),
                    c.stated(),
                    c.computed(),
                    c.tolerance(),
                    c.explanation()));
          }
          for (StoredFigure f : figures) {
            Output.csv(
                out,
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
                    f.period(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
          }
        }
        case text -> {
          Map<String, Integer> counts = new java.util.TreeMap<>();
          for (StoredCheck c : checks) {
            counts.merge(c.verdict(), 1, Integer::sum);
            out.printf(
                "%-12s %-14s %s%n    %s%n",
                c.verdict(),
                c.kind(),
                Spans.cite(c.doc(), c.lineStart(), c.lineEnd()),
                c.explanation());
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
    }
    out.flush();
    return ExitCodes.OK;
  }
}
