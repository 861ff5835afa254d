package org.sverka.quotes;

import java.util.Locale;
import java.util.Set;

/** Quotation marks and the context tests that tell an opening mark from a closing one. */
final class Marks {
  static final String QUOTES = "\"'“”‘’«»‹›„";

  /** What may stand right before an opening mark (besides whitespace and other marks). */
  private static final String OPEN_BEFORE = "([{—–-/:";

  /** What may stand right after a closing mark (besides whitespace and other marks). */
  private static final String CLOSE_AFTER = ".,;:!?)]}—–-/…*";

  /** Words that begin with an apostrophe of elision, not with a quotation mark. */
  private static final Set<String> ELISIONS =
      Set.of(
          "tis", "twas", "twere", "twill", "twould", "em", "n", "til", "bout", "neath", "gainst",
          "tween", "twixt");

  private Marks() {}

  static boolean isQuote(char c) {
    return QUOTES.indexOf(c) >= 0;
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
  }

  static boolean isSingle(char c) {
    return c == '\'' || c == '‘' || c == '’';
  }

  /** Left-flanking: the mark at {@code i} could open a quotation. */
  static boolean canOpen(String s, int i) {
    char c = s.charAt(i);
    char prev = i > 0 ? s.charAt(i - 1) : ' ';
    char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
    if (isSpace(next)) {
      return false;
    }
    boolean before = isSpace(prev) || OPEN_BEFORE.indexOf(prev) >= 0 || isQuote(prev);
    if (!before) {
      return false;
    }
    if (isSingle(c)) {
      // an opening single quote precedes a letter (or another opening mark)
      return Character.isLetter(next) || (isQuote(next) && !isSingle(next));
    }
    return true;
  }

  /** Right-flanking: the mark at {@code i} could close a quotation. */
  static boolean canClose(String s, int i) {
    char prev = i > 0 ? s.charAt(i - 1) : ' ';
    char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
    if (isSpace(prev)) {
      return false;
    }
    return isSpace(next) || CLOSE_AFTER.indexOf(next) >= 0 || isQuote(next);
  }

  /** An apostrophe between letters: Trotsky’s, don't, O’Callaghan. */
  static boolean betweenLetters(String s, int i) {
    return i > 0
        && i + 1 < s.length()
        && Character.isLetterOrDigit(s.charAt(i - 1))
        && Character.isLetter(s.charAt(i + 1));
  }

  /**
   * If the single mark at {@code i} begins an elided word ('tis, 'n'), the index just past the
   * elided word and any apostrophe that ends it ('n'); otherwise -1.
   */
  static int elisionEnd(String s, int i) {
    int j = i + 1;
    while (j < s.length() && Character.isLetter(s.charAt(j))) {
      j++;
    }
    if (j == i + 1 || (j < s.length() && Character.isLetterOrDigit(s.charAt(j)))) {
      return -1;
    }
    String word = s.substring(i + 1, j).toLowerCase(Locale.ROOT);
    if (!ELISIONS.contains(word)) {
      return -1;
    }
    if (word.equals("n")) {
      // rock 'n' roll: the n is elided on both sides
      return j < s.length() && (s.charAt(j) == '\'' || s.charAt(j) == '’') ? j + 1 : j;
    }
    return j;
  }
}
