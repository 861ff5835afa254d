package org.sverka.ingest;

/**
 * The text of one file as Sverka will cite it.
 *
 * @param text the original text: for plain text the decoded file, unchanged (line terminators
 *     included); for other formats the text Tika extracted; for a scan the lines OCR read, one line
 *     of the text per OCR line. Line numbers in citations are lines of this string.
 * @param mediaType the detected media type, e.g. {@code text/plain} or {@code application/pdf}
 * @param charset the charset the bytes were decoded with, or null when the format carries its own
 *     encoding (PDF, DOCX, ...)
 * @param layout the pages of a PDF or image and the boxes of its OCR lines ({@link PageLayout#NONE}
 *     for other formats)
 */
public record Extracted(String text, String mediaType, String charset, PageLayout layout) {
  public Extracted(String text, String mediaType, String charset) {
    this(text, mediaType, charset, PageLayout.NONE);
  }

  public Extracted {
    layout = layout == null ? PageLayout.NONE : layout;
  }
}
