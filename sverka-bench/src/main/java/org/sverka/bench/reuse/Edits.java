package org.sverka.bench.reuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level edits of a whitespace token (its punctuation kept): substitution by another word, OCR
 * noise, transliteration variants. Each returns the edited token, or null when the edit does not
 * apply to this token.
 */
final class Edits {
  private Edits() {}

  /** OCR confusions on letters: what is printed, what the scanner read. */
  private static final String[][] OCR = {
    {"rn", "m"},
    {"m", "rn"},
    {"l", "1"},
    {"I", "l"},
    {"i", "í"},
    {"e", "c"},
    {"c", "e"},
    {"h", "b"},
    {"u", "n"},
    {"n", "u"},
    {"O", "0"},
    {"o", "0"},
    {"S", "5"},
    {"t", "f"},
    {"a", "o"},
    {"fi", "ﬁ"}
  };

  /**
   * Transliteration and old-spelling variants of names (and of Tsar/Czar): pattern on the bare
   * word, replacement. From the demo texts' own variants (Nicolaiev / Nikolayev, Zinoviev /
   * Zinovieff, Tsarist / Czarist) and the usual ones of Russian names in English.
   */
  private static final String[][] TRANSLITERATION = {
    {"^Tsar", "Czar"},
    {"^tsar", "czar"},
    {"^Cz(ar)", "Ts$1"},
    {"^cz(ar)", "ts$1"},
    {"aiev$", "ayev"},
    {"ayev$", "aiev"},
    {"([aeiou][^aeiou]*[aeiou][a-z]*)ev$", "$1eff"},
    {"([aeiou][a-z]*)ov$", "$1off"},
    {"eff$", "ev"},
    {"off$", "ov"},
    {"sky$", "ski"},
    {"ski$", "sky"},
    {"^Nic", "Nik"},
    {"^Nik", "Nic"},
    {"^Ya", "Ja"},
    {"^Yu", "Ju"},
    {"^Kh", "Ch"},
    {"(.{3,})x(.{2,})", "$1ks$2"},
    {"(.{3,})ks(.{2,})", "$1x$2"},
    {"ii$", "y"},
    {"y$", "ii"}
  };

  private static final Pattern[] TRANSLITERATION_PATTERNS = new Pattern[TRANSLITERATION.length];

  static {
    for (int i = 0; i < TRANSLITERATION.length; i++) {
      TRANSLITERATION_PATTERNS[i] = Pattern.compile(TRANSLITERATION[i][0]);
    }
  }

  /** Replaces the word by a random other word of the list, keeping case of the first letter. */
  static String substitute(String token, Random rnd, List<String> words) {
    int[] at = bareRange(token);
    String bare = token.substring(at[0], at[1]);
    String w = words.get(rnd.nextInt(words.size()));
    for (int i = 0; i < 5 && w.equalsIgnoreCase(bare); i++) {
      w = words.get(rnd.nextInt(words.size()));
    }
    if (!bare.isEmpty() && Character.isUpperCase(bare.charAt(0))) {
      w = w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }
    return token.substring(0, at[0]) + w + token.substring(at[1]);
  }

  /**
   * One OCR error in a word of 4 letters or more: a confusion from the table, a dropped letter or
   * two letters swapped (never the first letter).
   */
  static String ocr(String token, Random rnd) {
    int[] at = bareRange(token);
    String bare = token.substring(at[0], at[1]);
    if (bare.length() < 4) {
      return null;
    }
    String edited = null;
    int kind = rnd.nextInt(4);
    if (kind < 2) {
      List<int[]> options = new ArrayList<>();
      for (int c = 0; c < OCR.length; c++) {
        for (int i = bare.indexOf(OCR[c][0], 1); i >= 0; i = bare.indexOf(OCR[c][0], i + 1)) {
          options.add(new int[] {c, i});
        }
      }
      if (!options.isEmpty()) {
        int[] o = options.get(rnd.nextInt(options.size()));
        edited =
            bare.substring(0, o[1]) + OCR[o[0]][1] + bare.substring(o[1] + OCR[o[0]][0].length());
      }
    }
    if (edited == null && kind == 2) {
      int i = 1 + rnd.nextInt(bare.length() - 1);
      edited = bare.substring(0, i) + bare.substring(i + 1);
    }
    if (edited == null) {
      int i = 1 + rnd.nextInt(bare.length() - 2);
      edited = bare.substring(0, i) + bare.charAt(i + 1) + bare.charAt(i) + bare.substring(i + 2);
    }
    if (edited.equals(bare)) {
      edited = bare.substring(0, 1) + bare.substring(2);
    }
    return token.substring(0, at[0]) + edited + token.substring(at[1]);
  }

  /** A transliteration variant of a capitalised word (or of tsar/czar words), or null. */
  static String transliterate(String token, Random rnd) {
    int[] at = bareRange(token);
    String bare = token.substring(at[0], at[1]);
    if (bare.length() < 4) {
      return null;
    }
    boolean name = Character.isUpperCase(bare.charAt(0)) && !bare.equals(bare.toUpperCase());
    boolean tsar = bare.toLowerCase(Locale.ROOT).matches("(ts|cz)ar.*");
    if (!name && !tsar) {
      return null;
    }
    List<String> variants = new ArrayList<>();
    for (Pattern p : TRANSLITERATION_PATTERNS) {
      Matcher m = p.matcher(bare);
      if (m.find()) {
        String v = m.replaceFirst(TRANSLITERATION[indexOf(p)][1]);
        if (!v.equals(bare)) {
          variants.add(v);
        }
      }
    }
    if (variants.isEmpty()) {
      return null;
    }
    return token.substring(0, at[0])
        + variants.get(rnd.nextInt(variants.size()))
        + token.substring(at[1]);
  }

  private static int indexOf(Pattern p) {
    for (int i = 0; i < TRANSLITERATION_PATTERNS.length; i++) {
      if (TRANSLITERATION_PATTERNS[i] == p) {
        return i;
      }
    }
    throw new IllegalArgumentException();
  }

  /** [from, to) of the token without the punctuation around it. */
  static int[] bareRange(String token) {
    int from = 0;
    int to = token.length();
    while (from < to && !Character.isLetterOrDigit(token.charAt(from))) {
      from++;
    }
    while (to > from && !Character.isLetterOrDigit(token.charAt(to - 1))) {
      to--;
    }
    return new int[] {from, to};
  }
}
