package org.sverka.bench.reuse;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.sverka.reuse.Passage;
import org.sverka.reuse.ReuseDetector;

/**
 * Benchmark (c): {@link ReuseDetector} against the naive all-pairs reference {@link NaiveAllPairs}
 * on the same small planted corpus, in one JVM: the time of each (on the same tokens, so
 * tokenisation is not counted), their speed-up ratio, their scores against the truth and whether
 * they find the same cases.
 *
 * <p>{@code NaiveBaselineBenchmark [--kb N] [--edit-rate R] [--seed S] [--reps N] [--threads N]
 * [--from DIR]}.
 */
public final class NaiveBaselineBenchmark {
  private NaiveBaselineBenchmark() {}

  /** The command line. */
  private record Args(long chars, double rate, long seed, int reps, int threads, Path from) {
    static Args parse(String[] args) {
      long chars = 300_000;
      double rate = 0.1;
      long seed = 7;
      int reps = 3;
      int threads = Runtime.getRuntime().availableProcessors();
      Path from = SentencePool.DEMO;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--kb" -> chars = (long) (Double.parseDouble(args[++i]) * 1000);
          case "--edit-rate" -> rate = Double.parseDouble(args[++i]);
          case "--seed" -> seed = Long.parseLong(args[++i]);
          case "--reps" -> reps = Integer.parseInt(args[++i]);
          case "--threads" -> threads = Integer.parseInt(args[++i]);
          case "--from" -> from = Path.of(args[++i]);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      return new Args(chars, rate, seed, reps, threads, from);
    }
  }

  /** The detector's passages of the last repetition and the median time of the repetitions. */
  private record Timed(List<Passage> passages, double medianSecs) {}

  /** How many planted cases both found, only the detector, only the naive baseline. */
  private record Agreement(int both, int onlyDetector, int onlyNaive) {
    static Agreement of(int cases, PanMeasures.Matching dm, PanMeasures.Matching nm) {
      int both = 0;
      int onlyDetector = 0;
      int onlyNaive = 0;
      for (int s = 0; s < cases; s++) {
        boolean d = dm.detectionsOf()[s].length > 0;
        boolean n = nm.detectionsOf()[s].length > 0;
        both += d && n ? 1 : 0;
        onlyDetector += d && !n ? 1 : 0;
        onlyNaive += n && !d ? 1 : 0;
      }
      return new Agreement(both, onlyDetector, onlyNaive);
    }
  }

  public static void main(String[] args) throws Exception {
    Args a = Args.parse(args);
    long seed = a.seed();
    double rate = a.rate();
    int reps = a.reps();
    int threads = a.threads();
    PlantedCorpus c =
        PlantedCorpus.generate(
            SentencePool.fromDirectory(a.from()), PlantedCorpus.Spec.of(seed, a.chars(), rate));
    List<PanMeasures.Pair> truth = ReuseRun.truth(c.cases());
    long t0 = System.nanoTime();
    ReuseRun.Tokens tokens = ReuseRun.tokens(c.docs());
    double tokenise = (System.nanoTime() - t0) / 1e9;
    long nTokens = tokens.docs().stream().mapToLong(d -> d.size()).sum();
    Timed timed = detect(tokens, ReuseDetector.Options.defaults().withThreads(threads), reps);
    double detect = timed.medianSecs();
    NaiveAllPairs naive = new NaiveAllPairs(threads);
    t0 = System.nanoTime();
    List<PanMeasures.Pair> naiveFound = naive.detect(tokens.docs(), tokens.vocabulary());
    double naiveTime = (System.nanoTime() - t0) / 1e9;
    List<PanMeasures.Pair> detected = ReuseRun.pairs(timed.passages());
    PanMeasures.Matching dm = PanMeasures.match(truth, detected);
    PanMeasures.Matching nm = PanMeasures.match(truth, naiveFound);
    PanMeasures.Scores ds = PanMeasures.score(dm);
    PanMeasures.Scores ns = PanMeasures.score(nm);
    Agreement agree = Agreement.of(truth.size(), dm, nm);
    System.err.println("detector failures:\n" + ReuseRun.describe(dm, c.cases(), c.docs(), 5));
    System.err.println("naive failures:\n" + ReuseRun.describe(nm, c.cases(), c.docs(), 5));
    System.out.printf(
        Locale.ROOT,
        "Corpus: %d documents, %.0f KB, %d tokens, %d planted cases (edit rate %.0f%%, seed %d);"
            + " %d threads; tokenisation %.2f s (not counted below).%n%n",
        c.docs().size(),
        c.stats().chars() / 1e3,
        nTokens,
        truth.size(),
        100 * rate,
        seed,
        threads,
        tokenise);
    System.out.println(
        "| implementation | time s | cells or passages | passage P | passage R | passage F1 |"
            + " char P | char R | granularity | plagdet |\n"
            + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    scoreRow(
        String.format(Locale.ROOT, "ReuseDetector (median of %d)", reps),
        detect,
        String.format(Locale.ROOT, "%d passages", detected.size()),
        ds);
    scoreRow(
        "naive all-pairs Smith-Waterman",
        naiveTime,
        String.format(
            Locale.ROOT, "%.2e cells, %d passages", (double) naive.cells(), naiveFound.size()),
        ns);
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "Speed-up (naive time / detector time, same run): **%.0f×**. Cases found by both: %d;"
            + " only by the detector: %d; only by the naive baseline: %d (of %d).%n",
        naiveTime / detect,
        agree.both(),
        agree.onlyDetector(),
        agree.onlyNaive(),
        truth.size());
  }

  /** A warm-up run of the detector, then {@code reps} timed ones. */
  private static Timed detect(ReuseRun.Tokens tokens, ReuseDetector.Options options, int reps)
      throws Exception {
    ReuseRun.detect(tokens, options);
    double[] detectTimes = new double[reps];
    List<Passage> passages = null;
    for (int r = 0; r < reps; r++) {
      long t0 = System.nanoTime();
      passages = ReuseRun.detect(tokens, options);
      detectTimes[r] = (System.nanoTime() - t0) / 1e9;
    }
    java.util.Arrays.sort(detectTimes);
    return new Timed(passages, detectTimes[reps / 2]);
  }

  /** A row of the table: an implementation's time, what it found and its scores. */
  private static void scoreRow(String name, double secs, String found, PanMeasures.Scores sc) {
    System.out.printf(
        Locale.ROOT,
        "| %s | %.3f | %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n",
        name,
        secs,
        found,
        sc.precision(),
        sc.recall(),
        sc.f1(),
        sc.charPrecision(),
        sc.charRecall(),
        sc.granularity(),
        sc.plagdet());
  }
}
