package org.sverka.document;

import java.util.Map;

/**
 * A part of a document: a range of original lines with its own title, date, author, kind and place.
 * The part's date is the statement date of everything inside it. Parts cover a document without
 * gaps: lines that {@code sources.yaml} leaves out belong to an {@code implicit} part that takes
 * the document's own metadata.
 *
 * @param extra keys of the part in sources.yaml that Sverka does not know, kept and shown
 */
public record Part(
    int lineStart,
    int lineEnd,
    String title,
    String date,
    String author,
    String kind,
    String place,
    boolean implicit,
    Map<String, Object> extra) {

  public Part {
    if (lineStart < 1 || lineEnd < lineStart) {
      throw new IllegalArgumentException(
          "Part needs 1 <= lineStart <= lineEnd, got " + lineStart + "-" + lineEnd);
    }
    extra = extra == null ? Map.of() : Map.copyOf(extra);
  }

  public boolean containsLine(int line) {
    return lineStart <= line && line <= lineEnd;
  }
}
