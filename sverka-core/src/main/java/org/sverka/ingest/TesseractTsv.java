package org.sverka.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Tesseract's TSV output read into pages of lines of words. Columns: level, page_num, block_num,
 * par_num, line_num, word_num, left, top, width, height, conf, text; level 1 is a page (its size),
 * 4 a line (its box), 5 a word (its box, confidence and text).
 */
final class TesseractTsv {
  private TesseractTsv() {}

  record TsvWord(String text, int confidence) {}

  /** A line with the block and paragraph it belongs to (a new paragraph is a blank line). */
  record TsvLine(int block, int paragraph, PageLayout.Box box, List<TsvWord> words) {}

  record TsvPage(int width, int height, List<TsvLine> lines) {}

  static List<TsvPage> parse(String tsv) throws UnusableInputException {
    List<TsvPage> pages = new ArrayList<>();
    List<TsvLine> lines = null;
    List<TsvWord> words = null;
    int n = 0;
    for (String row : tsv.split("\n", -1)) {
      n++;
      if (row.isEmpty() || row.startsWith("level")) {
        continue;
      }
      String[] c = row.split("\t", -1);
      if (c.length < 11) {
        throw new UnusableInputException("OCR output line " + n + " is not Tesseract's TSV");
      }
      int level = number(c[0], n);
      if (level == 1) {
        lines = new ArrayList<>();
        pages.add(new TsvPage(number(c[8], n), number(c[9], n), lines));
      } else if (level == 4 && lines != null) {
        words = new ArrayList<>();
        PageLayout.Box box =
            new PageLayout.Box(number(c[6], n), number(c[7], n), number(c[8], n), number(c[9], n));
        lines.add(new TsvLine(number(c[2], n), number(c[3], n), box, words));
      } else if (level == 5 && words != null) {
        String text = c.length > 11 ? c[11].strip() : "";
        if (!text.isEmpty()) {
          double conf = Double.parseDouble(c[10].trim());
          words.add(new TsvWord(text, (int) Math.round(Math.max(0, Math.min(100, conf)))));
        }
      }
    }
    List<TsvPage> out = new ArrayList<>();
    for (TsvPage p : pages) {
      List<TsvLine> kept = p.lines().stream().filter(l -> !l.words().isEmpty()).toList();
      out.add(new TsvPage(p.width(), p.height(), kept));
    }
    return out;
  }

  private static int number(String s, int row) throws UnusableInputException {
    try {
      return (int) Math.round(Double.parseDouble(s.trim()));
    } catch (NumberFormatException e) {
      throw new UnusableInputException("OCR output line " + row + " has a bad number '" + s + "'");
    }
  }
}
