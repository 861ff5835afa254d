package org.sverka.cli;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sverka.json.CaseJson;
import org.sverka.json.Texts;
import org.sverka.query.CaseQueries;
import org.sverka.quotes.Verdict;
import org.sverka.store.StoredQuotation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sverka quotes}: every quotation in the case, with its source and verdicts. */
@Command(
    name = "quotes",
    resourceBundle = "org.sverka.cli.QuotesCommand",
    description = {
      "List the quotations in the documents of a case, with where each comes from and how it was changed.",
      "%nVerdicts: VERBATIM, VARIANT_WORDING, ABRIDGED_MARKED, ABRIDGED_UNMARKED, INTERPOLATED,"
          + " CUT_BEFORE_QUALIFIER, MISATTRIBUTED, NOT_FOUND."
    },
    mixinStandardHelpOptions = true)
final class QuotesCommand implements Callable<Integer> {
  @Mixin CaseOptions opts;

  @Mixin DocFilter only;

  @Option(
      names = "--verdict",
      paramLabel = "VERDICT",
      description = "Only quotations with this verdict (may be repeated).")
  List<Verdict> verdicts;

  @Option(names = "--found", description = "Only quotations whose source is in the corpus.")
  boolean found;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = opts.out();
    try (CaseQueries q = CaseQueries.open(opts.caseDir)) {
      List<StoredQuotation> list =
          q.quotations(
              only.doc,
              verdicts == null ? null : verdicts.stream().map(Verdict::name).toList(),
              found);
      Texts texts = new Texts(q.caseFile());
      switch (opts.format) {
        case json -> Output.jsonArray(out, list, x -> CaseJson.quotation(x, texts));
        case csv -> Output.csvTable(out, CSV_HEADER, list, x -> csvRow(x, texts));
        case text -> text(out, list, texts);
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static final List<String> CSV_HEADER =
      List.of(
          ("id doc lineStart lineEnd attributedTo work sourceDoc sourceLineStart sourceLineEnd"
                  + " verdicts explanation text")
              .split(" "));

  private static List<Object> csvRow(StoredQuotation q, Texts texts) throws SQLException {
    Map<String, Object> best = CaseJson.best(q);
    return java.util.Arrays.asList(
        q.id(),
        q.doc(),
        q.lineStart(),
        q.lineEnd(),
        q.attributedTo(),
        q.work(),
        best == null ? null : best.get("doc"),
        best == null ? null : best.get("lineStart"),
        best == null ? null : best.get("lineEnd"),
        String.join(" ", q.verdicts()),
        q.explanation(),
        texts.of(q.doc()).substring(q.span().start(), q.span().end()));
  }

  private static void text(PrintWriter out, List<StoredQuotation> list, Texts texts)
      throws SQLException {
    for (StoredQuotation q : list) {
      String t =
          texts.of(q.doc()).substring(q.span().start(), q.span().end()).replaceAll("\\s+", " ");
      out.printf(
          "#%d  %s  %s%s%n    \u201c%s\u201d%n    %s%n%n",
          q.id(),
          Spans.cite(q.doc(), q.lineStart(), q.lineEnd()),
          String.join(" ", q.verdicts()),
          q.attributedTo() == null ? "" : "  (attributed to " + q.attributedTo() + ")",
          t.length() > 160 ? t.substring(0, 157) + "…" : t,
          q.explanation());
    }
    out.printf("%d quotations.%n", list.size());
  }
}
