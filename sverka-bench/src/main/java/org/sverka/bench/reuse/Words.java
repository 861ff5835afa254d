package org.sverka.bench.reuse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sverka.reuse.MatchKey;
import org.sverka.reuse.Vocabulary;
import org.sverka.text.Segmenter;

/** Words as the generators see them: whitespace tokens, their bare form, their content keys. */
final class Words {
  private static final Pattern PIECES = Pattern.compile("[^\\p{L}\\p{N}'’\\-]+");

  /** Only for its stop list: {@link Vocabulary#isStop} of a word added to it. */
  private static final Vocabulary STOPS = new Vocabulary();

  private Words() {}

  /** A whitespace token without the punctuation before and after it. */
  static String bare(String token) {
    int from = 0;
    int to = token.length();
    while (from < to && !Character.isLetterOrDigit(token.charAt(from))) {
      from++;
    }
    while (to > from && !Character.isLetterOrDigit(token.charAt(to - 1))) {
      to--;
    }
    return token.substring(from, to);
  }

  /** Is this folded word a function word (or a single character) for the detector? */
  static boolean isStop(String folded) {
    synchronized (STOPS) {
      return STOPS.isStop(STOPS.add(folded));
    }
  }

  /**
   * The 64-bit hashes of the match keys of the content words in a whitespace token (usually one;
   * none for a function word or punctuation; more for "C.P.S.U.(B.)").
   */
  static List<Long> contentKeys(String token) {
    List<Long> out = new ArrayList<>(1);
    for (String piece : PIECES.split(token)) {
      String w = piece.replaceAll("^[-'’]+|[-'’]+$", "");
      if (w.isEmpty()) {
        continue;
      }
      String folded = Segmenter.fold(w);
      if (isStop(folded)) {
        continue;
      }
      String key = MatchKey.of(folded);
      if (!key.isEmpty()) {
        out.add(hash(key));
      }
    }
    return out;
  }

  /** Number of content words in a text (whitespace tokens). */
  static int contentWords(String text) {
    int n = 0;
    for (String t : text.split(" ")) {
      n += contentKeys(t).size();
    }
    return n;
  }

  /** FNV-1a, 64 bits, then a finaliser. */
  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
