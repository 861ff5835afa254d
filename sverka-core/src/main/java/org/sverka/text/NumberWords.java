package org.sverka.text;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * English numbers written in words, read exactly: cardinals ("one hundred and forty millions", "two
 * thousand five hundred and six", "a hundred and twenty", "fourscore and seven", "half a million",
 * "a dozen", "twenty-three"), ordinals up to the thirty-first ("the twenty-third") and years ("one
 * thousand seven hundred and eighty seven", "eighteen hundred and sixty-one", "seventeen
 * eighty-seven"). The one reader of number words, shared by the date rules and the figure finder;
 * {@link #CARDINAL}, {@link #ORDINAL} and {@link #YEAR} are the patterns (without flags: compile
 * them case-insensitively) that find the phrases this class reads.
 *
 * <p>British "and" is read after a multiplier only ("a hundred and twenty"), so "two and three" is
 * not one number; a plural multiplier ("millions", "thousands") is the multiplier.
 */
public final class NumberWords {
  private NumberWords() {}

  private static final String UNIT = "one|two|three|four|five|six|seven|eight|nine";
  private static final String TENS = "twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety";

  /** 1 to 99: "seven", "nineteen", "forty", "forty-three", "eighty seven". */
  public static final String SMALL =
      "(?:(?:"
          + TENS
          + ")(?:(?:-|\\s)(?:"
          + UNIT
          + ")\\b)?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
          + "|nineteen|"
          + UNIT
          + ")";

  /** 1 to 999, and the old scores and dozens. */
  private static final String HUNDREDS =
      "(?:(?:(?:"
          + SMALL
          + "|a|an)\\shundreds?(?:\\s(?:and\\s)?"
          + SMALL
          + "\\b)?)|(?:(?:four|three|two)score|(?:"
          + SMALL
          + "|a)\\sscore)(?:\\s(?:and\\s)?"
          + SMALL
          + "\\b)?|(?:"
          + SMALL
          + "|a)\\sdozen|"
          + SMALL
          + "|half\\san|half\\sa|an|a)";

  private static final String BIG = "(?:thousands?|millions?|milliards?|billions?)";

  /**
   * A cardinal in words: groups of up to a thousand, each but the last followed by its multiplier,
   * joined by white space, a comma or "and" ("two thousand, five hundred and six").
   */
  public static final String CARDINAL =
      "(?:\\b(?:"
          + HUNDREDS
          + "\\s"
          + BIG
          + ",?\\s(?:and\\s)?)*"
          + HUNDREDS
          + "(?:\\s"
          + BIG
          + ")?\\b)";

  /** An ordinal from the first to the thirty-first, in words: "first", "twenty-third". */
  public static final String ORDINAL =
      "(?:\\b(?:(?:twenty|thirty)(?:-|\\s))?(?:first|second|third|fourth|fifth|sixth|seventh"
          + "|eighth|ninth)\\b|\\b(?:tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth"
          + "|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\\b)";

  private static final String ORD_UNIT =
      "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth";

  /**
   * An ordinal from the first to the nine hundred and ninety-ninth, in words: "seventy-seventh",
   * "ninety fifth", "one hundred and first", "two hundredth" (the counts of an era, a reign, an
   * Olympiad, a regiment).
   */
  public static final String ORDINAL_ANY =
      "(?:\\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine)\\shundredth"
          + "|(?:(?:a|one|two|three|four|five|six|seven|eight|nine)\\shundred\\s(?:and\\s)?)?"
          + "(?:(?:(?:"
          + TENS
          + ")(?:-|\\s))?(?:"
          + ORD_UNIT
          + ")|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
          + "|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth"
          + "|eightieth|ninetieth))\\b)";

  private static final Map<String, Integer> ORDINALS_ANY =
      table(
          "first=1 second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
              + " thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
              + " twentieth thirtieth=30 fortieth=40 fiftieth=50 sixtieth=60 seventieth=70"
              + " eightieth=80 ninetieth=90");

  /**
   * Reads an ordinal in words up to the nine hundred and ninety-ninth ({@link #ORDINAL_ANY}); 0
   * when it is not one.
   */
  public static int ordinalAny(String s) {
    String[] w = words(s);
    int total = 0;
    for (int i = 0; i < w.length; i++) {
      String t = w[i];
      boolean last = i == w.length - 1;
      if (t.equals("hundred") || t.equals("hundredth")) {
        if (last != t.equals("hundredth")) {
          return 0;
        }
        total = (total == 0 ? 1 : total) * 100;
        continue;
      }
      if (t.equals("and") && !last) {
        continue;
      }
      Integer v = last ? ORDINALS_ANY.get(t) : VALUES.get(t);
      if (v == null || t.equals("oh") || t.equals("o")) {
        return 0;
      }
      total += v;
    }
    return total;
  }

  /**
   * A year in words: "one thousand seven hundred and eighty(-)seven", "eighteen hundred and
   * sixty-one", "seventeen eighty-seven", "nineteen hundred".
   */
  public static final String YEAR =
      "(?:\\b(?:one\\sthousand(?:,?\\s(?:and\\s)?(?:one|two|three|four|five|six|seven|eight"
          + "|nine)\\shundred(?:\\s(?:and\\s)?"
          + SMALL
          + ")?|\\s(?:and\\s)?"
          + SMALL
          + ")|(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
          + "(?:\\shundred(?:\\s(?:and\\s)?"
          + SMALL
          + ")?|\\s(?:"
          + TENS
          + ")(?:(?:-|\\s)(?:"
          + UNIT
          + "))?|\\s(?:and\\s)?(?:oh|o)(?:-|\\s)(?:"
          + UNIT
          + ")))\\b)";

  private static final Map<String, Integer> VALUES =
      table(
          "oh=0 o=0 a=1 an=1 one=1 two three four five six seven eight nine ten eleven twelve"
              + " thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty=30"
              + " forty=40 fourty=40 fifty=50 sixty=60 seventy=70 eighty=80 ninety=90");

  private static final Map<String, Integer> ORDINALS =
      table(
          "first=1 second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
              + " thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
              + " twentieth thirtieth=30");

  /**
   * A table of words and the numbers they stand for, from a list in counting order: a word written
   * {@code word=N} stands for N, and each word after it for one more than the word before ({@code
   * "one=1 two three"} is 1, 2, 3). A word may stand in the list once only.
   */
  public static Map<String, Integer> table(String list) {
    String[] words = list.trim().split("\\s+");
    @SuppressWarnings("unchecked")
    Map.Entry<String, Integer>[] entries = new Map.Entry[words.length];
    int n = 0;
    for (int i = 0; i < words.length; i++) {
      int eq = words[i].indexOf('=');
      n = eq < 0 ? n + 1 : Integer.parseInt(words[i].substring(eq + 1));
      entries[i] = Map.entry(eq < 0 ? words[i] : words[i].substring(0, eq), n);
    }
    return Map.ofEntries(entries);
  }

  /**
   * A cardinal read from words: its exact value and its rounding step (the multiplier of its last
   * group: 1 for "two thousand five hundred and six", a million for "one hundred and forty
   * millions", half a million for "half a million").
   */
  public record Value(BigDecimal value, BigDecimal step) {}

  private static String[] words(String s) {
    return s.toLowerCase(Locale.ROOT).replace(",", " ").trim().split("[\\s-]+");
  }

  /**
   * The value of one number word below a hundred ("a", "seven", "forty"), or -1 when it is none.
   */
  public static int word(String w) {
    Integer v = VALUES.get(w.toLowerCase(Locale.ROOT));
    return v == null ? -1 : v;
  }

  /** Reads a cardinal in words; null when the words are not one number. */
  public static Value cardinal(String s) {
    String[] w = words(s);
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal group = BigDecimal.ZERO; // the current group below a thousand
    boolean any = false;
    boolean half = false;
    BigDecimal step = BigDecimal.ONE;
    BigDecimal lastBig = null;
    for (int i = 0; i < w.length; i++) {
      String t = w[i];
      if (t.equals("and")) {
        continue;
      }
      if (t.equals("half") && i + 1 < w.length && (w[i + 1].equals("a") || w[i + 1].equals("an"))) {
        half = true;
        group = new BigDecimal("0.5");
        i++;
        any = true;
        continue;
      }
      Integer v = VALUES.get(t);
      if (v != null && !t.equals("oh") && !t.equals("o")) {
        group = group.add(BigDecimal.valueOf(v));
        any = true;
        continue;
      }
      BigDecimal mult =
          switch (t) {
            case "hundred", "hundreds" -> BigDecimal.valueOf(100);
            case "dozen" -> BigDecimal.valueOf(12);
            case "score" -> BigDecimal.valueOf(20);
            case "fourscore" -> BigDecimal.valueOf(80);
            case "threescore" -> BigDecimal.valueOf(60);
            case "twoscore" -> BigDecimal.valueOf(40);
            case "thousand", "thousands" -> BigDecimal.valueOf(1_000);
            case "million", "millions" -> BigDecimal.valueOf(1_000_000);
            case "milliard", "milliards", "billion", "billions" ->
                BigDecimal.valueOf(1_000_000_000);
            default -> null;
          };
      if (mult == null) {
        return null;
      }
      any = true;
      if (mult.compareTo(BigDecimal.valueOf(1000)) >= 0) {
        if (lastBig != null && mult.compareTo(lastBig) >= 0) {
          // "one hundred and forty millions" is one group; "a thousand thousand" is not read
          if (total.signum() != 0) {
            return null;
          }
        }
        BigDecimal g = group.signum() == 0 ? BigDecimal.ONE : group;
        total = total.add(g.multiply(mult));
        group = BigDecimal.ZERO;
        lastBig = mult;
        step = half ? mult.divide(BigDecimal.valueOf(2)) : mult;
      } else if (t.endsWith("score") && !t.equals("score")) {
        group = group.add(mult);
      } else {
        BigDecimal g = group.signum() == 0 ? BigDecimal.ONE : group;
        group = g.multiply(mult);
      }
    }
    if (!any) {
      return null;
    }
    if (group.signum() != 0) {
      total = total.add(group);
      step = half ? new BigDecimal("0.5") : BigDecimal.ONE;
    }
    return new Value(total, step);
  }

  /** Reads an ordinal day in words ("first" ... "thirty-first"); 0 when it is not one. */
  public static int ordinal(String s) {
    String[] w = words(s);
    int v = 0;
    for (int i = 0; i < w.length; i++) {
      if (i == w.length - 1) {
        Integer o = ORDINALS.get(w[i]);
        if (o == null) {
          return 0;
        }
        v += o;
      } else {
        Integer c = VALUES.get(w[i]);
        if (c == null || c < 20) {
          return 0;
        }
        v += c;
      }
    }
    return v;
  }

  /**
   * Reads a year in words ("one thousand seven hundred and eighty seven", "eighteen hundred and
   * twelve", "seventeen eighty-seven", "eighteen oh five"); 0 when it is not one.
   */
  public static int year(String s) {
    String[] w = words(s);
    if (w.length >= 2 && !w[0].equals("one") && !w[1].equals("hundred")) {
      // "seventeen eighty-seven", "eighteen oh five": a century and a number below a hundred
      Integer c = VALUES.get(w[0]);
      int rest = 0;
      for (int i = 1; i < w.length; i++) {
        if (w[i].equals("and")) {
          continue;
        }
        Integer v = VALUES.get(w[i]);
        if (v == null) {
          return 0;
        }
        rest += v;
      }
      return c == null || c < 10 || c > 19 || rest > 99 ? 0 : c * 100 + rest;
    }
    Value v = cardinal(s);
    if (v == null || v.value().scale() > 0) {
      return 0;
    }
    int y = v.value().intValueExact();
    return y >= 1000 && y <= 2099 ? y : 0;
  }
}
