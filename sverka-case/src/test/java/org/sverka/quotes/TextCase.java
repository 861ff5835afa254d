package org.sverka.quotes;

import java.nio.file.Path;
import java.util.List;
import org.sverka.pipeline.Analyzer;
import org.sverka.store.CaseFile;

/** The quotation tests' small cases: a folder of made-up texts analysed without the name stage. */
final class TextCase {
  private TextCase() {}

  /** Analyses the folder {@code in} (its texts and sources.yaml) into a new case at {@code dir}. */
  static CaseFile analyse(Path in, Path dir) throws Exception {
    CaseFile cf = CaseFile.open(dir);
    new Analyzer(null)
        .run(
            cf,
            new Analyzer.Options(List.of(in), null, Analyzer.Options.DEFAULT_MAX_FILE_BYTES, 1)
                .withoutNames());
    return cf;
  }
}
