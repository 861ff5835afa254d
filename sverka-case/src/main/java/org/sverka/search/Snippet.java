package org.sverka.search;

/**
 * A hit's snippet: the original sentence (or a window of it around the first match) on one line,
 * whitespace runs shown as one space, with the matched words marked: as {@link #pieces} for a page
 * or the JSON to mark up (sverka-present's {@code HtmlSnippet}), or as plain text ({@link #of}):
 * matches between {@code «} and {@code »}, and a {@code «}, {@code »} or {@code \} of the original
 * written {@code \«}, {@code \»}, {@code \\}. A window that leaves text out begins or ends with
 * {@code …}.
 */
public final class Snippet {
  /** The longest snippet, in characters of the original, before marks and escapes. */
  public static final int WIDTH = 320;

  /** Context kept before the first match when the sentence is longer than {@link #WIDTH}. */
  static final int BEFORE = 80;

  private Snippet() {}

  /**
   * A piece of a snippet: text of the original (not escaped), or where a match opens or closes.
   * {@link #of} writes the pieces as text; the report's search page and the JSON mark them up.
   */
  public record Piece(Kind kind, String text) {
    /** What a piece is. */
    public enum Kind {
      TEXT,
      OPEN,
      CLOSE
    }

    /** Whether a match opens here. */
    public boolean opens() {
      return kind == Kind.OPEN;
    }

    /** Whether a match closes here. */
    public boolean closes() {
      return kind == Kind.CLOSE;
    }
  }

  /** The snippet of a hit as plain text, matches between « and ». */
  public static String of(Hit hit) {
    StringBuilder out = new StringBuilder();
    for (Piece p : pieces(hit)) {
      switch (p.kind()) {
        case OPEN -> out.append('«');
        case CLOSE -> out.append('»');
        case TEXT -> out.append(escape(p.text()));
      }
    }
    return out.toString();
  }

  /** The snippet of a hit as pieces: its text, and where each match opens and closes. */
  public static java.util.List<Piece> pieces(Hit hit) {
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
    Pieces out = new Pieces();
    if (a > 0) {
      out.text.append('…');
    }
    boolean space = false;
    for (int i = a; i < b; i++) {
      if (closes[i]) {
        out.mark(Piece.Kind.CLOSE);
      }
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        if (!space) {
          out.text.append(' ');
        }
        space = true;
        if (opens[i]) {
          out.mark(Piece.Kind.OPEN);
        }
        continue;
      }
      space = false;
      if (opens[i]) {
        out.mark(Piece.Kind.OPEN);
      }
      out.text.append(c);
    }
    if (closes[b]) {
      out.mark(Piece.Kind.CLOSE);
    }
    if (b < s.length()) {
      out.text.append('…');
    }
    out.flush();
    return out.list;
  }

  /** Pieces being collected: text runs until a match opens or closes. */
  private static final class Pieces {
    final java.util.List<Piece> list = new java.util.ArrayList<>();
    final StringBuilder text = new StringBuilder();

    void mark(Piece.Kind kind) {
      flush();
      list.add(new Piece(kind, ""));
    }

    void flush() {
      if (text.length() > 0) {
        list.add(new Piece(Piece.Kind.TEXT, text.toString()));
        text.setLength(0);
      }
    }
  }

  /**
   * {@code text} with each {@code «}, {@code »} and {@code \} of the original escaped by a {@code
   * \}.
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '«' || c == '»' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
