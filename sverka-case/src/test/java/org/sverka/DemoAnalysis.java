package org.sverka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.sverka.pipeline.Analyzer;
import org.sverka.store.CaseFile;

/**
 * Runs {@code sverka analyze} on the demo corpus into a case, for the tests of the whole pipeline.
 */
public final class DemoAnalysis {
  private DemoAnalysis() {}

  /**
   * Analyses the demo corpus into {@code cf} (two threads) and checks that no file had a problem.
   */
  public static Analyzer.Result analyse(CaseFile cf) throws Exception {
    Analyzer.Result r =
        new Analyzer(null)
            .run(
                cf,
                new Analyzer.Options(
                    List.of(Corpus.DIR), null, Analyzer.Options.DEFAULT_MAX_FILE_BYTES, 2));
    assertThat(r.problems()).isEmpty();
    return r;
  }
}
