package org.sverka.bench.reuse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sverka.reuse.Passage;
import org.sverka.reuse.ReuseDetector;

/**
 * Benchmark (d): the reuse stage on passim-like corpora ({@link PassimLikeCorpus}) in one JVM: time
 * (read + tokenise + detect), peak heap, and recall of the document pairs that share at least 500
 * characters (a pair counts as found when the detector reports at least one passage between the two
 * chunks). Compared with passim 1.0's times on the same kind of corpora (Spark local[2], 2 cores),
 * given in the issue.
 *
 * <p>Chunk pairs the detector reports that do not share {@code min-shared} characters of a source
 * are classified: overlapping by fewer characters; sharing a passage that the demo texts themselves
 * share (the detector's passages on the demo texts, e.g. the 1928 letter that two files hold);
 * other.
 *
 * <p>{@code PassimComparison [--min-shared 500] [--reps 2] [--demo DIR] <dir>...}: each corpus
 * {@code reps} times in this JVM (the first run of the first corpus includes the JIT's warm-up); a
 * directory without {@code chunks.json} (the demo corpus itself) is timed without a recall.
 */
public final class PassimComparison {
  private PassimComparison() {}

  /** passim 1.0's wall-clock seconds by corpus size in MB, from the issue. */
  static final Map<String, Double> PASSIM_SECONDS =
      Map.of("1", 24.0, "5.5", 240.0, "11", 420.0, "22", 19 * 60.0);

  public static void main(String[] args) throws Exception {
    int minShared = 500;
    int reps = 2;
    Path demo = SentencePool.DEMO;
    List<Path> dirs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--min-shared" -> minShared = Integer.parseInt(args[++i]);
        case "--reps" -> reps = Integer.parseInt(args[++i]);
        case "--demo" -> demo = Path.of(args[++i]);
        default -> dirs.add(Path.of(args[i]));
      }
    }
    ReuseDetector.Options options = ReuseDetector.Options.defaults();
    // the demo texts' own reuse, by file name: explains chunk pairs that share no source range
    List<PlantedCorpus.Doc> demoDocs = PlantedCorpus.readDocs(demo);
    List<PlantedCorpus.Doc> demoByFile = new ArrayList<>();
    for (PlantedCorpus.Doc d : demoDocs) {
      demoByFile.add(new PlantedCorpus.Doc(d.id() + ".txt", d.text()));
    }
    List<Passage> demoReuse = ReuseRun.detect(ReuseRun.tokens(demoByFile), options);
    StringBuilder table = new StringBuilder();
    table.append(
        "| corpus | MB | docs | run | read+tokenise s | detect s | total s | peak heap MB | heap"
            + " after GC MB | passages | pairs sharing >= "
            + minShared
            + " chars | found | recall | other pairs reported | passim s | passim / Sverka |\n"
            + "|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|\n");
    for (Path dir : dirs) {
      for (int rep = 1; rep <= reps; rep++) {
        String line = run(dir, rep, options, minShared, demoReuse);
        System.err.println(line);
        table.append(line).append('\n');
      }
    }
    System.out.print(table);
  }

  static String run(
      Path dir, int rep, ReuseDetector.Options options, int minShared, List<Passage> demoReuse)
      throws Exception {
    List<PlantedCorpus.Doc> docs;
    ReuseRun.Tokens tokens;
    List<Passage> passages;
    double tokenise;
    double detect;
    long peak;
    long afterGc;
    try (HeapMeter m = HeapMeter.start()) {
      long t0 = System.nanoTime();
      docs = PlantedCorpus.readDocs(dir);
      tokens = ReuseRun.tokens(docs);
      tokenise = (System.nanoTime() - t0) / 1e9;
      t0 = System.nanoTime();
      passages = ReuseRun.detect(tokens, options);
      detect = (System.nanoTime() - t0) / 1e9;
      peak = m.peak();
      afterGc = m.afterGc();
    }
    long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
    Set<String> reported = new HashSet<>();
    for (Passage p : passages) {
      if (!p.docA().equals(p.docB())) {
        reported.add(PassimLikeCorpus.key(p.docA(), p.docB()));
      }
    }
    Recall r =
        Files.exists(dir.resolve("chunks.json"))
            ? recall(PassimLikeCorpus.readChunks(dir), reported, minShared, demoReuse)
            : Recall.NONE;
    double total = tokenise + detect;
    Double passim = PASSIM_SECONDS.get(mbLabel(dir));
    return String.format(
        Locale.ROOT,
        "| %s | %.2f | %d | %s | %.1f | %.1f | %.1f | %d | %d | %d | %s | %s | %s | %s | %s | %s |",
        dir.getFileName(),
        chars / 1e6,
        docs.size(),
        rep == 1 ? "1st (cold JVM)" : rep + "nd (warm)",
        tokenise,
        detect,
        total,
        peak >> 20,
        afterGc >> 20,
        passages.size(),
        r.truthPairs(),
        r.found(),
        r.recall(),
        r.other(),
        passim == null ? "–" : String.format(Locale.ROOT, "%.0f", passim),
        passim == null ? "–" : String.format(Locale.ROOT, "%.1f×", passim / total));
  }

  /** A row's recall columns: pairs sharing enough, found, recall, other pairs reported. */
  private record Recall(String truthPairs, String found, String recall, String other) {
    static final Recall NONE = new Recall("–", "–", "–", "–");
  }

  /** The reported pairs that share less than enough, by why they were reported. */
  private record Others(
      int outside, int shortOverlap, int demoExplained, List<String> unexplained) {}

  /**
   * The recall of the chunk pairs sharing {@code minShared} characters, and the other pairs
   * reported by kind; the first missed and unexplained pairs go to stderr.
   */
  private static Recall recall(
      List<PassimLikeCorpus.Chunk> chunks,
      Set<String> reported,
      int minShared,
      List<Passage> demoReuse) {
    Map<String, PassimLikeCorpus.Chunk> byId = new HashMap<>();
    for (PassimLikeCorpus.Chunk c : chunks) {
      byId.put(c.id(), c);
    }
    Set<String> truth = PassimLikeCorpus.sharingPairs(chunks, minShared);
    Set<String> overlapping = PassimLikeCorpus.sharingPairs(chunks, 1);
    int hit = 0;
    List<String> missed = new ArrayList<>();
    for (String k : truth) {
      if (reported.contains(k)) {
        hit++;
      } else {
        missed.add(k);
      }
    }
    Others o = others(reported, truth, overlapping, byId, demoReuse);
    String recall =
        String.format(Locale.ROOT, "%.4f", truth.isEmpty() ? 1.0 : (double) hit / truth.size());
    String other =
        String.format(
            Locale.ROOT,
            "%d: %d overlapping < %d chars, %d reuse within the demo texts, %d other",
            o.outside(),
            o.shortOverlap(),
            minShared,
            o.demoExplained(),
            o.unexplained().size());
    printFirst("missed pair: ", missed, byId);
    printFirst("unexplained pair: ", o.unexplained(), byId);
    return new Recall(String.valueOf(truth.size()), String.valueOf(hit), recall, other);
  }

  private static Others others(
      Set<String> reported,
      Set<String> truth,
      Set<String> overlapping,
      Map<String, PassimLikeCorpus.Chunk> byId,
      List<Passage> demoReuse) {
    int outside = 0;
    int shortOverlap = 0;
    int demoExplained = 0;
    List<String> unexplained = new ArrayList<>();
    for (String k : reported) {
      if (truth.contains(k)) {
        continue;
      }
      outside++;
      String[] ab = k.split(" ");
      if (overlapping.contains(k)) {
        shortOverlap++;
      } else if (explained(byId.get(ab[0]), byId.get(ab[1]), demoReuse)) {
        demoExplained++;
      } else {
        unexplained.add(k);
      }
    }
    return new Others(outside, shortOverlap, demoExplained, unexplained);
  }

  /** The first ten of {@code pairs} (sorted) on stderr, each after {@code what}. */
  private static void printFirst(
      String what, List<String> pairs, Map<String, PassimLikeCorpus.Chunk> byId) {
    pairs.sort(null);
    for (String k : pairs.subList(0, Math.min(10, pairs.size()))) {
      String[] ab = k.split(" ");
      System.err.println(what + describe(byId.get(ab[0]), byId.get(ab[1])));
    }
  }

  /** Do the demo texts themselves share a passage between the two chunks' source ranges? */
  static boolean explained(
      PassimLikeCorpus.Chunk x, PassimLikeCorpus.Chunk y, List<Passage> demoReuse) {
    for (Passage p : demoReuse) {
      if (covers(p.docA(), p.a().start(), p.a().end(), x)
              && covers(p.docB(), p.b().start(), p.b().end(), y)
          || covers(p.docA(), p.a().start(), p.a().end(), y)
              && covers(p.docB(), p.b().start(), p.b().end(), x)) {
        return true;
      }
    }
    return false;
  }

  private static boolean covers(String doc, int start, int end, PassimLikeCorpus.Chunk c) {
    return doc.equals(c.source()) && start < c.end() && c.start() < end;
  }

  static String describe(PassimLikeCorpus.Chunk a, PassimLikeCorpus.Chunk b) {
    return String.format(
        Locale.ROOT,
        "%s = %s [%d,%d), %s = %s [%d,%d)",
        a.id(),
        a.source(),
        a.start(),
        a.end(),
        b.id(),
        b.source(),
        b.start(),
        b.end());
  }

  /** "5.5" for a folder named like "passim-5.5MB". */
  static String mbLabel(Path dir) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("([0-9.]+)MB").matcher(dir.getFileName().toString());
    return m.find() ? m.group(1) : "";
  }
}
