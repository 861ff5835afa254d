package org.sverka.text;

import java.util.Map;

/**
 * A stretch of original text (a sentence, a paragraph) with its printed layout undone for pattern
 * matching: every run of white space becomes one space, and a line break right after a hyphen that
 * joins two letters or digits ("1926-\n27", "pre-\nwar") is dropped, so that a figure or a date
 * spread over several lines reads as one. Markup a document keeps as stored is seen through too:
 * Markdown emphasis ("*March the* 19*th*" reads "March the 19th"), Markdown footnote references
 * ("[^n12]"), XML tags ("&lt;date value=...&gt;Octob 11.&lt;/date&gt;"; an empty element such as a
 * line or page break reads as a space) and the common XML entities ("&amp;mdash;" reads as a dash).
 * Every character keeps its original offset, through the same {@link OffsetMap} the normaliser
 * uses, and {@link #written} gives an expression as written, its markup kept.
 */
public final class FlatText {
  private final NormalizedText flat;
  private final CharSequence original;
  private final int originEnd;

  private FlatText(NormalizedText flat, CharSequence original, int originEnd) {
    this.flat = flat;
    this.original = original;
    this.originEnd = originEnd;
  }

  /** Flattens {@code original[start, end)}, seeing through its markup. */
  public static FlatText of(CharSequence original, int start, int end) {
    return new FlatText(flatten(original, start, end, true), original, end);
  }

  private static NormalizedText flatten(CharSequence s, int start, int end, boolean markup) {
    OffsetMap.Builder b = new OffsetMap.Builder();
    int i = start;
    while (i < end) {
      int run = i;
      while (i < end && !gap(s, i, end, markup)) {
        int e = markup ? entity(s, i, end) : -1;
        if (e < 0) {
          i++;
          continue;
        }
        b.copy(s, run, i);
        b.replace(i, e, ENTITIES.get(s.subSequence(i + 1, e - 1).toString()));
        i = e;
        run = i;
      }
      b.copy(s, run, i);
      if (i == end) {
        break;
      }
      int j = i;
      boolean newline = false;
      boolean space = false;
      while (j < end && gap(s, j, end, markup)) {
        char c = s.charAt(j);
        int next = blank(c) ? j + 1 : markupEnd(s, j, end);
        newline |= c == '\n' || c == '\r';
        space |= blank(c) || (c == '<' && s.charAt(next - 2) == '/');
        j = next;
      }
      if (space && b.length() > 0 && j < end && !(newline && joinsHyphen(b, s.charAt(j)))) {
        // the run becomes one space standing where the run began
        b.replace(i, i + 1, " ");
        b.replace(i + 1, j, "");
      } else {
        b.replace(i, j, "");
      }
      i = j;
    }
    return b.build();
  }

  /** Whether {@code s[i]} begins white space or (when {@code markup}) markup to see through. */
  private static boolean gap(CharSequence s, int i, int end, boolean markup) {
    return blank(s.charAt(i)) || (markup && markupEnd(s, i, end) > i);
  }

  /**
   * Where the markup that begins at {@code i} ends: an XML tag ("&lt;hi rend="i"&gt;",
   * "&lt;/date&gt;", "&lt;lb/&gt;"), a Markdown footnote reference ("[^n12]"), or one Markdown
   * emphasis mark ("*" or "_" that touches a word on one side, not a "*" between digits, "3*4", nor
   * a "_" inside a word); {@code i} when none begins there.
   */
  static int markupEnd(CharSequence s, int i, int end) {
    char c = s.charAt(i);
    if (c == '<' && i + 1 < end && tagStart(s.charAt(i + 1))) {
      for (int j = i + 2; j < end && j < i + 400; j++) {
        char d = s.charAt(j);
        if (d == '>') {
          return j + 1;
        }
        if (d == '<') {
          break;
        }
      }
      return i;
    }
    if (c == '[' && i + 2 < end && s.charAt(i + 1) == '^') {
      for (int j = i + 2; j < end && j < i + 24; j++) {
        char d = s.charAt(j);
        if (d == ']') {
          return j > i + 2 ? j + 1 : i;
        }
        if (!Character.isLetterOrDigit(d) && d != '-' && d != '_') {
          break;
        }
      }
      return i;
    }
    if (c != '*' && c != '_') {
      return i;
    }
    char before = i > 0 ? s.charAt(i - 1) : ' ';
    char after = i + 1 < end ? s.charAt(i + 1) : ' ';
    boolean touches = !blank(before) || !blank(after);
    if (c == '*') {
      return touches && !(Character.isDigit(before) && Character.isDigit(after)) ? i + 1 : i;
    }
    boolean inWord = Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
    return touches && !inWord ? i + 1 : i;
  }

  private static boolean tagStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || c == '!' || c == '?';
  }

  /** The XML entities a stored document may keep, as the characters they stand for. */
  private static final Map<String, String> ENTITIES =
      Map.ofEntries(
          Map.entry("amp", "&"),
          Map.entry("lt", "<"),
          Map.entry("gt", ">"),
          Map.entry("quot", "\""),
          Map.entry("apos", "'"),
          Map.entry("nbsp", "\u00a0"),
          Map.entry("mdash", "\u2014"),
          Map.entry("ndash", "\u2013"),
          Map.entry("ldquo", "\u201c"),
          Map.entry("rdquo", "\u201d"),
          Map.entry("lsquo", "\u2018"),
          Map.entry("rsquo", "\u2019"),
          Map.entry("pound", "\u00a3"),
          Map.entry("aelig", "\u00e6"),
          Map.entry("AElig", "\u00c6"),
          Map.entry("oelig", "\u0153"),
          Map.entry("frac12", "\u00bd"),
          Map.entry("frac14", "\u00bc"),
          Map.entry("frac34", "\u00be"));

  /** Where an entity of {@link #ENTITIES} that begins at {@code i} ends; -1 when none does. */
  private static int entity(CharSequence s, int i, int end) {
    if (s.charAt(i) != '&') {
      return -1;
    }
    for (int j = i + 1; j < end && j < i + 8; j++) {
      if (s.charAt(j) == ';') {
        return j > i + 1 && ENTITIES.containsKey(s.subSequence(i + 1, j).toString()) ? j + 1 : -1;
      }
    }
    return -1;
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

  /**
   * The flat text {@code [from, to)} as written: its white space flattened as {@link #text} does,
   * its markup kept ("March the* 19*th" where the text reads "March the 19th"); the same string as
   * {@code text().substring(from, to)} where the original has no markup.
   */
  public String written(int from, int to) {
    if (from >= to) {
      return "";
    }
    return flatten(original, start(from), end(to), false).text();
  }
}
