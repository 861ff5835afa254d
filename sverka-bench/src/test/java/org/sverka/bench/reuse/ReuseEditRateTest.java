package org.sverka.bench.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the issue asks of the detector on the generated benchmark: passage-level F1 of at least 0.95
 * with up to 20% of words edited. Per rate, two planted corpora of 300 KB (about 60 cases),
 * generated in memory from the demo texts, default options.
 */
class ReuseEditRateTest {
  static SentencePool pool;

  /** The demo texts, found from the module folder or the repository root. */
  static Path demo() {
    for (Path p : new Path[] {Path.of("..").resolve(SentencePool.DEMO), SentencePool.DEMO}) {
      if (Files.isDirectory(p)) {
        return p;
      }
    }
    throw new IllegalStateException("demo texts not found from " + Path.of("").toAbsolutePath());
  }

  @BeforeAll
  static void pool() throws Exception {
    pool = SentencePool.fromDirectory(demo());
  }

  @ParameterizedTest(name = "edit rate {0}")
  @ValueSource(doubles = {0.0, 0.05, 0.10, 0.15, 0.20})
  void passageF1IsAtLeast095(double rate) {
    EditRateEvaluation.Row row = EditRateEvaluation.evaluate(pool, 300_000, rate, 2, 5);
    System.out.println(EditRateEvaluation.line(row));
    assertThat(row.measuredRate()).isBetween(rate - 0.01, rate + 0.01);
    assertThat(row.scores().cases()).isGreaterThanOrEqualTo(50);
    assertThat(row.scores().f1())
        .as("passage F1 at edit rate %s: %s%n%s", rate, row.scores(), row.details())
        .isGreaterThanOrEqualTo(0.95);
  }
}
