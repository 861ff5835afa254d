package org.sverka.text;

/**
 * Where a result stands in the original: the document, its character span and its 1-based first and
 * last lines. Every result record that cites its place carries one, and {@link #cite()} is the one
 * spelling of the {@code DOC:LINE} / {@code DOC:L1-L2} citation.
 */
public record Cited(String doc, Span span, int lineStart, int lineEnd)
    implements java.io.Serializable {
  public Cited {
    if (doc == null || span == null) {
      throw new IllegalArgumentException("Cited needs a doc and a span");
    }
    if (lineStart < 1 || lineEnd < lineStart) {
      throw new IllegalArgumentException(
          "Cited needs 1 <= lineStart <= lineEnd, got " + lineStart + "-" + lineEnd);
    }
  }

  /** The place of {@code span} in the document {@code doc} whose lines are {@code lines}. */
  public static Cited of(String doc, Span span, LineMap lines) {
    return new Cited(doc, span, lines.lineOf(span.start()), lines.lastLineOf(span));
  }

  /** The place from loose offsets and lines, as a table row holds them. */
  public static Cited of(String doc, int start, int end, int lineStart, int lineEnd) {
    return new Cited(doc, new Span(start, end), lineStart, lineEnd);
  }

  /** The 0-based original offset of the first character. */
  public int start() {
    return span.start();
  }

  /** The 0-based original offset just past the last character. */
  public int end() {
    return span.end();
  }

  /** {@code doc:line} when one line, else {@code doc:first-last}. */
  public String cite() {
    return cite(doc, lineStart, lineEnd);
  }

  /** {@code doc:line} when {@code lineStart == lineEnd}, else {@code doc:lineStart-lineEnd}. */
  public static String cite(String doc, int lineStart, int lineEnd) {
    return lineStart == lineEnd ? doc + ":" + lineStart : doc + ":" + lineStart + "-" + lineEnd;
  }
}
