package org.sverka.bench.reuse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sverka.reuse.Passage;
import org.sverka.reuse.ReuseDetector;

/**
 * Benchmark (a): passage- and character-level scores of {@link ReuseDetector} (default options)
 * against edit rate, on planted corpora generated in memory from the demo texts. Prints a Markdown
 * table, and with {@code --verbose} examples of every failure on stderr.
 *
 * <p>{@code EditRateEvaluation [--kb N] [--seeds N] [--rates 0,0.05,...] [--from DIR] [--verbose]}:
 * for each rate, {@code seeds} corpora of N KB (seeds 1, 2, ...), scores pooled over all their
 * cases and detections.
 */
public final class EditRateEvaluation {
  private EditRateEvaluation() {}

  /** The scores of one edit rate, pooled over its corpora. */
  public record Row(
      double rate,
      double measuredRate,
      PanMeasures.Scores scores,
      ReuseRun.Failures failures,
      double seconds,
      String details,
      long[] edits) {}

  /**
   * Generates {@code seeds} corpora of {@code chars} at this rate, runs the detector on each, and
   * scores all of them together (document ids are made unique per corpus).
   */
  public static Row evaluate(SentencePool pool, long chars, double rate, int seeds, int examples) {
    List<PanMeasures.Pair> truth = new ArrayList<>();
    List<PanMeasures.Pair> found = new ArrayList<>();
    List<PlantedCorpus.Case> cases = new ArrayList<>();
    List<PlantedCorpus.Doc> docs = new ArrayList<>();
    long words = 0;
    long edited = 0;
    long[] edits = new long[6];
    double seconds = 0;
    for (int seed = 1; seed <= seeds; seed++) {
      PlantedCorpus c = PlantedCorpus.generate(pool, PlantedCorpus.Spec.of(seed, chars, rate));
      String prefix = "s" + seed + "-";
      for (PlantedCorpus.Doc d : c.docs()) {
        docs.add(new PlantedCorpus.Doc(prefix + d.id(), d.text()));
      }
      for (PlantedCorpus.Case k : c.cases()) {
        PlantedCorpus.Case r =
            new PlantedCorpus.Case(
                k.id(),
                prefix + k.docA(),
                k.startA(),
                k.endA(),
                prefix + k.docB(),
                k.startB(),
                k.endB(),
                k.words(),
                k.editedWords(),
                k.substituted(),
                k.ocr(),
                k.transliterated(),
                k.omittedSentences(),
                k.omittedWords(),
                k.insertedSentences(),
                k.insertedWords());
        cases.add(r);
        truth.add(r.pair());
        words += k.words();
        edited += k.editedWords();
        edits[0] += k.substituted();
        edits[1] += k.ocr();
        edits[2] += k.transliterated();
        edits[3] += k.omittedWords();
        edits[4] += k.insertedWords();
        edits[5] += k.words();
      }
      long t0 = System.nanoTime();
      ReuseRun.Tokens t = ReuseRun.tokens(c.docs());
      List<Passage> passages = ReuseRun.detect(t, ReuseDetector.Options.defaults());
      seconds += (System.nanoTime() - t0) / 1e9;
      for (PanMeasures.Pair p : ReuseRun.pairs(passages)) {
        found.add(
            new PanMeasures.Pair(
                prefix + p.docA(), p.startA(), p.endA(), prefix + p.docB(), p.startB(), p.endB()));
      }
    }
    PanMeasures.Matching m = PanMeasures.match(truth, found);
    String details = examples > 0 ? ReuseRun.describe(m, cases, docs, examples) : "";
    return new Row(
        rate,
        words == 0 ? 0 : (double) edited / words,
        PanMeasures.score(m),
        ReuseRun.failures(m),
        seconds,
        details,
        edits);
  }

  /** The edits behind a row: words substituted, OCR-damaged, transliterated, omitted, inserted. */
  public static String editsHeader() {
    return "| edit rate | source words | substituted | OCR errors | transliterated | omitted (in"
        + " sentences) | inserted (in sentences) |\n|---:|---:|---:|---:|---:|---:|---:|";
  }

  public static String editsLine(Row r) {
    long[] e = r.edits();
    return String.format(
        Locale.ROOT,
        "| %.0f%% | %d | %d | %d | %d | %d | %d |",
        100 * r.rate(),
        e[5],
        e[0],
        e[1],
        e[2],
        e[3],
        e[4]);
  }

  public static String header() {
    return "| edit rate | words edited | cases | detections | passage P | passage R | passage F1"
        + " | char P | char R | char F1 | granularity | plagdet | missed | fragmented | merged |"
        + " false pos. |\n"
        + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";
  }

  public static String line(Row r) {
    PanMeasures.Scores s = r.scores();
    ReuseRun.Failures f = r.failures();
    return String.format(
        Locale.ROOT,
        "| %.0f%% | %.1f%% | %d | %d | %.3f | %.3f | **%.3f** | %.3f | %.3f | %.3f | %.3f | %.3f |"
            + " %d | %d | %d | %d |",
        100 * r.rate(),
        100 * r.measuredRate(),
        s.cases(),
        s.detections(),
        s.precision(),
        s.recall(),
        s.f1(),
        s.charPrecision(),
        s.charRecall(),
        s.charF1(),
        s.granularity(),
        s.plagdet(),
        f.missed(),
        f.fragmented(),
        f.merged(),
        f.falsePositives());
  }

  /** A text plot of passage F1 and plagdet against edit rate. */
  public static String curve(List<Row> rows) {
    StringBuilder b = new StringBuilder("```\n");
    b.append("edit rate  passage F1 (#)  plagdet (+), 0.5 ... 1.0\n");
    for (Row r : rows) {
      char[] bar = new char[51];
      java.util.Arrays.fill(bar, ' ');
      bar[50] = '|';
      int f = (int) Math.round((Math.max(0.5, r.scores().f1()) - 0.5) * 100);
      int p = (int) Math.round((Math.max(0.5, r.scores().plagdet()) - 0.5) * 100);
      bar[Math.min(50, p)] = '+';
      bar[Math.min(50, f)] = '#';
      b.append(
          String.format(
              Locale.ROOT,
              "%5.0f%%     %.3f  %.3f  |%s%n",
              100 * r.rate(),
              r.scores().f1(),
              r.scores().plagdet(),
              new String(bar)));
    }
    return b.append("```").toString();
  }

  public static void main(String[] args) throws Exception {
    long chars = 400_000;
    int seeds = 3;
    double[] rates = {0, 0.05, 0.10, 0.15, 0.20, 0.25, 0.30};
    Path from = SentencePool.DEMO;
    boolean verbose = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--kb" -> chars = (long) (Double.parseDouble(args[++i]) * 1000);
        case "--seeds" -> seeds = Integer.parseInt(args[++i]);
        case "--rates" -> {
          String[] xs = args[++i].split(",");
          rates = new double[xs.length];
          for (int k = 0; k < xs.length; k++) {
            rates[k] = Double.parseDouble(xs[k]);
          }
        }
        case "--from" -> from = Path.of(args[++i]);
        case "--verbose" -> verbose = true;
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    SentencePool pool = SentencePool.fromDirectory(from);
    System.err.printf(
        Locale.ROOT,
        "pool: %d sentences, %d chars; %d corpora of %d KB per rate%n",
        pool.sentences().size(),
        pool.chars(),
        seeds,
        chars / 1000);
    List<Row> rows = new ArrayList<>();
    for (double rate : rates) {
      Row r = evaluate(pool, chars, rate, seeds, verbose ? 5 : 0);
      rows.add(r);
      System.err.printf(Locale.ROOT, "%s   (detector %.1f s)%n", line(r), r.seconds());
      if (verbose) {
        System.err.println(r.details());
      }
    }
    System.out.println(header());
    for (Row r : rows) {
      System.out.println(line(r));
    }
    System.out.println();
    System.out.println(curve(rows));
    System.out.println();
    System.out.println(editsHeader());
    for (Row r : rows) {
      System.out.println(editsLine(r));
    }
  }
}
