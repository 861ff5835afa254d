package org.sverka.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sverka.entities.Mention.Role;

/** The resolver's tests' mentions: added one by one (ids in order), resolved without authority. */
abstract class ResolverCase {
  final List<Resolver.Input> in = new ArrayList<>();

  /** Adds a name mention; returns its id. */
  long add(String doc, int sentence, String form, EntityType type) {
    long id = in.size() + 1;
    in.add(new Resolver.Input(id, doc, sentence, form, type, Role.NAME));
    return id;
  }

  /** The entity of every mention added, by mention id. */
  Map<Long, String> resolve() {
    return new Resolver(Authority.NONE).resolve(in).entityOf();
  }
}
