package org.sverka.figures;

import java.math.BigDecimal;
import org.sverka.text.Span;

/**
 * A figure stated in a text: "380 million roubles", "half a million", "110-112 per cent of
 * pre-war", "two-thirds".
 *
 * @param span where it is written: original offsets of its first character (the qualifier, if any)
 *     and just past it
 * @param text as written, white space collapsed
 * @param value the stated value (the low end of a range), exactly
 * @param high the high end of a range ("110-112"), or null
 * @param step the rounding unit the writing implies (1 for "25", 0.1 for "31.6", a million for "380
 *     million", a thousand for "8,215,000"); a check allows half of it either way
 * @param unit normalised unit ("per cent", "roubles", "poods", "km", "tons", "workers", "members",
 *     "votes", "fraction", ...), inherited from an earlier figure of the sentence when the figure
 *     names none ("380 million roubles ... 500 million"), or null
 * @param relation what a percentage is of, when it says so ("pre-war", "previous year"), or null
 * @param qualifier "about", "over", "nearly", ... when the figure is hedged, or null
 * @param change whether it is a stated change ("an increase of 25 per cent", "dropped by 3 per
 *     cent"); negative values for a fall
 * @param measure what it measures (a noun phrase of the sentence), or null
 * @param period the EDTF value of the date the figure belongs to in its sentence, or null
 */
public record Figure(
    Span span,
    String text,
    BigDecimal value,
    BigDecimal high,
    BigDecimal step,
    String unit,
    String relation,
    String qualifier,
    boolean change,
    String measure,
    String period) {

  /** Original offset of its first character: {@code span().start()}. */
  public int start() {
    return span.start();
  }

  /** Original offset just past it: {@code span().end()}. */
  public int end() {
    return span.end();
  }

  /** Whether the figure is hedged ("about", "over") and so only roughly what it says. */
  public boolean approximate() {
    return qualifier != null && !qualifier.equals("only") && !qualifier.equals("exactly");
  }

  /** Unit and relation together: figures are compared only when these agree. */
  public String unitKey() {
    return (unit == null ? "" : unit) + (relation == null ? "" : " of " + relation);
  }

  Figure withUnit(String u) {
    return new Figure(
        span, text, value, high, step, u, relation, qualifier, change, measure, period);
  }

  Figure withPeriod(String p) {
    return new Figure(span, text, value, high, step, unit, relation, qualifier, change, measure, p);
  }
}
