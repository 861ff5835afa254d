package org.sverka.store;

import java.util.List;
import org.sverka.reuse.AlignOp;
import org.sverka.reuse.Passage;
import org.sverka.text.Cited;

/** A passage as the case file holds it, with the lines of both sides. */
public record StoredPassage(
    int id, Passage passage, int lineStartA, int lineEndA, int lineStartB, int lineEndB) {
  public List<AlignOp> ops() {
    return passage.ops();
  }

  /** Where side A stands: {@code passage.docA()}, {@code passage.a()} and its lines. */
  public Cited a() {
    return new Cited(passage.docA(), passage.a(), lineStartA, lineEndA);
  }

  /** Where side B stands: {@code passage.docB()}, {@code passage.b()} and its lines. */
  public Cited b() {
    return new Cited(passage.docB(), passage.b(), lineStartB, lineEndB);
  }
}
