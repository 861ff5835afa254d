/**
 * Quotations: {@link org.sverka.quotes.QuoteFinder} (marks, nesting, blocks, attribution) and
 * {@link org.sverka.quotes.QuoteChecker} (a quotation matched against the corpus through the reuse
 * index, its alignment read into {@link org.sverka.quotes.Verdict}s).
 *
 * <p>May use: {@code text}, {@code document}, {@code reuse}, {@code entities} (speakers are persons
 * or bodies), {@code claims}' sentence type. Knows nothing of the case folder.
 */
package org.sverka.quotes;
