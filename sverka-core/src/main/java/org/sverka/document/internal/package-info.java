/**
 * How a document's metadata is read from its own text when sources.yaml does not give it ({@link
 * org.sverka.document.internal.MetadataDetector}: header lines, signatures).
 *
 * <p>Used only by {@code org.sverka.document}, whose front door is {@link
 * org.sverka.document.DocumentBuilder}.
 */
package org.sverka.document.internal;
