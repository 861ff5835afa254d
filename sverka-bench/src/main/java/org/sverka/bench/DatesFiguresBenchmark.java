package org.sverka.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.sverka.pipeline.Analyzer;
import org.sverka.stage.DatesFiguresStage;
import org.sverka.store.CaseFile;

/**
 * What the dates-and-figures stage costs within {@code sverka analyze}: complete analyze runs of a
 * corpus into fresh case folders, the stage's share timed by the Analyzer's stage callbacks (the
 * stage is the last one, so it runs from its callback to the end of the run), and the stage alone
 * run again on the analysed case. Prints a Markdown table with medians.
 *
 * <p>Usage: {@code DatesFiguresBenchmark CORPUS_DIR [RUNS]}.
 */
public final class DatesFiguresBenchmark {
  private DatesFiguresBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<long[]> rows = new ArrayList<>();
    DatesFiguresStage.Counts counts = null;
    for (int r = 0; r < runs + 1; r++) {
      Path dir = Files.createTempDirectory("sverka-dates-bench");
      long[] stageStart = {0};
      Analyzer.Listener listener =
          new Analyzer.Listener() {
            @Override
            public void stage(String name) {
              if (name.startsWith("finding dates")) {
                stageStart[0] = System.nanoTime();
              }
            }
          };
      long t0 = System.nanoTime();
      try (CaseFile cf = CaseFile.open(dir)) {
        new Analyzer(listener)
            .run(
                cf,
                new Analyzer.Options(
                    List.of(corpus), null, Analyzer.Options.DEFAULT_MAX_FILE_BYTES, 2));
      }
      long t1 = System.nanoTime();
      long alone;
      try (CaseFile cf = CaseFile.open(dir)) {
        long a = System.nanoTime();
        counts = new DatesFiguresStage().run(cf);
        alone = System.nanoTime() - a;
      }
      if (r > 0) { // the first run warms the JVM
        rows.add(new long[] {t1 - t0, t1 - stageStart[0], alone});
      }
      try (Stream<Path> w = Files.walk(dir)) {
        w.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    double total = median(rows, 0);
    double stage = median(rows, 1);
    double alone = median(rows, 2);
    System.out.println(
        "| corpus | runs | analyze total s | dates+figures stage s | rest of analyze s |"
            + " stage / rest | stage alone s | dates | figures | checks |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    System.out.printf(
        java.util.Locale.ROOT,
        "| %s | %d | %.2f | %.3f | %.2f | %.3f | %.3f | %d | %d | %d |%n",
        corpus.getFileName(),
        rows.size(),
        total,
        stage,
        total - stage,
        stage / (total - stage),
        alone,
        counts.dates(),
        counts.figures(),
        counts.checks());
  }

  private static double median(List<long[]> rows, int col) {
    double[] v = rows.stream().mapToDouble(x -> x[col] / 1e9).toArray();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
