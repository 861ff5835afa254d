package org.sverka.bench.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.reuse.DocTokens;
import org.sverka.reuse.Passage;
import org.sverka.reuse.ReuseDetector;
import org.sverka.text.Span;

/**
 * The seed index spilled to disk in sorted runs (a tiny memory budget) gives every passage, and
 * every quotation's sources, exactly as the index sorted in the heap does, and leaves no file
 * behind.
 */
class SpilledIndexTest {
  static ReuseRun.Tokens tokens;
  static PlantedCorpus corpus;

  @BeforeAll
  static void corpus() throws Exception {
    SentencePool pool = SentencePool.fromDirectory(ReuseEditRateTest.demo());
    corpus = PlantedCorpus.generate(pool, PlantedCorpus.Spec.of(11, 600_000, 0.1));
    tokens = ReuseRun.tokens(corpus.docs());
  }

  private static ReuseDetector detector(long budget, Path dir) {
    return new ReuseDetector(
        ReuseDetector.Options.defaults().withThreads(2), new ReuseDetector.Spill(budget, dir));
  }

  @Test
  void aTinyBudgetSpillsAndFindsEveryPassageTheHeapFinds(@TempDir Path dir) throws IOException {
    ReuseDetector.Indexed inHeap =
        detector(Long.MAX_VALUE, dir).index(tokens.docs(), tokens.vocabulary());
    ReuseDetector.Indexed spilled =
        detector(64 * 1024, dir).index(tokens.docs(), tokens.vocabulary());
    assertThat(inHeap.spilledRuns()).isZero();
    assertThat(spilled.spilledRuns()).isGreaterThan(10);
    assertThat(spilled.seeds()).isEqualTo(inHeap.seeds()).isGreaterThan(40_000);
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).as("temporary files left in %s", dir).isEmpty();
    }

    List<Passage> expected = detector(Long.MAX_VALUE, dir).detect(inHeap);
    List<Passage> actual = detector(64 * 1024, dir).detect(spilled);
    assertThat(expected).hasSizeGreaterThanOrEqualTo(corpus.cases().size());
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.get(i)).as("passage %d", i).isEqualTo(expected.get(i));
    }
  }

  @Test
  void aQuotationFindsTheSameSourcesInASpilledIndex(@TempDir Path dir) {
    ReuseDetector heap = detector(Long.MAX_VALUE, dir);
    ReuseDetector spill = detector(64 * 1024, dir);
    ReuseDetector.Indexed inHeap = heap.index(tokens.docs(), tokens.vocabulary());
    ReuseDetector.Indexed spilled = spill.index(tokens.docs(), tokens.vocabulary());
    int found = 0;
    List<PlantedCorpus.Case> cases = corpus.cases();
    for (int i = 0; i < Math.min(40, cases.size()); i++) {
      PlantedCorpus.Case c = cases.get(i);
      DocTokens copy = doc(c.docB());
      Span span = new Span(c.startB(), c.endB());
      DocTokens query = copy.slice(List.of(span), List.of());
      List<Passage> expected = heap.match(inHeap, query, c.docB(), span);
      assertThat(spill.match(spilled, query, c.docB(), span)).isEqualTo(expected);
      found += expected.isEmpty() ? 0 : 1;
    }
    assertThat(found).isGreaterThan(30);
  }

  private static DocTokens doc(String id) {
    List<DocTokens> d = new ArrayList<>(tokens.docs());
    return d.stream().filter(t -> t.doc.equals(id)).findFirst().orElseThrow();
  }
}
