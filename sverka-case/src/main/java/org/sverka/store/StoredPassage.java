package org.sverka.store;

import java.util.List;
import org.sverka.reuse.AlignOp;
import org.sverka.reuse.Passage;

/** A passage as the case file holds it, with the lines of both sides. */
public record StoredPassage(
    int id, Passage passage, int lineStartA, int lineEndA, int lineStartB, int lineEndB) {
  public List<AlignOp> ops() {
    return passage.ops();
  }
}
