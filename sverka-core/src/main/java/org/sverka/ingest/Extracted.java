package org.sverka.ingest;

/**
 * The text of one file as Sverka will cite it.
 *
 * @param text the original text: for plain text the decoded file, unchanged (line terminators
 *     included); for other formats the text Tika extracted. Line numbers in citations are lines of
 *     this string.
 * @param mediaType the detected media type, e.g. {@code text/plain} or {@code application/pdf}
 * @param charset the charset the bytes were decoded with, or null when the format carries its own
 *     encoding (PDF, DOCX, ...)
 */
public record Extracted(String text, String mediaType, String charset) {}
