package org.sverka.store;

import java.util.List;
import org.sverka.document.Metadata;
import org.sverka.document.Part;
import org.sverka.text.Span;

/**
 * A document as the case file holds it: metadata, parts, paragraph spans and (when asked for) the
 * original text.
 */
public record StoredDocument(
    String id,
    String file,
    String sourcePath,
    String sha256,
    long bytes,
    String mediaType,
    String charset,
    Metadata meta,
    int lines,
    int words,
    List<Part> parts,
    String text,
    List<StoredParagraph> paragraphs) {

  /** A paragraph's original span, lines and whether it is boilerplate. */
  public record StoredParagraph(Span span, int lineStart, int lineEnd, boolean boilerplate) {}

  public Part partOf(int line) {
    for (Part p : parts) {
      if (p.containsLine(line)) {
        return p;
      }
    }
    return null;
  }
}
