package org.sverka.collate;

import org.sverka.text.Span;
import org.sverka.text.Token;

/**
 * One reading of a witness: a token with its original span and the 1-based line it starts on, so
 * that every cell of an alignment table cites its place.
 */
public record Word(Token token, int line) {
  /** The word as it stands in the normalised text. */
  public String text() {
    return token.text();
  }

  /** The folded form that collation compares. */
  public String norm() {
    return token.norm();
  }

  /** The original offsets of the word. */
  public Span span() {
    return token.span();
  }
}
