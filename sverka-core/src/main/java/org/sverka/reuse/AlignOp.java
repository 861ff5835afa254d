package org.sverka.reuse;

import org.sverka.text.Span;

/**
 * A run of one {@link Op} with the original text it covers on each side. The spans of a passage's
 * ops tile its two sides: concatenating the {@code a} texts gives side a exactly, and likewise for
 * b. A run's span runs from its first token to the start of the next run's first token (the last
 * run ends at its last token), so the text between words belongs to the run before it. An omitted
 * run has an empty b span, an added run an empty a span.
 *
 * @param tokensA tokens of a in the run
 * @param tokensB tokens of b in the run
 * @param spelling for {@link Op#CHANGED}: every pair in the run is the same word in another
 *     spelling or transliteration (Nicolaiev / Nikolayev), not a different word; also true for an
 *     OCR variant
 * @param ocr for {@link Op#CHANGED}: the words differ where OCR was unsure of a word (its
 *     confidence under {@link org.sverka.ingest.PageLayout#LOW_CONFIDENCE}) on either side: an OCR
 *     variant, read as no change of wording ({@code spelling} is then true too)
 */
public record AlignOp(
    Op op, Span a, Span b, int tokensA, int tokensB, boolean spelling, boolean ocr)
    implements java.io.Serializable {
  public AlignOp(Op op, Span a, Span b, int tokensA, int tokensB, boolean spelling) {
    this(op, a, b, tokensA, tokensB, spelling, false);
  }
}
