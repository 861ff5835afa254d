package org.sverka.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sverka.eval.Evaluation;
import org.sverka.eval.Gold;
import org.sverka.eval.Measure;
import org.sverka.eval.Thresholds;
import org.sverka.query.CaseQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sverka eval}: a case scored against a hand-made gold folder (docs/gold.md). */
@Command(
    name = "eval",
    description = {
      "Score a case against a gold folder (variants.tsv, quotes.tsv, dates.tsv, checks.tsv,"
          + " figures.tsv; see docs/gold.md): one table of measures, each found/total.",
      "%nA bad gold record is printed on stderr as FILE:LINE: problem and left out; the rest is"
          + " scored."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:scored",
      "1:a gold or threshold record could not be read, or --fail-under's bounds are not met"
          + " (each printed on stderr)",
      "2:usage error"
    },
    mixinStandardHelpOptions = true)
final class EvalCommand implements Callable<Integer> {
  @Mixin CaseOptions opts;

  @Option(names = "--gold", paramLabel = "DIR", required = true, description = "The gold folder.")
  Path goldDir;

  @Option(
      names = "--fail-under",
      paramLabel = "FILE",
      description =
          "A thresholds file (measure<TAB>min|max<TAB>ratio, as gold/NAME/thresholds.tsv): exit 1"
              + " when a bound is not met.")
  Path thresholdsFile;

  @Option(
      names = "--misses",
      description = "Text format: after the table, list what each measure did not count.")
  boolean misses;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(goldDir)) {
      throw new BadInputException(goldDir + ": no such gold folder");
    }
    Thresholds thresholds = thresholds();
    Gold gold;
    try {
      gold = Gold.read(goldDir);
    } catch (java.io.IOException e) {
      throw new BadInputException(e.getMessage());
    }
    Evaluation e;
    try (CaseQueries q = CaseQueries.open(opts.caseDir)) {
      e = q.score(gold);
    }
    List<String> unmet = thresholds == null ? List.of() : thresholds.unmet(e);
    PrintWriter out = opts.out();
    switch (opts.format) {
      case json -> Output.json(out, json(e, thresholds, unmet));
      case csv -> csv(out, e);
      default -> text(out, e);
    }
    out.flush();
    printErrors(opts.err(), e, thresholds, unmet);
    boolean bad =
        !e.goldErrors().isEmpty()
            || thresholds != null && (!thresholds.errors().isEmpty() || !unmet.isEmpty());
    return bad ? ExitCodes.BAD_INPUT : ExitCodes.OK;
  }

  /** The --fail-under file's bounds, or null without one. */
  private Thresholds thresholds() throws java.io.IOException {
    if (thresholdsFile == null) {
      return null;
    }
    if (!Files.isRegularFile(thresholdsFile)) {
      throw new BadInputException(thresholdsFile + ": no such thresholds file");
    }
    return Thresholds.read(thresholdsFile);
  }

  private Map<String, Object> json(Evaluation e, Thresholds thresholds, List<String> unmet) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("gold", goldDir.toString());
    List<Object> ms = new ArrayList<>();
    for (Measure x : e.measures()) {
      Map<String, Object> mm = new LinkedHashMap<>();
      mm.put("measure", x.name());
      mm.put("found", x.found());
      mm.put("total", x.total());
      mm.put("ratio", x.ratio() == null ? null : Math.round(x.ratio() * 1000) / 1000.0);
      mm.put("lowerIsBetter", x.lowerIsBetter());
      mm.put("misses", x.misses());
      ms.add(mm);
    }
    m.put("measures", ms);
    m.put("goldErrors", e.goldErrors());
    if (thresholds != null) {
      m.put("unmet", unmet);
    }
    return m;
  }

  private static void csv(PrintWriter out, Evaluation e) {
    Output.csv(out, List.of("measure", "found", "total", "ratio"));
    for (Measure x : e.measures()) {
      Output.csv(
          out,
          java.util.Arrays.asList(
              x.name(),
              x.found(),
              x.total(),
              x.ratio() == null ? null : String.format(java.util.Locale.ROOT, "%.3f", x.ratio())));
    }
  }

  private void text(PrintWriter out, Evaluation e) {
    out.print(e.table());
    if (misses) {
      for (Measure x : e.measures()) {
        if (!x.misses().isEmpty()) {
          out.printf("%n%s (%s):%n", x.name(), x.lowerIsBetter() ? "errors" : "not counted");
          x.misses().forEach(s -> out.println("  " + s));
        }
      }
    }
  }

  /** The gold's and the thresholds' bad records, and the bounds not met, on stderr. */
  private void printErrors(
      PrintWriter err, Evaluation e, Thresholds thresholds, List<String> unmet) {
    for (String s : e.goldErrors()) {
      err.println(goldDir.resolve(s));
    }
    if (thresholds != null) {
      for (String s : thresholds.errors()) {
        err.println(thresholdsFile.resolveSibling(s));
      }
      for (String s : unmet) {
        err.println("below threshold: " + s);
      }
    }
    err.flush();
  }
}
