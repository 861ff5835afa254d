package org.sverka.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Values kept for one state of the case, and a budget of characters for them: asked with a state
 * that differs from the last one, it starts a new, empty generation (so a case analysed again while
 * served is read anew). Shared by {@link TextCache} and {@link PageCache}.
 */
final class Generations<V> {
  private record Generation<V>(
      String state, ConcurrentHashMap<String, V> values, AtomicLong chars) {}

  private final long maxChars;
  private volatile Generation<V> current =
      new Generation<>("", new ConcurrentHashMap<>(), new AtomicLong());

  Generations(long maxChars) {
    this.maxChars = maxChars;
  }

  /** The values of {@code state}'s generation. */
  ConcurrentHashMap<String, V> of(String state) {
    return generation(state).values();
  }

  /**
   * Keeps {@code value} of {@code chars} characters in {@code state}'s generation if that is still
   * the current one and the budget allows it.
   */
  void keep(String state, String key, V value, long chars) {
    Generation<V> g = current;
    if (g.state().equals(state) && g.chars().addAndGet(chars) <= maxChars) {
      g.values().putIfAbsent(key, value);
    }
  }

  private Generation<V> generation(String state) {
    Generation<V> g = current;
    if (!g.state().equals(state)) {
      synchronized (this) {
        g = current;
        if (!g.state().equals(state)) {
          g = new Generation<>(state, new ConcurrentHashMap<>(), new AtomicLong());
          current = g;
        }
      }
    }
    return g;
  }
}
