package org.sverka.time;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sverka.text.FlatText;
import org.sverka.text.NumberWords;
import org.sverka.text.Span;
import org.sverka.time.internal.DateRules;

/**
 * Reads an English date as written in a document ("16 December 1928", "December 16, 1928",
 * "November 1926", "(December 1928)") and gives it as an EDTF string ("1928-12-16", "1926-11"); and
 * finds every date expression of a sentence ({@link #findAll}), with the rules of {@link
 * DateRules}.
 */
public final class DateText {
  public static final Map<String, Integer> MONTHS =
      NumberWords.table(
          "january=1 february march april may june july august september october november"
              + " december jan=1 feb mar apr jun=6 jul aug sep oct nov dec sept=9");
  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December|"
          + "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";

  /** "16 December 1928" */
  public static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b");

  /** "December 16, 1928" */
  public static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");

  /** "December 1928" */
  public static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+(\\d{4})\\b");

  private DateText() {}

  /** The first date written in {@code s}, most precise form first, as EDTF. */
  public static Optional<Found> find(String s) {
    Matcher m = DAY_MONTH_YEAR.matcher(s);
    if (m.find()) {
      return day(m, 3, 2, 1);
    }
    m = MONTH_DAY_YEAR.matcher(s);
    if (m.find()) {
      return day(m, 3, 1, 2);
    }
    m = MONTH_YEAR.matcher(s);
    if (m.find()) {
      int month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
      return Optional.of(
          new Found(String.format("%s-%02d", m.group(2), month), new Span(m.start(), m.end())));
    }
    return Optional.empty();
  }

  private static Optional<Found> day(Matcher m, int y, int mo, int d) {
    int month = MONTHS.get(m.group(mo).toLowerCase(Locale.ROOT));
    int day = Integer.parseInt(m.group(d));
    int year = Integer.parseInt(m.group(y));
    try {
      java.time.LocalDate.of(year, month, day);
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
    return Optional.of(
        new Found(String.format("%04d-%02d-%02d", year, month, day), new Span(m.start(), m.end())));
  }

  /**
   * Every date written in {@code text[start, end)} (typically one sentence), in text order, each
   * with its EDTF value. Days, months and seasons without a year, "this year", "the twenties" are
   * resolved against {@code statementDate} (the date of the part the sentence belongs to): the most
   * recent such day not after it, or the next one when the sentence speaks in the future tense.
   *
   * @param statementDate EDTF date of the statement, or null
   */
  public static List<DateExpression> findAll(
      CharSequence text, int start, int end, String statementDate) {
    return findAll(text, start, end, statementDate, null);
  }

  /**
   * As {@link #findAll(CharSequence, int, int, String)}; when the statement has no usable date,
   * {@code fallbackYear} (e.g. the last year written earlier in the same part) resolves dates
   * without a year, and their values are marked uncertain ({@code ?}).
   */
  public static List<DateExpression> findAll(
      CharSequence text, int start, int end, String statementDate, String fallbackYear) {
    DateRules.Anchor anchor = DateRules.Anchor.of(statementDate, false);
    if (anchor == null && fallbackYear != null) {
      anchor = DateRules.Anchor.of(fallbackYear, true);
    }
    return DateRules.find(FlatText.of(text, start, end), anchor);
  }

  /** As {@link #findAll(CharSequence, int, int, String, String)}, on text already flattened. */
  public static List<DateExpression> findAll(
      FlatText flat, String statementDate, String fallbackYear) {
    return findAll(flat, statementDate, fallbackYear, false);
  }

  /**
   * As {@link #findAll(FlatText, String, String)}, where {@code earlierYear} is the last year
   * written earlier in the part (EDTF, "1854" or "-0398"): it is the year of "the 5th of October of
   * that year", the anchor of an undated part, and, when {@code near} (it was written in this
   * paragraph or the one before), the year a day or month without a year is read in, the narrative
   * being in that year rather than in the statement's ("In the spring of 1928 ... On May 10th").
   */
  public static List<DateExpression> findAll(
      FlatText flat, String statementDate, String earlierYear, boolean near) {
    return findAll(flat, statementDate, earlierYear, near, null);
  }

  /**
   * As {@link #findAll(FlatText, String, String, boolean)}, where {@code documentDate} (EDTF, or
   * null) is the date of the whole document: a part dated only to a year, years after it (an
   * editor's introduction and notes), reads a day or month without a year in the document's time,
   * unless the sentence wrote an earlier year before it.
   */
  public static List<DateExpression> findAll(
      FlatText flat, String statementDate, String earlierYear, boolean near, String documentDate) {
    DateRules.Anchor anchor = DateRules.Anchor.of(statementDate, false);
    if (anchor == null && earlierYear != null) {
      anchor = DateRules.Anchor.of(earlierYear, true);
    }
    DateRules.Earlier earlier =
        earlierYear == null ? null : new DateRules.Earlier(Integer.parseInt(earlierYear), near);
    return DateRules.find(flat, anchor, earlier, DateRules.Anchor.of(documentDate, false));
  }

  /**
   * The year of an EDTF value as EDTF writes a year ("1934" of "1934-12-28", "-0398" of
   * "-0398-05"); null when it does not begin with a full year.
   */
  public static String yearOf(String edtf) {
    Matcher m = Pattern.compile("^-?\\d{4}").matcher(edtf);
    return m.find() ? m.group() : null;
  }

  /** A date found in a string: EDTF value and where it was written. */
  public record Found(String edtf, Span span) {}
}
