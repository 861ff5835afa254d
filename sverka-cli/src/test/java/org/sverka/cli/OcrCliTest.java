package org.sverka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
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

  /**
   * The report's page of the scan shows the kept page image (1000 pixels wide) with a box over each
   * OCR line: the box of line 1, scaled to the image, covers ink, and a box-sized area below the
   * last line holds none. A second report after an incremental analyze is byte for byte the same.
   */
  @Test
  void theReportShowsThePageImageWithTheLinesBoxed() throws Exception {
    assertThat(Cli.run("report", "--case", caseDir.toString()).code()).isZero();
    Path page = caseDir.resolve("report/doc/scan.html");
    String html = Files.readString(page);
    assertThat(html).contains("<figure class=\"scan\" id=\"P1\">").contains("figure.scan .box");
    Matcher img = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(html);
    assertThat(img.find()).isTrue();
    BufferedImage image =
        ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(img.group(1))));
    assertThat(image.getWidth()).isEqualTo(1000);
    Matcher box =
        Pattern.compile(
                "data-line=\"1\" href=\"#L1\" title=\"line 1\" style=\"left:([\\d.]+)%;top:([\\d.]+)%;"
                    + "width:([\\d.]+)%;height:([\\d.]+)%\"")
            .matcher(html);
    assertThat(box.find()).as(html.substring(0, Math.min(html.length(), 3000))).isTrue();
    double[] b = new double[4];
    for (int i = 0; i < 4; i++) {
      b[i] = Double.parseDouble(box.group(i + 1)) / 100;
    }
    int x = (int) (b[0] * image.getWidth());
    int y = (int) (b[1] * image.getHeight());
    int w = (int) (b[2] * image.getWidth());
    int h = (int) (b[3] * image.getHeight());
    assertThat(darkPixels(image, x, y, w, h)).isGreaterThan(w * h / 20);
    assertThat(darkPixels(image, x, image.getHeight() - 3 * h, w, h)).isZero();
    assertThat(html).contains("data-line=\"3\" href=\"#L3\"");

    Cli.Run again =
        Cli.run("analyze", corpus.toString(), "--case", caseDir.toString(), "--ocr-lang", "eng");
    assertThat(again.out() + again.err()).contains("0 analysed, 1 unchanged");
    assertThat(Cli.run("report", "--case", caseDir.toString()).code()).isZero();
    assertThat(Files.readString(page)).isEqualTo(html);

    // OCR'd afresh into another case: the same image bytes, the same page
    Path other = tmp.resolve("case-again");
    assertThat(
            Cli.run("analyze", corpus.toString(), "--case", other.toString(), "--ocr-lang", "eng")
                .code())
        .isZero();
    assertThat(Cli.run("report", "--case", other.toString()).code()).isZero();
    assertThat(Files.readString(other.resolve("report/doc/scan.html"))).isEqualTo(html);
  }

  private static int darkPixels(BufferedImage img, int x, int y, int w, int h) {
    int n = 0;
    for (int j = y; j < y + h; j++) {
      for (int i = x; i < x + w; i++) {
        if ((img.getRGB(i, j) & 0xFF) < 128) {
          n++;
        }
      }
    }
    return n;
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
