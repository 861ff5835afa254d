package org.sverka.bench.reuse;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sverka.reuse.Passage;
import org.sverka.reuse.ReuseDetector;

/**
 * Benchmark (e), JMH: the detector on its unit of work, one pair of documents (about 5,000
 * characters each) sharing one planted passage of 250 to 350 words at a given edit rate: seeds,
 * index, chaining, alignment and passage building, through the public API ({@link
 * ReuseDetector#detect} on a two-document corpus, one thread). Tokenisation is done once in the
 * setup. Run: {@code java -cp ... org.openjdk.jmh.Main AlignerBenchmark} from the repository root
 * (the demo texts are read from {@code examples/}, or from the folder in {@code -Dsverka.demo}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AlignerBenchmark {
  @Param({"0.0", "0.1", "0.2"})
  public double editRate;

  private ReuseRun.Tokens tokens;
  private ReuseDetector detector;

  @Setup
  public void setUp() throws Exception {
    SentencePool pool =
        SentencePool.fromDirectory(
            Path.of(System.getProperty("sverka.demo", SentencePool.DEMO.toString())));
    PlantedCorpus c = PlantedCorpus.generate(pool, pairSpec(42, editRate));
    if (c.docs().size() != 2 || c.cases().size() != 1) {
      throw new IllegalStateException(
          "expected 2 documents and 1 case, got " + c.docs().size() + ", " + c.cases().size());
    }
    tokens = ReuseRun.tokens(c.docs());
    detector = new ReuseDetector(ReuseDetector.Options.defaults().withThreads(1));
    List<Passage> found = detector.detect(tokens.docs(), tokens.vocabulary());
    if (found.isEmpty()) {
      throw new IllegalStateException("the planted passage was not found");
    }
  }

  /** Two documents of 5,000 characters and one case of 250-350 words between them. */
  static PlantedCorpus.Spec pairSpec(long seed, double editRate) {
    return new PlantedCorpus.Spec(seed, 10_000, editRate, 5_000, 5_000, 10, 250, 350, 0, 0.3);
  }

  @Benchmark
  public void detectPair(Blackhole bh) {
    bh.consume(detector.detect(tokens.docs(), tokens.vocabulary()));
  }
}
