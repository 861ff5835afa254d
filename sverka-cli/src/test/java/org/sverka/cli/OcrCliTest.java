package org.sverka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.ingest.Scans;

/**
 * {@code analyze --ocr ...} on a scan, and {@code show} giving its page, box and doubtful words.
 */
class OcrCliTest {
  @TempDir static Path tmp;
  static Path corpus;
  static Path caseDir;

  @BeforeAll
  static void analyse() throws Exception {
    Scans.requireTesseract(OcrCliTest.class);
    corpus = Files.createDirectories(tmp.resolve("corpus"));
    Scans.png(
        Scans.pages(
                "The assassin Nicolaiev was an obscure employee of the Soviet apparatus.\n\n"
                    + "Zinoviev and Kamenev were arrested in Moscow.",
                12,
                Scans.Spoil.CLEAN)
            .get(0),
        corpus.resolve("scan.png"));
    caseDir = tmp.resolve("case");
    Cli.Run r =
        Cli.run("analyze", corpus.toString(), "--case", caseDir.toString(), "--ocr-lang", "eng");
    assertThat(r.code()).as(r.err()).isZero();
  }

  @Test
  void showGivesThePageAndTheBoxOfAnOcrLine() {
    Cli.Run r = Cli.run("show", "scan:1", "--case", caseDir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    System.out.println(r.out());
    assertThat(r.out())
        .contains("── page 1")
        .contains(">1  The assassin Nicolaiev")
        .containsPattern("OCR: page 1, box x=2\\d\\d y=\\d+ \\d+×\\d+ px");
    Cli.Run json = Cli.run("show", "scan:1", "--case", caseDir.toString(), "--format", "json");
    assertThat(json.out())
        .contains("\"page\" : 1")
        .contains("\"box\" : {")
        .contains("\"doubtful\" : [");
  }

  @Test
  void badOcrOptionsAreOneLine() {
    Cli.Run r =
        Cli.run("analyze", corpus.toString(), "--case", caseDir.toString(), "--ocr", "sometimes");
    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("--ocr must be never, auto or always, not 'sometimes'");
    Cli.Run lang =
        Cli.run("analyze", corpus.toString(), "--case", caseDir.toString(), "--ocr-lang", "tlh");
    assertThat(lang.code()).isEqualTo(1);
    assertThat(lang.err()).contains("OCR language 'tlh' is not installed");
  }
}
