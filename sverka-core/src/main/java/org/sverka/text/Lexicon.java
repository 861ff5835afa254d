package org.sverka.text;

import java.util.Locale;
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
  private char[] text;
  private Counts counts;
  private Counts wanted;

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
   * nothing. A hand-written scan over a char array into an open-addressing table keyed by the
   * lower-cased characters: a String and a map entry per word was a fifth of ingestion time.
   */
  private synchronized Counts counts() {
    Counts c = counts;
    if (c == null) {
      c = count(chars(), new Counts(null));
      counts = c;
    }
    return c;
  }

  /**
   * Counts of just the words a hyphen in this document can ask about (each side, joined, and
   * hyphenated), found by a first pass over the hyphens: the word scan then inserts nothing and
   * probes a small table. A question about any other word falls back to {@link #counts()}.
   */
  private synchronized Counts wanted() {
    Counts c = wanted;
    if (c == null) {
      char[] text = chars();
      c = count(text, new Counts(candidates(text)));
      wanted = c;
    }
    return c;
  }

  private char[] chars() {
    if (text == null) {
      text = source.toString().toCharArray();
      source = null;
    }
    return text;
  }

  /** The lower-cased words around every hyphen: left, right, joined and hyphenated. */
  private static java.util.Set<String> candidates(char[] t) {
    java.util.Set<String> out = new java.util.HashSet<>();
    int n = t.length;
    for (int i = 1; i < n; i++) {
      if (t[i] != '-' && t[i] != '\u2010') {
        continue;
      }
      int a = i;
      while (a > 0 && isWordChar(t[a - 1])) {
        a--;
      }
      while (a < i && !Character.isLetter(t[a])) {
        a++;
      }
      int b = i + 1;
      while (b < n && Character.isWhitespace(t[b])) {
        b++;
      }
      int e = b;
      while (e < n && isWordChar(t[e])) {
        e++;
      }
      if (a == i || e == b) {
        continue;
      }
      String l = new String(t, a, i - a).toLowerCase(Locale.ROOT);
      String r = new String(t, b, e - b).toLowerCase(Locale.ROOT);
      out.add(l);
      out.add(r);
      out.add(l + r);
      out.add(l + "-" + r);
    }
    return out;
  }

  private static Counts count(char[] text, Counts counts) {
    char[] w = new char[64];
    int n = text.length;
    int i = 0;
    while (i < n) {
      if (!Character.isLetter(text[i])) {
        i++;
        continue;
      }
      int len = 0;
      boolean compound = false;
      int j = i;
      while (true) {
        while (j < n && isWordChar(text[j])) {
          if (len == w.length) {
            w = java.util.Arrays.copyOf(w, len * 2);
          }
          w[len++] = Character.toLowerCase(text[j]);
          j++;
        }
        if (j + 1 < n
            && (text[j] == '-' || text[j] == '\'' || text[j] == '’')
            && Character.isLetter(text[j + 1])) {
          compound |= text[j] == '-';
          if (len == w.length) {
            w = java.util.Arrays.copyOf(w, len * 2);
          }
          w[len++] = text[j];
          j++;
          continue;
        }
        break;
      }
      boolean brokenAtLineEnd = j < n && text[j] == '-' && atLineEnd(text, j + 1);
      if (!brokenAtLineEnd) {
        counts.add(w, 0, len, 1);
        if (compound) {
          // the parts of a compound count too (as known words), for the "two real words" rule
          int from = 0;
          for (int k = 0; k <= len; k++) {
            if (k == len || w[k] == '-') {
              counts.add(w, from, k, 0);
              from = k + 1;
            }
          }
        }
      }
      i = j;
    }
    return counts;
  }

  /**
   * Word counts keyed by characters: open addressing, no object per occurrence. Given a set of
   * wanted words it counts only those ({@link #get} is then -2 for any other word).
   */
  static final class Counts {
    private char[][] keys = new char[1 << 12][];
    private int[] hashes = new int[1 << 12];
    private int[] values = new int[1 << 12];
    private int size;
    private final boolean fixed;

    Counts(java.util.Set<String> wanted) {
      if (wanted != null) {
        for (String w : wanted) {
          char[] c = w.toCharArray();
          add(c, 0, c.length, -1); // -1: wanted, not seen yet
        }
      }
      fixed = wanted != null;
    }

    void add(char[] w, int from, int to, int by) {
      int mask = keys.length - 1;
      int h = hash(w, from, to);
      int slot = h & mask;
      while (keys[slot] != null) {
        if (hashes[slot] == h && equal(keys[slot], w, from, to)) {
          values[slot] = Math.max(values[slot], 0) + by;
          return;
        }
        slot = (slot + 1) & mask;
      }
      if (fixed) {
        return;
      }
      keys[slot] = java.util.Arrays.copyOfRange(w, from, to);
      hashes[slot] = h;
      values[slot] = by;
      if (++size * 2 > keys.length) {
        grow();
      }
    }

    /**
     * The count of a word; -1 when the document never has it (not even as a compound's part); -2
     * when this table does not count it.
     */
    int get(String word) {
      char[] w = word.toCharArray();
      int mask = keys.length - 1;
      int h = hash(w, 0, w.length);
      int slot = h & mask;
      while (keys[slot] != null) {
        if (hashes[slot] == h && equal(keys[slot], w, 0, w.length)) {
          return values[slot];
        }
        slot = (slot + 1) & mask;
      }
      return fixed ? -2 : -1;
    }

    private void grow() {
      char[][] oldKeys = keys;
      int[] oldValues = values;
      keys = new char[oldKeys.length * 2][];
      hashes = new int[oldKeys.length * 2];
      values = new int[oldKeys.length * 2];
      size = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != null) {
          add(oldKeys[i], 0, oldKeys[i].length, oldValues[i]);
        }
      }
    }

    private static int hash(char[] w, int from, int to) {
      int h = 0;
      for (int i = from; i < to; i++) {
        h = 31 * h + w[i];
      }
      return h ^ (h >>> 16);
    }

    private static boolean equal(char[] key, char[] w, int from, int to) {
      if (key.length != to - from) {
        return false;
      }
      for (int i = 0; i < key.length; i++) {
        if (key[i] != w[from + i]) {
          return false;
        }
      }
      return true;
    }
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
    return Math.max(0, lookUp(word.toLowerCase(Locale.ROOT)));
  }

  /** The count, -1 when never seen: from the small table when it counts the word. */
  private int lookUp(String lower) {
    int c = wanted().get(lower);
    return c == -2 ? counts().get(lower) : c;
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
    boolean leftWord = lookUp(l) >= 0 && l.length() >= 3;
    boolean rightWord = lookUp(r) >= 0 && r.length() >= 3;
    return !(leftWord && rightWord);
  }
}
