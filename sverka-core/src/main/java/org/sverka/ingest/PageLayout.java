package org.sverka.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sverka.text.LineMap;
import org.sverka.text.Span;

/**
 * Where a document's lines stand on its pages: the pages of a PDF or image (with the lines each
 * holds) and, for the lines read by OCR, the line's box on its page and each word's confidence.
 * Line numbers are the 1-based lines of the document's text, so a citation {@code DOC:LINE} finds
 * its page and box here. A plain-text document has {@link #NONE}.
 *
 * @param pages the pages in order, each with the range of lines it holds (a blank page holds none:
 *     {@code lineStart > lineEnd})
 * @param ocrLines the lines read by OCR, in line order
 * @param images the OCR'd pages' images, downscaled, in page order (empty when a layout is read
 *     back without them)
 */
public record PageLayout(List<Page> pages, List<OcrLine> ocrLines, List<PageImage> images) {
  /** Words Tesseract is less sure of than this (0-100) are marked as doubtful. */
  public static final int LOW_CONFIDENCE = 60;

  public static final PageLayout NONE = new PageLayout(List.of(), List.of());

  public PageLayout {
    pages = List.copyOf(pages);
    ocrLines = List.copyOf(ocrLines);
    images = List.copyOf(images);
  }

  public PageLayout(List<Page> pages, List<OcrLine> ocrLines) {
    this(pages, ocrLines, List.of());
  }

  /**
   * The image of a page read by OCR, downscaled for display ({@link PageImages#WIDTH} pixels wide
   * at most): PNG bytes, the same for the same page.
   */
  public record PageImage(int page, int width, int height, byte[] png) {}

  /**
   * One page.
   *
   * @param number 1-based
   * @param width the width in pixels of the image OCR read (0 for a page with a text layer)
   * @param height the height in pixels of that image (0 for a page with a text layer)
   * @param ocr whether the page's text was read by OCR
   */
  public record Page(int number, int lineStart, int lineEnd, int width, int height, boolean ocr) {
    public boolean holds(int line) {
      return line >= lineStart && line <= lineEnd;
    }
  }

  /** A rectangle on a page, in pixels of the page's image, from its top left corner. */
  public record Box(int left, int top, int width, int height) {}

  /**
   * A word of an OCR line: its characters {@code start..end} within the line's text (0-based, end
   * exclusive) and Tesseract's confidence in it, 0-100.
   */
  public record Word(int start, int end, int confidence) {
    public boolean doubtful() {
      return confidence < LOW_CONFIDENCE;
    }
  }

  /** A line of the text read by OCR: its page, its box on the page and its words. */
  public record OcrLine(int line, int page, Box box, List<Word> words) {
    public OcrLine {
      words = List.copyOf(words);
    }
  }

  /** The page that holds a 1-based line, if the document has pages. */
  public Optional<Page> pageOf(int line) {
    for (Page p : pages) {
      if (p.holds(line)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The OCR line of a 1-based line, if it was read by OCR. */
  public Optional<OcrLine> ocrLine(int line) {
    int lo = 0;
    int hi = ocrLines.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int l = ocrLines.get(mid).line();
      if (l == line) {
        return Optional.of(ocrLines.get(mid));
      }
      if (l < line) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return Optional.empty();
  }

  /**
   * The words OCR was unsure of ({@link Word#doubtful}) as spans of original offsets of the text
   * whose lines {@code lines} maps, in order.
   */
  public List<Span> doubtfulSpans(LineMap lines) {
    List<Span> out = new ArrayList<>();
    for (OcrLine l : ocrLines) {
      if (l.line() < 1 || l.line() > lines.lineCount()) {
        continue;
      }
      int at = lines.lineStart(l.line());
      for (Word w : l.words()) {
        if (w.doubtful()) {
          out.add(new Span(at + w.start(), at + w.end()));
        }
      }
    }
    return out;
  }

  /** How many pages were read by OCR. */
  public int ocrPages() {
    return (int) pages.stream().filter(Page::ocr).count();
  }
}
