package org.sverka.spark;

import java.io.Serializable;
import org.sverka.reuse.Passage;

/**
 * The order of passages in the output: (docA, a.start, docB, b.start, a.end), as the embedded
 * detector sorts them, so that ids are the same.
 */
record PassageKey(String docA, int startA, String docB, int startB, int endA)
    implements Comparable<PassageKey>, Serializable {
  static PassageKey of(Passage p) {
    return new PassageKey(p.docA(), p.a().start(), p.docB(), p.b().start(), p.a().end());
  }

  @Override
  public int compareTo(PassageKey o) {
    int c = docA.compareTo(o.docA);
    if (c == 0) {
      c = Integer.compare(startA, o.startA);
    }
    if (c == 0) {
      c = docB.compareTo(o.docB);
    }
    if (c == 0) {
      c = Integer.compare(startB, o.startB);
    }
    if (c == 0) {
      c = Integer.compare(endA, o.endA);
    }
    return c;
  }
}
