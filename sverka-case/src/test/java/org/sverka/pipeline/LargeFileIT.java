package org.sverka.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.store.CaseFile;
import org.sverka.store.DocumentTables;
import org.sverka.store.StoredDocument;

/** A 50 MB file on one line is analysed (it is under the default limit), not choked on. */
class LargeFileIT {
  @TempDir Path tmp;

  @Test
  void fiftyMegabyteSingleLineFile() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Path big = in.resolve("one-line.txt");
    String[] words = {
      "the",
      "commission",
      "heard",
      "Trotsky",
      "on",
      "Kirov",
      "and",
      "Zinoviev,",
      "41.5",
      "per",
      "cent."
    };
    long size = 0;
    int i = 0;
    try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      while (size < 50L * 1024 * 1024) {
        String word = words[i++ % words.length];
        w.write(word);
        w.write(' ');
        size += word.length() + 1;
      }
    }
    Files.writeString(in.resolve("small.txt"), "A small file beside it.\n");
    try (CaseFile cf = CaseFile.open(tmp.resolve("case"))) {
      Analyzer.Result r =
          new Analyzer(null)
              .run(
                  cf,
                  new Analyzer.Options(
                          List.of(in), null, Analyzer.Options.DEFAULT_MAX_FILE_BYTES, 2)
                      // an ingestion test: 8 million words through the name CRF would take an hour
                      .withoutNames());
      assertThat(r.problems()).isEmpty();
      assertThat(r.analysed()).isEqualTo(2);
      StoredDocument d = new DocumentTables(cf).document("one-line", false).orElseThrow();
      assertThat(d.lines()).isEqualTo(1);
      assertThat(d.words()).isGreaterThan(8_000_000);
    }
    // under a lower limit the same file is skipped with a reason, and the small one is kept
    try (CaseFile cf = CaseFile.open(tmp.resolve("case2"))) {
      Analyzer.Result r =
          new Analyzer(null)
              .run(
                  cf, new Analyzer.Options(List.of(in), null, 10L * 1024 * 1024, 1).withoutNames());
      assertThat(r.analysed()).isEqualTo(1);
      assertThat(r.problems())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.file()).endsWith("one-line.txt");
                assertThat(p.message()).contains("larger than the limit");
              });
    }
  }
}
