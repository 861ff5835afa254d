package org.sverka.reuse;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * A word's key for matching across spelling, transliteration and OCR variants: {@code Nicolaiev},
 * {@code Nikolayev} and {@code Николаев} share a key, as do {@code Zinovieff} and {@code Zinoviev},
 * {@code Tsarist} and {@code Czarist}. Keys are deliberately lossy: a shared key makes two words a
 * spelling variant, never an exact match.
 */
public final class MatchKey {
  private static final Transliterator TO_ASCII =
      Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");

  private MatchKey() {}

  /** The key of a folded word (see {@link org.sverka.text.Segmenter#fold}). */
  public static String of(String folded) {
    String s = isAsciiLower(folded) ? folded : TO_ASCII.transliterate(folded);
    s = s.toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 'a' || c > 'z') {
        if (c >= '0' && c <= '9') {
          b.append(c);
        }
        continue;
      }
      char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
      switch (c) {
        case 'c' -> {
          if (next == 'z') { // cz -> ts (Czarist / Tsarist)
            b.append("ts");
            i++;
          } else if (next == 'h') {
            b.append("ch");
            i++;
          } else {
            b.append('k');
          }
        }
        case 'q' -> b.append('k');
        case 'y', 'j' -> b.append('i');
        case 'w' -> b.append('v');
        case 'x' -> b.append("ks");
        case 'p' -> {
          if (next == 'h') {
            b.append('f');
            i++;
          } else {
            b.append('p');
          }
        }
        case 'f' -> {
          // a final -ff or -f after a vowel is the old spelling of -v: Zinovieff
          boolean last = i + 1 == s.length() || (next == 'f' && i + 2 == s.length());
          if (last && b.length() > 0 && "aeiou".indexOf(b.charAt(b.length() - 1)) >= 0) {
            b.append('v');
            i = s.length();
          } else {
            b.append('f');
          }
        }
        default -> b.append(c);
      }
    }
    // collapse doubled letters and "ii" (Nikolaiev / Nikolayev -> nikolaiev, Trotskii/Trotsky)
    StringBuilder out = new StringBuilder(b.length());
    for (int i = 0; i < b.length(); i++) {
      char c = b.charAt(i);
      if (out.length() > 0 && out.charAt(out.length() - 1) == c) {
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }

  private static boolean isAsciiLower(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > 0x7f) {
        return false;
      }
    }
    return true;
  }

  /**
   * Are two folded words the same word in another spelling? The same key, or a small edit distance
   * for longer words (one edit from 4 letters, two from 8): OCR slips and variants.
   */
  public static boolean similar(String a, String b, String keyA, String keyB) {
    if (keyA.equals(keyB)) {
      return !keyA.isEmpty();
    }
    int min = Math.min(a.length(), b.length());
    if (min < 4 || Math.abs(a.length() - b.length()) > 2) {
      return false;
    }
    int allowed = min >= 8 ? 2 : 1;
    return boundedLevenshtein(keyA, keyB, allowed) <= allowed;
  }

  /** Levenshtein distance, or {@code limit + 1} as soon as it must exceed {@code limit}. */
  static int boundedLevenshtein(String a, String b, int limit) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > limit) {
      return limit + 1;
    }
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }
}
