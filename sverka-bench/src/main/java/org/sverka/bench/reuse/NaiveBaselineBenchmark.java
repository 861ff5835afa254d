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

  public static void main(String[] args) throws Exception {
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
    PlantedCorpus c =
        PlantedCorpus.generate(
            SentencePool.fromDirectory(from), PlantedCorpus.Spec.of(seed, chars, rate));
    List<PanMeasures.Pair> truth = ReuseRun.truth(c.cases());
    long t0 = System.nanoTime();
    ReuseRun.Tokens tokens = ReuseRun.tokens(c.docs());
    double tokenise = (System.nanoTime() - t0) / 1e9;
    long nTokens = tokens.docs().stream().mapToLong(d -> d.size()).sum();
    ReuseDetector.Options options = ReuseDetector.Options.defaults().withThreads(threads);
    // warm-up, then the timed repetitions
    ReuseRun.detect(tokens, options);
    double[] detectTimes = new double[reps];
    List<Passage> passages = null;
    for (int r = 0; r < reps; r++) {
      t0 = System.nanoTime();
      passages = ReuseRun.detect(tokens, options);
      detectTimes[r] = (System.nanoTime() - t0) / 1e9;
    }
    java.util.Arrays.sort(detectTimes);
    double detect = detectTimes[reps / 2];
    NaiveAllPairs naive = new NaiveAllPairs(threads);
    t0 = System.nanoTime();
    List<PanMeasures.Pair> naiveFound = naive.detect(tokens.docs(), tokens.vocabulary());
    double naiveTime = (System.nanoTime() - t0) / 1e9;
    List<PanMeasures.Pair> detected = ReuseRun.pairs(passages);
    PanMeasures.Matching dm = PanMeasures.match(truth, detected);
    PanMeasures.Matching nm = PanMeasures.match(truth, naiveFound);
    PanMeasures.Scores ds = PanMeasures.score(dm);
    PanMeasures.Scores ns = PanMeasures.score(nm);
    int both = 0;
    int onlyDetector = 0;
    int onlyNaive = 0;
    for (int s = 0; s < truth.size(); s++) {
      boolean d = dm.detectionsOf()[s].length > 0;
      boolean n = nm.detectionsOf()[s].length > 0;
      both += d && n ? 1 : 0;
      onlyDetector += d && !n ? 1 : 0;
      onlyNaive += n && !d ? 1 : 0;
    }
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
    System.out.printf(
        Locale.ROOT,
        "| ReuseDetector (median of %d) | %.3f | %d passages | %.3f | %.3f | %.3f | %.3f | %.3f |"
            + " %.3f | %.3f |%n",
        reps,
        detect,
        detected.size(),
        ds.precision(),
        ds.recall(),
        ds.f1(),
        ds.charPrecision(),
        ds.charRecall(),
        ds.granularity(),
        ds.plagdet());
    System.out.printf(
        Locale.ROOT,
        "| naive all-pairs Smith-Waterman | %.3f | %.2e cells, %d passages | %.3f | %.3f | %.3f |"
            + " %.3f | %.3f | %.3f | %.3f |%n%n",
        naiveTime,
        (double) naive.cells(),
        naiveFound.size(),
        ns.precision(),
        ns.recall(),
        ns.f1(),
        ns.charPrecision(),
        ns.charRecall(),
        ns.granularity(),
        ns.plagdet());
    System.out.printf(
        Locale.ROOT,
        "Speed-up (naive time / detector time, same run): **%.0f×**. Cases found by both: %d;"
            + " only by the detector: %d; only by the naive baseline: %d (of %d).%n",
        naiveTime / detect,
        both,
        onlyDetector,
        onlyNaive,
        truth.size());
  }
}
