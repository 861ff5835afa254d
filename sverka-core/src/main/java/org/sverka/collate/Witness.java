package org.sverka.collate;

import java.util.List;
import org.sverka.text.Cited;

/**
 * One version of the passage: where it stands (document, span, lines), its statement date (EDTF, or
 * null when unknown) and its words in order.
 */
public record Witness(Cited place, String date, List<Word> words) {
  public Witness {
    words = List.copyOf(words);
  }

  /** {@code doc:line} or {@code doc:first-last}. */
  public String cite() {
    return place.cite();
  }
}
