package org.sverka.claims;

import org.sverka.time.Edtf;

/**
 * A place of the claims file.
 *
 * @param within the id of the place that contains it, or null
 * @param lat latitude in degrees, or null (then the containing place's coordinates are used)
 * @param existed when the place existed, or null if not said
 * @param cite where the place's facts (its {@code existed}) come from, or null
 * @param citedText the cited lines' original text, or null
 */
public record Place(
    String id,
    String name,
    String within,
    Double lat,
    Double lon,
    Edtf existed,
    Cite cite,
    String citedText,
    int line) {

  public String label() {
    return name == null ? id : name;
  }
}
