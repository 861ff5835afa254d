package org.sverka.ingest;

import java.util.ArrayList;
import java.util.List;
import org.sverka.text.LineMap;

/**
 * Builds the text of a paged document, page after page, and where its lines stand: a page of a text
 * layer is appended as it is, a page read by OCR one OCR line to a line of the text, with a blank
 * line between paragraphs and pages.
 */
final class PagedText {
  private record PageSpan(int number, int start, int end, int width, int height, boolean ocr) {}

  private record LineAt(int offset, int page, PageLayout.Box box, List<PageLayout.Word> words) {}

  private final StringBuilder text = new StringBuilder();
  private final List<PageSpan> pages = new ArrayList<>();
  private final List<LineAt> lines = new ArrayList<>();
  private final List<PageLayout.PageImage> images = new ArrayList<>();
  private int words;

  /** The image of a page read by OCR, downscaled (pages in order). */
  void addImage(PageLayout.PageImage image) {
    images.add(image);
  }

  /** Text that belongs to no page (before the first). */
  void appendLoose(String s) {
    text.append(s);
  }

  /** A page of a text layer, as it is. */
  void appendText(int number, String s) {
    int start = text.length();
    text.append(s);
    pages.add(new PageSpan(number, start, text.length(), 0, 0, false));
  }

  /** A page read by OCR. */
  void appendOcr(int number, TesseractTsv.TsvPage page) {
    if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
      text.append('\n');
    }
    if (text.length() > 0 && !endsWithBlankLine()) {
      text.append('\n');
    }
    int start = text.length();
    int block = -1;
    int par = -1;
    for (TesseractTsv.TsvLine l : page.lines()) {
      if (text.length() > start && (l.block() != block || l.paragraph() != par)) {
        text.append('\n');
      }
      block = l.block();
      par = l.paragraph();
      int lineStart = text.length();
      List<PageLayout.Word> ws = new ArrayList<>();
      for (TesseractTsv.TsvWord w : l.words()) {
        if (text.length() > lineStart) {
          text.append(' ');
        }
        int ws0 = text.length() - lineStart;
        text.append(w.text());
        ws.add(new PageLayout.Word(ws0, text.length() - lineStart, w.confidence()));
        words++;
      }
      lines.add(new LineAt(lineStart, number, l.box(), ws));
      text.append('\n');
    }
    pages.add(new PageSpan(number, start, text.length(), page.width(), page.height(), true));
    text.append('\n');
  }

  private boolean endsWithBlankLine() {
    int n = text.length();
    return n >= 2 && text.charAt(n - 1) == '\n' && text.charAt(n - 2) == '\n';
  }

  /** How many words OCR has read so far. */
  int ocrWords() {
    return words;
  }

  String text() {
    return text.toString();
  }

  PageLayout layout() {
    String t = text.toString();
    LineMap map = LineMap.of(t);
    List<PageLayout.Page> out = new ArrayList<>();
    for (PageSpan p : pages) {
      int first = p.start();
      while (first < p.end() && Character.isWhitespace(t.charAt(first))) {
        first++;
      }
      int last = p.end() - 1;
      while (last >= first && Character.isWhitespace(t.charAt(last))) {
        last--;
      }
      int ls = map.lineOf(Math.min(first, t.length()));
      int le = last < first ? ls - 1 : map.lineOf(last);
      out.add(new PageLayout.Page(p.number(), ls, le, p.width(), p.height(), p.ocr()));
    }
    List<PageLayout.OcrLine> ocr = new ArrayList<>();
    for (LineAt l : lines) {
      ocr.add(new PageLayout.OcrLine(map.lineOf(l.offset()), l.page(), l.box(), l.words()));
    }
    return new PageLayout(out, ocr, images);
  }
}
