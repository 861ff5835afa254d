package org.sverka.claims;

import java.util.List;
import java.util.Locale;
import org.sverka.entities.Mention;
import org.sverka.text.Span;

/**
 * A sentence of a document with the entity mentions in it (tables {@code sentences}, {@code
 * mentions} and {@code entities}), for drafting claims and following a story's cast.
 *
 * @param ord the sentence's ordinal in its document
 * @param span the sentence's original offsets
 */
public record MentionedSentence(String doc, int ord, Span span, List<Named> mentions) {
  public MentionedSentence {
    mentions = List.copyOf(mentions);
  }

  /**
   * A mention with the entity it was linked to.
   *
   * @param entity the entity's id, or null if the mention is not linked
   * @param name the entity's name, or null if not linked
   */
  public record Named(Mention mention, String entity, String name) {
    /** What identifies the entity: its id, else its type and normalised form. */
    public String key() {
      return entity != null
          ? entity
          : mention.type().name().toLowerCase(Locale.ROOT)
              + ":"
              + mention.form().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** How to name it: the entity's name, else the form as written. */
    public String label() {
      return name != null ? name : mention.form();
    }
  }
}
