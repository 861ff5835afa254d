package org.sverka.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.sverka.query.CaseQueries;
import org.sverka.store.DateFigureTables.StoredDate;
import org.sverka.store.DateFigureTables.TimelineItem;
import org.sverka.time.Edtf;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sverka timeline}: every date expression of the case, in time order. */
@Command(
    name = "timeline",
    description = {
      "List every date written in the documents of a case, in time order, each with its EDTF value,"
          + " the date of the statement it is in, its sentence and the entities named there.",
      "%nDates without a year are resolved against the statement date (the date of the part);"
          + " dates relative to an event are listed with the event and no value, after the others."
    },
    mixinStandardHelpOptions = true)
final class TimelineCommand implements Callable<Integer> {
  @Mixin CaseOptions opts;

  @Option(
      names = "--entity",
      paramLabel = "NAME",
      description = "Only sentences naming this entity (any of its written forms).")
  String entity;

  @Option(
      names = "--from",
      paramLabel = "EDTF",
      description =
          "Only dates that lie entirely on or after this date (EDTF: 1934, 1934-12, 1934-12-01).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "EDTF",
      description = "Only dates that lie entirely on or before this date (EDTF).")
  String to;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  private Edtf edtf(String option, String value) {
    if (value == null) {
      return null;
    }
    try {
      return Edtf.parse(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          option + ": '" + value + "' is not a date; accepted forms: " + Edtf.FORMS);
    }
  }

  @Override
  public Integer call() throws Exception {
    Edtf f = edtf("--from", from);
    Edtf t = edtf("--to", to);
    PrintWriter out = opts.out();
    try (CaseQueries q = CaseQueries.open(opts.caseDir)) {
      List<TimelineItem> items = q.timeline(entity, f, t);
      org.sverka.json.Texts texts = new org.sverka.json.Texts(q.caseFile());
      switch (opts.format) {
        case json -> {
          Output.json(out, org.sverka.json.DatesFiguresJson.timeline(items, texts));
        }
        case csv -> {
          Output.csv(
              out,
              List.of(
                  "doc",
                  "line",
                  "text",
                  "value",
                  "kind",
                  "event",
                  "statementDate",
                  "entities",
                  "sentence"));
          for (TimelineItem i : items) {
            StoredDate d = i.date();
            Output.csv(
                out,
                Arrays.asList(
                    d.doc(),
                    d.lineStart(),
                    d.text(),
                    d.value(),
                    d.kind(),
                    d.event(),
                    d.statementDate(),
                    String.join("; ", i.entities()),
                    sentence(d, texts)));
          }
        }
        case text -> {
          for (TimelineItem i : items) {
            StoredDate d = i.date();
            String s = sentence(d, texts);
            out.printf(
                "%-23s %-28s %s%s%n    %s%n",
                d.value() == null ? "(" + d.kind().toLowerCase() + ")" : d.value(),
                Spans.cite(d.doc(), d.lineStart(), d.lineEnd()),
                "\u201c" + d.text() + "\u201d",
                (d.event() == null ? "" : "  relative to: " + d.event())
                    + (d.statementDate() == null ? "" : "  (statement " + d.statementDate() + ")")
                    + (i.entities().isEmpty() ? "" : "  [" + String.join(", ", i.entities()) + "]"),
                s.length() > 160 ? s.substring(0, 157) + "\u2026" : s);
          }
          out.printf("%d dates.%n", items.size());
        }
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  static String sentence(StoredDate d, org.sverka.json.Texts texts) throws Exception {
    return org.sverka.json.DatesFiguresJson.sentence(d, texts);
  }
}
