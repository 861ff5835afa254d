package org.sverka.time;

import org.sverka.text.Span;
import org.sverka.text.Spanned;

/**
 * A date written in a text, found by {@link DateText#findAll}.
 *
 * @param span where it is written: original offsets of its first character and just past it
 * @param text the expression as written (white space collapsed)
 * @param value its EDTF value, or null when it cannot be placed (a relative date, or a day without
 *     a year in a text without a date)
 * @param kind what sort of expression it is
 * @param event for a date relative to an event ("four weeks after the Kirov assassination"), the
 *     event phrase; otherwise null
 * @param anchored whether its value was completed from the statement date ("On December 17", "last
 *     year", "the eighties")
 */
public record DateExpression(
    Span span, String text, String value, Kind kind, String event, boolean anchored)
    implements Spanned {

  /** What sort of date expression. */
  public enum Kind {
    DAY,
    MONTH,
    YEAR,
    SEASON,
    DECADE,
    INTERVAL,
    APPROXIMATE,
    /** Relative to an event or to another time and left unresolved. */
    RELATIVE,
    /** A day or month whose year could not be found. */
    UNRESOLVED
  }
}
