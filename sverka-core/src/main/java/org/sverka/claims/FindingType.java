package org.sverka.claims;

/** The kinds of finding, one per rule. */
public enum FindingType {
  /** One person at two places when that is impossible. */
  PRESENCE_CONFLICT,
  /** Presence at a place when it did not exist. */
  PLACE_NOT_EXISTING,
  /** Different values for a single-valued slot of one event. */
  VERSION_CONFLICT,
  /** Values added or dropped between versions of a many-valued slot. */
  VERSION_DRIFT,
  /** One source affirms and denies one proposition. */
  SELF_CONTRADICTION,
  /** Different sources affirm and deny one proposition. */
  DISPUTED,
  /** An asserted claim in conflict with an established one. */
  CONTRADICTS_ESTABLISHED
}
