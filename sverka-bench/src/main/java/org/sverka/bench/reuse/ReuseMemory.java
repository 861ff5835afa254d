package org.sverka.bench.reuse;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.sverka.reuse.Passage;
import org.sverka.reuse.ReuseDetector;

/**
 * Where the reuse stage's memory goes on a written planted corpus: the live heap (after a full
 * collection) once the texts are read, once they are tokenised (tokens, line maps, vocabulary),
 * once the seed index is built (seeds' positions and hashes, postings), and once the passages are
 * found; and the peak heap (sum of the pools' peaks, garbage included) while the index is built and
 * while the documents are paired (the candidate pairs' seed buffers, alignments). CPU seconds of
 * the process for each step.
 *
 * <p>Usage: {@code ReuseMemory DIR [--budget SIZE] [--threads N]}: {@code --budget} is the seed
 * index's memory budget ({@link ReuseDetector.Spill}; default: a quarter of the heap, or {@code
 * -Dsverka.reuse.memory}). Prints one Markdown row.
 */
public final class ReuseMemory {
  private ReuseMemory() {}

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    ReuseDetector.Spill spill = ReuseDetector.Spill.defaults();
    int threads = 2;
    for (int i = 1; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--budget" ->
            spill = new ReuseDetector.Spill(ReuseDetector.Spill.parse(args[i + 1]), spill.dir());
        case "--threads" -> threads = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    long base = live();
    List<PlantedCorpus.Doc> docs = PlantedCorpus.readDocs(dir);
    long texts = live() - base;
    double c0 = ScaleBenchmark.cpuNanos() / 1e9;
    ReuseRun.Tokens tokens = ReuseRun.tokens(docs);
    double c1 = ScaleBenchmark.cpuNanos() / 1e9;
    long tokensLive = live() - base - texts;
    ReuseDetector detector =
        new ReuseDetector(ReuseDetector.Options.defaults().withThreads(threads), spill);
    ReuseDetector.Indexed ix;
    long peakIndex;
    try (HeapMeter m = HeapMeter.start()) {
      ix = detector.index(tokens.docs(), tokens.vocabulary());
      peakIndex = m.peak();
    }
    double c2 = ScaleBenchmark.cpuNanos() / 1e9;
    long indexLive = live() - base - texts - tokensLive;
    List<Passage> passages;
    long peakDetect;
    long afterGcDetect;
    try (HeapMeter m = HeapMeter.start()) {
      passages = detector.detect(ix);
      peakDetect = m.peak();
      afterGcDetect = m.afterGc();
    }
    double c3 = ScaleBenchmark.cpuNanos() / 1e9;
    long passagesLive = live() - base - texts - tokensLive - indexLive;
    long tokenCount = tokens.docs().stream().mapToLong(d -> d.size()).sum();
    System.out.printf(
        Locale.ROOT,
        "| %s | %d | %d | %d | %d | %s | %d | %d | %d | %d | %d | %d | %d | %d | %.1f | %.1f | %.1f |%n",
        dir.getFileName(),
        docs.size(),
        tokenCount,
        ix.seeds(),
        passages.size(),
        spill.budgetBytes() >= 1L << 40 ? "none" : (spill.budgetBytes() >> 20) + " MB",
        ix.spilledRuns(),
        mb(texts),
        mb(tokensLive),
        mb(indexLive),
        mb(passagesLive),
        mb(peakIndex),
        mb(peakDetect),
        mb(afterGcDetect),
        c1 - c0,
        c2 - c1,
        c3 - c2);
  }

  private static long mb(long bytes) {
    return bytes >> 20;
  }

  /** The heap in use after two full collections. */
  private static long live() {
    System.gc();
    System.gc();
    return MEMORY.getHeapMemoryUsage().getUsed();
  }
}
