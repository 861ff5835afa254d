package org.sverka.text;

import java.util.HashSet;
import java.util.Set;

/** English function words that several analyses set apart from names and content words. */
public final class FunctionWords {
  /** The modal verbs, in lower case. */
  public static final Set<String> MODALS =
      Set.of("will", "would", "shall", "should", "can", "could", "may", "might", "must");

  private FunctionWords() {}

  /** The words of both sets, as one unmodifiable set. */
  public static Set<String> union(Set<String> words, Set<String> more) {
    Set<String> all = new HashSet<>(words);
    all.addAll(more);
    return Set.copyOf(all);
  }
}
