package org.sverka.bench.collate;

import eu.interedition.collatex.CollationAlgorithmFactory;
import eu.interedition.collatex.Token;
import eu.interedition.collatex.VariantGraph;
import eu.interedition.collatex.matching.EqualityTokenComparator;
import eu.interedition.collatex.simple.SimpleToken;
import eu.interedition.collatex.simple.SimpleWitness;
import eu.interedition.collatex.util.VariantGraphRanking;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sverka.collate.Collation;
import org.sverka.collate.Collator;
import org.sverka.collate.Column;
import org.sverka.collate.Witness;
import org.sverka.collate.WitnessReader;
import org.sverka.text.Span;

/**
 * Sverka's collator against CollateX (Dekker's algorithm, the default of CollateX's own tools, or
 * another of its aligners) on the same planted witnesses in one JVM: both get the same tokens
 * (Sverka's, read from each witness's text), tokenisation is not timed, and their tables are
 * compared. A table is read as the set of pairs of words (of two witnesses) it puts in one column;
 * the measures are the agreement of the two tables (pairs both make over pairs either makes;
 * columns both make alike over the columns of either) and each table's precision and recall against
 * the planted truth (words of one origin).
 *
 * <p>{@code CollationBenchmark [--witnesses N] [--words N] [--seed S] [--reps N] [--collatex-reps
 * N] [--collatex-algorithm dekker|needleman-wunsch|gst] [--from DIR]} (defaults: 50 witnesses of
 * 2,000 words, seed 16; Sverka 5 timed runs after 2 untimed, CollateX 1 timed run after one on 10
 * witnesses of 200 words, as it takes minutes).
 */
public final class CollationBenchmark {
  private CollationBenchmark() {}

  /** A CollateX token that knows its witness and index, to read the table back. */
  static final class Tok extends SimpleToken {
    final int witness;
    final int index;

    Tok(SimpleWitness w, String content, String norm, int witness, int index) {
      super(w, content, norm);
      this.witness = witness;
      this.index = index;
    }
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = options(args);
    int n = Integer.parseInt(opt.getOrDefault("--witnesses", "50"));
    int length = Integer.parseInt(opt.getOrDefault("--words", "2000"));
    long seed = Long.parseLong(opt.getOrDefault("--seed", "16"));
    int reps = Integer.parseInt(opt.getOrDefault("--reps", "5"));
    Path from = Path.of(opt.getOrDefault("--from", "examples/opposition-1926-1937"));
    List<String> corpus = PlantedWitnesses.words(from.resolve("stalin-works-volume-10.txt"));
    List<PlantedWitnesses.Planted> planted = PlantedWitnesses.generate(corpus, n, length, seed);
    List<Witness> ours = sverkaWitnesses(planted);
    System.out.printf(
        Locale.ROOT,
        "%d witnesses, %d to %d words; java %s, %d cores%n",
        n,
        ours.stream().mapToInt(w -> w.words().size()).min().orElse(0),
        ours.stream().mapToInt(w -> w.words().size()).max().orElse(0),
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors());
    Collation[] sverka = new Collation[1];
    double[] tS = time(reps, 2, () -> sverka[0] = new Collator().collate(ours));
    System.out.printf(
        Locale.ROOT, "sverka   %.3f s (median; best %.3f; cpu %.3f)%n", tS[0], tS[1], tS[2]);
    // CollateX takes minutes at full size: warmed up on the first 200 words of 10 witnesses
    List<Witness> small = new ArrayList<>();
    for (Witness w : ours.subList(0, Math.min(10, n))) {
      small.add(
          new Witness(w.place(), w.date(), w.words().subList(0, Math.min(200, w.words().size()))));
    }
    String algorithm = opt.getOrDefault("--collatex-algorithm", "dekker");
    System.out.println("collatex algorithm " + algorithm);
    collatex(small, algorithm);
    List<List<int[]>> collatex = new ArrayList<>();
    int creps = Integer.parseInt(opt.getOrDefault("--collatex-reps", "1"));
    double[] tC = time(creps, 0, () -> collatex.add(collatex(ours, algorithm)));
    report(tS, tC, sverkaTable(sverka[0]), collatex.get(collatex.size() - 1), truth(planted));
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!Set.of(
              "--witnesses",
              "--words",
              "--seed",
              "--reps",
              "--collatex-reps",
              "--collatex-algorithm",
              "--from")
          .contains(args[i])) {
        throw new IllegalArgumentException("unknown option " + args[i]);
      }
      out.put(args[i], args[i + 1]);
    }
    return out;
  }

  /** The witnesses as Sverka reads them: each planted text in a document of its own, dated. */
  static List<Witness> sverkaWitnesses(List<PlantedWitnesses.Planted> planted) {
    List<Witness> out = new ArrayList<>();
    for (int w = 0; w < planted.size(); w++) {
      String text = planted.get(w).text();
      Witness wit =
          new WitnessReader(String.format(Locale.ROOT, "w%02d", w), text)
              .witness(new Span(0, text.length()), String.valueOf(1800 + w));
      if (wit.words().size() != planted.get(w).words().size()) {
        throw new IllegalStateException("witness " + w + ": tokens are not the planted words");
      }
      out.add(wit);
    }
    return out;
  }

  /**
   * Median and minimum wall seconds and median CPU seconds (of the one thread both collators run
   * on: the machine is shared, so CPU time is the steadier measure) of {@code reps} runs after
   * {@code warm} untimed ones.
   */
  static double[] time(int reps, int warm, Runnable run) {
    for (int i = 0; i < warm; i++) {
      run.run();
    }
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    double[] s = new double[reps];
    double[] cpu = new double[reps];
    for (int i = 0; i < reps; i++) {
      long c0 = mx.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      run.run();
      s[i] = (System.nanoTime() - t0) / 1e9;
      cpu[i] = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
    }
    Arrays.sort(s);
    Arrays.sort(cpu);
    return new double[] {s[reps / 2], s[0], cpu[reps / 2]};
  }

  /** CollateX's table on the same tokens: per rank, the {witness, index} of each word in it. */
  static List<int[]> collatexColumns(VariantGraph graph) {
    List<int[]> out = new ArrayList<>();
    for (SortedMap<eu.interedition.collatex.Witness, Set<Token>> rank :
        VariantGraphRanking.of(graph).asTable()) {
      TreeMap<Integer, Integer> cells = new TreeMap<>(); // by witness, as Sverka's columns
      for (Set<Token> tokens : rank.values()) {
        for (Token t : tokens) {
          Tok k = (Tok) t;
          cells.put(k.witness, k.index);
        }
      }
      int[] row = new int[cells.size() * 2];
      int x = 0;
      for (Map.Entry<Integer, Integer> e : cells.entrySet()) {
        row[x++] = e.getKey();
        row[x++] = e.getValue();
      }
      out.add(row);
    }
    return out;
  }

  /** CollateX's aligner by the name its own tools give it. */
  static eu.interedition.collatex.CollationAlgorithm algorithm(String name) {
    var equality = new EqualityTokenComparator();
    return switch (name) {
      case "dekker" -> CollationAlgorithmFactory.dekker(equality);
      case "needleman-wunsch" -> CollationAlgorithmFactory.needlemanWunsch(equality);
      case "gst" -> CollationAlgorithmFactory.greedyStringTiling(equality, 2);
      default ->
          throw new IllegalArgumentException(
              "unknown --collatex-algorithm " + name + " (dekker, needleman-wunsch, gst)");
    };
  }

  static List<int[]> collatex(List<Witness> ours, String algorithm) {
    List<SimpleWitness> witnesses = new ArrayList<>();
    for (int w = 0; w < ours.size(); w++) {
      SimpleWitness sw = new SimpleWitness(Collation.siglum(w));
      List<Token> tokens = new ArrayList<>();
      for (int i = 0; i < ours.get(w).words().size(); i++) {
        var word = ours.get(w).words().get(i);
        tokens.add(new Tok(sw, word.text(), word.norm(), w, i));
      }
      sw.setTokens(tokens);
      witnesses.add(sw);
    }
    VariantGraph graph = new VariantGraph();
    algorithm(algorithm).collate(graph, witnesses);
    return collatexColumns(graph);
  }

  /** Sverka's table in the same shape: per column, {witness, index} of each word in it. */
  static List<int[]> sverkaTable(Collation c) {
    int[] next = new int[c.witnesses().size()];
    List<int[]> out = new ArrayList<>();
    for (Column col : c.columns()) {
      List<Integer> cells = new ArrayList<>();
      for (int w = 0; w < next.length; w++) {
        if (col.cell(w) != null) {
          cells.add(w);
          cells.add(next[w]++);
        }
      }
      out.add(cells.stream().mapToInt(Integer::intValue).toArray());
    }
    return out;
  }

  /** The planted truth in the same shape: per origin, the words descending from it. */
  static List<int[]> truth(List<PlantedWitnesses.Planted> planted) {
    Map<Integer, List<Integer>> byOrigin = new TreeMap<>();
    for (int w = 0; w < planted.size(); w++) {
      List<Integer> origins = planted.get(w).origins();
      for (int i = 0; i < origins.size(); i++) {
        if (origins.get(i) >= 0) {
          List<Integer> cells = byOrigin.computeIfAbsent(origins.get(i), o -> new ArrayList<>());
          cells.add(w);
          cells.add(i);
        }
      }
    }
    List<int[]> out = new ArrayList<>();
    for (List<Integer> cells : byOrigin.values()) {
      out.add(cells.stream().mapToInt(Integer::intValue).toArray());
    }
    return out;
  }

  /** The pairs of words a table puts in one column, encoded and sorted. */
  static long[] pairs(List<int[]> table) {
    long[] out = new long[1024];
    int n = 0;
    for (int[] cells : table) {
      for (int x = 0; x < cells.length; x += 2) {
        for (int y = x + 2; y < cells.length; y += 2) {
          if (n == out.length) {
            out = Arrays.copyOf(out, n * 2);
          }
          out[n++] =
              ((long) cells[x] << 48)
                  | ((long) cells[x + 1] << 32)
                  | ((long) cells[y] << 16)
                  | cells[y + 1];
        }
      }
    }
    long[] p = Arrays.copyOf(out, n);
    Arrays.sort(p);
    return p;
  }

  static long common(long[] a, long[] b) {
    long c = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        c++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return c;
  }

  /** Columns (as sets of words) that both tables make, over the columns of either. */
  static double sameColumns(List<int[]> a, List<int[]> b) {
    Set<String> sa = new HashSet<>();
    for (int[] c : a) {
      sa.add(Arrays.toString(c));
    }
    Set<String> sb = new HashSet<>();
    for (int[] c : b) {
      sb.add(Arrays.toString(c));
    }
    Set<String> both = new HashSet<>(sa);
    both.retainAll(sb);
    return both.size() / (double) (sa.size() + sb.size() - both.size());
  }

  static void report(double[] tS, double[] tC, List<int[]> s, List<int[]> c, List<int[]> t) {
    long[] ps = pairs(s);
    long[] pc = pairs(c);
    long[] pt = pairs(t);
    long sc = common(ps, pc);
    System.out.printf(
        Locale.ROOT,
        "sverka   %.3f s (median; best %.3f; cpu %.3f), %d columns%n"
            + "collatex %.3f s (median; best %.3f; cpu %.3f), %d columns%n"
            + "ratio    collatex / sverka = %.1f (wall medians), %.1f (cpu)%n"
            + "agreement: aligned word pairs %.3f (%d both, %d sverka, %d collatex);"
            + " identical columns %.3f%n"
            + "truth (%d pairs): sverka precision %.3f recall %.3f;"
            + " collatex precision %.3f recall %.3f%n",
        tS[0],
        tS[1],
        tS[2],
        s.size(),
        tC[0],
        tC[1],
        tC[2],
        c.size(),
        tC[0] / tS[0],
        tC[2] / tS[2],
        sc / (double) (ps.length + pc.length - sc),
        sc,
        ps.length,
        pc.length,
        sameColumns(s, c),
        pt.length,
        common(ps, pt) / (double) ps.length,
        common(ps, pt) / (double) pt.length,
        common(pc, pt) / (double) pc.length,
        common(pc, pt) / (double) pt.length);
  }
}
