package org.sverka.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of one document with their counts, used to decide line-break hyphenation the way a
 * proof-reader does: by how the document itself spells the word elsewhere. {@code Zi-/noviev} joins
 * because "Zinoviev" occurs and "Zi-noviev" does not; {@code counter-/revolutionary} keeps its
 * hyphen because the document writes "counter-revolutionary".
 */
public final class Lexicon implements HyphenationPolicy {
  private static final Pattern WORD =
      Pattern.compile("\\p{L}[\\p{L}\\p{M}]*(?:[-'’]\\p{L}[\\p{L}\\p{M}]*)*");

  /** Prefixes that English (and transliterated) texts write with a hyphen when no count decides. */
  private static final Set<String> HYPHEN_PREFIXES =
      Set.of(
          "counter", "anti", "non", "semi", "self", "social", "ex", "pro", "pre", "post", "co",
          "ultra", "pseudo", "quasi", "neo", "half", "well", "all", "so", "inter", "extra", "vice",
          "petty", "ill", "de", "un");

  private final Map<String, Integer> counts;

  private Lexicon(Map<String, Integer> counts) {
    this.counts = counts;
  }

  /**
   * Counts the words of a text. Words that end a line with a hyphen, and the line-initial words
   * after them, are not counted: they are what the lexicon is asked about.
   */
  public static Lexicon of(CharSequence text) {
    Map<String, Integer> counts = new HashMap<>();
    Matcher m = WORD.matcher(text);
    int n = text.length();
    while (m.find()) {
      int end = m.end();
      if (end < n && text.charAt(end) == '-' && atLineEnd(text, end + 1)) {
        continue;
      }
      String w = m.group().toLowerCase(Locale.ROOT);
      counts.merge(w, 1, Integer::sum);
      // the parts of a compound count too, for the "two real words" rule
      if (w.indexOf('-') > 0) {
        for (String part : w.split("-")) {
          counts.merge(part, 0, Integer::sum);
        }
      }
    }
    return new Lexicon(counts);
  }

  private static boolean atLineEnd(CharSequence text, int i) {
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i >= text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r';
  }

  public int count(String word) {
    return counts.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
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
    boolean leftWord = counts.containsKey(l) && l.length() >= 3;
    boolean rightWord = counts.containsKey(r) && r.length() >= 3;
    return !(leftWord && rightWord);
  }
}
