package org.sverka.time.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sverka.text.FlatText;
import org.sverka.text.NumberWords;
import org.sverka.text.Span;
import org.sverka.time.DateExpression;
import org.sverka.time.DateExpression.Kind;
import org.sverka.time.DateText;
import org.sverka.time.Edtf;

/**
 * The date rules behind {@link DateText#findAll}: ordered patterns over a flattened sentence, each
 * claiming its characters so that a later, vaguer rule cannot read the same words again (a day
 * range is not read again as a day, a year of a day not again as a year). Written against the
 * failures measured for SUTime on the demo corpus: "January 23d, 1935", "December 28-29th, 1934",
 * "1926-27", "1923-25", days without a year, "the march of events"; and against the forms of older
 * corpora: ordinal days in words ("the Seventeenth Day of September"), "MONTH the Nth", years in
 * words or Roman numerals after "in the Year of our Lord" or "Anno Domini" (read by {@link
 * org.sverka.text.NumberWords}), Old Style / New Style double years ({@link #dayYear}), "the 22d
 * ult.", "the 5th of this month", "June last", "to-morrow" and "to day", weekdays last and next,
 * "of that year"; and of antiquity: years before Christ and Olympiads. A day without a year is read
 * in the year of the narrative when one was written just before ({@link Earlier}).
 */
public final class DateRules {
  private DateRules() {}

  /**
   * A month's name, or an abbreviation of it: with a full stop ("Jan.", "Sept."), or the longer and
   * older ones of letters and records, with or without a stop, when a day or year in digits follows
   * ("Octob 11. 1692", "Decemb. 17", "Febry 21st", "Apr 21", "Novr 3").
   */
  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.|Feb\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\."
          + "|(?:Septemb|Octob|Novemb|Decemb|Febr?y|Febr|Janr?y|Aprill|Jan|Feb|Mar|Apr|Jun|Jul|Aug"
          + "|Sept|Sep|Oct|Nov|Dec|Septr|Octr|Novr|Decr)\\.?(?=\\s?\\d))";

  /** A month as {@link #MONTH}, in any case: after "the 24th of" ("of march", "of october"). */
  private static final String MONTH_OF = "(?i:" + MONTH + ")";

  /** A month with a day and a year after it may be in capitals too ("JUNE 26, 1857"). */
  private static final String MONTH_Y =
      MONTH.substring(0, MONTH.length() - 1)
          + "|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)";

  /**
   * Where a month that begins a day with its year may begin: at a word boundary, or right after a
   * lower-case letter, where an extracted heading lost its line break ("IllinoisAugust 27, 1858").
   */
  private static final String MONTH_AT = "(?:\\b|(?<=[a-z]))";

  private static final String ORD = "(?:st|nd|rd|th|d)?";
  private static final String DAY = "([0-3]?\\d)" + ORD + "(?![\\d.,]\\d)";
  private static final String YEAR = "(?<![\\d,.\u00a3$])(1[5-9]\\d\\d|20[0-4]\\d)(?!\\d|[.,]\\d)";
  private static final String DASH = "\\s?[-\u2013]\\s?";

  /**
   * A year, or an Old Style / New Style double year ("1731/2", "1731/32") as one group, read by
   * {@link #dayYear}.
   */
  private static final String DYEAR =
      "(?<![\\d,.\u00a3$])((?:1[5-9]\\d\\d|20[0-4]\\d)(?:/\\d{1,2}(?!\\d))?"
          + "|1[5-9]\\d\\s\\d/\\d(?!\\d))(?!\\d|[.,]\\d)";

  /** An ordinal day in words ("the Seventeenth", "twenty-third") or digits ("4th", "23d"). */
  private static final String DAYN =
      "((?i:" + NumberWords.ORDINAL + ")|[0-3]?\\d(?:st|nd|rd|th|d)?)(?![\\d.,]\\d)";

  /**
   * What may stand before a year: "in the Year of our Lord", "Anno Domini", "A.D.", "of the present
   * year".
   */
  private static final String YEAR_CUE =
      "(?:(?i:(?:in\\s|of\\s)?the\\syear(?:\\sof\\sour\\slord|\\sof\\sgrace|\\sof\\schrist)?"
          + "|of\\s(?:the\\spresent|the\\scurrent|this)\\syear|anno\\sdomini|anno)|A\\.\\s?D\\.?|AD)";

  /** Between a day's month and its year: a comma, white space, "in the Year of our Lord". */
  private static final String TO_YEAR = ",?\\s(?:" + YEAR_CUE + ",?\\s)?";

  /** A year in Roman numerals, MD to MMXCIX, of four letters or more ("MDCCLXXVI"). */
  private static final String ROMAN_YEAR =
      "\\b(?=[MDCLXVI]{4})M{1,2}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})\\b";

  /** A year in digits (double years too), or in words or Roman numerals: two groups. */
  private static final String YEAR_ANY =
      "(?:" + DYEAR + "|(" + "(?i:" + NumberWords.YEAR + ")|" + ROMAN_YEAR + "))";

  private static final String NOT_UNIT =
      "(?!\\s?(?:per\\s?cent|%|million|milliard|thousand|billion|roubles|rubles|poods|tons"
          + "|kilometres|km|members|workers|votes|men|persons|people|copies|delegates|dollars"
          + "|pounds|shillings|pence|guineas|cents|francs|livres|l\\.))";

  /**
   * A rule: a pattern, what its match means (null: not a date after all), and a cheap test of the
   * sentence that the pattern can only match where it holds (most sentences have no digit and no
   * month name, and running twenty patterns over them would cost more than the rest of analyze).
   */
  private record Rule(
      Pattern pattern, Function<Context, DateExpression> read, Predicate<Gate> gate) {}

  /** What a sentence holds, found by plain scans before any pattern runs. */
  static final class Gate {
    final String lower;
    final boolean digit;
    final boolean month;

    Gate(String text) {
      this.lower = text.toLowerCase(Locale.ROOT);
      boolean d = false;
      for (int i = 0; i < text.length() && !d; i++) {
        char c = text.charAt(i);
        d = c >= '0' && c <= '9';
      }
      this.digit = d;
      boolean m = false;
      for (String name : MONTH_NAMES) {
        if (text.indexOf(name) >= 0 || text.indexOf(name.toUpperCase(Locale.ROOT)) >= 0) {
          m = true;
          break;
        }
      }
      this.month = m;
    }

    boolean has(String... words) {
      for (String w : words) {
        if (lower.indexOf(w) >= 0) {
          return true;
        }
      }
      return false;
    }
  }

  private static final String[] MONTH_NAMES = {
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december"
  };

  /** One match being read: the matcher and what the sentence knows. */
  static final class Context {
    final Matcher m;
    final FlatText flat;
    final Anchor anchor;
    final Earlier earlier;
    final Anchor document;
    final boolean future;

    Context(Matcher m, FlatText flat, Anchor anchor, Earlier earlier, Anchor document) {
      this.m = m;
      this.flat = flat;
      this.anchor = anchor;
      this.earlier = earlier;
      this.document = document;
      String s = flat.text();
      this.future = FUTURE.matcher(s.substring(Math.max(0, m.start() - 60), m.start())).find();
    }

    String g(int i) {
      return m.group(i);
    }

    DateExpression make(String value, Kind kind) {
      return make(value, kind, null, false);
    }

    DateExpression make(String value, Kind kind, String event, boolean anchored) {
      return makeTo(m.end(), value, kind, event, anchored);
    }

    /** An expression of the characters [from, to) of the match (its cue left out). */
    DateExpression makeSpan(int from, int to, String value, Kind kind) {
      return makeSpan(from, to, value, kind, false);
    }

    DateExpression makeSpan(int from, int to, String value, Kind kind, boolean anchored) {
      return new DateExpression(
          new Span(flat.start(from), flat.end(to)),
          flat.written(from, to),
          value,
          kind,
          null,
          anchored);
    }

    DateExpression makeTo(int end, String value, Kind kind, String event, boolean anchored) {
      if (value != null && Edtf.tryParse(value).isEmpty()) {
        // a date the EDTF reader cannot hold (a year past 9999 or before 0 from an anchor at the
        // edge): found, but left without a value
        value = null;
        kind = Kind.UNRESOLVED;
      }
      return new DateExpression(
          new Span(flat.start(m.start()), flat.end(end)),
          flat.written(m.start(), end),
          value,
          kind,
          event,
          anchored);
    }
  }

  /**
   * What an expression without a year is resolved against: the statement date, or (marked
   * uncertain) the last year written earlier in an undated part.
   */
  public record Anchor(LocalDate earliest, LocalDate latest, boolean uncertain) {
    public static Anchor of(String edtf, boolean uncertain) {
      if (edtf == null) {
        return null;
      }
      Edtf e = Edtf.tryParse(edtf).orElse(null);
      if (e == null
          || e.earliest().equals(LocalDate.MIN)
          || e.latest().equals(LocalDate.MAX)
          || e.latest().getYear() - e.earliest().getYear() > 1) {
        return null;
      }
      return new Anchor(e.earliest(), e.latest(), uncertain || e.approximate() || e.uncertain());
    }

    String mark(String v) {
      return uncertain ? v + "?" : v;
    }

    /**
     * The anchor at its own precision, as EDTF: a day, a month or a year (marked uncertain when it
     * is); null when it spans more than one year.
     */
    String asWritten() {
      if (earliest.equals(latest)) {
        return mark(earliest.toString());
      }
      YearMonth a = YearMonth.from(earliest);
      if (a.equals(YearMonth.from(latest))
          && earliest.getDayOfMonth() == 1
          && latest.equals(a.atEndOfMonth())) {
        return mark(ym(a.getYear(), a.getMonthValue()));
      }
      if (earliest.getYear() == latest.getYear()
          && earliest.getDayOfYear() == 1
          && latest.getDayOfYear() == latest.lengthOfYear()) {
        return mark(year(earliest.getYear()));
      }
      return null;
    }

    boolean isDay() {
      return earliest.equals(latest);
    }
  }

  /**
   * The last year written (not reckoned from the statement) earlier in the same part, and whether
   * it was written in the sentence's paragraph or the one before (then it is the year the narrative
   * is in, and a day or month without a year is read in it).
   */
  public record Earlier(int year, boolean near) {
    Anchor anchor() {
      return new Anchor(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), false);
    }
  }

  private static final List<Rule> RULES = new ArrayList<>();

  private static Predicate<Gate> gate = g -> true;

  /** The test of the rules that follow (until the next call). */
  private static void when(Predicate<Gate> g) {
    gate = g;
  }

  private static void rule(String regex, Function<Context, DateExpression> read) {
    RULES.add(new Rule(Pattern.compile(regex), read, gate));
  }

  /** The month of a name or abbreviation of {@link #MONTH}: its first three letters decide. */
  static int month(String name) {
    return DateText.MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }

  private static String day(int y, int m, int d) {
    if (y < 0 || d < 1) {
      return null;
    }
    try {
      return LocalDate.of(y, m, d).toString();
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** As {@link #day}, in any year (before year 1 too: an anchor's year, not a year read). */
  private static String anyDay(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d).toString();
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static String ym(int y, int m) {
    return String.format("%s-%02d", year(y), m);
  }

  /**
   * A year as EDTF writes it: four digits, and before year 1 the astronomical numbering with a
   * minus (0000 is 1 BC, -0398 is 399 BC).
   */
  static String year(int y) {
    return y < 0 ? String.format("-%04d", -y) : String.format("%04d", y);
  }

  private static int num(String s) {
    return Integer.parseInt(s);
  }

  /**
   * The year of a day written with it: "1787", or for an Old Style / New Style double year
   * ("February 11, 1731/2", "March 3, 1688/89") the New Style year, 1732. Until 1752 in Britain and
   * its colonies the civil year began on 25 March, and a day between 1 January and 24 March was
   * written with both years: the earlier counted from 25 March (Old Style), the later from 1
   * January (New Style). It is one day, not a year-long interval, so it gets one value; EDTF and
   * every other value Sverka gives count years from 1 January, so the value takes the later year.
   * The day and month stay as written: the double year does not say whether the day is Julian or
   * Gregorian. A second year that is not the next one ("1731/5") is not a double year: -1.
   */
  static int dayYear(String written) {
    String s = written.replace(" ", ""); // "169 2/3", the last digits printed as a fraction
    int slash = s.indexOf('/');
    if (slash < 0) {
      return num(s);
    }
    int y = num(s.substring(0, slash));
    String t = s.substring(slash + 1);
    int mod = (int) Math.pow(10, t.length());
    return (y + 1) % mod == num(t) ? y + 1 : -1;
  }

  /**
   * The year of our reckoning of a day (or, day 1, a month) written with the single year {@code y}
   * in a statement made before 1752 in England or its colonies, whose civil year began on 25 March
   * (Lady Day): a day from 1 January to 24 March was still written in the year before ("Jan. 11th,
   * 1693" is 1694 of our calendar, "February 1691" 1692). Later statements, and years written
   * double ("1693/4", already the later year), are as written. The day and month stay as written
   * (Julian).
   */
  static int civilYear(Context c, String written, int y, int month, int day) {
    boolean oldStyle =
        c.anchor != null
            && c.anchor.earliest.getYear() >= 1155
            && c.anchor.latest.getYear() < 1752
            && (written == null || written.indexOf('/') < 0)
            && y >= 1155
            && y < 1752;
    return oldStyle && (month < 3 || (month == 3 && day < 25)) ? y + 1 : y;
  }

  /** {@link #day} of a day written with its year, the year read by {@link #civilYear}. */
  private static String civilDay(Context c, String written, int y, int month, int day) {
    return y < 0 ? null : day(civilYear(c, written, y, month, day), month, day);
  }

  /** The year of groups {@code g} (digits) and {@code g + 1} (words); -1 when neither reads. */
  private static int anyYear(Context c, int g) {
    if (c.g(g) != null) {
      return dayYear(c.g(g));
    }
    int y = NumberWords.year(c.g(g + 1));
    if (y == 0) {
      y = roman(c.g(g + 1));
    }
    return y >= 1000 ? y : -1;
  }

  /** The value of a Roman numeral in capitals; 0 when it is not one. */
  static int roman(String s) {
    int total = 0;
    int prev = 0;
    for (int i = s.length() - 1; i >= 0; i--) {
      int v =
          switch (s.charAt(i)) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            case 'D' -> 500;
            case 'M' -> 1000;
            default -> 0;
          };
      if (v == 0) {
        return 0;
      }
      total += v < prev ? -v : v;
      prev = Math.max(prev, v);
    }
    return total;
  }

  /** A day of the month in digits ("4th", "23d") or words ("Seventeenth"); 0 when none. */
  private static int dayNumber(String s) {
    if (Character.isDigit(s.charAt(0))) {
      int i = 0;
      while (i < s.length() && Character.isDigit(s.charAt(i))) {
        i++;
      }
      return num(s.substring(0, i));
    }
    return NumberWords.ordinal(s);
  }

  private static final Map<String, Integer> SEASONS =
      Map.of("spring", 21, "summer", 22, "autumn", 23, "fall", 23, "winter", 24);
  private static final Map<String, Integer> DECADES =
      Map.of(
          "twenties", 2,
          "thirties", 3,
          "forties", 4,
          "fifties", 5,
          "sixties", 6,
          "seventies", 7,
          "eighties", 8,
          "nineties", 9);

  static {
    isoDaysAndAncientYears();
    regnalYears();
    rangesWithYear();
    daysWithYear();
    daysOfOlderRecords();
    daysOfAnEarlierYear();
    seasonsMonthsAndYearsInWords();
    yearsAndDecades();
    relativeToEvents();
    daysWithoutYear();
    daysOfNamedMonths();
    monthsAndYearsOfTheStatement();
    daysOfTheStatement();
  }

  private static final String WEEKDAY =
      "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

  /**
   * Days written as ISO 8601 does ("2025-08-21", the dates of front matter and of records), years
   * before Christ ("427 B.C.", "470-399 BC", as EDTF's astronomical years -0426, -0469/-0398) and
   * the years of the Olympiads, the reckoning of Greek historians: Olympiad n began in the summer
   * of 776 BC + 4(n - 1), so its year k runs from the summer of astronomical year 4(n - 1) + k -
   * 776 to the next summer ("the fourth year of the seventy-seventh Olympiad", -0468/-0467); a
   * month of the Attic year, which began at midsummer, given with such a year in the sentence, is
   * the two Julian months it fell across ("the sixth of Gamelion" of Ol. 88.3: -0424-01/-0424-02).
   */
  private static void isoDaysAndAncientYears() {
    when(g -> g.digit && g.has("-"));
    rule(
        "(?<![\\d./-])(1[5-9]\\d\\d|20\\d\\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(?![\\d/-])",
        c -> {
          String v = day(num(c.g(1)), num(c.g(2)), num(c.g(3)));
          return v == null ? null : c.make(v, Kind.DAY);
        });
    when(g -> g.digit && g.has("b.c", "b. c", "bc"));
    rule(
        "(?<![\\d,.])([1-9]\\d{0,3})(?:" + DASH + "([1-9]\\d{0,3}))?\\s?" + BC,
        c -> {
          int a = 1 - num(c.g(1));
          if (c.g(2) == null) {
            return c.make(year(a), Kind.YEAR);
          }
          int b = 1 - num(c.g(2));
          return b <= a ? null : c.make(year(a) + "/" + year(b), Kind.INTERVAL);
        });
    when(g -> g.has("olympiad"));
    rule(
        OLYMPIAD,
        c -> {
          int first = olympiadYear(c.m);
          if (first == Integer.MIN_VALUE) {
            return null;
          }
          return c.g(1) == null
              ? c.make(year(first) + "/" + year(first + 4), Kind.INTERVAL)
              : c.make(year(first) + "/" + year(first + 1), Kind.INTERVAL);
        });
    when(
        g ->
            g.has(
                "atomb",
                "metageit",
                "boedrom",
                "pyan",
                "maimakt",
                "maemact",
                "maimact",
                "posid",
                "poseid",
                "gamel",
                "anthest",
                "elapheb",
                "munych",
                "mounich",
                "thargel",
                "sciroph",
                "skiroph"));
    rule(
        "\\b(?:(?i:the)\\s)?(?:"
            + DAYN
            + "\\s(?i:day\\s)?(?i:of)\\s(?i:the\\smonth\\s)?)?"
            + ATTIC_MONTH
            + "\\b",
        c -> {
          if (c.g(1) != null && (dayNumber(c.g(1)) < 1 || dayNumber(c.g(1)) > 30)) {
            return null;
          }
          Matcher o = Pattern.compile(OLYMPIAD).matcher(c.flat.text()).region(0, c.m.start());
          int y = Integer.MIN_VALUE;
          while (o.find()) {
            y = o.group(1) == null ? Integer.MIN_VALUE : olympiadYear(o);
          }
          if (y == Integer.MIN_VALUE) {
            return c.make(null, Kind.UNRESOLVED);
          }
          int i = atticMonth(c.g(2));
          // the Attic year began at the first new moon after the summer solstice: its months fall
          // across two Julian months, the first six in the year it began, the rest in the next
          int from = (6 + i) % 12 + 1;
          int ya = y + (i >= 6 ? 1 : 0);
          int yb = from == 12 ? ya + 1 : ya;
          return c.make(ym(ya, from) + "/" + ym(yb, from % 12 + 1), Kind.INTERVAL);
        });
  }

  /** An English or British sovereign's name and the day the regnal years are counted from. */
  private record Reign(String name, LocalDate from) {}

  /**
   * The reigns of England and Britain from 1558, as acts, proclamations and warrants count their
   * years: Charles II's from his father's death (1649), William and Mary's (and William's alone)
   * from 13 February 1689.
   */
  private static final List<Reign> REIGNS =
      List.of(
          new Reign("Elizabeth", LocalDate.of(1558, 11, 17)),
          new Reign("James", LocalDate.of(1603, 3, 24)),
          new Reign("Charles", LocalDate.of(1625, 3, 27)),
          new Reign("Charles", LocalDate.of(1649, 1, 30)),
          new Reign("James", LocalDate.of(1685, 2, 6)),
          new Reign("William|Mary", LocalDate.of(1689, 2, 13)),
          new Reign("Anne", LocalDate.of(1702, 3, 8)),
          new Reign("George", LocalDate.of(1714, 8, 1)),
          new Reign("George", LocalDate.of(1727, 6, 11)),
          new Reign("George", LocalDate.of(1760, 10, 25)),
          new Reign("George", LocalDate.of(1820, 1, 29)),
          new Reign("William", LocalDate.of(1830, 6, 26)),
          new Reign("Victoria", LocalDate.of(1837, 6, 20)),
          new Reign("Edward", LocalDate.of(1901, 1, 22)),
          new Reign("George", LocalDate.of(1910, 5, 6)));

  /**
   * Regnal years ("the Fourth Year of the Reign of our Sovereign Lord and Lady, William and Mary",
   * "the 8th Year of his Majesties Reign"): the year from the accession's anniversary, of the
   * sovereign named just after, else of the one reigning at the statement's date.
   */
  private static void regnalYears() {
    when(g -> g.has("reign"));
    rule(
        "(?i)\\bthe\\s("
            + NumberWords.ORDINAL_ANY
            + "|\\d{1,2}(?:st|nd|rd|th|d))\\syear\\sof\\s(?:the|his|her|their|our)\\s"
            + "(?:(?:present|late|said|happy)\\s)?(?:majest(?:y's|y\u2019s|ies|ys|y)\\s)?reign\\b",
        c -> {
          int n = ordinalNumber(c.g(1));
          String after =
              c.flat.text().substring(c.m.end(), Math.min(c.flat.text().length(), c.m.end() + 100));
          LocalDate when = c.anchor == null ? null : c.anchor.latest;
          Reign found = null;
          for (Reign r : REIGNS) {
            boolean named = Pattern.compile("\\b(?:" + r.name() + ")\\b").matcher(after).find();
            boolean anyNamed =
                Pattern.compile(
                        "\\b(?:Elizabeth|James|Charles|William|Mary|Anne|George|Victoria|Edward)\\b")
                    .matcher(after)
                    .find();
            if ((named || !anyNamed) && (when == null || !r.from().isAfter(when))) {
              found = r;
            }
          }
          if (n < 1 || n > 70 || found == null || when == null) {
            return c.make(null, Kind.UNRESOLVED);
          }
          LocalDate from = found.from().plusYears(n - 1);
          return c.make(from + "/" + from.plusYears(1).minusDays(1), Kind.INTERVAL);
        });
  }

  /**
   * The day of the month of the {@code k}th weekday {@code w} of a month ({@code k} 0: the last).
   * Before 1752 the day is a Julian one, as England and its colonies reckoned (and as Sverka leaves
   * the days it reads of those years), so its weekday is the Julian calendar's.
   */
  static int nthWeekday(int y, int mo, java.time.DayOfWeek w, int k) {
    boolean julian = y < 1752;
    int length = julian && mo == 2 ? (y % 4 == 0 ? 29 : 28) : YearMonth.of(y, mo).lengthOfMonth();
    int found = 0;
    int last = 0;
    for (int d = 1; d <= length; d++) {
      LocalDate g = julian ? fromJulian(y, mo, d) : LocalDate.of(y, mo, d);
      if (g.getDayOfWeek() == w) {
        last = d;
        if (++found == k) {
          return d;
        }
      }
    }
    return last;
  }

  /** The Gregorian day of the Julian calendar's day {@code y-m-d}. */
  static LocalDate fromJulian(int y, int m, int d) {
    int a = (14 - m) / 12;
    long yy = y + 4800L - a;
    long mm = m + 12L * a - 3;
    long jdn = d + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - 32083;
    return LocalDate.ofEpochDay(jdn - 2440588);
  }

  /** "the fourth year of the seventy-seventh Olympiad", "the 95th Olympiad": groups 1 and 2. */
  private static final String OLYMPIAD =
      "(?i)\\b(?:the\\s)?(?:("
          + NumberWords.ORDINAL_ANY
          + "|[1-4](?:st|nd|rd|th|d))(?:\\[\\d{1,3}\\])?\\syear\\sof\\s)?the\\s("
          + NumberWords.ORDINAL_ANY
          + "|\\d{1,3}(?:st|nd|rd|th|d))\\sOlympiad\\b";

  /**
   * The astronomical year in which the Olympiad (and year of it) that {@code m} matched of {@link
   * #OLYMPIAD} begins; {@link Integer#MIN_VALUE} when it is none.
   */
  private static int olympiadYear(Matcher m) {
    int n = ordinalNumber(m.group(2));
    int k = m.group(1) == null ? 1 : ordinalNumber(m.group(1));
    if (n < 1 || k < 1 || k > 4) {
      return Integer.MIN_VALUE;
    }
    return 4 * (n - 1) - 775 + k - 1;
  }

  /** The twelve months of the Attic year, from Hekatombaion (July-August) in their spellings. */
  private static final String[] ATTIC = {
    "h[ea][ck]atomb", "metageitn", "boedrom", "pyan[eo]ps", "ma[ie]ma[ck]t", "pos[e]?ide",
    "gamel", "anthester", "elaphebol", "mou?n[iy]ch", "thargel", "s[ck]iroph"
  };

  private static final String ATTIC_MONTH =
      "((?:Hecatomb|Hekatomb)(?:aeon|aion|\u00e6on)|Metageitnion|Boedromion|Pyan[eo]psion"
          + "|Ma[ie]ma[ck]terion|Pos[e]?ideon|Gamelion|Anthesterion|Elaphebolion|Mou?n[iy]chion"
          + "|Thargelion|S[ck]irophorion)";

  private static int atticMonth(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (int i = 0; i < ATTIC.length; i++) {
      if (Pattern.compile("^" + ATTIC[i]).matcher(n).find()) {
        return i;
      }
    }
    return 0;
  }

  /** "B.C.", "B. C.", "BC", "B.C.E.", "BCE" after a year. */
  private static final String BC = "(?:B\\.\\s?C\\.(?:\\s?E\\.)?|BCE?\\b)";

  /** An ordinal in digits ("77th") or in words ("seventy-seventh"); 0 when none. */
  private static int ordinalNumber(String s) {
    if (Character.isDigit(s.charAt(0))) {
      return dayNumber(s);
    }
    return NumberWords.ordinalAny(s);
  }

  /**
   * Days and months of a year written earlier ("the 5th of October of that year", "on March 3 of
   * the same year"), and the first or last day of a year ("the first day of 1808").
   */
  private static void daysOfAnEarlierYear() {
    when(g -> g.has(" year"));
    String earlierYear = ",?\\s(?i:(?:of|in)\\s(?:that|the\\ssame)\\syear)\\b";
    rule(
        "\\b(?:(?i:the)\\s)?" + DAYN + "(?:\\s(?i:day))?(?:\\s(?i:of))?\\s" + MONTH + earlierYear,
        c -> inEarlierYear(c, month(c.g(2)), dayNumber(c.g(1))));
    rule(
        "\\b" + MONTH + "\\s(?:(?i:the)\\s)?" + DAYN + earlierYear,
        c -> inEarlierYear(c, month(c.g(1)), dayNumber(c.g(2))));
    rule(
        "\\b" + MONTH + earlierYear,
        c -> {
          int y = yearBefore(c);
          if (y == Integer.MIN_VALUE) {
            return c.make(null, Kind.UNRESOLVED);
          }
          return c.make(ym(y, month(c.g(1))), Kind.MONTH, null, true);
        });
    when(g -> g.digit && g.has(" day of"));
    rule(
        "(?i)\\bthe\\s(first|last)\\sday\\sof\\s(?:the\\syear\\s)?" + YEAR,
        c -> {
          int y = num(c.g(2));
          return c.make(c.g(1).equalsIgnoreCase("first") ? y + "-01-01" : y + "-12-31", Kind.DAY);
        });
  }

  private static DateExpression inEarlierYear(Context c, int month, int d) {
    if (d < 1 || d > 31) {
      return null;
    }
    int y = yearBefore(c);
    if (y == Integer.MIN_VALUE) {
      return c.make(null, Kind.UNRESOLVED);
    }
    String v = anyDay(y, month, d);
    return v == null ? null : c.make(v, Kind.DAY, null, true);
  }

  private static final Pattern A_YEAR = Pattern.compile(YEAR);

  /**
   * The year "that year" means: the last year in digits written before the match in its sentence,
   * else the last one written earlier in the part; {@link Integer#MIN_VALUE} when there is none.
   */
  private static int yearBefore(Context c) {
    Matcher y = A_YEAR.matcher(c.flat.text()).region(0, c.m.start());
    int found = Integer.MIN_VALUE;
    while (y.find()) {
      found = num(y.group(1));
    }
    if (found == Integer.MIN_VALUE && c.earlier != null) {
      found = c.earlier.year();
    }
    return found;
  }

  /**
   * Days reckoned from the statement's day: "today", "to-morrow", "to day" (the older spellings),
   * "to-night", "this very night", "the day before yesterday", "to-morrow week" (a week after
   * to-morrow), "Saturday last", "next Monday". In a statement dated only to a month or a year,
   * today and the days next to it are that month or year; a weekday needs the day.
   */
  private static void daysOfTheStatement() {
    when(
        g ->
            g.has(
                "today",
                "to-day",
                "to day",
                "morrow",
                "yesterday",
                "tonight",
                "to-night",
                "this very",
                "this night",
                "this morning",
                "this evening",
                "this afternoon"));
    rule(
        "(?i)\\b(?:(?:the\\s)?day\\s(before|after)\\s)?(?:(to-?day|(?<!day\\s)to\\sday|to-?night"
            + "|this\\s(?:very\\s)?(?:night|morning|evening|afternoon))|(yesterday)"
            + "|(to-?morrow|(?<!morrow\\s)to\\smorrow))(\\sweek)?(?!\\w|-\\w)",
        c -> {
          int shift = c.g(3) != null ? -1 : c.g(4) != null ? 1 : 0;
          if (c.g(1) != null) {
            shift += c.g(1).equalsIgnoreCase("before") ? -1 : 1;
          }
          if (c.g(5) != null) {
            if (shift == 0) {
              return null; // "today week" is not a day of its own
            }
            shift += shift < 0 ? -7 : 7;
          }
          return statementDay(c, shift);
        });
    when(g -> g.has("day last", "day next", "last ", "next "));
    rule(
        "\\b(?:(?:[Ll]ast|[Nn]ext)\\s"
            + WEEKDAY
            + "|"
            + WEEKDAY
            + "\\s(last|next))\\b"
            + "(?!\\s(?:week|month|year|time))",
        c -> {
          boolean after =
              c.g(3) != null
                  ? c.g(3).equals("next")
                  : c.m.group().toLowerCase(Locale.ROOT).startsWith("next");
          String name = c.g(1) != null ? c.g(1) : c.g(2);
          if (c.anchor == null || !c.anchor.isDay()) {
            return c.make(null, Kind.UNRESOLVED);
          }
          java.time.DayOfWeek w = java.time.DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
          LocalDate d =
              after
                  ? c.anchor.latest.with(java.time.temporal.TemporalAdjusters.next(w))
                  : c.anchor.latest.with(java.time.temporal.TemporalAdjusters.previous(w));
          return c.make(c.anchor.mark(d.toString()), Kind.DAY, null, true);
        });
  }

  /** The statement's day moved by {@code shift} days, or the statement's month or year. */
  private static DateExpression statementDay(Context c, int shift) {
    if (c.anchor == null) {
      return null;
    }
    if (c.anchor.isDay()) {
      return c.make(
          c.anchor.mark(c.anchor.latest.plusDays(shift).toString()), Kind.DAY, null, true);
    }
    String v = c.anchor.asWritten();
    return v == null ? null : c.make(v, v.length() <= 5 ? Kind.YEAR : Kind.MONTH, null, true);
  }

  /**
   * Ranges of days and of months within one year ("December 28-29th, 1934", "November-December
   * 1929").
   */
  private static void rangesWithYear() {
    when(g -> g.digit && g.month);
    // December 28-29th, 1934
    rule(
        MONTH_AT + MONTH_Y + "\\s" + DAY + DASH + DAY + ",?\\s" + YEAR,
        c -> {
          int y = num(c.g(4));
          int mo = month(c.g(1));
          String a = day(y, mo, num(c.g(2)));
          String b = day(y, mo, num(c.g(3)));
          return a == null || b == null || a.compareTo(b) >= 0
              ? null
              : c.make(a + "/" + b, Kind.INTERVAL);
        });
    // July 29 - August 9, 1927; July 29, 1927 - August 9, 1927
    rule(
        "\\b"
            + MONTH
            + "\\s"
            + DAY
            + "(?:,?\\s"
            + YEAR
            + ")?"
            + DASH
            + MONTH
            + "\\s"
            + DAY
            + ",?\\s"
            + YEAR,
        c -> {
          int y2 = num(c.g(6));
          int y1 = c.g(3) == null ? y2 : num(c.g(3));
          String a = day(y1, month(c.g(1)), num(c.g(2)));
          String b = day(y2, month(c.g(4)), num(c.g(5)));
          return a == null || b == null || a.compareTo(b) >= 0
              ? null
              : c.make(a + "/" + b, Kind.INTERVAL);
        });
    // November-December 1929
    rule(
        "\\b" + MONTH + DASH + MONTH + ",?\\s" + YEAR,
        c -> {
          int y = num(c.g(3));
          int a = month(c.g(1));
          int b = month(c.g(2));
          return a >= b ? null : c.make(ym(y, a) + "/" + ym(y, b), Kind.INTERVAL);
        });
  }

  /**
   * Days with their month and year, in digits or in words ("16 December 1928", "the 4th day of
   * July, 1776").
   */
  private static void daysWithYear() {
    // the 28th of December 1934; 16 December 1928
    rule(
        "\\b" + DAY + "(?:\\sof)?\\s" + MONTH + ",?\\s" + DYEAR,
        c -> {
          String v = civilDay(c, c.g(3), dayYear(c.g(3)), month(c.g(2)), num(c.g(1)));
          return v == null ? null : c.make(v, Kind.DAY);
        });
    // January 23d, 1935; February 11, 1731/2; Octob 11. 1692 (a dateline's stop after the day)
    rule(
        MONTH_AT + MONTH_Y + ",?\\s" + DAY + "[,.]?\\s" + DYEAR,
        c -> {
          String v = civilDay(c, c.g(3), dayYear(c.g(3)), month(c.g(1)), num(c.g(2)));
          return v == null ? null : c.make(v, Kind.DAY);
        });
    when(g -> g.month);
    // the Seventeenth Day of September in the Year of our Lord one thousand seven hundred and
    // Eighty seven; the nineteenth of April 1775; the 4th day of July, 1776
    rule(
        "\\b(?:(?i:the)\\s)?"
            + DAYN
            + "(?:\\s(?i:day))?(?:\\s(?i:of))?\\s"
            + MONTH_OF
            + TO_YEAR
            + YEAR_ANY,
        c -> {
          String v = civilDay(c, c.g(3), anyYear(c, 3), month(c.g(2)), dayNumber(c.g(1)));
          return v == null ? null : c.make(v, Kind.DAY);
        });
    // July the fourth, 1776; September the 17th, in the year of our Lord 1787
    rule(
        "\\b" + MONTH + "\\s(?:(?i:the)\\s)?" + DAYN + TO_YEAR + YEAR_ANY,
        c -> {
          String v = civilDay(c, c.g(3), anyYear(c, 3), month(c.g(1)), dayNumber(c.g(2)));
          return v == null ? null : c.make(v, Kind.DAY);
        });
  }

  /**
   * Days as older letters and records wrote them: the nth weekday of a month, months numbered ("the
   * 5th of the 9th"), years of two digits.
   */
  private static void daysOfOlderRecords() {
    when(g -> g.month && g.has("day in ", "day of "));
    // the last Tuesday in April, Anno 1693; the first Monday of September 1788
    rule(
        "\\b(?i:the)\\s(first|second|third|fourth|last)\\s"
            + WEEKDAY
            + "\\s(?:in|of)\\s"
            + MONTH
            + TO_YEAR
            + YEAR_ANY,
        c -> {
          int mo = month(c.g(3));
          int y = anyYear(c, 4);
          if (y < 0) {
            return null;
          }
          y = civilYear(c, c.g(4), y, mo, c.g(1).equalsIgnoreCase("last") ? 31 : 1);
          java.time.DayOfWeek w = java.time.DayOfWeek.valueOf(c.g(2).toUpperCase(Locale.ROOT));
          String n = c.g(1).toLowerCase(Locale.ROOT);
          int k = List.of("first", "second", "third", "fourth").indexOf(n) + 1;
          int d = nthWeekday(y, mo, w, k);
          return c.make(String.format("%s-%02d-%02d", year(y), mo, d), Kind.DAY);
        });
    when(g -> g.has(" of the "));
    // the 5th of the 9th, the 14th day of the 9th month 1692, the third of the eleventh month:
    // months numbered, as Quakers and Puritans wrote them, from March before 1752
    rule(
        "\\b(?:(?i:the)\\s)?"
            + DAYN
            + "(?:\\s(?i:day))?\\s(?i:of\\sthe)\\s(?:([1-9]|1[0-2])(?:st|nd|rd|th|d)(?:\\s(?i:month))?"
            + "|((?i:"
            + NumberWords.ORDINAL
            + "))\\s(?i:month))(?![\\w-])(?:,?\\s"
            + YEAR
            + ")?",
        c -> {
          int n = c.g(2) != null ? num(c.g(2)) : NumberWords.ordinal(c.g(3));
          int d = dayNumber(c.g(1));
          if (n < 1 || n > 12 || d < 1 || d > 31) {
            return null;
          }
          boolean fromMarch =
              c.g(4) != null
                  ? num(c.g(4)) < 1752
                  : c.anchor != null && narrative(c).latest.getYear() < 1752;
          int mo = fromMarch ? (n + 1) % 12 + 1 : n;
          if (c.g(4) == null) {
            return dayWithoutYear(c, mo, d);
          }
          String v = civilDay(c, c.g(4), num(c.g(4)), mo, d);
          return v == null ? null : c.make(v, Kind.DAY);
        });
    when(g -> g.digit && g.month);
    // August 20, 92 (at the end of a letter's heading or an endorsement): a year of two digits,
    // in the statement's century, or the one before when that would be after the statement
    rule(
        MONTH_AT + MONTH_Y + "\\s" + DAY + ",\\s(\\d\\d)(?=\\s?[.;)\\]]|\\s?$|\\s[A-Za-z]{1,4}\\.)",
        c -> {
          if (c.anchor == null) {
            return null;
          }
          int last = c.anchor.latest.getYear();
          int y = last - Math.floorMod(last, 100) + num(c.g(3));
          y = y > last + 1 ? y - 100 : y;
          String v = day(y, month(c.g(1)), num(c.g(2)));
          return v == null ? null : c.make(v, Kind.DAY);
        });
  }

  /** Seasons, months of a year, and years written in words or in Roman numerals. */
  private static void seasonsMonthsAndYearsInWords() {
    when(g -> g.has("spring", "summer", "autumn", "fall", "winter"));
    // summer 1929, the autumn of 1932, the spring of this year
    rule(
        "(?i)\\b(spring|summer|autumn|fall|winter)\\s(?:of\\s)?(?:"
            + YEAR
            + "|(this|last|next)\\syear\\b)",
        c -> {
          int s = SEASONS.get(c.g(1).toLowerCase(Locale.ROOT));
          if (c.g(2) != null) {
            return c.make(c.g(2) + "-" + s, Kind.SEASON);
          }
          if (c.anchor == null) {
            return c.make(null, Kind.UNRESOLVED);
          }
          int y = c.anchor.latest.getYear() + shift(c.g(3));
          return c.make(c.anchor.mark(year(y) + "-" + s), Kind.SEASON, null, true);
        });
    when(g -> g.digit && g.month);
    // November, 1911; August 1936; February of 1930
    rule(
        "\\b" + MONTH + ",?\\s(?:of\\s)?" + DYEAR + NOT_UNIT,
        c -> {
          int y = dayYear(c.g(2));
          int mo = month(c.g(1));
          return y < 0 ? null : c.make(ym(civilYear(c, c.g(2), y, mo, 1), mo), Kind.MONTH);
        });
    when(g -> g.month);
    // September, in the year of our Lord one thousand seven hundred and eighty-seven
    rule(
        "\\b" + MONTH + TO_YEAR + YEAR_ANY,
        c -> {
          int y = anyYear(c, 2);
          int mo = month(c.g(1));
          return y < 0 || c.g(3) == null
              ? null
              : c.make(ym(civilYear(c, c.g(2), y, mo, 1), mo), Kind.MONTH);
        });
    when(g -> g.has("year", "anno", "a.d", "a. d", "ad ", "hundred", "thousand"));
    // in the year of our Lord one thousand seven hundred and twelve; Anno Domini eighteen
    // hundred; in eighteen hundred and sixty-one, the war (the cue is context, not the date)
    rule(
        "(?:"
            + YEAR_CUE
            + ",?\\s|\\b(?i:in|of|since|until|till|from|by|during)\\s(?=(?i:one\\sthousand|"
            + "(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
            + "\\shundred)))"
            + "((?i:"
            + NumberWords.YEAR
            + "))(?=\\s?[,.;:)!?]|\\s?$|\\s(?:the|he|she|it|they|we|I|there|this|that|when|and|a|an"
            + "|his|her|its|their|our|was|were|had|is|are)\\b)",
        c -> {
          int y = NumberWords.year(c.g(1));
          return y <= 0 ? null : c.makeSpan(c.m.start(1), c.m.end(1), String.valueOf(y), Kind.YEAR);
        });
    // in the year MDCCLXXVI, Anno Domini MDCCCXII
    rule(
        YEAR_CUE + ",?\\s(" + ROMAN_YEAR + ")",
        c -> {
          int y = roman(c.g(1));
          return y < 1000
              ? null
              : c.makeSpan(c.m.start(1), c.m.end(1), String.valueOf(y), Kind.YEAR);
        });
  }

  /** Years of two reckonings ("1731/2"), about a year, ranges of years and decades. */
  private static void yearsAndDecades() {
    when(g -> g.digit && g.has("/"));
    // 1731/2, 1914/18 (no month): the years both reckonings cover, an interval
    rule(
        "(?<![\\d,./])(1[5-9]\\d\\d|20[0-4]\\d)/(\\d{1,2}|1[5-9]\\d\\d|20[0-4]\\d)(?![\\d/]|[.,]\\d)"
            + NOT_UNIT,
        c -> {
          int a = num(c.g(1));
          String t = c.g(2);
          int b = t.length() == 4 ? num(t) : a - a % (int) Math.pow(10, t.length()) + num(t);
          return b <= a || b - a > 100 ? null : c.make(a + "/" + b, Kind.INTERVAL);
        });
    when(g -> g.digit && g.has("about", "around", "circa", "c.", "approx", "roughly"));
    // about 1923, circa 1900
    rule(
        "(?i)\\b(?:about|around|circa|c\\.|approximately|roughly)\\s(?:the\\syear\\s)?"
            + YEAR
            + "(?![-\u2013]\\d)"
            + NOT_UNIT,
        c -> c.make(c.g(1) + "~", Kind.APPROXIMATE));
    when(g -> g.digit && g.has("-", "\u2013"));
    // 1926-27, 1923-25, 1926-1927, 1895-1905, 1853-'54, 1848-9
    rule(
        YEAR
            + "\\s?[-\u2013]\\s?['\u2019]?(\\d{1,2}|1[5-9]\\d\\d|20[0-4]\\d)(?!\\d|[.,]\\d)"
            + NOT_UNIT,
        c -> {
          // 1853-'54, 1848-9: the later year's last digits
          int a = num(c.g(1));
          String t = c.g(2);
          int b = t.length() == 4 ? num(t) : a - a % (int) Math.pow(10, t.length()) + num(t);
          return b <= a || b - a > 100 ? null : c.make(a + "/" + b, Kind.INTERVAL);
        });
    when(g -> g.has("ties", "0s", "0's", "0\u2019s"));
    // the twenties, the eighties of the last century, the 1920s
    rule(
        "(?i)\\bthe\\s(?:(?:early|late)\\s|mid-)?(?:'?(twenties|thirties|forties|fifties|sixties"
            + "|seventies|eighties|nineties)|(1[5-9]\\d)0'?s)\\b"
            + "(?:\\sof\\sthe\\s(last|past|previous|present|this|nineteenth|eighteenth|twentieth)"
            + "\\scentury)?",
        c -> {
          if (c.g(2) != null) {
            return c.make(c.g(2) + "X", Kind.DECADE);
          }
          int d = DECADES.get(c.g(1).toLowerCase(Locale.ROOT));
          String century = c.g(3) == null ? "" : c.g(3).toLowerCase(Locale.ROOT);
          int cent;
          switch (century) {
            case "nineteenth" -> cent = 18;
            case "eighteenth" -> cent = 17;
            case "twentieth" -> cent = 19;
            default -> {
              if (c.anchor == null) {
                return c.make(null, Kind.UNRESOLVED);
              }
              int y = c.anchor.latest.getYear();
              cent = y / 100;
              if (century.equals("last") || century.equals("past") || century.equals("previous")) {
                cent -= 1;
              } else if (century.isEmpty() && cent * 100 + d * 10 > y) {
                cent -= 1; // the most recent such decade not after the statement
              }
            }
          }
          boolean anchored = c.g(3) == null || !century.endsWith("th");
          String v = String.format("%03dX", cent * 10 + d);
          return c.make(
              anchored && c.anchor != null ? c.anchor.mark(v) : v, Kind.DECADE, null, anchored);
        });
  }

  /**
   * Dates relative to an event or to the statement ("four weeks after the Kirov assassination",
   * "two years ago").
   */
  private static void relativeToEvents() {
    when(g -> g.has(" after ", " before "));
    // the 20th day after his arrest; four weeks after the Kirov assassination
    String qty =
        "(?:(?:about|almost|nearly|some|only|just|more\\sthan|less\\sthan|a\\sfew|several|a|an"
            + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
            + "|thirty|forty|fifty|sixty|[a-z]+ty-[a-z]+|\\d{1,3})\\s)+(?:and\\sa\\shalf\\s)?";
    String ordinal =
        "the\\s(?:\\d{1,3}(?:st|nd|rd|th|d)|first|second|third|fourth|fifth|sixth|seventh"
            + "|eighth|ninth|tenth|[a-z]+teenth|[a-z]+tieth|next|following)\\s";
    rule(
        "(?i)\\b(?:"
            + ordinal
            + "(?:day|week|month|year)|"
            + qty
            + "(?:days?|weeks?|months?|years?)|the\\sday)\\s(after|before)\\s"
            + "(?!(?:to-?morrow|to-?day|to\\s(?:morrow|day)|yesterday)\\b)"
            + "((?:the|his|her|their|my|our|its|it|he|she|they|I|we|that|[A-Z][\\w'\u2019.-]*)"
            + "(?:\\s[\\w'\u2019-]+){0,7})",
        c -> {
          String event = trimEvent(c.g(2));
          String v = DAYS_OFF.matcher(c.m.group()).lookingAt() ? yearOfTheDays(c) : null;
          return c.makeTo(c.m.start(2) + event.length(), v, Kind.RELATIVE, event, v != null);
        });
    when(g -> g.has("following ", "next ", "preceding ", "previous "));
    // the following night, the preceding days: in a statement dated to a year, that year
    rule(
        "(?i)\\b(?:the|that)\\s(?:following|next|preceding|previous)\\s(?:days?|nights?|mornings?"
            + "|evenings?)\\b(?!\\s(?:after|before|of)\\b)",
        c -> {
          String v = yearOfTheDays(c);
          return v == null ? null : c.make(v, Kind.RELATIVE, null, true);
        });
    when(g -> g.month && g.has(" ago last "));
    // four years ago last January: the last such month before the statement, so many years back
    rule(
        "\\b((?i:"
            + NumberWords.SMALL
            + ")|\\d{1,3}|(?i:a|an))\\s(?i:years?\\sago\\slast)\\s"
            + MONTH
            + "\\b",
        c -> {
          NumberWords.Value n = NumberWords.cardinal(c.g(1));
          if (n == null && !Character.isDigit(c.g(1).charAt(0))) {
            return null;
          }
          if (c.anchor == null) {
            return c.make(null, Kind.UNRESOLVED);
          }
          int back = n != null ? n.value().intValue() : num(c.g(1));
          int mo = month(c.g(2));
          int y = c.anchor.latest.getYear();
          y = mo >= c.anchor.latest.getMonthValue() ? y - 1 : y;
          return c.make(c.anchor.mark(ym(y - back, mo)), Kind.MONTH, null, true);
        });
    when(g -> g.has(" ago", " later", " earlier"));
    // two years ago, three weeks later
    rule(
        "(?i)\\b" + qty + "(?:days?|weeks?|months?|years?)\\s(ago|later|earlier)\\b",
        c -> c.make(null, Kind.RELATIVE, null, false));
  }

  /** "the day before", "two days after", "the following night": a few days off. */
  private static final Pattern DAYS_OFF =
      Pattern.compile(
          "(?i)(?:the\\s(?:next\\s|following\\s)?day|(?:a|one|two|three|four|five|six|\\d)\\s"
              + "(?:days?|nights?))\\s(?:after|before)\\b");

  /**
   * The time a day or two from an event or from the narrative falls in, when the statement is dated
   * only to a year or a month (a dialogue of 399 BC: its "day before the trial" is of 399 BC, as
   * near as the text says); null when it is dated to a day (the event's day is not known) or not
   * dated.
   */
  private static String yearOfTheDays(Context c) {
    if (c.anchor == null || c.anchor.isDay()) {
      return null;
    }
    Anchor a = narrative(c);
    return a.isDay() ? null : a.asWritten();
  }

  /**
   * Days and ranges of days without a year, and days of the month before, of or after the
   * statement's ("the 22d ult.").
   */
  private static void daysWithoutYear() {
    when(g -> g.digit && g.month);
    // August 6-9, July 29-August 9 (no year)
    rule(
        "\\b" + MONTH + "\\s" + DAY + DASH + "(?:" + MONTH + "\\s)?" + DAY + "\\b(?!,?\\s?\\d)",
        c -> {
          int m1 = month(c.g(1));
          int m2 = c.g(3) == null ? m1 : month(c.g(3));
          DateExpression a = dayWithoutYear(c, m1, num(c.g(2)));
          if (a == null || a.value() == null) {
            return a;
          }
          String first = a.value().replace("?", "");
          LocalDate from = LocalDate.parse(first);
          String to = day(from.getYear(), m2, num(c.g(4)));
          if (to == null) {
            return null;
          }
          LocalDate t = LocalDate.parse(to);
          if (!t.isAfter(from)) {
            t = t.plusYears(1);
          }
          return c.make(c.anchor.mark(from + "/" + t), Kind.INTERVAL, null, true);
        });
    // December 16th (no year): the most recent such day not after the statement date
    rule(
        "\\b" + MONTH + "\\s" + DAY + "\\b(?!\\s?(?:per\\s?cent|%|million|thousand))",
        c -> dayWithoutYear(c, month(c.g(1)), num(c.g(2))));
    when(g -> g.has("inst", "ult", "prox"));
    // the 22d ult., the fifth instant, the 3d prox.: a day of the month before, of, or after the
    // statement's month
    rule(
        "\\b(?:(?i:the)\\s)?"
            + DAYN
            + "(?:\\s(?i:day))?\\s(?:(?i:of)\\s)?(?:(inst|ult|prox)\\.|(instant|ultimo|proximo)\\b)",
        c -> {
          int d = dayNumber(c.g(1));
          if (d < 1 || d > 31) {
            return null;
          }
          if (c.anchor == null
              || !YearMonth.from(c.anchor.earliest).equals(YearMonth.from(c.anchor.latest))) {
            return c.make(null, Kind.UNRESOLVED);
          }
          String w = c.g(2) != null ? c.g(2) : c.g(3);
          YearMonth ym = YearMonth.from(c.anchor.earliest);
          ym =
              w.startsWith("ult")
                  ? ym.minusMonths(1)
                  : w.startsWith("prox") ? ym.plusMonths(1) : ym;
          String v = day(ym.getYear(), ym.getMonthValue(), d);
          return v == null ? null : c.make(c.anchor.mark(v), Kind.DAY, null, true);
        });
  }

  /** Days of this, last or next month, and of months named without a year ("the first of May"). */
  private static void daysOfNamedMonths() {
    when(g -> g.has(" month"));
    // the 5th of this month, the 27th of last month, the ninth of the present month
    rule(
        "\\b(?:(?i:the)\\s)?"
            + DAYN
            + "(?:\\s(?i:day))?\\s(?i:of)\\s(?i:(this|the\\spresent|the\\scurrent|last|the\\slast|next"
            + "|the\\snext))\\s(?i:month)\\b",
        c -> {
          int d = dayNumber(c.g(1));
          if (c.anchor == null
              || !YearMonth.from(c.anchor.earliest).equals(YearMonth.from(c.anchor.latest))) {
            return d < 1 || d > 31 ? null : c.make(null, Kind.UNRESOLVED);
          }
          String w = c.g(2).toLowerCase(Locale.ROOT);
          YearMonth ym = YearMonth.from(c.anchor.earliest);
          ym = w.endsWith("last") ? ym.minusMonths(1) : w.endsWith("next") ? ym.plusMonths(1) : ym;
          String v = day(ym.getYear(), ym.getMonthValue(), d);
          return v == null ? null : c.make(c.anchor.mark(v), Kind.DAY, null, true);
        });
    when(g -> g.month && g.has("last ", "next "));
    // the 17th of last December, the 22nd of next March
    rule(
        "\\b(?:(?i:the)\\s)?"
            + DAYN
            + "(?:\\s(?i:day))?\\s(?i:of)\\s(?i:(last|next))\\s"
            + MONTH
            + "(?![\\w-])",
        c -> {
          int d = dayNumber(c.g(1));
          int mo = month(c.g(3));
          if (c.anchor == null) {
            return d < 1 || d > 31 ? null : c.make(null, Kind.UNRESOLVED);
          }
          int y = c.anchor.latest.getYear();
          if (c.g(2).equalsIgnoreCase("last")) {
            y = mo >= c.anchor.latest.getMonthValue() ? y - 1 : y;
          } else {
            y = mo <= c.anchor.earliest.getMonthValue() ? y + 1 : y;
          }
          String v = day(y, mo, d);
          return v == null ? null : c.make(c.anchor.mark(v), Kind.DAY, null, true);
        });
    when(g -> g.month);
    // the first of May; the Twenty-third Day of June; May the 4th; June the twentieth
    rule(
        "\\b(?i:the)\\s" + DAYN + "(?:\\s(?i:day))?\\s(?i:of)\\s" + MONTH_OF + "(?![\\w-])",
        c -> dayWithoutYear(c, month(c.g(2)), dayNumber(c.g(1))));
    rule(
        "\\b" + MONTH + "\\s(?i:the)\\s" + DAYN + "\\b(?!\\s?(?:per\\s?cent|%|million|thousand))",
        c -> dayWithoutYear(c, month(c.g(1)), dayNumber(c.g(2))));
    // from the Tenth of September to the Eighteenth: the second day of the first one's month
    rule(
        "(?<=\\s(?i:to|till|until|unto|and)\\s)(?i:the)\\s"
            + DAYN
            + "(?![\\w-]|\\s(?i:day\\s)?(?i:of)\\b|\\s?(?:per\\s?cent|%))",
        c -> {
          String before = c.flat.text().substring(Math.max(0, c.m.start() - 40), c.m.start());
          Matcher first = RANGE_FIRST.matcher(before);
          int d = dayNumber(c.g(1));
          if (!first.find() || d <= dayNumber(first.group(1))) {
            return null;
          }
          DateExpression e = dayWithoutYear(c, month(first.group(2)), d);
          return e == null
              ? null
              : c.makeSpan(c.m.start(), c.m.end(), e.value(), e.kind(), e.anchored());
        });
    when(g -> g.digit && g.month);
    // 17th of December
    rule(
        "\\b" + DAY + "(?:\\sof)?\\s" + MONTH + "(?![\\w-])",
        c -> c.g(1).length() == 0 ? null : dayWithoutYear(c, month(c.g(2)), num(c.g(1))));
  }

  /**
   * Months and years reckoned from the statement ("June last", "this year", "today"), and years
   * alone.
   */
  private static void monthsAndYearsOfTheStatement() {
    when(g -> g.month);
    // June last, August next: the most recent such month before the statement, or the next one
    rule(
        "\\b" + MONTH + "\\s(last|next)\\b(?!\\s(?:year|week|month|time))",
        c -> {
          int mo = month(c.g(1));
          if (c.anchor == null) {
            return c.make(null, Kind.UNRESOLVED);
          }
          int y = c.anchor.latest.getYear();
          if (c.g(2).equals("last")) {
            y = mo >= c.anchor.latest.getMonthValue() ? y - 1 : y;
          } else {
            y = mo <= c.anchor.earliest.getMonthValue() ? y + 1 : y;
          }
          return c.make(c.anchor.mark(ym(y, mo)), Kind.MONTH, null, true);
        });
    // in February of this year; since July; last October
    rule(
        "\\b(?:(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Dd]uring|[Tt]o|[Ll]ast|[Tt]his|[Nn]ext"
            + "|(?:the\\s)?(?i:beginning|middle|end)\\sof(?:\\s(?:this|last|next))?|[Ee]arly|[Ll]ate)\\s)"
            + "(?:(?:early|late|mid-)\\s?)?"
            + MONTH
            + "(?:\\sof\\s(this|last|next)\\syear)?\\b(\\swas\\s(?:a\\s)?twelve\\s?-?months?\\b)?"
            + "(?!\\s(?:[Rr]evolution|[Mm]anifesto|[Dd]ays|[Pp]lenum|[Cc]onference|[Cc]ongress"
            + "|[Tt]heses|[Ii]nsurrection|[Uu]prising|[Ee]vents|[A-Z]))(?![-\u2013]\\w)",
        c -> {
          int mo = month(c.g(1));
          if (c.anchor == null) {
            return c.make(null, Kind.UNRESOLVED);
          }
          String lead = c.m.group().toLowerCase(Locale.ROOT);
          int y = c.anchor.latest.getYear();
          if (c.g(2) != null) {
            y += shift(c.g(2));
          } else if (lead.startsWith("last ") || lead.contains(" of last ")) {
            // "last March was a twelvemonth": the March a year before the last one
            y = mo >= c.anchor.latest.getMonthValue() ? y - 1 : y;
            y = c.g(3) != null ? y - 1 : y;
          } else if (lead.startsWith("next ") || lead.contains(" of next ")) {
            y = mo <= c.anchor.earliest.getMonthValue() ? y + 1 : y;
          } else if (c.future) {
            y = mo < c.anchor.earliest.getMonthValue() ? y + 1 : y;
          } else {
            return monthWithoutYear(c, mo);
          }
          return c.make(c.anchor.mark(ym(y, mo)), Kind.MONTH, null, true);
        });
    when(g -> g.has(" year"));
    // this year, last year, next year
    rule(
        "(?i)\\b(this|last|next)\\syear\\b",
        c -> {
          if (c.anchor == null) {
            return c.make(null, Kind.UNRESOLVED);
          }
          int y = c.anchor.latest.getYear() + shift(c.g(1));
          return c.make(c.anchor.mark(year(y)), Kind.YEAR, null, true);
        });
    when(g -> g.digit);
    // 1905, in 1925
    rule(
        YEAR + NOT_UNIT + "(?![-\u2013]\\d)",
        c -> {
          String before = c.flat.text().substring(Math.max(0, c.m.start() - 6), c.m.start());
          return DateRules.PAGE.matcher(before).find() ? null : c.make(c.g(1), Kind.YEAR);
        });
  }

  /** The first day of a range of days written "the Tenth of September to ...". */
  private static final Pattern RANGE_FIRST =
      Pattern.compile(
          "\\b(?i:the)\\s"
              + DAYN
              + "(?:\\s(?i:day))?\\s(?i:of)\\s"
              + MONTH_OF
              + "\\s(?i:to|till|until|unto|and)\\s$");

  /** "No. 1926", "p. 1927", "Vol. 1924": a number, not a year. */
  private static final Pattern PAGE =
      Pattern.compile("(?:No\\.|pp?\\.|[Pp]age|[Vv]ol\\.|\u2116|#)\\s?$");

  private static int shift(String w) {
    return switch (w.toLowerCase(Locale.ROOT)) {
      case "last" -> -1;
      case "next" -> 1;
      default -> 0;
    };
  }

  private static String trimEvent(String s) {
    String t = s.strip();
    // stop at a clause boundary
    Matcher stop =
        Pattern.compile(
                "\\s(?:and|but|when|which|that|who|where|was|were|had|has|is|are|he|she|they|we|I"
                    + "|it|in|on|at|to|for|with)(?:\\s|$)")
            .matcher(t);
    if (stop.find() && stop.start() > 0) {
      t = t.substring(0, stop.start());
    }
    return t;
  }

  /**
   * A month without a year: the most recent such month not after the year the narrative is in
   * ({@link #narrative}), or, when that would be after the statement, not after the statement.
   */
  private static DateExpression monthWithoutYear(Context c, int mo) {
    Anchor a = narrative(c);
    YearMonth ym = YearMonth.of(a.latest.getYear(), mo);
    ym = ym.isAfter(YearMonth.from(a.latest)) ? ym.minusYears(1) : ym;
    if (a != c.anchor && ym.isAfter(YearMonth.from(c.anchor.latest))) {
      a = c.anchor;
      ym = YearMonth.of(a.latest.getYear(), mo);
      ym = ym.isAfter(YearMonth.from(a.latest)) ? ym.minusYears(1) : ym;
    }
    return c.make(a.mark(ym(ym.getYear(), mo)), Kind.MONTH, null, true);
  }

  private static DateExpression dayWithoutYear(Context c, int month, int day) {
    if (day < 1 || day > 31) {
      return null;
    }
    if (c.anchor == null) {
      return c.make(null, Kind.UNRESOLVED);
    }
    Anchor a = narrative(c);
    LocalDate d = mostRecent(c, a, month, day);
    if (d != null && a != c.anchor && d.isAfter(c.anchor.latest)) {
      // a day after the statement is not the narrative's: the statement's most recent one
      a = c.anchor;
      d = mostRecent(c, a, month, day);
    }
    return d == null ? null : c.make(a.mark(d.toString()), Kind.DAY, null, true);
  }

  /**
   * The day of that month and day most recent not after {@code a}, or the next one on or after the
   * statement when the sentence speaks of the future; null when there is none (30 February).
   */
  private static LocalDate mostRecent(Context c, Anchor a, int month, int day) {
    LocalDate ref = a.latest;
    int y = ref.getYear();
    String v = anyDay(y, month, day);
    if (v == null) {
      v = anyDay(y - 1, month, day); // 29 February
      if (v == null) {
        return null;
      }
    }
    LocalDate d = LocalDate.parse(v);
    if (c.future) {
      if (d.isBefore(c.anchor.earliest)) {
        d = d.plusYears(1);
      }
    } else if (d.isAfter(ref)) {
      d = d.minusYears(1);
    }
    return d;
  }

  /**
   * What a day or month without a year is read in: the year the narrative is in when one was
   * written in this paragraph or the one before (and the sentence does not speak of the future),
   * else the statement date. A statement dated only to a year (a historian's notes, a chronicle
   * written years later) that wrote an earlier year before, anywhere in its part, narrates that
   * year: "Thither he returned in 1688; on May 13 ..." in notes of 1914 is 1688.
   */
  private static Anchor narrative(Context c) {
    if (c.future || c.anchor.uncertain()) {
      return c.anchor;
    }
    if (c.earlier != null && c.earlier.near()) {
      return c.earlier.anchor();
    }
    boolean wholeYears =
        c.anchor.earliest.getDayOfYear() == 1
            && c.anchor.latest.getMonthValue() == 12
            && c.anchor.latest.getDayOfMonth() == 31;
    int before = c.anchor.earliest.getYear() - 1; // a year written before this one is the past's
    if (!wholeYears) {
      return c.anchor;
    }
    Matcher y = A_YEAR.matcher(c.flat.text()).region(0, c.m.start());
    int inSentence = Integer.MAX_VALUE;
    while (y.find()) {
      inSentence = num(y.group(1));
    }
    if (inSentence < before) {
      return new Earlier(inSentence, true).anchor();
    }
    if (c.document != null && c.document.latest.getYear() < before) {
      return c.document;
    }
    return c.earlier != null && c.earlier.year() < before ? c.earlier.anchor() : c.anchor;
  }

  /** "will be held on December 17": a future verb in the clause just before the date. */
  private static final Pattern FUTURE =
      Pattern.compile(
          "(?:\\b(?:will|shall)|\u2019ll|'ll)\\b[^,;.()]{0,40}\\b(?:on|in|by|until|till|before|at)"
              + "\\s(?:the\\s)?(?:(?:beginning|middle|end)\\sof\\s)?$");

  /** The dates written in a flattened sentence. */
  public static List<DateExpression> find(FlatText flat, Anchor anchor) {
    return find(flat, anchor, null);
  }

  /**
   * The dates written in a flattened sentence; {@code earlier} (or null) is the year written last
   * before it in its part.
   */
  public static List<DateExpression> find(FlatText flat, Anchor anchor, Earlier earlier) {
    return find(flat, anchor, earlier, null);
  }

  /**
   * As {@link #find(FlatText, Anchor, Earlier)}; {@code document} (or null) is the date of the
   * document the sentence's part belongs to, which a part dated years later (an editor's notes)
   * narrates ({@link #narrative}).
   */
  public static List<DateExpression> find(
      FlatText flat, Anchor anchor, Earlier earlier, Anchor document) {
    String s = flat.text();
    boolean[] claimed = new boolean[s.length() + 1];
    List<DateExpression> out = new ArrayList<>();
    Gate gate = new Gate(s);
    for (Rule r : RULES) {
      if (!r.gate().test(gate)) {
        continue;
      }
      Matcher m = r.pattern().matcher(s);
      while (m.find()) {
        if (m.end() == m.start() || taken(claimed, m.start(), m.end())) {
          continue;
        }
        DateExpression e = r.read().apply(new Context(m, flat, anchor, earlier, document));
        if (e != null) {
          for (int i = m.start(); i < m.end(); i++) {
            claimed[i] = true;
          }
          out.add(e);
        }
      }
    }
    out.sort(Comparator.comparingInt(DateExpression::start));
    return out;
  }

  private static boolean taken(boolean[] claimed, int from, int to) {
    for (int i = from; i < to; i++) {
      if (claimed[i]) {
        return true;
      }
    }
    return false;
  }
}
