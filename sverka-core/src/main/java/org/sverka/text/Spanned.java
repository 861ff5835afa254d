package org.sverka.text;

/**
 * A result that holds a {@link Span} of the original text, and so answers for its offsets as if
 * they were its own.
 */
public interface Spanned {
  /** Where the result stands in the original text. */
  Span span();

  /** Original offset of the first character: {@code span().start()}. */
  default int start() {
    return span().start();
  }

  /** Original offset just past the last character: {@code span().end()}. */
  default int end() {
    return span().end();
  }
}
