package org.sverka.quotes;

/**
 * A quotation found in a document of the case, with its check.
 *
 * @param attributedTo who the quotation is attributed to: the named speaker, or the author of the
 *     quoting part when the author quotes himself ("I wrote:"); null when the text does not say
 */
public record CheckedQuotation(
    String doc, Quotation quotation, String attributedTo, QuoteCheck check) {}
