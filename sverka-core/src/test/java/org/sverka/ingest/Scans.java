package org.sverka.ingest;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Scans made for the OCR tests: text typeset on A4 pages in DejaVu Serif (a PDF made with PDFBox)
 * and rendered by Debian's Ghostscript at 300 dpi, optionally with scanner noise and a skew; the
 * pages written as PNG, multi-page TIFF or image-only PDF pages; PDFs mixing text-layer pages and
 * scanned ones.
 */
public final class Scans {
  private Scans() {}

  public static final int DPI = 300;
  static final int WIDTH = 2480;
  static final int HEIGHT = 3508;
  static final int MARGIN = 200;

  /** How a page is spoilt: gaussian noise of {@code sigma} grey levels and specks; a skew. */
  public record Spoil(double noiseSigma, double specks, double skewDegrees, long seed) {
    public static final Spoil CLEAN = new Spoil(0, 0, 0, 0);
    public static final Spoil NOISY_SKEWED = new Spoil(40, 0.001, 1.0, 1928);
  }

  /**
   * Typesets {@code text} (each line a paragraph, wrapped) at {@code points} into A4 pages of a PDF
   * (DejaVu Serif, embedded), renders them with Ghostscript at {@value #DPI} dpi, and spoils them.
   */
  public static List<BufferedImage> pages(String text, float points, Spoil spoil) {
    String gs = requireGhostscript();
    Path dir = null;
    try {
      dir = Files.createTempDirectory("sverka-scans");
      Path pdf = typeset(text, points, dir.resolve("pages.pdf"));
      Process p =
          new ProcessBuilder(
                  gs,
                  "-q",
                  "-dSAFER",
                  "-dBATCH",
                  "-dNOPAUSE",
                  "-sDEVICE=pnggray",
                  "-r" + DPI,
                  "-dTextAlphaBits=4",
                  "-dGraphicsAlphaBits=4",
                  "-sOutputFile=" + dir.resolve("p%04d.png"),
                  pdf.toString())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("gs.log").toFile())
              .start();
      if (p.waitFor() != 0) {
        throw new IllegalStateException(
            "gs failed (" + p.exitValue() + "): " + Files.readString(dir.resolve("gs.log")));
      }
      List<BufferedImage> out = new ArrayList<>();
      for (int i = 1; ; i++) {
        Path png = dir.resolve(String.format(java.util.Locale.ROOT, "p%04d.png", i));
        if (!Files.exists(png)) {
          return out;
        }
        out.add(spoil(gray(ImageIO.read(png.toFile())), spoil, i - 1));
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      deleteTree(dir);
    }
  }

  /** DejaVu Serif: it has Latin and Cyrillic, and is what the scans are typeset in. */
  static final Path DEJAVU_SERIF = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");

  /** The text as an A4 PDF with a text layer: DejaVu Serif, wrapped within the margins. */
  private static Path typeset(String text, float points, Path file) throws IOException {
    float margin = MARGIN * 72f / DPI;
    float leading = points * 1.45f;
    float top = PDRectangle.A4.getHeight() - margin - points;
    try (PDDocument doc = new PDDocument()) {
      PDType0Font font = PDType0Font.load(doc, DEJAVU_SERIF.toFile());
      PDPageContentStream cs = null;
      float y = 0;
      for (String line : wrap(text, font, points, PDRectangle.A4.getWidth() - 2 * margin)) {
        if (cs == null || y - leading < margin) {
          if (cs != null) {
            cs.endText();
            cs.close();
          }
          PDPage page = new PDPage(PDRectangle.A4);
          doc.addPage(page);
          cs = new PDPageContentStream(doc, page);
          cs.beginText();
          cs.setFont(font, points);
          cs.setLeading(leading);
          cs.newLineAtOffset(margin, top);
          y = top;
        } else {
          cs.newLine();
          y -= leading;
        }
        if (!line.isEmpty()) {
          cs.showText(line);
        }
      }
      if (cs != null) {
        cs.endText();
        cs.close();
      }
      doc.save(file.toFile());
    }
    return file;
  }

  /** The lines of the text wrapped to {@code width} points; an empty line stays one. */
  private static List<String> wrap(String text, PDType0Font font, float points, float width)
      throws IOException {
    List<String> out = new ArrayList<>();
    for (String para : text.split("\r?\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : para.trim().split("\\s+")) {
        if (word.isEmpty()) {
          continue;
        }
        String next = line.length() == 0 ? word : line + " " + word;
        if (font.getStringWidth(next) / 1000 * points > width && line.length() > 0) {
          out.add(line.toString());
          line = new StringBuilder(word);
        } else {
          line = new StringBuilder(next);
        }
      }
      out.add(line.toString());
    }
    return out;
  }

  /** The image as 8-bit grey (Ghostscript's pnggray is; this guards against a reader's choice). */
  private static BufferedImage gray(BufferedImage img) {
    if (img.getType() == BufferedImage.TYPE_BYTE_GRAY) {
      return img;
    }
    BufferedImage g =
        new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D gr = g.createGraphics();
    gr.drawImage(img, 0, 0, null);
    gr.dispose();
    return g;
  }

  private static void deleteTree(Path dir) {
    if (dir == null) {
      return;
    }
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // a temporary folder is left behind; the next run does not read it
    }
  }

  /**
   * Ghostscript's {@code gs} and the DejaVu fonts, or the test class skipped with one loud line
   * (failed under {@code -Dsverka.require.ghostscript=true}, which {@code .ci/run} sets).
   */
  public static String requireGhostscript() {
    String why =
        "the OCR tests render their pages with Ghostscript in DejaVu Serif: apt-get install"
            + " ghostscript fonts-dejavu-core, or run .ci/run";
    Path gs = null;
    String path = System.getenv().getOrDefault("PATH", "/usr/bin");
    for (String dir : path.split(java.io.File.pathSeparator)) {
      Path c = Path.of(dir, "gs");
      if (Files.isExecutable(c)) {
        gs = c;
        break;
      }
    }
    boolean ok = gs != null && Files.isRegularFile(DEJAVU_SERIF);
    if (!ok && Boolean.getBoolean("sverka.require.ghostscript")) {
      throw new AssertionError(why + " (-Dsverka.require.ghostscript=true)");
    }
    if (!ok) {
      System.err.println("[SKIPPED] " + why);
      org.junit.jupiter.api.Assumptions.abort(why);
    }
    return gs.toString();
  }

  private static BufferedImage spoil(BufferedImage page, Spoil s, int index) {
    BufferedImage img = page;
    if (s.skewDegrees() != 0) {
      BufferedImage r = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
      Graphics2D g = r.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(
          img,
          AffineTransform.getRotateInstance(
              Math.toRadians(s.skewDegrees()), WIDTH / 2.0, HEIGHT / 2.0),
          null);
      g.dispose();
      img = r;
    }
    if (s.noiseSigma() > 0 || s.specks() > 0) {
      Random rnd = new Random(s.seed() + index);
      byte[] px = ((java.awt.image.DataBufferByte) img.getRaster().getDataBuffer()).getData();
      for (int i = 0; i < px.length; i++) {
        double v = (px[i] & 0xFF) + rnd.nextGaussian() * s.noiseSigma();
        if (rnd.nextDouble() < s.specks()) {
          v = 0;
        }
        px[i] = (byte) Math.max(0, Math.min(255, (int) v));
      }
    }
    return img;
  }

  public static Path png(BufferedImage page, Path file) throws IOException {
    ImageIO.write(page, "png", file.toFile());
    return file;
  }

  /** All pages in one multi-page TIFF. */
  public static Path tiff(List<BufferedImage> pages, Path file) throws IOException {
    Iterator<ImageWriter> ws = ImageIO.getImageWritersByFormatName("tiff");
    ImageWriter w = ws.next();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
      w.setOutput(out);
      w.prepareWriteSequence(null);
      for (BufferedImage p : pages) {
        w.writeToSequence(new IIOImage(p, null, null), null);
      }
      w.endWriteSequence();
    } finally {
      w.dispose();
    }
    return file;
  }

  /** A page of a PDF: text in its text layer, or a scanned image. */
  public sealed interface PdfPage permits TextPage, ScanPage, BlankPage {}

  public record TextPage(List<String> lines) implements PdfPage {}

  public record ScanPage(BufferedImage image) implements PdfPage {}

  public record BlankPage() implements PdfPage {}

  /** A PDF of A4 pages: text pages in Times (its text layer), scans drawn over the whole page. */
  public static Path pdf(List<PdfPage> pages, Path file) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font times = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
      for (PdfPage p : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        if (p instanceof BlankPage) {
          continue;
        }
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          if (p instanceof TextPage t) {
            cs.beginText();
            cs.setFont(times, 11);
            cs.setLeading(14);
            cs.newLineAtOffset(56, 780);
            for (String l : t.lines()) {
              cs.showText(l);
              cs.newLine();
            }
            cs.endText();
          } else if (p instanceof ScanPage s) {
            PDImageXObject img = LosslessFactory.createFromImage(doc, s.image());
            PDRectangle box = page.getMediaBox();
            cs.drawImage(img, 0, 0, box.getWidth(), box.getHeight());
          }
        }
      }
      doc.save(file.toFile());
    }
    return file;
  }

  /**
   * A real PNG of {@code width} × {@code height} white pixels, one bit each, streamed (the file is
   * small, decoding it is not).
   */
  public static Path hugePng(int width, int height, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
      ByteBuffer ihdr = ByteBuffer.allocate(13);
      ihdr.putInt(width).putInt(height).put((byte) 1).put((byte) 0).put((byte) 0).put((byte) 0);
      ihdr.put((byte) 0);
      chunk(out, "IHDR", ihdr.array());
      java.io.ByteArrayOutputStream z = new java.io.ByteArrayOutputStream();
      try (DeflaterOutputStream d = new DeflaterOutputStream(z, new Deflater(9))) {
        byte[] row = new byte[1 + (width + 7) / 8];
        java.util.Arrays.fill(row, (byte) 0xFF);
        row[0] = 0;
        for (int y = 0; y < height; y++) {
          d.write(row);
        }
      }
      chunk(out, "IDAT", z.toByteArray());
      chunk(out, "IEND", new byte[0]);
    }
    return file;
  }

  private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
    ByteBuffer len = ByteBuffer.allocate(4).putInt(data.length);
    out.write(len.array());
    byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    out.write(t);
    out.write(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  /** The installed Tesseract, or the test class skipped (failed under the CI flag) without it. */
  public static Tesseract requireTesseract(Class<?> test) {
    Tesseract t = Tesseract.system();
    String why =
        test.getSimpleName()
            + " needs Tesseract with English and Russian: apt-get install tesseract-ocr"
            + " tesseract-ocr-eng tesseract-ocr-rus, or run .ci/run";
    boolean ok = t.available() && t.languages().containsAll(List.of("eng", "rus"));
    if (!ok && Boolean.getBoolean("sverka.require.tesseract")) {
      throw new AssertionError(why + " (-Dsverka.require.tesseract=true)");
    }
    if (!ok) {
      System.err.println("[SKIPPED] " + why);
      org.junit.jupiter.api.Assumptions.abort(why);
    }
    return t;
  }
}
