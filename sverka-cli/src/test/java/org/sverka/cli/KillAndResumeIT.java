package org.sverka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.store.CaseFile;
import org.sverka.store.DocumentTables;

/**
 * A run killed half-way (the JVM halts like kill -9, with no finally blocks or shutdown hooks,
 * after writing two documents) leaves a consistent case; the next run completes it.
 */
class KillAndResumeIT {
  @TempDir Path tmp;

  @Test
  void killedRunIsCompletedByTheNext() throws Exception {
    Path corpus = DemoCommand.extractCorpus(tmp.resolve("corpus"));
    Path caseDir = tmp.resolve("case");

    Subprocess.Run killed =
        Subprocess.sverka(
            List.of(),
            Subprocess.classpath(),
            List.of("-Dsverka.test.haltAfterDocuments=2"),
            "analyze",
            corpus.toString(),
            "--case",
            caseDir.toString(),
            "--threads",
            "1");
    assertThat(killed.code()).as(killed.err()).isEqualTo(137);
    try (CaseFile cf = CaseFile.open(caseDir)) {
      assertThat(cf.integrityCheck()).isEqualTo("ok");
      assertThat(new DocumentTables(cf).documentIds()).hasSize(2);
      assertThat(cf.runs()).singleElement().extracting(CaseFile.Run::status).isEqualTo("running");
      // each document is whole: its paragraphs are there
      for (String id : new DocumentTables(cf).documentIds()) {
        assertThat(new DocumentTables(cf).document(id, true).orElseThrow().paragraphs())
            .isNotEmpty();
      }
    }

    Subprocess.Run resumed =
        Subprocess.sverka(
            List.of(),
            Subprocess.classpath(),
            List.of(),
            "analyze",
            corpus.toString(),
            "--case",
            caseDir.toString());
    assertThat(resumed.code()).as(resumed.err()).isZero();
    assertThat(resumed.out())
        .contains("5 documents in the case: 3 analysed, 2 unchanged")
        .contains("interrupted");
    try (CaseFile cf = CaseFile.open(caseDir)) {
      assertThat(cf.integrityCheck()).isEqualTo("ok");
      assertThat(new DocumentTables(cf).documentIds()).hasSize(5);
      assertThat(cf.runs()).extracting(CaseFile.Run::status).containsExactly("interrupted", "ok");
    }
  }
}
