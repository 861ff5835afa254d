package org.sverka.collate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One column of the alignment table: for each witness (in the order of {@link
 * Collation#witnesses()}) the word it reads here, or null where it has none.
 */
public record Column(List<Word> cells, Kind kind) {
  /** What the witnesses do in a column. */
  public enum Kind {
    /** Every witness reads the same word (up to case and punctuation). */
    EQUAL,
    /** Every witness reads the word, some in another spelling or transliteration. */
    SPELLING,
    /** Every witness reads a word here, not all the same word. */
    VARIANT,
    /** Some witnesses have no word here (an omission, or the others' addition). */
    MISSING
  }

  public Column {
    cells = Collections.unmodifiableList(new ArrayList<>(cells));
    Objects.requireNonNull(kind);
  }

  /** The word of witness {@code w}, or null. */
  public Word cell(int w) {
    return cells.get(w);
  }

  /** The distinct readings (folded words) in first-witness order; a missing word is not one. */
  public List<String> readings() {
    List<String> out = new ArrayList<>();
    for (Word c : cells) {
      if (c != null && !out.contains(c.norm())) {
        out.add(c.norm());
      }
    }
    return out;
  }
}
