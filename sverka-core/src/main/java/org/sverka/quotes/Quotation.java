package org.sverka.quotes;

import java.util.List;
import org.sverka.text.Span;

/**
 * A quotation found in a document. All spans are original offsets (0-based, half-open).
 *
 * @param span the quoted words without the marks; for a quotation over several paragraphs, from the
 *     first quoted word to the last
 * @param outer the quotation with its opening and closing marks (equal to {@code span} for a block
 *     quotation, and ending with the last word when the closing mark is missing)
 * @param segments the quoted pieces without any marks: one per paragraph, never including the
 *     opening mark repeated at the start of a continued paragraph
 * @param style how it is marked
 * @param depth 0 at top level, 1 inside another quotation, and so on
 * @param closed false when the closing mark was missing and the quotation was cut at the end of its
 *     paragraph
 * @param ellipses explicit ellipses inside: "...", "…", ". . .", "[...]", "[…]"
 * @param insertions editorial insertions inside: "[my emphasis]", "[!]", "(in Germany — J. St.)"
 * @param attribution who is quoted and from what, or null
 */
public record Quotation(
    Span span,
    Span outer,
    List<Span> segments,
    Style style,
    int depth,
    boolean closed,
    List<Span> ellipses,
    List<Span> insertions,
    Attribution attribution) {
  public Quotation {
    segments = List.copyOf(segments);
    ellipses = List.copyOf(ellipses);
    insertions = List.copyOf(insertions);
  }

  /** The quoted words as they stand in the original, marks of inner paragraphs included. */
  public String text(String original) {
    return original.substring(span.start(), span.end());
  }
}
