package org.sverka.entities;

/** What a named entity is. Works are publications: newspapers, books, periodicals. */
public enum EntityType {
  PERSON,
  PLACE,
  ORGANIZATION,
  WORK
}
