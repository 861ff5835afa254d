package org.sverka.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sverka.Corpus;
import org.sverka.pipeline.Analyzer;
import org.sverka.store.CaseFile;

/** The demo corpus analysed once per test JVM into a temporary case, for the export tests. */
final class DemoExportCase {
  private static Path dir;

  private DemoExportCase() {}

  static synchronized Path dir() throws Exception {
    if (dir == null) {
      Path d = Files.createTempDirectory("sverka-export-demo");
      try (CaseFile cf = CaseFile.open(d)) {
        new Analyzer(null)
            .run(
                cf,
                new Analyzer.Options(
                    List.of(Corpus.DIR), null, Analyzer.Options.DEFAULT_MAX_FILE_BYTES, 2));
      }
      dir = d;
    }
    return dir;
  }
}
