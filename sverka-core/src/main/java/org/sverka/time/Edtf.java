package org.sverka.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An EDTF date or interval (ISO 8601-2 Extended Date/Time Format, levels 0 and 1) as the earliest
 * and latest day it can mean. Read by {@link #parse}; the text is kept exactly as given.
 *
 * <p>Supported: {@code 1934}, {@code 1934-12}, {@code 1934-12-28}; negative years in EDTF's
 * astronomical numbering, where {@code 0000} is 1 BC and {@code -0398} is 399 BC ({@code -0398-05},
 * {@code -04XX}); a qualifier {@code ~} (approximate), {@code ?} (uncertain) or {@code %} (both) at
 * the end of a date; unspecified digits {@code 193X}, {@code 19XX}, {@code 1934-XX}, {@code
 * 1934-12-XX}; seasons {@code 1929-21} (spring) to {@code 1929-24} (winter, December to February);
 * intervals {@code A/B} with an open ({@code ..}) or unknown (empty) end.
 *
 * <p>Approximate and uncertain dates keep their stated bounds here; what "about" may stretch to is
 * for each analysis to decide, using {@link #approximate()} and {@link #uncertain()}.
 */
public final class Edtf implements Comparable<Edtf> {
  /** The accepted forms, for error messages. */
  public static final String FORMS =
      "YYYY, YYYY-MM or YYYY-MM-DD (-YYYY before year 0000, which is 1 BC), optionally ending"
          + " in ~ (about), ? (uncertain) or %;"
          + " X for unknown digits (193X, 1934-XX); seasons YYYY-21..24; intervals A/B"
          + " (.. for an open end), e.g. 1932-11-23/1932-12-02";

  private static final Pattern DATE =
      Pattern.compile("(-?)(\\d{3}[\\dX]|\\d{2}XX)(?:-(\\d\\d|XX)(?:-(\\d\\d|XX))?)?([~?%])?");

  private final String text;
  private final LocalDate earliest;
  private final LocalDate latest;
  private final boolean approximate;
  private final boolean uncertain;
  private final boolean interval;

  private Edtf(
      String text,
      LocalDate earliest,
      LocalDate latest,
      boolean approximate,
      boolean uncertain,
      boolean interval) {
    this.text = text;
    this.earliest = earliest;
    this.latest = latest;
    this.approximate = approximate;
    this.uncertain = uncertain;
    this.interval = interval;
  }

  /**
   * Reads an EDTF value.
   *
   * @throws IllegalArgumentException naming the problem and the accepted forms ({@link #FORMS})
   */
  public static Edtf parse(String s) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException("empty date; expected " + FORMS);
    }
    String t = s.strip();
    int slash = t.indexOf('/');
    if (slash >= 0) {
      if (t.indexOf('/', slash + 1) >= 0) {
        throw bad(t, "more than one '/'");
      }
      String a = t.substring(0, slash);
      String b = t.substring(slash + 1);
      Edtf from = a.isEmpty() || a.equals("..") ? null : single(t, a);
      Edtf to = b.isEmpty() || b.equals("..") ? null : single(t, b);
      if (from == null && to == null) {
        throw bad(t, "an interval needs at least one end");
      }
      LocalDate e = from == null ? LocalDate.MIN : from.earliest;
      LocalDate l = to == null ? LocalDate.MAX : to.latest;
      if (from != null && to != null && from.earliest.isAfter(to.latest)) {
        throw bad(t, "the interval ends before it begins");
      }
      boolean approx = (from != null && from.approximate) || (to != null && to.approximate);
      boolean unc = (from != null && from.uncertain) || (to != null && to.uncertain);
      return new Edtf(t, e, l, approx, unc, true);
    }
    return single(t, t);
  }

  /** Reads an EDTF value, or empty if it is not one. */
  public static Optional<Edtf> tryParse(String s) {
    try {
      return Optional.of(parse(s));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Edtf single(String whole, String s) {
    Matcher m = DATE.matcher(s);
    if (!m.matches()) {
      throw bad(whole, "'" + s + "' is not an EDTF date");
    }
    boolean negative = !m.group(1).isEmpty();
    String y = m.group(2);
    String mo = m.group(3);
    String d = m.group(4);
    String q = m.group(5);
    boolean approx = "~".equals(q) || "%".equals(q);
    boolean unc = "?".equals(q) || "%".equals(q);
    int yLo = Integer.parseInt(y.replace('X', negative ? '9' : '0')) * (negative ? -1 : 1);
    int yHi = Integer.parseInt(y.replace('X', negative ? '0' : '9')) * (negative ? -1 : 1);
    if (y.indexOf('X') >= 0 && mo != null) {
      throw bad(whole, "a month or day after an unknown year digit");
    }
    LocalDate lo;
    LocalDate hi;
    if (mo == null) {
      lo = LocalDate.of(yLo, 1, 1);
      hi = LocalDate.of(yHi, 12, 31);
    } else if (mo.equals("XX")) {
      if (d != null && !d.equals("XX")) {
        throw bad(whole, "a day with an unknown month");
      }
      lo = LocalDate.of(yLo, 1, 1);
      hi = LocalDate.of(yLo, 12, 31);
    } else {
      int month = Integer.parseInt(mo);
      if (month >= 21 && month <= 24) {
        if (d != null) {
          throw bad(whole, "a season has no day");
        }
        int first = 3 + (month - 21) * 3; // spring from March, ..., winter from December
        lo = LocalDate.of(yLo, first, 1);
        hi = YearMonth.of(yLo, first).plusMonths(2).atEndOfMonth();
      } else if (month < 1 || month > 12) {
        throw bad(whole, "month " + mo + " does not exist (01-12, or 21-24 for seasons)");
      } else if (d == null || d.equals("XX")) {
        lo = LocalDate.of(yLo, month, 1);
        hi = YearMonth.of(yLo, month).atEndOfMonth();
      } else {
        int day = Integer.parseInt(d);
        if (day < 1 || day > YearMonth.of(yLo, month).lengthOfMonth()) {
          throw bad(whole, "day " + d + " does not exist in " + y + "-" + mo);
        }
        lo = hi = LocalDate.of(yLo, month, day);
      }
    }
    return new Edtf(s, lo, hi, approx, unc, false);
  }

  private static IllegalArgumentException bad(String s, String why) {
    return new IllegalArgumentException(
        visible("invalid EDTF date '" + s + "': " + why + "; expected " + FORMS));
  }

  /**
   * The message with control characters and line breaks of the value it quotes written as escapes
   * ({@code \r}, {@code \u2028}): a message is one line, and shows what was really there.
   */
  private static String visible(String m) {
    StringBuilder b = new StringBuilder(m.length());
    for (int i = 0; i < m.length(); i++) {
      char c = m.charAt(i);
      switch (c) {
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /** The first day it can mean; {@link LocalDate#MIN} for an open start. */
  public LocalDate earliest() {
    return earliest;
  }

  /** The last day it can mean; {@link LocalDate#MAX} for an open end. */
  public LocalDate latest() {
    return latest;
  }

  /** Whether it is written as approximate ({@code ~} or {@code %}). */
  public boolean approximate() {
    return approximate;
  }

  /** Whether it is written as uncertain ({@code ?} or {@code %}). */
  public boolean uncertain() {
    return uncertain;
  }

  /** Whether it was written as an interval {@code A/B}. */
  public boolean isInterval() {
    return interval;
  }

  /** Whether it means exactly one day, without qualifier. */
  public boolean isDay() {
    return earliest.equals(latest) && !approximate && !uncertain;
  }

  /** Whether some day lies within both. */
  public boolean overlaps(Edtf o) {
    return !earliest.isAfter(o.latest) && !o.earliest.isAfter(latest);
  }

  /** Whether every day of {@code o} lies within this. */
  public boolean contains(Edtf o) {
    return !o.earliest.isBefore(earliest) && !o.latest.isAfter(latest);
  }

  /** Orders by earliest day, then latest day, then text: a stable order for timelines. */
  @Override
  public int compareTo(Edtf o) {
    int c = earliest.compareTo(o.earliest);
    if (c == 0) {
      c = latest.compareTo(o.latest);
    }
    return c != 0 ? c : text.compareTo(o.text);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Edtf e && e.text.equals(text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text);
  }

  /** The EDTF text as given. */
  @Override
  public String toString() {
    return text;
  }
}
