package org.sverka.figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sverka.text.FlatText;
import org.sverka.text.NumberWords;
import org.sverka.text.Span;
import org.sverka.time.DateExpression;

/**
 * Finds the figures of a sentence: numbers in digits or words with their multipliers, units,
 * qualifiers and ranges; what they measure and which period they belong to. Numbers are read
 * exactly ({@link BigDecimal}); a number longer than {@link #MAX_DIGITS} digits is not a figure
 * anyone states, and is skipped. Exponents ("1e999") are not read as numbers.
 */
public final class FigureFinder {
  /** Longer digit strings are not figures (and are never turned into numbers). */
  public static final int MAX_DIGITS = 24;

  private static final String DIGITS =
      "(?<![\\w.,])(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?!\\w|[.,]\\d)";
  private static final String NUM = "(?:" + DIGITS + "|" + NumberWords.CARDINAL + ")";

  /** A multiplier word inside a number in words: such a number is a figure without a unit. */
  private static final Pattern MULT_WORD =
      Pattern.compile(
          "(?i)\\b(?:hundreds?|thousands?|millions?|milliards?|billions?|dozen|\\w*score)\\b");

  private static final String COUNT_UNITS =
      "poods|tons|tonnes|km|kilometres|kilometers|members|wage-workers|workers|votes|voters|men"
          + "|persons|people|peasants|inhabitants|delegates|copies|kilograms|roubles|rubles"
          + "|rouble|ruble|dollars|pounds|shillings|pence|guineas|cents|crowns|francs|livres"
          + "|florins|ducats";
  private static final Pattern FIGURE =
      Pattern.compile(
          "(?i)(?<qual>\\b(?:about|around|almost|nearly|over|more\\sthan|less\\sthan|some"
              + "|roughly|approximately|up\\sto|not\\sless\\sthan|not\\smore\\sthan|at\\sleast"
              + "|fully|scarcely|barely|under|only|exactly)\\s)?"
              + "(?<n1>"
              + NUM
              + ")(?:(?:\\s?[-\u2013]\\s?|\\sto\\s)(?<n2>"
              + NUM
              + "))?"
              + "(?<mult>(?:\\s(?:hundreds?|thousands?|millions?|milliards?|billions?)\\b){0,3})"
              + "(?<unit>\\s?(?:per\\s?cent\\b|percent\\b|%)"
              + "|(?:\\s(?!(?:in|of|and|to|the|a|from|for|at|by|or)\\b)[A-Za-z]+){0,2}?\\s(?:roubles|rubles|rouble|ruble)\\b"
              + "|\\s(?:of\\s)?(?:"
              + COUNT_UNITS
              + ")\\b)?");
  private static final String AMOUNT = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)";

  /**
   * Money of the period: "$4,000", "\u00a31,200", "\u00a31.5 millions", "1200l.", "2s. 6d.", "150l.
   * 10s. 6d.", "7\u00bdd.". Pounds, shillings and pence together are one sum, in pence (the one
   * unit that keeps every such sum exact: a penny is not a finite decimal of a pound).
   */
  private static final Pattern MONEY =
      Pattern.compile(
          "(?<![\\w.,\u00a3$'\u2019])(?:(?<cur>[\u00a3$])\\s?(?<a>"
              + AMOUNT
              + "(?:\\.\\d+)?)(?<mult>\\s(?:millions?|thousands?|billions?)\\b)?"
              + "|(?<l>"
              + AMOUNT
              + ")\\s?l\\.(?!\\w))?"
              + "(?:(?:,?\\s)?(?<s>\\d{1,3})\\s?s\\.(?!\\w))?"
              + "(?:(?:,?\\s)?(?<d>\\d{1,2})(?<q>[\u00bc\u00bd\u00be])?\\s?d\\.(?!\\w))?");

  private static final Pattern ORDINAL_BEFORE =
      Pattern.compile("(?i)\\b(?:the|of|your|my|our|his|her)\\s$");
  private static final Pattern MONEY_GATE =
      Pattern.compile("[\u00a3$]|\\d[\u00bc\u00bd\u00be]?\\s?[lsd]\\.");
  private static final Pattern FRACTION =
      Pattern.compile(
          "(?i)\\b(?<qual>(?:about|almost|nearly|over|more\\sthan|less\\sthan|some|roughly)\\s)?"
              + "(?<num>one|two|three|four|a)[-\\s](?<den>halves|half|thirds?|quarters?|fourths?|fifths?)\\b");
  private static final Pattern PREWAR =
      Pattern.compile(
          "(?i)^\\s?(?:of\\s(?:the\\s)?)?(pre-?war|prewar|previous\\syear|the\\sprevious\\syear)"
              + "(?:\\s(?:level|output|dimensions|figure))?");

  /** The words of a fall, as alternatives. */
  private static final String FALL_WORDS =
      "decrease[ds]?|fall|fell|drop(?:ped)?|reduction|reduced|declined?|diminished";

  /** The words of a rise or a fall, as a group to put between word boundaries. */
  private static final String CHANGE_WORDS =
      "(?:increase[ds]?|rise|rose|risen|growth|grew|grown|" + FALL_WORDS + ")";

  private static final Pattern CHANGE_BEFORE =
      Pattern.compile(
          "(?i)(?:\\b"
              + CHANGE_WORDS
              + "\\b(?:\\s[\\w-]+){0,4}?\\s"
              + "(?:by|of|is|was|amounts\\sto|amounted\\sto)\\s|\\b(?:increased|grew|rose|fell|dropped|declined|diminished)\\s"
              + "|\\bby\\s)$");
  private static final Pattern CHANGE_WORD = Pattern.compile("(?i)\\b" + CHANGE_WORDS + "\\b");
  private static final Pattern FALL_WORD = Pattern.compile("(?i)\\b(?:" + FALL_WORDS + ")\\b");
  private static final Pattern NOT_A_CHANGE =
      Pattern.compile("(?i)^\\s?(?:above|over|below|under|compared|than|of\\s(?:the\\s)?pre)");
  private static final Pattern MEASURE_AFTER =
      Pattern.compile(
          "^\\s(?:of\\s)((?:the\\s)?[a-z][\\w'\u2019-]*(?:\\s(?!(?:in|and|for|which|that|was|were"
              + "|is|are|to|from|by|with|as|on|at|i\\.e|or|than)\\b)[A-Za-z][\\w'\u2019.-]*){0,4})");
  private static final Pattern MEASURE_BEFORE =
      Pattern.compile(
          "(?:\\b(?:the|our|its|their|this|of)\\s)((?:[a-z][\\w'\u2019-]*\\s){0,3}?[a-z][\\w'\u2019-]*"
              + "(?:\\s(?:of|in)\\s(?:the\\s|our\\s)?(?:[a-z][\\w'\u2019-]*\\s){0,2}?[a-z][\\w'\u2019-]*)?)"
              + "\\s(?:\\([^)]*\\)\\s)?(?:amounted|amounts|amount|was|were|is|are|rose|reached|grew"
              + "|increased|dropped|fell|numbered|will|should|has|have|had|stood|totalled)\\b");

  /** A number as read: value and rounding step, or null when it is not a readable number. */
  record Read(BigDecimal value, BigDecimal step, boolean words) {}

  /** Reads digits ("1,100,000", "97.6") or words ("forty-three", "half a"); null if too long. */
  static Read number(String s) {
    String t = s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (Character.isDigit(t.charAt(0))) {
      String plain = t.replace(",", "");
      int digits = plain.replace(".", "").length();
      if (digits > MAX_DIGITS) {
        return null;
      }
      BigDecimal v = new BigDecimal(plain);
      BigDecimal step;
      int dot = plain.indexOf('.');
      if (dot >= 0) {
        step = BigDecimal.ONE.movePointLeft(plain.length() - dot - 1);
      } else {
        int zeroGroups = 0;
        String[] groups = t.split(",");
        for (int i = groups.length - 1; i > 0 && groups[i].equals("000"); i--) {
          zeroGroups++;
        }
        // "8,215,000" is rounded to thousands, but "1,000" is not rounded to a thousand:
        // a grouped number is taken to keep at least three significant digits
        step = BigDecimal.ONE.movePointRight(Math.min(3 * zeroGroups, Math.max(0, digits - 3)));
      }
      return new Read(v, step, false);
    }
    NumberWords.Value w = NumberWords.cardinal(t);
    return w == null ? null : new Read(w.value(), w.step(), true);
  }

  private static BigDecimal multiplier(String mult) {
    BigDecimal m = BigDecimal.ONE;
    for (String w : mult.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
      switch (w) {
        case "hundred", "hundreds" -> m = m.movePointRight(2);
        case "thousand", "thousands" -> m = m.movePointRight(3);
        case "million", "millions" -> m = m.movePointRight(6);
        case "milliard", "milliards", "billion", "billions" -> m = m.movePointRight(9);
        default -> {}
      }
    }
    return m;
  }

  private static String unit(String u) {
    if (u == null || u.isBlank()) {
      return null;
    }
    String t = u.toLowerCase(Locale.ROOT).trim();
    if (t.startsWith("of ")) {
      t = t.substring(3); // "ten millions of dollars"
    }
    if (t.startsWith("per") || t.equals("%")) {
      return "per cent";
    }
    if (t.endsWith("roubles")
        || t.endsWith("rubles")
        || t.endsWith("rouble")
        || t.endsWith("ruble")) {
      return "roubles";
    }
    return switch (t) {
      case "kilometres", "kilometers", "km" -> "km";
      case "tonnes", "tons" -> "tons";
      case "wage-workers", "workers" -> "workers";
      case "voters", "votes" -> "votes";
      case "pound" -> "pounds";
      case "foot" -> "feet";
      case "mile" -> "miles";
      default -> t;
    };
  }

  /** A figure found in the sentence, with where its text begins and ends there. */
  private record Placed(Figure figure, int start, int end) {}

  /**
   * The figures of the flattened sentence {@code flat}, skipping what {@code dates} (found in the
   * same sentence) cover.
   */
  public List<Figure> find(FlatText flat, List<DateExpression> dates) {
    String s = flat.text();
    String lower = s.toLowerCase(Locale.ROOT);
    boolean fractions = has(lower, "half", "third", "quarter", "fourth", "fifth");
    if (!fractions && !hasDigit(s) && !has(lower, WORD_GATE)) {
      return List.of(); // no digit and no word that could make a figure: most sentences
    }
    boolean[] taken = new boolean[s.length() + 1];
    List<int[]> dateSpans = markDates(flat, dates, taken);
    List<Placed> found = new ArrayList<>();
    if (fractions) {
      findFractions(flat, s, taken, found);
    }
    if (MONEY_GATE.matcher(s).find()) {
      findMoney(flat, s, taken, found);
    }
    findNumbers(flat, s, taken, found);
    found.sort(Comparator.comparingInt(Placed::start)); // stable: found order among equals
    List<Figure> sorted = new ArrayList<>();
    List<int[]> sortedWhere = new ArrayList<>();
    for (Placed p : found) {
      sorted.add(p.figure());
      sortedWhere.add(new int[] {p.start(), p.end()});
    }
    inheritUnits(s, sorted, sortedWhere);
    List<Figure> result = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      result.add(sorted.get(i).withPeriod(period(s, sortedWhere.get(i), dates, dateSpans)));
    }
    return result;
  }

  /** The flat spans of {@code dates}, each marked as taken: no figure is read inside a date. */
  private static List<int[]> markDates(FlatText flat, List<DateExpression> dates, boolean[] taken) {
    List<int[]> dateSpans = new ArrayList<>();
    for (DateExpression d : dates) {
      int a = flatIndex(flat, d.start());
      int b = flatIndex(flat, d.end() - 1) + 1;
      dateSpans.add(new int[] {a, b});
      for (int i = Math.max(0, a); i < Math.min(b, taken.length); i++) {
        taken[i] = true;
      }
    }
    return dateSpans;
  }

  /** Fractions in words ("one half", "two-thirds", "a quarter") not inside what is taken. */
  private static void findFractions(FlatText flat, String s, boolean[] taken, List<Placed> found) {
    Matcher fm = FRACTION.matcher(s);
    while (fm.find()) {
      if (any(taken, fm.start(), fm.end())) {
        continue;
      }
      if (isOrdinal(s, fm)) {
        continue; // "a fourth document", "a third time"
      }
      int num = NumberWords.word(fm.group("num"));
      String den = fm.group("den").toLowerCase(Locale.ROOT);
      int d =
          den.startsWith("hal")
              ? 2
              : den.startsWith("thi") ? 3 : den.startsWith("qu") || den.startsWith("fo") ? 4 : 5;
      BigDecimal v = BigDecimal.valueOf(num).divide(BigDecimal.valueOf(d), MathContext.DECIMAL64);
      String q = fm.group("qual") == null ? null : fm.group("qual").trim().toLowerCase(Locale.ROOT);
      mark(taken, fm.start(), fm.end());
      Figure f =
          new Figure(
              new Span(flat.start(fm.start()), flat.end(fm.end())),
              fm.group(),
              v.stripTrailingZeros(),
              null,
              BigDecimal.ZERO,
              "fraction",
              null,
              q,
              false,
              measureAfter(s, fm.end()),
              null);
      found.add(new Placed(f, fm.start(), fm.end()));
    }
  }

  /** A word after "a third", "a fifth" that makes it an ordinal, not a fraction. */
  private static final Pattern NOUN_NEXT =
      Pattern.compile(
          "^\\s(?!(?:of|part|share|portion|and|or|more|less|than|as|is|was|were|are"
              + "|in|to|at|by|for|with|on|from|which|that)\\b)[a-z]");

  /** Whether "a third", "a fourth" of a match is an ordinal before its noun ("a fourth man"). */
  private static boolean isOrdinal(String s, Matcher fm) {
    String den = fm.group("den").toLowerCase(Locale.ROOT);
    return fm.group("num").equalsIgnoreCase("a")
        && !den.startsWith("hal")
        && !den.endsWith("s")
        && NOUN_NEXT.matcher(s.substring(fm.end(), Math.min(s.length(), fm.end() + 12))).find();
  }

  /** Sums of money ("$4,000", "150l. 10s. 6d.") not inside what is taken. */
  private static void findMoney(FlatText flat, String s, boolean[] taken, List<Placed> found) {
    Matcher mm = MONEY.matcher(s);
    while (mm.find()) {
      if (mm.end() == mm.start() || any(taken, mm.start(), mm.end())) {
        continue;
      }
      Figure f = money(flat, s, mm);
      if (f != null) {
        mark(taken, mm.start(), mm.end());
        found.add(new Placed(f, mm.start(), mm.end()));
      }
    }
  }

  /**
   * Numbers in digits or words with their ranges, multipliers and units, not inside what is taken.
   */
  private static void findNumbers(FlatText flat, String s, boolean[] taken, List<Placed> found) {
    Matcher m = FIGURE.matcher(s);
    int pos = 0;
    while (pos < s.length() && m.find(pos)) {
      // a match that is dropped, or cut short, must not hide the numbers after its first one
      pos = m.end("n1");
      if (m.end() == m.start() || any(taken, m.start("n1"), m.end("n1"))) {
        continue;
      }
      Reading g = Reading.of(m, taken);
      if (g != null && g.unit == null) {
        g.nounAfter(s, taken, m.start());
      }
      if (g == null || !g.isFigure(m)) {
        continue;
      }
      Placed p = figure(flat, s, m, g);
      mark(taken, p.start(), g.end);
      pos = Math.max(pos, p.end());
      found.add(p);
    }
  }

  /**
   * What a match of {@link #FIGURE} reads as: its numbers, multiplier and unit once cut to what
   * belongs to its first number, and where it then ends.
   */
  private static final class Reading {
    final Read r1;
    Read r2;
    String mult;
    String rawUnit;
    String unit;
    boolean hasMult;
    boolean big;
    int end;

    private Reading(Read r1) {
      this.r1 = r1;
    }

    /** The reading of {@code m}, or null when its first number is not readable. */
    static Reading of(Matcher m, boolean[] taken) {
      Read r1 = number(m.group("n1"));
      if (r1 == null) {
        return null;
      }
      Reading g = new Reading(r1);
      g.mult = m.group("mult");
      g.rawUnit = m.group("unit");
      g.unit = unit(g.rawUnit);
      g.hasMult = g.mult != null && !g.mult.isBlank();
      g.r2 =
          m.group("n2") == null || any(taken, m.start("n2"), m.end("n2"))
              ? null
              : number(m.group("n2"));
      g.end = m.end();
      if (m.group("n2") != null && g.r2 == null) {
        // "1925-27" style leftovers, or an unreadable second number: keep the first alone
        g.firstAlone(m);
      }
      boolean toRange =
          g.r2 != null
              && m.group()
                  .substring(m.end("n1") - m.start(), m.start("n2") - m.start())
                  .contains("to");
      if (toRange && !"per cent".equals(g.unit)) {
        // "from 2,655 to 4,340": two figures, not a range
        g.r2 = null;
        g.firstAlone(m);
      }
      // "two thousand five hundred and six": a number in words carries its multipliers
      g.big = g.hasMult || (r1.words() && MULT_WORD.matcher(m.group("n1")).find());
      if (!g.big
          && g.end == m.end()
          && g.rawUnit != null
          && g.rawUnit.strip().toLowerCase(Locale.ROOT).startsWith("of ")) {
        // "of" joins a unit to a multiplier only ("millions of dollars", not "5 of dollars")
        g.unit = null;
        g.rawUnit = null;
        g.end = m.start("unit");
      }
      return g;
    }

    /**
     * When a plural noun follows the number directly, perhaps after one word that qualifies it
     * ("867 slaves", "five minæ", "433 free labourers", "four hundred fighting men"), that noun is
     * what it counts: its unit.
     */
    void nounAfter(String s, boolean[] taken, int start) {
      Matcher n = NOUN_AFTER.matcher(s).region(end, s.length());
      if (!n.lookingAt()) {
        return;
      }
      int to;
      String w1 = n.group("w1").toLowerCase(Locale.ROOT);
      String w2 = n.group("w2") == null ? null : n.group("w2").toLowerCase(Locale.ROOT);
      if (countsAs(n.group("w1"), w1)) {
        to = n.end("w1");
      } else if (w2 != null && countsAs(n.group("w2"), w2) && !NOT_BEFORE_NOUN.contains(w1)) {
        to = n.end("w2");
      } else {
        return;
      }
      if (any(taken, end, to) || namesAPeriod(s, start, to)) {
        return;
      }
      String noun = s.substring(end, to).replaceFirst("^.*\\s", "").toLowerCase(Locale.ROOT);
      if (r1.words() && !big && !WORD_UNITS.contains(noun) && !OLD_PLURALS.contains(noun)) {
        return; // "two stages", "three camps": a small count in words is a figure of a measure only
      }
      rawUnit = s.substring(end, to);
      unit = unit(rawUnit);
      end = to;
    }

    /**
     * Whether a word after a number is a noun it counts: a plural in lower case, or, as older
     * English capitalised its nouns ("Fifteen Weeks", "two Bushels"), a unit of measure in
     * capitals; and the units older English left in the singular after a number ("Ten Pound",
     * "seven foot").
     */
    private static boolean countsAs(String word, String lower) {
      boolean capital = Character.isUpperCase(word.charAt(0));
      if (OLD_PLURALS.contains(lower)) {
        return true;
      }
      return capital ? WORD_UNITS.contains(lower) : isPlural(word);
    }

    /** Cuts the reading to its first number, without multiplier or unit. */
    private void firstAlone(Matcher m) {
      end = m.end("n1");
      hasMult = false;
      unit = null;
      mult = "";
    }

    /** Whether the reading is a figure worth stating, not a bare small number, a year or "a". */
    boolean isFigure(Matcher m) {
      if (r1.words() && !big && unit == null) {
        return false; // "one", "a": words are figures only with a unit or a multiplier
      }
      if (r1.words()
          && (m.group("n1").equalsIgnoreCase("a") || m.group("n1").equalsIgnoreCase("an"))
          && !big) {
        return false;
      }
      boolean decimal = m.group("n1").contains(".");
      if (!big && unit == null && !decimal && r1.value().compareTo(BigDecimal.valueOf(1000)) < 0) {
        return false; // a bare small number: a footnote, an ordinal, a count of no interest
      }
      if (!big && unit == null && !m.group("n1").contains(",") && !decimal) {
        return false; // a bare four-digit number without grouping: a year or a page, not a figure
      }
      return true;
    }
  }

  /**
   * What a small number in words counts when it is a figure: time, money (of any period: "five
   * minæ", "four drachmas", "ten guineas"), length, area, weight, and people counted as such.
   */
  private static final java.util.Set<String> WORD_UNITS =
      java.util.Set.copyOf(
          java.util.Arrays.asList(
              (COUNT_UNITS
                      + "|years|months|weeks|days|nights|hours|minutes|seconds|centuries|decades"
                      + "|miles|leagues|furlongs|yards|feet|inches|acres|hectares|metres|meters"
                      + "|ounces|grains|bushels|gallons|barrels|talents|minae|min\u00e6|minas"
                      + "|drachmas|drachmae|drachm\u00e6|drachms|obols|staters|denarii|sesterces"
                      + "|shekels|marks|thalers|sous|kopecks|soldiers|sailors|children|women")
                  .split("\\|")));

  /** Units of measure older English wrote in the singular after a number ("ten pound"). */
  private static final java.util.Set<String> OLD_PLURALS =
      java.util.Set.of("pound", "foot", "mile");

  private static final Pattern TIME_NOUN =
      Pattern.compile("(?i)(?:years|months|weeks|days|hours|decades|centuries)$");
  private static final Pattern YEARS_AFTER = Pattern.compile("^\\s?\\(?\\d");
  private static final Pattern THE_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:the|that|this|these|those)\\s"
              + "(?:(?:last|past|next|first|preceding|following|same)\\s)?$");

  /**
   * Whether a count of time from {@code start} to {@code to} names a period rather than states a
   * quantity: with the definite article or a demonstrative ("for the two years", "in the last ten
   * years", "all that ten years") or followed by the years it covers ("five years 1890-95", "ten
   * years (1895-1905)").
   */
  private static boolean namesAPeriod(String s, int start, int to) {
    return TIME_NOUN.matcher(s.substring(Math.max(0, to - 9), to)).find()
        && (YEARS_AFTER.matcher(s.substring(to, Math.min(s.length(), to + 3))).find()
            || THE_BEFORE.matcher(s.substring(Math.max(0, start - 30), start)).find());
  }

  /** The two words after a number: a noun, or a word that qualifies it and the noun. */
  private static final Pattern NOUN_AFTER =
      Pattern.compile(
          "\\s(?<w1>[A-Za-z][a-z\u00e6]*(?:-[a-z\u00e6]+)*)(?![\\w'\u2019]|-\\w)"
              + "(?:\\s(?<w2>[A-Za-z][a-z\u00e6]*)(?![\\w'\u2019]|-\\w))?");

  /** Words that stand between a number and a noun without being part of what it counts. */
  private static final java.util.Set<String> NOT_BEFORE_NOUN =
      java.util.Set.of(
          "the", "a", "an", "of", "in", "and", "or", "to", "more", "less", "fewer", "than", "other",
          "such", "per", "times", "was", "were", "is", "are", "has", "had", "have", "which", "that",
          "who", "at", "by", "for", "from", "with", "on", "as", "it", "its", "his", "her", "their",
          "our", "my", "your", "these", "those", "this", "we", "they", "he", "she", "i", "you",
          "not", "no", "only", "few", "nor", "but", "if", "so", "all", "be", "been", "being", "do",
          "did", "does", "will", "would", "shall", "should", "may", "might", "can", "could", "must",
          "when", "where", "while", "after", "before", "out", "up", "into", "over", "under",
          "about", "against", "between", "each", "every", "any", "some", "many", "much", "most",
          "very", "too", "also", "then", "there", "here");

  /** Words ending like a plural that are not plural nouns. */
  private static final java.util.Set<String> NOT_PLURAL =
      java.util.Set.of(
          "was",
          "has",
          "is",
          "does",
          "goes",
          "this",
          "thus",
          "its",
          "his",
          "hers",
          "ours",
          "yours",
          "theirs",
          "as",
          "us",
          "yes",
          "less",
          "unless",
          "always",
          "perhaps",
          "besides",
          "towards",
          "afterwards",
          "sometimes",
          "whereas",
          "across",
          "plus",
          "times",
          "means",
          "news",
          "series",
          "species",
          "whereabouts",
          "alms",
          "thanks",
          "lens",
          "bias",
          "gas",
          "says",
          "makes",
          "takes",
          "gives",
          "comes",
          "seems",
          "becomes",
          "remains",
          "amounts",
          "stands",
          "keeps",
          "needs",
          "holds",
          "sells",
          "costs",
          "pays",
          "gets",
          "lies");

  /**
   * Whether a lower-case word is a plural noun by its ending: "-s" (not "-ss", "-us", "-is", "-ous"
   * or a verb or adverb that ends so), the Latin "-ae"/"-æ" ("minæ", "drachmae"), or "men",
   * "people", "children", "feet", "oxen", "cattle".
   */
  static boolean isPlural(String w) {
    if (w.length() < 3 || NOT_PLURAL.contains(w)) {
      return false;
    }
    if (w.endsWith("men")
        || w.equals("people")
        || w.equals("children")
        || w.equals("feet")
        || w.equals("oxen")
        || w.equals("cattle")
        || w.equals("teeth")
        || w.equals("geese")) {
      return true;
    }
    if (w.endsWith("ae") || w.endsWith("\u00e6")) {
      return true;
    }
    return w.endsWith("s")
        && !w.endsWith("ss")
        && !w.endsWith("us")
        && !w.endsWith("is")
        && !w.endsWith("ous")
        && !w.endsWith("'s");
  }

  /** The figure a reading of {@code m} states, with its relation, change and measure. */
  private static Placed figure(FlatText flat, String s, Matcher m, Reading g) {
    BigDecimal mul = g.hasMult ? multiplier(g.mult) : BigDecimal.ONE;
    BigDecimal value = g.r1.value().multiply(mul);
    BigDecimal high = g.r2 == null ? null : g.r2.value().multiply(mul);
    BigDecimal step = (g.r2 == null ? g.r1.step() : g.r1.step().max(g.r2.step())).multiply(mul);
    if (high != null && high.compareTo(value) <= 0) {
      high = null;
      g.end = m.end("n1");
    }
    int end = g.end;
    String relation = null;
    int after = end;
    if ("per cent".equals(g.unit)) {
      Matcher pw = PREWAR.matcher(s.substring(end, Math.min(s.length(), end + 60)));
      if (pw.find()) {
        relation =
            pw.group(1).toLowerCase(Locale.ROOT).replace("the ", "").replace("prewar", "pre-war");
        after = end + pw.end();
      }
    }
    String qual = m.group("qual") == null ? null : m.group("qual").trim().toLowerCase(Locale.ROOT);
    int start = m.start();
    boolean change = "per cent".equals(g.unit) && relation == null && isChange(s, start, end);
    if (change && lastChangeIsFall(s, start)) {
      value = value.negate();
      if (high != null) {
        BigDecimal h = high.negate();
        high = value;
        value = h;
      }
    }
    String measure =
        "per cent".equals(g.unit) || g.unit == null || g.unit.equals("roubles")
            ? measureAfter(s, after)
            : g.rawUnit.trim().replaceFirst("^(?i:of)\\s", "");
    if (measure == null) {
      measure = measureBefore(s, start);
    }
    Figure f =
        new Figure(
            new Span(flat.start(start), flat.end(after)),
            s.substring(start, after),
            value.stripTrailingZeros(),
            high == null ? null : high.stripTrailingZeros(),
            step.stripTrailingZeros(),
            g.unit,
            relation,
            qual,
            change,
            measure,
            null);
    return new Placed(f, start, after);
  }

  /** Whether a percentage from {@code start} to {@code end} is a rise or fall ("grew by 12%"). */
  private static boolean isChange(String s, int start, int end) {
    String before = s.substring(Math.max(0, start - 60), start);
    String rest = s.substring(end, Math.min(s.length(), end + 40));
    return CHANGE_BEFORE.matcher(before).find()
        && CHANGE_WORD.matcher(s.substring(Math.max(0, start - 300), start)).find()
        && !NOT_A_CHANGE.matcher(rest).find();
  }

  /** Whether the last word of change just before {@code start} is one of a fall. */
  private static boolean lastChangeIsFall(String s, int start) {
    Matcher w = CHANGE_WORD.matcher(s.substring(Math.max(0, start - 60), start));
    String last = null;
    while (w.find()) {
      last = w.group();
    }
    return last != null && FALL_WORD.matcher(last).matches();
  }

  private static final Pattern CELL =
      Pattern.compile(
          "(?<![\\w.,\u00a3$])(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?<pct>\\s?%)?(?!\\w|[.,]\\d)");

  /**
   * Every number of a line of a table, in text order: the sums of money of {@link #find}, and every
   * number in digits, small or bare ones too (in a table a "3" or a "1787" is an entry), each read
   * exactly with its rounding step. Nothing is skipped as a date: a table's columns say what its
   * numbers are.
   */
  List<Figure> cells(FlatText flat) {
    String s = flat.text();
    boolean[] taken = new boolean[s.length() + 1];
    List<Figure> out = new ArrayList<>();
    if (MONEY_GATE.matcher(s).find()) {
      Matcher mm = MONEY.matcher(s);
      while (mm.find()) {
        if (mm.end() > mm.start()) {
          Figure f = money(flat, s, mm);
          if (f != null) {
            mark(taken, mm.start(), mm.end());
            out.add(f);
          }
        }
      }
    }
    Matcher m = CELL.matcher(s);
    while (m.find()) {
      if (any(taken, m.start(), m.end())) {
        continue;
      }
      String digits =
          m.group()
              .substring(
                  0, m.group().length() - (m.group("pct") == null ? 0 : m.group("pct").length()));
      Read r = number(digits);
      if (r == null) {
        continue;
      }
      out.add(
          new Figure(
              new Span(flat.start(m.start()), flat.end(m.end())),
              m.group(),
              r.value().stripTrailingZeros(),
              null,
              r.step().stripTrailingZeros(),
              m.group("pct") == null ? null : "per cent",
              null,
              null,
              false,
              null,
              null));
    }
    out.sort(Comparator.comparingInt(Figure::start));
    return out;
  }

  /** The sum of money {@code m} matched, or null when it is not one. */
  private static Figure money(FlatText flat, String s, Matcher m) {
    boolean shillings = m.group("s") != null;
    boolean pence = m.group("d") != null;
    String pounds = m.group("cur") == null ? m.group("l") : m.group("a");
    if (pounds == null && !shillings && !pence) {
      return null;
    }
    if (pounds == null
        && !shillings
        && ORDINAL_BEFORE.matcher(s.substring(Math.max(0, m.start() - 6), m.start())).find()) {
      return null; // "your letter of the 22d.": a day, not pence
    }
    Read r = pounds == null ? null : number(pounds);
    if (pounds != null && r == null) {
      return null;
    }
    BigDecimal value;
    BigDecimal step;
    String unit;
    if ("$".equals(m.group("cur"))) {
      if (shillings || pence) {
        return null;
      }
      BigDecimal mul = m.group("mult") == null ? BigDecimal.ONE : multiplier(m.group("mult"));
      value = r.value().multiply(mul);
      step = r.step().multiply(mul);
      unit = "dollars";
    } else if (!shillings && !pence) {
      BigDecimal mul = m.group("mult") == null ? BigDecimal.ONE : multiplier(m.group("mult"));
      value = r.value().multiply(mul);
      step = r.step().multiply(mul);
      unit = "pounds";
    } else {
      if (r != null && (r.value().scale() > 0 || m.group("mult") != null)) {
        return null; // "\u00a31.5 2s." is not a sum anyone writes
      }
      value = r == null ? BigDecimal.ZERO : r.value().multiply(BigDecimal.valueOf(240));
      if (shillings) {
        value = value.add(new BigDecimal(m.group("s")).multiply(BigDecimal.valueOf(12)));
      }
      step = BigDecimal.ONE;
      if (pence) {
        value = value.add(new BigDecimal(m.group("d")));
        String q = m.group("q");
        if (q != null) {
          value =
              value.add(
                  new BigDecimal(
                      q.equals("\u00bc") ? "0.25" : q.equals("\u00bd") ? "0.5" : "0.75"));
          step = new BigDecimal("0.25");
        }
      }
      unit = "pence";
    }
    String measure = measureAfter(s, m.end());
    if (measure == null) {
      measure = measureBefore(s, m.start());
    }
    // shillings or pence without pounds: the match may begin with the separator before them
    int from = m.start();
    while (from < m.end() && (s.charAt(from) == ' ' || s.charAt(from) == ',')) {
      from++;
    }
    return new Figure(
        new Span(flat.start(from), flat.end(m.end())),
        s.substring(from, m.end()),
        value.stripTrailingZeros(),
        null,
        step.stripTrailingZeros(),
        unit,
        null,
        null,
        false,
        measure,
        null);
  }

  /**
   * "380 million roubles ... 500 million": a figure without a unit takes the unit of the figure
   * before it in the sentence; "40.2 and ... 59.8 per cent": a decimal takes the per cent of the
   * next one when nothing but words stands between.
   */
  private static void inheritUnits(String s, List<Figure> figs, List<int[]> where) {
    String lastUnit = null;
    for (int i = 0; i < figs.size(); i++) {
      Figure f = figs.get(i);
      if (f.unit() == null) {
        Figure next = i + 1 < figs.size() ? figs.get(i + 1) : null;
        String between =
            next == null || where.get(i + 1)[0] - where.get(i)[1] >= 80
                ? "-"
                : s.substring(where.get(i)[1], where.get(i + 1)[0]);
        if (next != null
            && "per cent".equals(next.unit())
            && f.value().abs().compareTo(BigDecimal.valueOf(100)) <= 0
            && between.length() < 80
            && !between.matches(".*[\\d;].*")) {
          figs.set(i, f.withUnit("per cent"));
        } else if (lastUnit != null) {
          figs.set(i, f.withUnit(lastUnit));
        }
      } else if (!f.unit().equals("per cent") && !f.unit().equals("fraction")) {
        lastUnit = f.unit();
      }
    }
  }

  /**
   * The period of a figure: a date right after it ("53.1 per cent in 1924-25"), else the nearest
   * date before it in the sentence, else the nearest after it.
   */
  private static String period(String s, int[] at, List<DateExpression> dates, List<int[]> spans) {
    String best = null;
    int bestBefore = -1;
    String after = null;
    int afterAt = Integer.MAX_VALUE;
    for (int i = 0; i < dates.size(); i++) {
      DateExpression d = dates.get(i);
      if (d.value() == null) {
        continue;
      }
      int[] sp = spans.get(i);
      if (sp[0] >= at[1]) {
        String gap = sp[0] - at[1] > 30 ? "-" : s.substring(at[1], Math.max(at[1], sp[0]));
        if (gap.matches("\\s?(?:in|for|of|during)?\\s?(?:the\\syear\\s)?")) {
          return d.value();
        }
        if (sp[0] < afterAt) {
          afterAt = sp[0];
          after = d.value();
        }
      } else if (sp[1] <= at[0] && sp[1] > bestBefore) {
        bestBefore = sp[1];
        best = d.value();
      }
    }
    return best != null ? best : after;
  }

  private static String measureAfter(String s, int at) {
    int from = Math.min(at, s.length());
    Matcher m = MEASURE_AFTER.matcher(s.substring(from, Math.min(s.length(), from + 160)));
    if (m.find()) {
      String t = m.group(1);
      if (!t.matches("(?:the\\s)?pre-?war.*")) {
        return t;
      }
    }
    return null;
  }

  private static String measureBefore(String s, int at) {
    int from = Math.max(0, at - 160);
    String before = s.substring(from, at);
    int semi = Math.max(before.lastIndexOf(';'), before.lastIndexOf(". "));
    if (semi >= 0) {
      before = before.substring(semi + 1);
    }
    Matcher m = MEASURE_BEFORE.matcher(before);
    String last = null;
    while (m.find()) {
      last = m.group(1);
    }
    return last;
  }

  /** Words without which a sentence without digits states no figure. */
  private static final String[] WORD_GATE =
      ("hundred|thousand|million|milliard|billion|dozen|score|per cent|percent|%|two|three|four"
              + "|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty|forty|fifty|sixty"
              + "|seventy|eighty|ninety|"
              + COUNT_UNITS)
          .split("\\|");

  private static boolean has(String lower, String... words) {
    for (String w : words) {
      if (lower.indexOf(w) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private static int flatIndex(FlatText flat, int original) {
    // the flat offset whose original offset is the first at or after `original`
    int lo = 0;
    int hi = flat.text().length();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (flat.start(mid) < original) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static boolean any(boolean[] taken, int from, int to) {
    for (int i = from; i < to && i < taken.length; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }

  private static void mark(boolean[] taken, int from, int to) {
    for (int i = from; i < to && i < taken.length; i++) {
      taken[i] = true;
    }
  }
}
