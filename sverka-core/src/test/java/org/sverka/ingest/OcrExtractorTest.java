package org.sverka.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.text.LineMap;

/**
 * OCR through Debian's Tesseract on pages this test typesets at 300 dpi. Without Tesseract the
 * class is skipped with one loud line, unless {@code -Dsverka.require.tesseract=true} ({@code
 * .ci/run}) makes it fail.
 */
class OcrExtractorTest {
  static final String LETTER =
      "Comrade Volynsky, the representative of the G.P.U., handed me the ultimatum on December 16,"
          + " 1928.\n\nI answered that renouncing my political activity would mean renouncing"
          + " the struggle for the interests of the international proletariat.";

  @TempDir static Path tmp;
  static Tesseract tesseract;
  final Extractor extractor = new Extractor(100_000_000L, tesseract);

  @BeforeAll
  static void needsTesseract() {
    tesseract = Scans.requireTesseract(OcrExtractorTest.class);
  }

  static String words(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }

  @Test
  void aPngIsReadLineByLineWithBoxesAndConfidences() throws Exception {
    List<BufferedImage> pages = Scans.pages(LETTER, 12, Scans.Spoil.CLEAN);
    Path png = Scans.png(pages.get(0), tmp.resolve("letter.png"));
    Extracted e = extractor.extract(png, null, OcrSettings.DEFAULT);
    assertThat(e.mediaType()).isEqualTo("image/png");
    assertThat(words(e.text())).isEqualTo(words(LETTER));
    PageLayout layout = e.layout();
    assertThat(layout.pages()).hasSize(1);
    assertThat(layout.pages().get(0).ocr()).isTrue();
    assertThat(layout.pages().get(0).width()).isEqualTo(Scans.WIDTH);
    // every OCR line is one line of the text, its words at their characters
    LineMap lines = LineMap.of(e.text());
    assertThat(layout.ocrLines()).isNotEmpty();
    int lastTop = -1;
    for (PageLayout.OcrLine l : layout.ocrLines()) {
      String line =
          e.text().substring(lines.lineStart(l.line()), lines.contentEnd(e.text(), l.line()));
      assertThat(l.words()).isNotEmpty();
      assertThat(l.words().get(l.words().size() - 1).end()).isEqualTo(line.length());
      assertThat(l.box().top()).isGreaterThan(lastTop);
      assertThat(l.box().left()).isBetween(Scans.MARGIN - 20, Scans.MARGIN + 40);
      lastTop = l.box().top();
      for (PageLayout.Word w : l.words()) {
        assertThat(line.substring(w.start(), w.end())).doesNotContain(" ");
        assertThat(w.confidence()).isBetween(0, 100);
      }
    }
    // the paragraph break is a blank line
    assertThat(e.text()).contains("1928.\n\nI answered");
  }

  @Test
  void aMultiPageTiffKeepsItsPages() throws Exception {
    String text = LETTER + "\n" + "x\n".repeat(3);
    List<BufferedImage> pages = new ArrayList<>();
    pages.add(Scans.pages("The first page of the scan.", 12, Scans.Spoil.CLEAN).get(0));
    pages.add(Scans.pages("The second page of the scan.", 12, Scans.Spoil.CLEAN).get(0));
    Path tif = Scans.tiff(pages, tmp.resolve("two.tif"));
    Extracted e = extractor.extract(tif, null, OcrSettings.DEFAULT);
    assertThat(text).isNotEmpty();
    assertThat(e.mediaType()).isEqualTo("image/tiff");
    assertThat(e.layout().pages()).hasSize(2);
    int line2 = e.text().lines().toList().indexOf("The second page of the scan.") + 1;
    assertThat(line2).isPositive();
    assertThat(e.layout().pageOf(line2).orElseThrow().number()).isEqualTo(2);
    assertThat(e.layout().ocrLine(line2).orElseThrow().page()).isEqualTo(2);
  }

  @Test
  void onlyTheScannedPagesOfAMixedPdfAreOcrd() throws Exception {
    List<Scans.PdfPage> pages =
        List.of(
            new Scans.TextPage(List.of("A page with a text layer.", "Its second line.")),
            new Scans.ScanPage(
                Scans.pages("A scanned page, read by OCR.", 12, Scans.Spoil.CLEAN).get(0)),
            new Scans.TextPage(List.of("Another page with text.")),
            new Scans.ScanPage(
                Scans.pages("The last page was scanned too.", 12, Scans.Spoil.CLEAN).get(0)));
    Path pdf = Scans.pdf(pages, tmp.resolve("mixed.pdf"));
    Extracted never = extractor.extract(pdf, null, OcrSettings.OFF);
    Extracted e = extractor.extract(pdf, null, OcrSettings.DEFAULT);
    assertThat(e.layout().ocrPages()).isEqualTo(2);
    assertThat(e.layout().pages())
        .extracting(PageLayout.Page::ocr)
        .containsExactly(false, true, false, true);
    assertThat(e.text())
        .contains("A page with a text layer.\nIts second line.")
        .contains("A scanned page, read by OCR.")
        .contains("Another page with text.")
        .contains("The last page was scanned too.");
    // the text pages are Tika's text, unchanged
    assertThat(e.text()).startsWith(never.text().substring(0, never.text().indexOf("line.") + 5));
    int scanned = e.text().lines().toList().indexOf("A scanned page, read by OCR.") + 1;
    assertThat(e.layout().pageOf(scanned).orElseThrow().number()).isEqualTo(2);
    int text = e.text().lines().toList().indexOf("Another page with text.") + 1;
    assertThat(e.layout().pageOf(text).orElseThrow().number()).isEqualTo(3);
    assertThat(e.layout().ocrLine(text)).isEmpty();
    // always: the text pages are OCR'd as well
    OcrSettings always = new OcrSettings(OcrSettings.Mode.ALWAYS, List.of("eng"));
    assertThat(extractor.extract(pdf, null, always).layout().ocrPages()).isEqualTo(4);
  }

  @Test
  void aRussianPageFromACp1251TextIsRead() throws Exception {
    String russian =
        "Троцкий ответил Сталину из Алма-Аты.\nНиколаев убил Кирова в Ленинграде в декабре 1934 года.";
    Path cp1251 = tmp.resolve("ru.txt");
    Files.write(cp1251, russian.getBytes(Charset.forName("windows-1251")));
    Extracted source = extractor.extract(cp1251);
    assertThat(source.charset()).isEqualTo("windows-1251");
    Path png =
        Scans.png(Scans.pages(source.text(), 12, Scans.Spoil.CLEAN).get(0), tmp.resolve("ru.png"));
    OcrSettings rus = OcrSettings.DEFAULT.withLanguages(OcrSettings.parseLanguages(List.of("ru")));
    Extracted e = extractor.extract(png, null, rus);
    assertThat(e.text()).contains("Троцкий", "Сталину", "Николаев", "Кирова", "Ленинграде", "1934");
  }

  @Test
  void aCorruptImageIsOneLineNamingTheProblem() throws Exception {
    byte[] bytes = new byte[4096];
    System.arraycopy(
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, bytes, 0, 8);
    new java.util.Random(7).nextBytes(java.nio.ByteBuffer.wrap(bytes, 8, 100).array());
    for (int i = 0; i < 8; i++) {
      bytes[i] = new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}[i];
    }
    Path bad = Files.write(tmp.resolve("torn.png"), bytes);
    assertThatThrownBy(() -> extractor.extract(bad, null, OcrSettings.DEFAULT))
        .isInstanceOf(UnusableInputException.class)
        .hasMessageStartingWith("not a valid PNG image")
        .hasMessageNotContaining("\n");
  }

  @Test
  void aHugeImageIsRefusedFromItsHeader() throws Exception {
    Path huge = Scans.hugePng(20_000, 20_000, tmp.resolve("huge.png"));
    assertThat(Files.size(huge)).isLessThan(1_000_000);
    assertThatThrownBy(() -> extractor.extract(huge, null, OcrSettings.DEFAULT))
        .isInstanceOf(UnusableInputException.class)
        .hasMessageContaining("20000 × 20000 pixels (400 megapixels), more than OCR reads");
  }

  @Test
  void twoThousandBlankPagesAreEmptyNotTwoThousandOcrRuns() throws Exception {
    List<Scans.PdfPage> pages = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      pages.add(new Scans.BlankPage());
    }
    Path pdf = Scans.pdf(pages, tmp.resolve("blank.pdf"));
    assertThatThrownBy(() -> extractor.extract(pdf, null, OcrSettings.DEFAULT))
        .isInstanceOf(UnusableInputException.class)
        .hasMessageContaining("file is empty")
        .hasMessageContaining("2000 pages");
  }

  @Test
  void withoutTesseractAScanIsNamedAndNotRead() throws Exception {
    Extractor none = new Extractor(100_000_000L, Tesseract.find("none"));
    Path png = Scans.png(Scans.pages(LETTER, 12, Scans.Spoil.CLEAN).get(0), tmp.resolve("n.png"));
    assertThatThrownBy(() -> none.extract(png, null, OcrSettings.DEFAULT))
        .isInstanceOfSatisfying(
            UnusableInputException.class, e -> assertThat(e.needsTesseract()).isTrue())
        .hasMessageContaining("Tesseract is not installed");
  }

  @Test
  void aMissingLanguageSaysWhichPackageToInstall() throws Exception {
    Path png = Scans.png(Scans.pages(LETTER, 12, Scans.Spoil.CLEAN).get(0), tmp.resolve("l.png"));
    OcrSettings klingon = OcrSettings.DEFAULT.withLanguages(List.of("tlh"));
    assertThatThrownBy(() -> extractor.extract(png, null, klingon))
        .hasMessageContaining("OCR language 'tlh' is not installed")
        .hasMessageContaining("tesseract-ocr-tlh");
  }
}
