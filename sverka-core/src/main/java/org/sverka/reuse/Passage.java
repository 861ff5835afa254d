package org.sverka.reuse;

import java.util.List;
import org.sverka.text.Span;

/**
 * A passage two documents share (or one document shares between two places): its two sides, their
 * alignment, and what kind of reuse it is. Side a is the earlier by date where the dates say so,
 * else the first by document id and offset.
 *
 * @param identity equal tokens over all tokens of both sides: {@code 2 * equal / (tokensA +
 *     tokensB)}
 * @param weight the informativeness of the equal words (sum of their corpus weights): generic
 *     phrases weigh little
 */
public record Passage(
    String docA,
    Span a,
    String docB,
    Span b,
    Kind kind,
    double identity,
    double weight,
    int tokensA,
    int tokensB,
    List<AlignOp> ops)
    implements java.io.Serializable {

  /**
   * What kind of reuse. VERBATIM: the same words, up to case, punctuation and spelling. VARIANT:
   * some words changed. ABRIDGED: b leaves out words of a (runs of 5 words or more in all).
   * EXPANDED: b adds words. The combinations say both.
   */
  public enum Kind {
    VERBATIM,
    VARIANT,
    ABRIDGED,
    EXPANDED,
    ABRIDGED_VARIANT,
    EXPANDED_VARIANT,
    ABRIDGED_EXPANDED
  }
}
