package org.sverka.search;

/**
 * A hit's snippet: the original sentence (or a window of it around the first match) on one line,
 * whitespace runs shown as one space, with the matched words marked.
 *
 * <ul>
 *   <li>{@link Style#TEXT}: matches between {@code «} and {@code »}; a {@code «}, {@code »} or
 *       {@code \} of the original is written {@code \«}, {@code \»}, {@code \\}.
 *   <li>{@link Style#HTML}: matches in {@code <mark>…</mark>}; {@code & < > "} of the original are
 *       escaped as HTML entities.
 * </ul>
 *
 * A window that leaves text out begins or ends with {@code …}.
 */
public final class Snippet {
  /** How matches are marked and the rest escaped. */
  public enum Style {
    TEXT,
    HTML
  }

  /** The longest snippet, in characters of the original, before marks and escapes. */
  public static final int WIDTH = 320;

  /** Context kept before the first match when the sentence is longer than {@link #WIDTH}. */
  static final int BEFORE = 80;

  private Snippet() {}

  public static String of(Hit hit, Style style) {
    String s = hit.sentence();
    int base = hit.sentenceStart();
    int a = 0;
    int b = s.length();
    if (s.length() > WIDTH) {
      int first = hit.matches().isEmpty() ? 0 : hit.matches().get(0).start() - base;
      a = Math.max(0, first - BEFORE);
      while (a > 0 && !Character.isWhitespace(s.charAt(a - 1))) {
        a--; // do not cut a word
      }
      b = Math.min(s.length(), a + WIDTH);
      while (b < s.length() && !Character.isWhitespace(s.charAt(b))) {
        b++;
      }
    }
    boolean[] opens = new boolean[s.length() + 1];
    boolean[] closes = new boolean[s.length() + 1];
    for (Hit.Match m : hit.matches()) {
      int ms = m.start() - base;
      int me = m.end() - base;
      if (ms >= a && me <= b && ms < me) {
        opens[ms] = true;
        closes[me] = true;
      }
    }
    StringBuilder out = new StringBuilder();
    if (a > 0) {
      out.append('…');
    }
    boolean space = false;
    for (int i = a; i < b; i++) {
      if (closes[i]) {
        out.append(style == Style.TEXT ? "»" : "</mark>");
      }
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        if (!space) {
          out.append(' ');
        }
        space = true;
        if (opens[i]) {
          out.append(style == Style.TEXT ? "«" : "<mark>");
        }
        continue;
      }
      space = false;
      if (opens[i]) {
        out.append(style == Style.TEXT ? "«" : "<mark>");
      }
      escape(c, style, out);
    }
    if (closes[b]) {
      out.append(style == Style.TEXT ? "»" : "</mark>");
    }
    if (b < s.length()) {
      out.append('…');
    }
    return out.toString();
  }

  private static void escape(char c, Style style, StringBuilder out) {
    if (style == Style.TEXT) {
      if (c == '«' || c == '»' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
      return;
    }
    switch (c) {
      case '&' -> out.append("&amp;");
      case '<' -> out.append("&lt;");
      case '>' -> out.append("&gt;");
      case '"' -> out.append("&quot;");
      default -> out.append(c);
    }
  }
}
