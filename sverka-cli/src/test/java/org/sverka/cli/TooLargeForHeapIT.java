package org.sverka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.store.CaseFile;
import org.sverka.store.DocumentTables;

/**
 * A 50 MB text file without a line break, analysed beside a small good file in a JVM with a 300 MB
 * heap: the big file is skipped with a one-line reason saying how to give more heap, the good file
 * is analysed, and the run ends normally (exit 1, bad input) instead of an internal error.
 */
class TooLargeForHeapIT {
  @TempDir Path tmp;

  @Test
  void aFileTheHeapCannotHoldIsSkippedAndTheOthersAnalysed() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(
        in.resolve("good.txt"), "A letter from Springfield.\n\nIt names Ellen Terry twice.\n");
    // words of a made-up language, so that nothing repeats much: a long text, not a pattern
    SplittableRandom random = new SplittableRandom(1858);
    try (BufferedWriter w = Files.newBufferedWriter(in.resolve("one-line.txt"))) {
      long written = 0;
      StringBuilder word = new StringBuilder();
      while (written < 50_000_000) {
        word.setLength(0);
        if (random.nextInt(12) == 0) {
          word.append((char) ('A' + random.nextInt(26)));
        }
        for (int n = 2 + random.nextInt(8); n > 0; n--) {
          word.append((char) ('a' + random.nextInt(26)));
        }
        word.append(random.nextInt(20) == 0 ? ", " : " ");
        w.write(word.toString());
        written += word.length();
      }
    }
    Path caseDir = tmp.resolve("case");
    Subprocess.Run run =
        Subprocess.sverka(
            List.of(),
            Subprocess.classpath(),
            List.of("-Xmx300m"),
            "analyze",
            in.toString(),
            "--case",
            caseDir.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.err())
        .doesNotContain("internal error")
        .containsPattern(
            "one-line\\.txt: too large for the heap: \\d+ MB did not fit in .*-Xmx\\d+g");
    assertThat(run.out()).contains("1 documents in the case: 1 analysed");
    try (CaseFile cf = CaseFile.open(caseDir)) {
      assertThat(new DocumentTables(cf).documentIds()).containsExactly("good");
      assertThat(cf.integrityCheck()).isEqualTo("ok");
    }
    assertThat(Files.readString(in.resolve("good.txt"), StandardCharsets.UTF_8)).contains("Terry");
  }
}
