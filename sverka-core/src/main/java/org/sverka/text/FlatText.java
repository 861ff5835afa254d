package org.sverka.text;

/**
 * A stretch of original text (a sentence, a paragraph) with its printed layout undone for pattern
 * matching: every run of white space becomes one space, and a line break right after a hyphen that
 * joins two letters or digits ("1926-\n27", "pre-\nwar") is dropped, so that a figure or a date
 * spread over several lines reads as one. Every character keeps its original offset, through the
 * same {@link OffsetMap} the normaliser uses.
 */
public final class FlatText {
  private final NormalizedText flat;
  private final int originEnd;

  private FlatText(NormalizedText flat, int originEnd) {
    this.flat = flat;
    this.originEnd = originEnd;
  }

  /** Flattens {@code original[start, end)}. */
  public static FlatText of(CharSequence original, int start, int end) {
    OffsetMap.Builder b = new OffsetMap.Builder();
    int i = start;
    while (i < end) {
      int run = i;
      while (i < end && !blank(original.charAt(i))) {
        i++;
      }
      b.copy(original, run, i);
      if (i == end) {
        break;
      }
      int j = i;
      boolean newline = false;
      while (j < end && blank(original.charAt(j))) {
        newline |= original.charAt(j) == '\n' || original.charAt(j) == '\r';
        j++;
      }
      if (b.length() > 0 && j < end && !(newline && joinsHyphen(b, original.charAt(j)))) {
        // the run becomes one space standing where the run began
        b.replace(i, i + 1, " ");
        b.replace(i + 1, j, "");
      } else {
        b.replace(i, j, "");
      }
      i = j;
    }
    return new FlatText(b.build(), end);
  }

  private static boolean blank(char c) {
    return Character.isWhitespace(c) || c == '\u00a0';
  }

  /** A line break after a hyphen between two letters or digits ("1926-\n27") is dropped. */
  private static boolean joinsHyphen(OffsetMap.Builder b, char next) {
    return b.length() >= 2
        && b.lastChar() == '-'
        && Character.isLetterOrDigit(b.charBefore(1))
        && Character.isLetterOrDigit(next);
  }

  /** The flattened text. */
  public String text() {
    return flat.text();
  }

  /** The original offset of the character at flat offset {@code i}. */
  public int start(int i) {
    return i < flat.text().length() ? flat.map().toOriginalStart(i) : originEnd;
  }

  /** The original offset just past the character before flat offset {@code i} (an end offset). */
  public int end(int i) {
    return i <= 0 && flat.text().isEmpty() ? originEnd : flat.map().toOriginalEnd(i);
  }
}
