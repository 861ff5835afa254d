package org.sverka.quotes;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Quotation marks and the context tests that tell an opening mark from a closing one. */
public final class Marks {
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

  public static boolean isSpace(char c) {
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
    return isSpace(next)
        || CLOSE_AFTER.indexOf(next) >= 0
        || isQuote(next)
        || noteReferenceEnd(s, i + 1) >= 0;
  }

  /** Superscript digits, as printed note references use them. */
  static boolean isSuperscriptDigit(char c) {
    return c == '\u00B9' || c == '\u00B2' || c == '\u00B3' || (c >= '\u2070' && c <= '\u2079');
  }

  /**
   * If a note reference begins at {@code i} (right after a closing mark): a run of one to three
   * digits ({@code powers."2}, {@code liberty,"14 and}), superscript digits ({@code end.'³}), the
   * same in brackets or parentheses ({@code words"[4]}, {@code "..."(12)}), or a dagger, followed
   * by whitespace, punctuation, a mark or the end; the index just past it, else -1. A digit run
   * glued to a closing mark is a note reference, not the start of new text.
   */
  static int noteReferenceEnd(String s, int i) {
    if (i >= s.length()) {
      return -1;
    }
    char c = s.charAt(i);
    int j = i;
    if (c == '†' || c == '‡') {
      j = i + 1;
    } else if (isSuperscriptDigit(c)) {
      while (j < s.length() && j - i < 3 && isSuperscriptDigit(s.charAt(j))) {
        j++;
      }
    } else {
      char close = c == '[' ? ']' : c == '(' ? ')' : 0;
      int d = close != 0 ? i + 1 : i;
      int e = d;
      while (e < s.length() && e - d < 3 && s.charAt(e) >= '0' && s.charAt(e) <= '9') {
        e++;
      }
      if (e == d) {
        return -1;
      }
      if (close != 0) {
        if (e >= s.length() || s.charAt(e) != close) {
          return -1;
        }
        e++;
      }
      j = e;
    }
    if (j < s.length()) {
      char n = s.charAt(j);
      if (!(isSpace(n) || CLOSE_AFTER.indexOf(n) >= 0 || isQuote(n))) {
        return -1;
      }
    }
    return j;
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

  /**
   * Quotation marks written as character references, as XML and HTML files store them (TEI
   * transcriptions keep {@code &ldquo;} and {@code &rdquo;}): the named ones and the numeric ones
   * of the marks' code points ({@code &#8220;}, {@code &#x201D;}).
   */
  private static final Map<String, Character> ENTITIES =
      Map.ofEntries(
          Map.entry("ldquo", '“'),
          Map.entry("rdquo", '”'),
          Map.entry("lsquo", '‘'),
          Map.entry("rsquo", '’'),
          Map.entry("bdquo", '„'),
          Map.entry("laquo", '«'),
          Map.entry("raquo", '»'),
          Map.entry("lsaquo", '‹'),
          Map.entry("rsaquo", '›'),
          Map.entry("quot", '"'));

  private static final Pattern REFERENCE =
      Pattern.compile("&(?:([a-zA-Z]{4,6})|#(\\d{2,5})|#[xX]([0-9a-fA-F]{2,4}));");

  /**
   * The text with every quotation mark written as a character reference turned into the mark
   * itself, padded with spaces to the reference's length so that every offset stays where it was:
   * the mark stands last when the reference may open a quotation (a space or the start before it:
   * {@code by &ldquo;the} reads {@code by “the}) and first otherwise ({@code Governor&rdquo;<ref}
   * reads {@code Governor” <ref}). A single mark between letters is an apostrophe and stays as
   * written ({@code Mather&rsquo;s}). A text without references is returned as it is.
   */
  public static String referencesAsMarks(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    Matcher m = REFERENCE.matcher(s);
    StringBuilder out = null;
    while (m.find()) {
      Character c = referenced(m);
      if (c == null || isSingle(c) && betweenLetters(s, m.start(), m.end())) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(s);
      }
      boolean opens =
          m.start() == 0
              || isSpace(s.charAt(m.start() - 1))
              || OPEN_BEFORE.indexOf(s.charAt(m.start() - 1)) >= 0;
      for (int i = m.start(); i < m.end(); i++) {
        out.setCharAt(i, ' ');
      }
      out.setCharAt(opens ? m.end() - 1 : m.start(), c);
    }
    return out == null ? s : out.toString();
  }

  /** The quotation mark a reference stands for, or null. */
  private static Character referenced(Matcher m) {
    if (m.group(1) != null) {
      return ENTITIES.get(m.group(1));
    }
    int cp = m.group(2) != null ? Integer.parseInt(m.group(2)) : Integer.parseInt(m.group(3), 16);
    return cp < Character.MIN_SUPPLEMENTARY_CODE_POINT && isQuote((char) cp) ? (char) cp : null;
  }

  private static boolean betweenLetters(String s, int start, int end) {
    return start > 0
        && end < s.length()
        && Character.isLetterOrDigit(s.charAt(start - 1))
        && Character.isLetter(s.charAt(end));
  }

  /**
   * A quotation's outer span widened over the character references its marks are written as ({@link
   * #referencesAsMarks} puts a mark on one character of its reference): from the reference's {@code
   * &} to its {@code ;}.
   */
  static org.sverka.text.Span wholeReferences(String original, org.sverka.text.Span outer) {
    int a = outer.start();
    int b = outer.end();
    if (a < original.length() && original.charAt(a) == ';') {
      int amp = original.lastIndexOf('&', a);
      if (amp >= 0 && a - amp <= 8 && reference(original, amp) == a + 1) {
        a = amp;
      }
    }
    if (b > a && original.charAt(b - 1) == '&') {
      int e = reference(original, b - 1);
      if (e > 0) {
        b = e;
      }
    }
    return a == outer.start() && b == outer.end() ? outer : new org.sverka.text.Span(a, b);
  }

  /** The end of the quotation mark's character reference at {@code at}, or -1. */
  private static int reference(String s, int at) {
    Matcher m = REFERENCE.matcher(s).region(at, Math.min(s.length(), at + 10));
    return m.lookingAt() && referenced(m) != null ? m.end() : -1;
  }
}
