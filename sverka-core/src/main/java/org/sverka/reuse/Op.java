package org.sverka.reuse;

/** One step of an alignment between side a and side b of a passage. */
public enum Op {
  /** The same words (differing at most in case or punctuation). */
  EQUAL("equal"),
  /** Different words in the same place (see {@link AlignOp#spelling()} for spelling variants). */
  CHANGED("changed"),
  /** Words in a that b lacks. */
  OMITTED("omitted"),
  /** Words in b that a lacks. */
  ADDED("added");

  private final String json;

  Op(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
