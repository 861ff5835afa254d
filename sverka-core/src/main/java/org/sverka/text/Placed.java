package org.sverka.text;

/**
 * A result that carries its place as a {@link Cited}, and so answers for the place's parts (its
 * document, offsets and lines) as if they were its own.
 */
public interface Placed extends Spanned {
  /** Where the result stands. */
  Cited cited();

  default String doc() {
    return cited().doc();
  }

  @Override
  default Span span() {
    return cited().span();
  }

  default int lineStart() {
    return cited().lineStart();
  }

  default int lineEnd() {
    return cited().lineEnd();
  }
}
