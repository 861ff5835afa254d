package org.sverka.ingest;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * OCR of images and of the pages of a PDF that have no text layer, through {@link Tesseract}. An
 * image is checked before it is read (its size from its header: more than {@link #MAX_PIXELS} is
 * refused); a PDF page is rendered in grey at 300 dpi (less for a page so large that 300 dpi would
 * pass the same bound), a page with nothing on it is not OCR'd.
 */
final class OcrReader {
  private OcrReader() {}

  /** The largest image OCR reads: 100 megapixels (an A4 page at 300 dpi is 8.7). */
  static final long MAX_PIXELS = 100_000_000L;

  static final int DPI = 300;

  /** Reads an image (all pages of a multi-page TIFF) by OCR. */
  static Extracted image(Path file, String type, String kind, OcrSettings s, Tesseract t)
      throws UnusableInputException {
    checkImage(file, kind);
    if (!t.available()) {
      throw UnusableInputException.withoutTesseract(Tesseract.missingMessage());
    }
    List<TesseractTsv.TsvPage> pages = TesseractTsv.parse(t.tsv(file, s, 0));
    t.pagesRead(pages.size());
    PagedText text = new PagedText();
    for (int i = 0; i < pages.size(); i++) {
      text.appendOcr(i + 1, pages.get(i));
      try {
        text.addImage(PageImages.ofFile(file, i));
      } catch (IOException | RuntimeException e) {
        // the text stands without its image: the report then shows no page beside it
      }
    }
    if (text.ocrWords() == 0) {
      throw new UnusableInputException(
          "file is empty: OCR found no text in this " + kind + " (" + s.tesseractLanguages() + ")");
    }
    return new Extracted(text.text(), type, null, text.layout());
  }

  /** The pages of an image from its header, each within {@link #MAX_PIXELS}; how many there are. */
  static int checkImage(Path file, String kind) throws UnusableInputException {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        throw new UnusableInputException("not a valid " + kind + ": no image reader recognises it");
      }
      ImageReader r = readers.next();
      try {
        r.setInput(in, false, true);
        int n = r.getNumImages(true);
        for (int i = 0; i < n; i++) {
          long w = r.getWidth(i);
          long h = r.getHeight(i);
          if (w * h > MAX_PIXELS) {
            throw new UnusableInputException(tooLarge(kind, n > 1 ? i + 1 : 0, w, h));
          }
        }
        if (n == 0) {
          throw new UnusableInputException("not a valid " + kind + ": it holds no image");
        }
        return n;
      } finally {
        r.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new UnusableInputException("not a valid " + kind + ": " + Extractor.describe(e), 0, e);
    }
  }

  private static String tooLarge(String kind, int page, long w, long h) {
    return String.format(
        Locale.ROOT,
        "%s%s is %d × %d pixels (%.0f megapixels), more than OCR reads (%d megapixels):"
            + " scan it at a lower resolution or cut it into pages",
        kind,
        page > 0 ? " page " + page : "",
        w,
        h,
        w * h / 1e6,
        MAX_PIXELS / 1_000_000);
  }

  /**
   * A PDF whose text layer Tika gave as {@code text}, with the offsets where its pages begin: the
   * pages that need OCR (none with {@code NEVER}; those without text with {@code AUTO}; all with
   * {@code ALWAYS}) are read by OCR, the others kept as they are.
   */
  static Extracted pdf(
      Path file, String text, List<Integer> starts, String type, OcrSettings s, Tesseract t)
      throws UnusableInputException {
    List<String> segments = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
      segments.add(text.substring(starts.get(i), end));
    }
    List<Integer> scanned = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      if (s.mode() == OcrSettings.Mode.ALWAYS
          || s.mode() == OcrSettings.Mode.AUTO && segments.get(i).isBlank()) {
        scanned.add(i);
      }
    }
    String loose = starts.isEmpty() ? text : text.substring(0, starts.get(0));
    PagedText out = new PagedText();
    out.appendLoose(loose);
    if (scanned.isEmpty()) {
      if (text.isBlank()) {
        throw new UnusableInputException(
            "file is empty: no text could be extracted from this PDF, and it has no pages to OCR");
      }
      for (int i = 0; i < segments.size(); i++) {
        out.appendText(i + 1, segments.get(i));
      }
      return new Extracted(out.text(), type, null, out.layout());
    }
    if (!t.available()) {
      throw UnusableInputException.withoutTesseract(
          "PDF with "
              + scanned.size()
              + " of "
              + segments.size()
              + " pages without a text layer "
              + Tesseract.missingMessage());
    }
    t.checkLanguages(s);
    ocrPages(file, segments, scanned, out, s, t);
    if (out.text().isBlank()) {
      throw new UnusableInputException(
          "file is empty: no text in this PDF, and OCR found none on its "
              + segments.size()
              + " pages");
    }
    return new Extracted(out.text(), type, null, out.layout());
  }

  private static void ocrPages(
      Path file,
      List<String> segments,
      List<Integer> scanned,
      PagedText out,
      OcrSettings s,
      Tesseract t)
      throws UnusableInputException {
    Path dir = null;
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      dir = Files.createTempDirectory("sverka-page");
      PDFRenderer renderer = new PDFRenderer(doc);
      int n = Math.min(doc.getNumberOfPages(), segments.size());
      for (int i = 0; i < segments.size(); i++) {
        if (!scanned.contains(i) || i >= n) {
          out.appendText(i + 1, segments.get(i));
          continue;
        }
        if (Thread.currentThread().isInterrupted()) {
          throw new UnusableInputException("OCR interrupted");
        }
        TesseractTsv.TsvPage page = ocrPage(doc.getPage(i), renderer, i, dir, s, t, out);
        if (page == null) {
          out.appendText(i + 1, segments.get(i));
        } else {
          out.appendOcr(i + 1, page);
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new UnusableInputException(
          "PDF pages cannot be rendered for OCR: " + Extractor.describe(e), 0, e);
    } finally {
      Tesseract.deleteQuietly(dir);
    }
  }

  /**
   * One page rendered and OCR'd (its image kept in {@code out}), or null when it has nothing on it.
   */
  private static TesseractTsv.TsvPage ocrPage(
      PDPage page,
      PDFRenderer renderer,
      int index,
      Path dir,
      OcrSettings s,
      Tesseract t,
      PagedText out)
      throws IOException, UnusableInputException {
    if (!page.hasContents()) {
      return null;
    }
    PDRectangle box = page.getCropBox();
    double inches = (box.getWidth() / 72.0) * (box.getHeight() / 72.0);
    int dpi = DPI;
    if (inches * DPI * DPI > MAX_PIXELS) {
      dpi = Math.max(50, (int) Math.floor(Math.sqrt(MAX_PIXELS / inches)));
    }
    BufferedImage img = renderer.renderImageWithDPI(index, dpi, ImageType.GRAY);
    if (blank(img)) {
      return null;
    }
    Path png = dir.resolve("page-" + (index + 1) + ".png");
    ImageIO.write(img, "png", png.toFile());
    try {
      List<TesseractTsv.TsvPage> pages = TesseractTsv.parse(t.tsv(png, s, dpi));
      t.pagesRead(pages.size());
      if (pages.isEmpty()) {
        return null;
      }
      out.addImage(PageImages.of(index + 1, img));
      return pages.get(0);
    } finally {
      Files.deleteIfExists(png);
    }
  }

  /** Nothing darker than light grey on the page. */
  private static boolean blank(BufferedImage img) {
    if (!(img.getRaster().getDataBuffer() instanceof DataBufferByte db)) {
      return false;
    }
    for (byte b : db.getData()) {
      if ((b & 0xFF) < 200) {
        return false;
      }
    }
    return true;
  }
}
