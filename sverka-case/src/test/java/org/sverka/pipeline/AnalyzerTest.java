package org.sverka.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.Corpus;
import org.sverka.document.Part;
import org.sverka.ingest.Problem;
import org.sverka.store.CaseFile;
import org.sverka.store.DocumentTables;
import org.sverka.store.StoredDocument;

class AnalyzerTest {
  @TempDir Path tmp;

  static Path copyCorpus(Path to) throws IOException {
    Files.createDirectories(to);
    try (var files = Files.list(Corpus.DIR)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
    return to;
  }

  static Analyzer.Result analyze(Path caseDir, Path... inputs) throws Exception {
    try (CaseFile cf = CaseFile.open(caseDir)) {
      return new Analyzer(null)
          .run(
              cf,
              new Analyzer.Options(
                  List.of(inputs), null, Analyzer.Options.DEFAULT_MAX_FILE_BYTES, 2));
    }
  }

  @Test
  void aFileBoundGrowsWithItsSizeAndTheOcrPagesReadUnlessItIsFixed() {
    Analyzer.Options auto =
        new Analyzer.Options(List.of(tmp), null, Analyzer.Options.DEFAULT_MAX_FILE_BYTES, 1);
    long mb = 1024 * 1024;
    assertThat(auto.timeoutFor(0, 0)).isEqualTo(Duration.ofMinutes(5));
    assertThat(auto.timeoutFor(3 * mb + 5, 0)).isEqualTo(Duration.ofMinutes(8));
    // a 300-page scan read at 30 s a page would pass 5 minutes and a minute per MB
    assertThat(auto.timeoutFor(20 * mb, 300)).isEqualTo(Duration.ofMinutes(25 + 450));
    Analyzer.Options fixed = auto.withFileTimeout(Duration.ofSeconds(90));
    assertThat(fixed.timeoutFor(20 * mb, 300)).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void analysesTheDemoCorpusWithItsSourcesYaml() throws Exception {
    Path corpus = copyCorpus(tmp.resolve("corpus"));
    Analyzer.Result r = analyze(tmp.resolve("case"), corpus);
    assertThat(r.problems()).isEmpty();
    assertThat(r.analysed()).isEqualTo(5);
    try (CaseFile cf = CaseFile.open(tmp.resolve("case"))) {
      assertThat(new DocumentTables(cf).documentIds())
          .containsExactly(
              "stalin-works-10",
              "trotsky-compilation",
              "trotsky-dewey-13",
              "trotsky-kirov-1935",
              "trotsky-reply-1928");
      StoredDocument stalin =
          new DocumentTables(cf).document("stalin-works-10", false).orElseThrow();
      assertThat(stalin.lines()).isEqualTo(20060);
      assertThat(stalin.parts().stream().filter(p -> !p.implicit()).count()).isEqualTo(17);
      Part report = stalin.partOf(15241);
      assertThat(report.title()).startsWith("Political Report of the Central Committee");
      assertThat(report.date()).isEqualTo("1927-12-03");
      // parts cover every line: Kirov's yaml gives 1-30 and 229-270; the rest is implicit
      StoredDocument kirov =
          new DocumentTables(cf).document("trotsky-kirov-1935", false).orElseThrow();
      assertThat(kirov.parts()).extracting(Part::lineStart).containsExactly(1, 31, 229, 271);
      assertThat(kirov.partOf(100).implicit()).isTrue();
      assertThat(kirov.partOf(100).date()).isEqualTo("1934-12-28");
      assertThat(cf.runs()).last().extracting(CaseFile.Run::status).isEqualTo("ok");
      assertThat(cf.integrityCheck()).isEqualTo("ok");
    }
  }

  @Test
  void rerunReadsOnlyWhatChanged() throws Exception {
    Path corpus = copyCorpus(tmp.resolve("corpus"));
    Path caseDir = tmp.resolve("case");
    analyze(caseDir, corpus);

    Analyzer.Result again = analyze(caseDir, corpus);
    assertThat(again.analysed()).isZero();
    assertThat(again.unchanged()).isEqualTo(5);

    Files.writeString(
        corpus.resolve(Corpus.REPLY), "\nA line added at the end.\n", StandardOpenOption.APPEND);
    Analyzer.Result changed = analyze(caseDir, corpus);
    assertThat(changed.analysed()).isEqualTo(1);
    assertThat(changed.unchanged()).isEqualTo(4);
    try (CaseFile cf = CaseFile.open(caseDir)) {
      assertThat(new DocumentTables(cf).document("trotsky-reply-1928", false).orElseThrow().lines())
          .isEqualTo(83);
      // the changed document was written by the latest run
      assertThat(cf.runs()).hasSize(3);
    }

    Files.delete(corpus.resolve(Corpus.KIROV));
    String yaml = Files.readString(corpus.resolve("sources.yaml"));
    Files.writeString(
        corpus.resolve("sources.yaml"),
        yaml.replace("title: Reply to Stalin", "title: Reply to Stalin (1928)"));
    Analyzer.Result removed = analyze(caseDir, corpus);
    assertThat(removed.removed()).isEqualTo(1);
    assertThat(removed.analysed()).as("the yaml entry of the reply changed").isEqualTo(1);
    // the yaml still lists the deleted file: one problem naming its line
    assertThat(removed.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).endsWith("sources.yaml");
              assertThat(p.line()).isEqualTo(123);
              assertThat(p.message())
                  .contains("trotsky-kirov-assassination-1935.txt")
                  .contains("not found");
            });
    try (CaseFile cf = CaseFile.open(caseDir)) {
      assertThat(new DocumentTables(cf).documentIds())
          .doesNotContain("trotsky-kirov-1935")
          .hasSize(4);
      assertThat(
              new DocumentTables(cf)
                  .document("trotsky-reply-1928", false)
                  .orElseThrow()
                  .meta()
                  .title())
          .isEqualTo("Reply to Stalin (1928)");
    }
  }

  @Test
  void badFilesAreSkippedWithOneLineReasonsAndTheRestIsAnalysed() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("good.txt"), "A good file.\nWith two lines.\n");
    Files.write(in.resolve("empty.txt"), new byte[0]);
    byte[] random = new byte[4096];
    new java.util.Random(42).nextBytes(random);
    Files.write(in.resolve("random.pdf"), random);
    Files.write(
        in.resolve("broken-utf8.txt"),
        "Зиновьев и Каменев\nline two \u00e9\n".getBytes(StandardCharsets.UTF_8));
    byte[] b = Files.readAllBytes(in.resolve("broken-utf8.txt"));
    b[b.length - 3] = (byte) 0xFF; // an invalid byte on line 2
    Files.write(in.resolve("broken-utf8.txt"), b);
    Files.write(
        in.resolve("russian-cp1251.txt"),
        "Зиновьев и Каменев были арестованы в Москве.\n".getBytes("windows-1251"));

    Analyzer.Result r = analyze(tmp.resolve("case"), in);
    assertThat(r.analysed()).isEqualTo(2);
    assertThat(r.skippedFiles()).hasSize(3);
    assertThat(r.problems())
        .extracting(Problem::toString)
        .allSatisfy(s -> assertThat(s).doesNotContain("\n"));
    assertThat(r.problems())
        .anySatisfy(
            p -> {
              assertThat(p.file()).endsWith("empty.txt");
              assertThat(p.message()).contains("empty");
            });
    assertThat(r.problems()).anySatisfy(p -> assertThat(p.file()).endsWith("random.pdf"));
    assertThat(r.problems())
        .anySatisfy(
            p -> {
              assertThat(p.file()).endsWith("broken-utf8.txt");
              assertThat(p.line()).isEqualTo(2);
            });
    try (CaseFile cf = CaseFile.open(tmp.resolve("case"))) {
      assertThat(new DocumentTables(cf).documentIds()).containsExactly("good", "russian-cp1251");
      assertThat(new DocumentTables(cf).document("russian-cp1251", true).orElseThrow().text())
          .startsWith("Зиновьев и Каменев");
      assertThat(cf.runs()).last().extracting(CaseFile.Run::status).isEqualTo("bad-input");
      assertThat(cf.problems(r.runId())).hasSize(3);
    }
  }

  @Test
  void badSourcesYamlLinesAreReportedWithTheirLineAndTheFileIsStillAnalysed() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "Text of a.\n".repeat(10));
    Files.writeString(
        in.resolve("sources.yaml"),
        """
        corpus: test
        documents:
          - id: doc-a
            file: a.txt
            title: A
            colour: red
            parts:
              - lines: 1-3
                title: Opening
              - lines: three-four
                title: Broken
              - lines: 8-40
                title: Too long
        """);
    Analyzer.Result r = analyze(tmp.resolve("case"), in);
    assertThat(r.problems()).extracting(Problem::line).containsExactly(10, 12);
    assertThat(r.problems().get(0).message()).contains("lines: A-B").contains("three-four");
    assertThat(r.problems().get(1).message()).contains("end after the end of a.txt");
    assertThat(r.analysed()).isEqualTo(1);
    assertThat(r.skippedFiles()).isEmpty();
    try (CaseFile cf = CaseFile.open(tmp.resolve("case"))) {
      StoredDocument a = new DocumentTables(cf).document("doc-a", false).orElseThrow();
      assertThat(a.meta().title()).isEqualTo("A");
      assertThat(a.meta().extra()).containsEntry("colour", "red");
      assertThat(a.parts())
          .extracting(Part::lineStart, Part::lineEnd, Part::title)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(1, 3, "Opening"),
              org.assertj.core.groups.Tuple.tuple(4, 7, "A"),
              org.assertj.core.groups.Tuple.tuple(8, 10, "Too long"));
    }
  }
}
