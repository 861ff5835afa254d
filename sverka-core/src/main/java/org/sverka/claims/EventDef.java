package org.sverka.claims;

import java.util.List;

/** An event of the claims file: which slots admit one value and which many. */
public record EventDef(String id, List<String> single, List<String> many, int line) {
  public EventDef {
    single = List.copyOf(single);
    many = List.copyOf(many);
  }

  /** Whether a slot admits many values (an undeclared slot admits one). */
  public boolean isMany(String slot) {
    return many.contains(slot);
  }
}
