package org.sverka.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds a document's paragraphs from the shape of its lines, and marks boilerplate.
 *
 * <p>Three layouts are told apart by measuring the document: one paragraph per line (web
 * transcriptions), hard-wrapped lines with blank lines between paragraphs (books, PDF output), and
 * hard-wrapped lines with a blank line after every line and more blank lines between paragraphs
 * (the double-spaced layout of the Stalin volume). In wrapped text a line much shorter than the
 * measure also ends its paragraph (headings, last lines). A paragraph whose last word is broken by
 * a hyphen continues across a page break into the next one if that begins in lower case.
 */
public final class Layout {

  /** A paragraph-to-be: its lines and the original span of its trimmed content. */
  public record Block(int firstLine, int lastLine, Span span, boolean boilerplate) {}

  private Layout() {}

  /**
   * Each line's trimmed content: from {@code a[line]} to {@code b[line]}, whether it is blank and
   * whether it is boilerplate (indexed from 1).
   */
  private record Lines(int count, int[] a, int[] b, boolean[] blank, boolean[] boiler) {}

  /**
   * The layout measured: whether lines are wrapped, their measure, and the blank lines that part
   * paragraphs.
   */
  private record Shape(boolean wrapped, int measure, int breakGap) {}

  public static List<Block> blocks(CharSequence text, LineMap lines) {
    Lines l = trimmedLines(text, lines);
    markTail(text, l.count(), l.a(), l.b(), l.blank(), l.boiler());
    return group(text, l, measure(l));
  }

  private static Lines trimmedLines(CharSequence text, LineMap lines) {
    int count = lines.lineCount();
    int[] a = new int[count + 1];
    int[] b = new int[count + 1];
    boolean[] blank = new boolean[count + 1];
    boolean[] boiler = new boolean[count + 1];
    for (int line = 1; line <= count; line++) {
      int s = lines.lineStart(line);
      int e = lines.contentEnd(text, line);
      while (s < e && isSpace(text.charAt(s))) {
        s++;
      }
      while (e > s && isSpace(text.charAt(e - 1))) {
        e--;
      }
      a[line] = s;
      b[line] = e;
      blank[line] = s == e;
      // boilerplate lines are short; don't copy a huge line just to test it
      if (!blank[line] && e - s < 400) {
        boiler[line] = Boilerplate.isBoilerplateLine(text.subSequence(s, e).toString());
      }
    }
    return new Lines(count, a, b, blank, boiler);
  }

  /** Measures the text lines: how long they run and how many blank lines stand between them. */
  private static Shape measure(Lines l) {
    int count = l.count();
    int[] lengths = new int[count];
    int n = 0;
    int gap0 = 0;
    int gap1 = 0;
    int gap = -1;
    for (int line = 1; line <= count; line++) {
      if (l.blank()[line]) {
        if (gap >= 0) {
          gap++;
        }
        continue;
      }
      if (!l.boiler()[line]) {
        lengths[n++] = l.b()[line] - l.a()[line];
      }
      if (gap == 0) {
        gap0++;
      } else if (gap == 1) {
        gap1++;
      }
      gap = 0;
    }
    int[] sorted = Arrays.copyOf(lengths, n);
    Arrays.sort(sorted);
    int longLines = 0;
    for (int len : sorted) {
      if (len > 160) {
        longLines++;
      }
    }
    boolean wrapped = n >= 3 && longLines < 0.05 * n;
    int measure = n == 0 ? 0 : sorted[(int) (n * 0.9)];
    int breakGap = gap1 > 3 * gap0 ? 2 : 1;
    return new Shape(wrapped, measure, breakGap);
  }

  /** Groups the lines into blocks by where the measured layout ends a paragraph. */
  private static List<Block> group(CharSequence text, Lines l, Shape shape) {
    int[] a = l.a();
    int[] b = l.b();
    boolean[] boiler = l.boiler();
    List<Block> blocks = new ArrayList<>();
    int first = -1;
    int last = -1;
    int blanks = 0;
    for (int line = 1; line <= l.count(); line++) {
      if (l.blank()[line]) {
        blanks++;
        continue;
      }
      boolean newBlock;
      if (first < 0) {
        newBlock = false;
      } else if (continuesWord(text, b[last], a[line]) && !boiler[last] && !boiler[line]) {
        newBlock = false;
      } else if (boiler[line] || boiler[last] || !shape.wrapped()) {
        newBlock = true;
      } else {
        newBlock =
            blanks >= shape.breakGap()
                || shortLineEnds(text, a[last], b[last], a[line], shape.measure());
      }
      if (newBlock) {
        blocks.add(new Block(first, last, new Span(a[first], b[last]), boiler[first]));
        first = -1;
      }
      if (first < 0) {
        first = line;
      }
      last = line;
      blanks = 0;
    }
    if (first >= 0) {
      blocks.add(new Block(first, last, new Span(a[first], b[last]), boiler[first]));
    }
    return blocks;
  }

  /**
   * In wrapped text, a line well short of the measure ends its paragraph: a last line (under 60%),
   * or a heading (under 80%, ending without punctuation that would carry on, before a capital).
   */
  private static boolean shortLineEnds(CharSequence text, int a, int b, int next, int measure) {
    int len = b - a;
    if (len < 0.6 * measure) {
      return true;
    }
    char end = text.charAt(b - 1);
    return len < 0.8 * measure
        && ",;:-(\u2014\u2013".indexOf(end) < 0
        && Character.isUpperCase(text.charAt(next));
  }

  /** After a "Read also" or comment-form line near the end, every line is the site's. */
  private static void markTail(
      CharSequence text, int count, int[] a, int[] b, boolean[] blank, boolean[] boiler) {
    int from = Math.max(2, (int) (count * 0.75));
    for (int line = from; line <= count; line++) {
      if (!blank[line]
          && b[line] - a[line] < 60
          && Boilerplate.startsTail(text.subSequence(a[line], b[line]).toString())) {
        for (int k = line; k <= count; k++) {
          boiler[k] = !blank[k];
        }
        return;
      }
    }
  }

  /**
   * Does a line ending at {@code end} break a word that the line starting at {@code start} ends?
   */
  static boolean continuesWord(CharSequence text, int end, int start) {
    if (end < 2) {
      return false;
    }
    char last = text.charAt(end - 1);
    return (last == '-' || last == '\u2010')
        && Character.isLetter(text.charAt(end - 2))
        && Character.isLetter(text.charAt(start));
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\f' || c == '\u000B';
  }
}
