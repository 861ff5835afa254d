package org.sverka.bench.reuse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sverka.reuse.Passage;
import org.sverka.reuse.ReuseDetector;

/**
 * Benchmark (b): whole-corpus time and heap of the reuse stage on written planted corpora (see
 * {@link PlantedCorpus#main}), all in this JVM, in the order given, so that ratios between them are
 * measured under the same conditions.
 *
 * <p>Per corpus and repetition, each stage after a {@code System.gc()}: {@code read} (files to
 * strings), {@code tokenise} ({@link ReuseRun#tokens}: paragraphs, normalisation, tokens, the
 * vocabulary; one thread, as the reuse stage does it), {@code detect} ({@link ReuseDetector#detect}
 * with default options, all cores). Then the detections are scored against {@code truth.json}.
 *
 * <p>{@code ScaleBenchmark [--reps 3] [--warmup 1] [--threads N] <corpus dir>...}: first {@code
 * warmup} untimed runs of the first corpus (so that the JIT's warm-up is not charged to it), then
 * {@code reps} runs of each corpus in turn; prints Markdown on stdout, ratios of medians.
 */
public final class ScaleBenchmark {
  private ScaleBenchmark() {}

  record Run(
      String corpus,
      long chars,
      int docs,
      long tokens,
      double read,
      double tokenise,
      double detect,
      double detectCpu,
      long peakTokenise,
      long peakDetect,
      long afterGc,
      int passages,
      PanMeasures.Scores scores) {
    double total() {
      return read + tokenise + detect;
    }
  }

  static Run run(Path dir, ReuseDetector.Options options) throws Exception {
    PlantedCorpus.Truth truth = PlantedCorpus.readTruth(dir);
    long t0 = System.nanoTime();
    List<PlantedCorpus.Doc> docs = PlantedCorpus.readDocs(dir);
    double read = (System.nanoTime() - t0) / 1e9;
    long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
    ReuseRun.Tokens tokens;
    long peakTokenise;
    long afterGc;
    try (HeapMeter m = HeapMeter.start()) {
      t0 = System.nanoTime();
      tokens = ReuseRun.tokens(docs);
      peakTokenise = m.peak();
      afterGc = m.afterGc();
    }
    double tokenise = (System.nanoTime() - t0) / 1e9;
    long nTokens = tokens.docs().stream().mapToLong(d -> d.size()).sum();
    List<Passage> passages;
    long peakDetect;
    long cpu0;
    try (HeapMeter m = HeapMeter.start()) {
      cpu0 = cpuNanos();
      t0 = System.nanoTime();
      passages = new ReuseDetector(options).detect(tokens.docs(), tokens.vocabulary());
      peakDetect = m.peak();
      afterGc = Math.max(afterGc, m.afterGc());
    }
    double detect = (System.nanoTime() - t0) / 1e9;
    double detectCpu = (cpuNanos() - cpu0) / 1e9;
    PanMeasures.Matching matching =
        PanMeasures.match(ReuseRun.truth(truth.cases()), ReuseRun.pairs(passages));
    PanMeasures.Scores scores = PanMeasures.score(matching);
    if (scores.f1() < 1 || scores.granularity() > 1) {
      System.err.print(ReuseRun.describe(matching, truth.cases(), docs, 3));
    }
    return new Run(
        dir.getFileName().toString(),
        chars,
        docs.size(),
        nTokens,
        read,
        tokenise,
        detect,
        detectCpu,
        peakTokenise,
        peakDetect,
        afterGc,
        passages.size(),
        scores);
  }

  static String header() {
    return "| corpus | MB | docs | tokens | cases | read s | tokenise s | detect s | detect CPU s |"
        + " total s | peak heap tokenise MB | peak heap detect MB | max heap after GC MB | passage F1 |"
        + " char F1 | granularity |\n"
        + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";
  }

  static String line(Run r) {
    return String.format(
        Locale.ROOT,
        "| %s | %.1f | %d | %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %d | %d | %d | %.3f | %.3f |"
            + " %.3f |",
        r.corpus(),
        r.chars() / 1e6,
        r.docs(),
        r.tokens(),
        r.scores().cases(),
        r.read(),
        r.tokenise(),
        r.detect(),
        r.detectCpu(),
        r.total(),
        r.peakTokenise() >> 20,
        r.peakDetect() >> 20,
        r.afterGc() >> 20,
        r.scores().f1(),
        r.scores().charF1(),
        r.scores().granularity());
  }

  public static void main(String[] args) throws Exception {
    int reps = 3;
    int warmup = 1;
    ReuseDetector.Options options = ReuseDetector.Options.defaults();
    List<Path> dirs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--reps" -> reps = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--threads" -> options = options.withThreads(Integer.parseInt(args[++i]));
        default -> dirs.add(Path.of(args[i]));
      }
    }
    System.err.printf(
        Locale.ROOT,
        "max heap %d MB, %d processors, detector threads %d%n",
        HeapMeter.maxHeap() >> 20,
        Runtime.getRuntime().availableProcessors(),
        options.threads());
    for (int w = 0; w < warmup && !dirs.isEmpty(); w++) {
      System.err.println("warm-up " + line(run(dirs.get(0), options)));
    }
    List<List<Run>> all = new ArrayList<>();
    for (Path dir : dirs) {
      List<Run> runs = new ArrayList<>();
      for (int rep = 0; rep < reps; rep++) {
        Run r = run(dir, options);
        System.err.println("rep " + (rep + 1) + " " + line(r));
        runs.add(r);
      }
      all.add(runs);
    }
    System.out.println(header());
    for (List<Run> runs : all) {
      for (Run r : runs) {
        System.out.println(line(r));
      }
    }
    System.out.println();
    if (all.size() >= 2) {
      List<Run> small = all.get(0);
      List<Run> large = all.get(all.size() - 1);
      System.out.println(
          "| ratio (median of repetitions) | "
              + large.get(0).corpus()
              + " / "
              + small.get(0).corpus()
              + " |\n|---|---:|");
      System.out.printf(
          Locale.ROOT,
          "| size | %.2f |%n| tokenise time | %.2f |%n| detect time | %.2f |%n| detect CPU time"
              + " (all threads of the process) | %.2f |%n| total time (read + tokenise + detect) |"
              + " %.2f |%n",
          median(large, Run::chars) / median(small, Run::chars),
          median(large, Run::tokenise) / median(small, Run::tokenise),
          median(large, Run::detect) / median(small, Run::detect),
          median(large, Run::detectCpu) / median(small, Run::detectCpu),
          median(large, Run::total) / median(small, Run::total));
    }
  }

  /** CPU time of the whole process (all threads, GC and JIT included), in nanoseconds. */
  static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> f) {
    double[] xs = runs.stream().mapToDouble(f).toArray();
    Arrays.sort(xs);
    return xs.length % 2 == 1 ? xs[xs.length / 2] : (xs[xs.length / 2 - 1] + xs[xs.length / 2]) / 2;
  }
}
