package org.sverka.bench.reuse;

import java.util.ArrayList;
import java.util.List;

/**
 * A set of content-word {@value #N}-grams (runs of {@value #N} consecutive content words, function
 * words skipped, words compared by their match key), as 64-bit hashes in an open-addressing table.
 * The generators use it as a guard: text that would repeat a gram already written is not written.
 */
final class ContentGrams {
  /**
   * Gram length: one more than the detector's seed length (3), so no seed pair repeats by accident.
   */
  static final int N = 4;

  private long[] table;
  private int size;

  ContentGrams(int capacity) {
    table = new long[Integer.highestOneBit(Math.max(16, capacity - 1)) << 1];
  }

  /** A copy with room for about {@code expected} grams. */
  ContentGrams copy(long expected) {
    ContentGrams c =
        new ContentGrams((int) Math.min(1 << 30, Math.max(table.length, 2 * expected)));
    for (long g : table) {
      if (g != 0) {
        c.add(g);
      }
    }
    return c;
  }

  /** The grams of a text of whitespace tokens. */
  long[] of(String text) {
    List<Long> keys = new ArrayList<>();
    for (String t : text.split(" ")) {
      keys.addAll(Words.contentKeys(t));
    }
    int n = Math.max(0, keys.size() - N + 1);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = gram(keys.get(i), keys.get(i + 1), keys.get(i + 2), keys.get(i + 3));
    }
    return out;
  }

  static long gram(long k1, long k2, long k3, long k4) {
    long h = Words.mix(k1 * 31 + 17);
    h = Words.mix(h ^ (k2 * 0x9e3779b97f4a7c15L));
    h = Words.mix(h ^ (k3 * 0xc2b2ae3d27d4eb4fL));
    h = Words.mix(h ^ (k4 * 0x165667b19e3779f9L));
    return h == 0 ? 1 : h;
  }

  boolean containsAny(long[] grams) {
    for (long g : grams) {
      if (contains(g)) {
        return true;
      }
    }
    return false;
  }

  void addAll(long[] grams) {
    for (long g : grams) {
      add(g);
    }
  }

  boolean contains(long g) {
    int mask = table.length - 1;
    for (int i = (int) g & mask; ; i = (i + 1) & mask) {
      if (table[i] == 0) {
        return false;
      }
      if (table[i] == g) {
        return true;
      }
    }
  }

  void add(long g) {
    if (2 * (size + 1) > table.length) {
      grow();
    }
    int mask = table.length - 1;
    for (int i = (int) g & mask; ; i = (i + 1) & mask) {
      if (table[i] == 0) {
        table[i] = g;
        size++;
        return;
      }
      if (table[i] == g) {
        return;
      }
    }
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    size = 0;
    for (long g : old) {
      if (g != 0) {
        add(g);
      }
    }
  }

  int size() {
    return size;
  }
}
