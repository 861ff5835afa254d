package org.sverka.text;

import java.util.Arrays;

/**
 * The one place where 0-based character offsets become 1-based line numbers. A line ends at {@code
 * \n}, {@code \r\n} or a lone {@code \r}; the terminator belongs to the line it ends. A text that
 * ends with a terminator has no extra empty line after it (as editors count lines).
 */
public final class LineMap {
  private final int[] starts; // starts[i] = offset of the first char of line i+1
  private final int length;

  private LineMap(int[] starts, int length) {
    this.starts = starts;
    this.length = length;
  }

  public static LineMap of(CharSequence text) {
    int n = text.length();
    int[] starts = new int[Math.max(16, n / 40)];
    int count = 0;
    starts[count++] = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (i + 1 < n) {
          if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
          }
          starts[count++] = i + 1;
        }
      }
    }
    return new LineMap(Arrays.copyOf(starts, count), n);
  }

  /** Number of lines; an empty text has one (empty) line. */
  public int lineCount() {
    return starts.length;
  }

  /** The 1-based line that contains {@code offset}; the text's end belongs to the last line. */
  public int lineOf(int offset) {
    if (offset < 0 || offset > length) {
      throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + length);
    }
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** 1-based line of the last character of a non-empty span (of its start if empty). */
  public int lastLineOf(Span span) {
    return lineOf(span.length() == 0 ? span.start() : span.end() - 1);
  }

  /** Offset of the first character of a 1-based line. */
  public int lineStart(int line) {
    checkLine(line);
    return starts[line - 1];
  }

  /** Offset just past the line, including its terminator. */
  public int lineEnd(int line) {
    checkLine(line);
    return line < starts.length ? starts[line] : length;
  }

  /** Offset just past the line's content, excluding its terminator. */
  public int contentEnd(CharSequence text, int line) {
    int end = lineEnd(line);
    int start = lineStart(line);
    while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return end;
  }

  /** The span of a 1-based line's content, terminator excluded. */
  public Span lineSpan(CharSequence text, int line) {
    return new Span(lineStart(line), contentEnd(text, line));
  }

  private void checkLine(int line) {
    if (line < 1 || line > starts.length) {
      throw new IndexOutOfBoundsException("line " + line + " outside 1.." + starts.length);
    }
  }
}
