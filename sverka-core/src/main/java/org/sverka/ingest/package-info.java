/**
 * Bytes to text: type and charset detection and Tika ({@link org.sverka.ingest.Extractor}), OCR of
 * images and of PDF pages without a text layer through the {@code tesseract} command ({@link
 * org.sverka.ingest.Tesseract}), the pages and OCR lines of a scan ({@link
 * org.sverka.ingest.PageLayout}), the user's {@code sources.yaml} ({@link
 * org.sverka.ingest.SourceCatalog}, {@link org.sverka.ingest.SourceEntry}), and bad input as {@link
 * org.sverka.ingest.Problem}s naming the file, line and problem.
 *
 * <p>May use: {@code text}, Tika (and PDFBox, which comes with it), SnakeYAML. Not {@code document}
 * (a document is built from what ingest gives, not the other way round).
 */
package org.sverka.ingest;
