package org.sverka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.store.CaseFile;
import org.sverka.store.DocumentTables;

/**
 * A file whose analysis never ends (a parser caught in a loop, simulated by the analyzer's test
 * hook, deaf to interrupts) is skipped after {@code --file-timeout} with a one-line reason, on one
 * thread as on several, and every other file is analysed.
 */
class StalledFileIT {
  @TempDir Path tmp;

  @Test
  void aFileThatNeverFinishesIsSkippedAfterItsTimeBound() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("a-letter.txt"), "A letter from Springfield, 3 May 1851.\n");
    Files.writeString(in.resolve("stuck.txt"), "This file never finishes.\n");
    Files.writeString(in.resolve("z-minutes.txt"), "Minutes of the meeting at Bristol.\n");
    Subprocess.Run run =
        Subprocess.sverka(
            List.of(),
            Subprocess.classpath(),
            List.of("-Dsverka.test.stallFile=stuck.txt"),
            "analyze",
            in.toString(),
            "--case",
            tmp.resolve("case").toString(),
            "--threads",
            "1",
            "--file-timeout",
            "5s");
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.err())
        .contains("stuck.txt: took longer than 5 s to read and analyse: skipped")
        .doesNotContain("internal error");
    try (CaseFile cf = CaseFile.open(tmp.resolve("case"))) {
      assertThat(new DocumentTables(cf).documentIds())
          .containsExactlyInAnyOrder("a-letter", "z-minutes");
    }
  }
}
