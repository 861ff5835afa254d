/**
 * A {@link org.sverka.document.Document}: the extracted text with its metadata (given in
 * sources.yaml or detected) and parts covering every line, built by {@link
 * org.sverka.document.DocumentBuilder}.
 *
 * <p>May use: {@code text}, {@code ingest}, {@code time}.
 */
package org.sverka.document;
