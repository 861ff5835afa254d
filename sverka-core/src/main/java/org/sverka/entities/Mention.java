package org.sverka.entities;

import org.sverka.text.Cited;
import org.sverka.text.Placed;

/**
 * One place in one document where an entity is named, as found by the mention stage and stored in
 * the {@code mentions} table. {@code cited} is where it stands (0-based original offsets, 1-based
 * lines); {@code sentence} is the document's sentence ordinal (table {@code sentences}), for
 * co-mentions.
 *
 * @param form the surface form as written, normalised (line-break hyphenation undone, NFC), e.g.
 *     "Nicolaiev", "G.P.U.", "Zinovievists"
 * @param role {@link Role#NAME} for the entity itself; {@link Role#GROUP} and {@link
 *     Role#ADJECTIVE} for forms derived from a name ("the Nicolaievs", "Trotskyites", "Stalinist"),
 *     which are linked to that entity but are never the entity
 * @param source how it was found: "ner", "gazetteer", "propagated", "authority", ...
 */
public record Mention(
    Cited cited, int sentence, String form, EntityType type, Role role, String source)
    implements Placed {

  /** Whether the mention names the entity itself or a group or quality derived from it. */
  public enum Role {
    NAME,
    GROUP,
    ADJECTIVE
  }
}
