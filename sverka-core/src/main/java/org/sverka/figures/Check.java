package org.sverka.figures;

import java.util.List;
import org.sverka.text.Span;
import org.sverka.text.Spanned;

/**
 * A check of figures against each other, within a sentence or with the sentence before it, or
 * within a table (its rows and columns).
 *
 * @param span where the checked figures stand: original offsets where they begin and end
 * @param kind which arithmetic was checked
 * @param verdict the outcome
 * @param stated what the text says (e.g. "25 per cent")
 * @param computed what the other figures give (e.g. "31.6 per cent"), or null
 * @param tolerance how far the two may differ given the stated rounding (e.g. "±0.5"), or null
 * @param explanation one sentence saying what was computed from what
 * @param figures the figures taken part, in text order
 */
public record Check(
    Span span,
    Kind kind,
    Verdict verdict,
    String stated,
    String computed,
    String tolerance,
    String explanation,
    List<Figure> figures)
    implements Spanned {

  /** What was checked. */
  public enum Kind {
    /** A stated percentage change against the two stated values. */
    PERCENT_CHANGE,
    /** "doubled", "three times" against the two stated values. */
    RATIO,
    /** Parts against the stated total. */
    PARTS_OF_TOTAL,
    /** Shares of one whole that should sum to 100 per cent. */
    SHARES,
    /** A row of a table whose last figure should be the product of two others (quantity × rate). */
    PRODUCT,
    /** A total row of a table against the sum of the figures of its column above it. */
    COLUMN_TOTAL
  }

  /** The outcome of a check. */
  public enum Verdict {
    CONSISTENT,
    INCONSISTENT,
    UNCHECKABLE
  }
}
