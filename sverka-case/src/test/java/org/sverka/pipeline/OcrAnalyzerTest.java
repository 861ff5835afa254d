package org.sverka.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.ingest.OcrSettings;
import org.sverka.ingest.PageLayout;
import org.sverka.ingest.Problem;
import org.sverka.ingest.Scans;
import org.sverka.ingest.Tesseract;
import org.sverka.store.CaseFile;
import org.sverka.store.DocumentTables;

/**
 * {@code analyze} on a folder of scans: what a missing Tesseract does, incremental OCR, a mixed PDF
 * (only its scanned pages are OCR'd), a Russian scan with {@code language: [eng, rus]}, and the
 * files OCR cannot read beside ones it can.
 */
class OcrAnalyzerTest {
  /**
   * A page scanned 1° askew. (Noise on a page that is nearly empty makes Tesseract look for words
   * in the specks for minutes: the noisy pages are full ones, in OcrNoisyScanTest.)
   */
  static final Scans.Spoil SKEWED = new Scans.Spoil(0, 0, 1.0, 0);

  @TempDir static Path tmp;
  static Path corpus;

  @BeforeAll
  static void scans() throws Exception {
    Scans.requireTesseract(OcrAnalyzerTest.class);
    corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("notes.txt"), "Notes typed by the archivist.\n");
    Scans.png(
        Scans.pages(
                "A letter scanned from the archive of the Left Opposition.", 12, Scans.Spoil.CLEAN)
            .get(0),
        corpus.resolve("letter.png"));
    Scans.pdf(
        List.of(
            new Scans.TextPage(List.of("Minutes of the meeting, page one.")),
            new Scans.ScanPage(
                Scans.pages("Page two was a photocopy of the typescript.", 12, Scans.Spoil.CLEAN)
                    .get(0)),
            new Scans.ScanPage(
                Scans.pages("So was page three, with its signatures.", 12, SKEWED).get(0)),
            new Scans.TextPage(List.of("Page four has a text layer again."))),
        corpus.resolve("minutes.pdf"));
    String russian = "Письмо Троцкого из Алма-Аты.\nНиколаев и Киров, декабрь 1934 года.";
    Path cp1251 = tmp.resolve("ru.txt");
    Files.write(cp1251, russian.getBytes(Charset.forName("windows-1251")));
    Scans.png(
        Scans.pages(
                Files.readString(cp1251, Charset.forName("windows-1251")), 12, Scans.Spoil.CLEAN)
            .get(0),
        corpus.resolve("pismo.png"));
    Files.write(
        corpus.resolve("torn.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2});
    Files.writeString(corpus.resolve("sources.yaml"), "language: [eng, rus]\ndocuments: []\n");
  }

  static int pagesRead;
  static final java.util.concurrent.atomic.AtomicInteger livePages =
      new java.util.concurrent.atomic.AtomicInteger();

  static Analyzer.Result analyse(Path caseDir, Tesseract t, Analyzer.Options o) throws Exception {
    pagesRead = 0;
    livePages.set(0);
    Analyzer.Listener pages =
        new Analyzer.Listener() {
          @Override
          public void pagesRead(int n) {
            pagesRead += n;
          }

          @Override
          public void ocrProgress(int n) {
            livePages.addAndGet(n);
          }
        };
    try (CaseFile cf = CaseFile.open(caseDir)) {
      return new Analyzer(pages, t).run(cf, o);
    }
  }

  static Analyzer.Options options() {
    return new Analyzer.Options(List.of(corpus), null, Analyzer.Options.DEFAULT_MAX_FILE_BYTES, 2)
        .withoutNames();
  }

  @Test
  void withoutTesseractTheScansAreNamedOnceAndTheRestAnalysed() throws Exception {
    Analyzer.Result r = analyse(tmp.resolve("none"), Tesseract.find("none"), options());
    assertThat(r.ok()).isFalse();
    assertThat(r.analysed()).isEqualTo(1);
    assertThat(r.skippedFiles())
        .extracting(f -> Path.of(f).getFileName().toString())
        .containsExactly("letter.png", "minutes.pdf", "pismo.png", "torn.jpg");
    List<Problem> tess = r.problems().stream().filter(p -> p.file().equals("tesseract")).toList();
    assertThat(tess).hasSize(1);
    assertThat(tess.get(0).message()).contains("Tesseract is not installed, so 3 files");
    assertThat(r.problems().stream().filter(p -> p.message().contains("apt-get install tesseract")))
        .hasSize(1);
    assertThat(r.problems().stream().filter(p -> p.file().endsWith("torn.jpg")).findFirst())
        .hasValueSatisfying(p -> assertThat(p.message()).startsWith("not a valid JPEG image"));
  }

  @Test
  void scansAreOcrdOnceAndAgainOnlyWhenTheSettingsChange() throws Exception {
    Path caseDir = tmp.resolve("case");
    Tesseract t = Tesseract.system();
    Analyzer.Result first = analyse(caseDir, t, options());
    assertThat(first.analysed()).isEqualTo(4);
    // the progress counts the pages OCR read: letter 1, minutes 2 of 4, pismo 1
    assertThat(pagesRead).isEqualTo(4);
    // and was told of each page as OCR read it, not only when its file was done
    assertThat(livePages).hasValue(4);
    assertThat(first.skippedFiles()).hasSize(1).allMatch(f -> f.endsWith("torn.jpg"));
    try (CaseFile cf = CaseFile.open(caseDir)) {
      DocumentTables docs = new DocumentTables(cf);
      PageLayout minutes = docs.layout("minutes");
      assertThat(minutes.pages())
          .extracting(PageLayout.Page::ocr)
          .containsExactly(false, true, true, false);
      assertThat(minutes.ocrPages()).isEqualTo(2);
      String text = docs.text("minutes").orElseThrow();
      assertThat(text)
          .contains(
              "Minutes of the meeting, page one.",
              "photocopy of the typescript",
              "Page four has a text layer again.");
      assertThat(docs.text("pismo").orElseThrow()).contains("Троцкого", "Николаев", "Киров");
      assertThat(docs.layout("notes")).isEqualTo(PageLayout.NONE);
    }
    Analyzer.Result again = analyse(caseDir, t, options());
    assertThat(again.analysed()).isZero();
    assertThat(again.unchanged()).isEqualTo(4);
    // other OCR languages: the scans are read again, the text file is not
    Analyzer.Result eng =
        analyse(caseDir, t, options().withOcr(OcrSettings.Mode.AUTO, List.of("eng")));
    assertThat(eng.analysed()).isEqualTo(3);
    assertThat(eng.unchanged()).isEqualTo(1);
    // never: the image and the mixed PDF's scanned pages are not read
    Analyzer.Result never = analyse(caseDir, t, options().withOcr(OcrSettings.Mode.NEVER, null));
    assertThat(never.skippedFiles())
        .extracting(f -> Path.of(f).getFileName().toString())
        .contains("letter.png", "pismo.png");
    try (CaseFile cf = CaseFile.open(caseDir)) {
      assertThat(new DocumentTables(cf).layout("minutes").ocrPages()).isZero();
    }
  }
}
