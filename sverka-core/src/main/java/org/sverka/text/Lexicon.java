package org.sverka.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of one document with their counts, used to decide line-break hyphenation the way a
 * proof-reader does: by how the document itself spells the word elsewhere. {@code Zi-/noviev} joins
 * because "Zinoviev" occurs and "Zi-noviev" does not; {@code counter-/revolutionary} keeps its
 * hyphen because the document writes "counter-revolutionary".
 */
public final class Lexicon implements HyphenationPolicy {

  /** Prefixes that English (and transliterated) texts write with a hyphen when no count decides. */
  private static final Set<String> HYPHEN_PREFIXES =
      Set.of(
          "counter", "anti", "non", "semi", "self", "social", "ex", "pro", "pre", "post", "co",
          "ultra", "pseudo", "quasi", "neo", "half", "well", "all", "so", "inter", "extra", "vice",
          "petty", "ill", "de", "un");

  private CharSequence source;
  private Map<String, int[]> counts;

  private Lexicon(CharSequence source) {
    this.source = source;
  }

  /**
   * Counts the words of a text. Words that end a line with a hyphen, and the line-initial words
   * after them, are not counted: they are what the lexicon is asked about.
   */
  public static Lexicon of(CharSequence text) {
    return new Lexicon(text);
  }

  /**
   * Counts the words, once, on the first question: a document with no hyphen to decide costs
   * nothing. A hand-written scan over a char array: a regex with a String per match and a boxed
   * counter per word was a quarter of all ingestion time.
   */
  private synchronized Map<String, int[]> counts() {
    Map<String, int[]> c = counts;
    if (c == null) {
      c = count(source.toString().toCharArray());
      counts = c;
      source = null;
    }
    return c;
  }

  private static Map<String, int[]> count(char[] text) {
    Map<String, int[]> counts = new HashMap<>();
    StringBuilder w = new StringBuilder(32);
    int n = text.length;
    int i = 0;
    while (i < n) {
      if (!Character.isLetter(text[i])) {
        i++;
        continue;
      }
      w.setLength(0);
      boolean compound = false;
      int j = i;
      while (true) {
        while (j < n && isWordChar(text[j])) {
          w.append(Character.toLowerCase(text[j]));
          j++;
        }
        if (j + 1 < n && (text[j] == '-' || text[j] == '\'' || text[j] == '’')
            && Character.isLetter(text[j + 1])) {
          compound |= text[j] == '-';
          w.append(text[j]);
          j++;
          continue;
        }
        break;
      }
      boolean brokenAtLineEnd = j < n && text[j] == '-' && atLineEnd(text, j + 1);
      if (!brokenAtLineEnd) {
        String word = w.toString();
        counts.computeIfAbsent(word, k -> new int[1])[0]++;
        if (compound) {
          // the parts of a compound count too, for the "two real words" rule
          for (String part : word.split("-")) {
            counts.computeIfAbsent(part, k -> new int[1]);
          }
        }
      }
      i = j;
    }
    return counts;
  }

  private static boolean isWordChar(char c) {
    if (c < 0x300) {
      return Character.isLetter(c);
    }
    int type = Character.getType(c);
    return Character.isLetter(c)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean atLineEnd(char[] text, int i) {
    while (i < text.length && (text[i] == ' ' || text[i] == '\t')) {
      i++;
    }
    return i >= text.length || text[i] == '\n' || text[i] == '\r';
  }

  public int count(String word) {
    int[] c = counts().get(word.toLowerCase(Locale.ROOT));
    return c == null ? 0 : c[0];
  }

  /**
   * A hyphen inside a line goes only when the document clearly prefers the joined spelling: it uses
   * the joined word at least twice and more than twice as often as the hyphenated one.
   */
  @Override
  public boolean joinInline(String left, String right) {
    String l = left.toLowerCase(Locale.ROOT);
    String r = right.toLowerCase(Locale.ROOT);
    int joined = count(l + r);
    return joined >= 2 && joined > 2 * count(l + "-" + r);
  }

  @Override
  public boolean join(String left, String right) {
    String l = left.toLowerCase(Locale.ROOT);
    String r = right.toLowerCase(Locale.ROOT);
    int joined = count(l + r);
    int hyphenated = count(l + "-" + r);
    if (joined != hyphenated) {
      return joined > hyphenated;
    }
    if (HYPHEN_PREFIXES.contains(l)) {
      return false;
    }
    // two words the document uses on their own: a compound such as corner-stone or rear-guard
    boolean leftWord = counts().containsKey(l) && l.length() >= 3;
    boolean rightWord = counts().containsKey(r) && r.length() >= 3;
    return !(leftWord && rightWord);
  }
}
