package org.sverka.text;

/**
 * A stretch of original text (a sentence, a paragraph) with its printed layout undone for pattern
 * matching: every run of white space becomes one space, and a line break right after a hyphen that
 * joins two letters or digits ("1926-\n27", "pre-\nwar") is dropped, so that a figure or a date
 * spread over several lines reads as one. Every character keeps its original offset.
 */
public final class FlatText {
  private final String text;
  private final int[] origin;
  private final int originEnd;

  private FlatText(String text, int[] origin, int originEnd) {
    this.text = text;
    this.origin = origin;
    this.originEnd = originEnd;
  }

  /** Flattens {@code original[start, end)}. */
  public static FlatText of(CharSequence original, int start, int end) {
    StringBuilder b = new StringBuilder(end - start);
    int[] map = new int[end - start + 1];
    int n = 0;
    int i = start;
    while (i < end) {
      char c = original.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        int j = i;
        boolean newline = false;
        while (j < end
            && (Character.isWhitespace(original.charAt(j)) || original.charAt(j) == '\u00a0')) {
          newline |= original.charAt(j) == '\n' || original.charAt(j) == '\r';
          j++;
        }
        boolean joinHyphen =
            newline
                && n >= 2
                && b.charAt(n - 1) == '-'
                && Character.isLetterOrDigit(b.charAt(n - 2))
                && j < end
                && Character.isLetterOrDigit(original.charAt(j));
        if (!joinHyphen && n > 0 && j < end) {
          b.append(' ');
          map[n++] = i;
        }
        i = j;
        continue;
      }
      b.append(c);
      map[n++] = i;
      i++;
    }
    int[] origin = java.util.Arrays.copyOf(map, n);
    return new FlatText(b.toString(), origin, end);
  }

  /** The flattened text. */
  public String text() {
    return text;
  }

  /** The original offset of the character at flat offset {@code i}. */
  public int start(int i) {
    return i < origin.length ? origin[i] : originEnd;
  }

  /** The original offset just past the character before flat offset {@code i} (an end offset). */
  public int end(int i) {
    return i <= 0 ? (origin.length == 0 ? originEnd : origin[0]) : origin[i - 1] + 1;
  }
}
