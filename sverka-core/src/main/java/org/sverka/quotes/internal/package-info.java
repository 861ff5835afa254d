/**
 * The quotation finder's machinery: {@link org.sverka.quotes.internal.Attributions} (who is said to
 * speak, in the words around a quotation) and {@link org.sverka.quotes.internal.Inside} (quoted
 * stretches inside a sentence).
 *
 * <p>Used only by {@code org.sverka.quotes}, whose front doors are {@link
 * org.sverka.quotes.QuoteFinder} and {@link org.sverka.quotes.QuoteChecker}.
 */
package org.sverka.quotes.internal;
