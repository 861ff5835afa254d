package org.sverka.quotes;

import org.sverka.text.Span;

/**
 * One way a quotation differs from its source, from the quotation's point of view: {@code changed}
 * (other words in the same place), {@code omitted} (source words the quotation leaves out; {@code
 * marked} when an ellipsis stands there), {@code added} (words the quotation has and the source
 * lacks). A {@code changed} difference that is {@code marked} is the editor's bracketed words
 * standing for source words ("[the colony's]" for "its own"), which is no verdict. Spans are
 * original offsets in the quoting text and in the source; one of them is empty for omitted and
 * added. A {@code changed} difference with {@code ocr} is an OCR variant: OCR was unsure of a word
 * there (on either side), so the words differ in the reading, not the wording ({@code spelling} is
 * true too).
 */
public record Difference(
    String op, Span quote, Span source, boolean marked, boolean spelling, boolean ocr) {
  public Difference(String op, Span quote, Span source, boolean marked, boolean spelling) {
    this(op, quote, source, marked, spelling, false);
  }
}
