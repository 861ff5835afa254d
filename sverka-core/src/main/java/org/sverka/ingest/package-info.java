/**
 * Bytes to text: type and charset detection and Tika ({@link org.sverka.ingest.Extractor}), the
 * user's {@code sources.yaml} ({@link org.sverka.ingest.SourceCatalog}, {@link
 * org.sverka.ingest.SourceEntry}), and bad input as {@link org.sverka.ingest.Problem}s naming the
 * file, line and problem.
 *
 * <p>May use: {@code text}, Tika, SnakeYAML. Not {@code document} (a document is built from what
 * ingest gives, not the other way round).
 */
package org.sverka.ingest;
