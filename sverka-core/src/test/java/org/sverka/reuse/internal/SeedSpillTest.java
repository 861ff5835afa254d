package org.sverka.reuse.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedSpillTest {
  /**
   * More runs than are merged at once, hashes drawn from a small range so that most repeat: the
   * merged postings are entry for entry a stable sort by hash, the repeat counts are right, and no
   * file is left.
   */
  @Test
  void mergedRunsAreAStableSortByHash(@TempDir Path dir) throws IOException {
    int n = 300_000;
    Random r = new Random(7);
    int[] hash = new int[n];
    long[] entry = new long[n];
    SeedSpill spill = new SeedSpill(dir, 1000);
    for (int i = 0; i < n; i++) {
      hash[i] = r.nextInt(50_000) - 25_000 + (r.nextInt(10) == 0 ? Integer.MIN_VALUE + 30_000 : 0);
      entry[i] = ((long) (i / 100) << 32) | (i % 100);
      spill.add(hash[i], entry[i]);
    }
    SeedSpill.Merged m = spill.finish();
    assertThat(m.runs()).isEqualTo(300).isGreaterThan(SeedSpill.FAN_IN);
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Integer.compare(hash[x], hash[y])); // stable
    Postings p = m.postings();
    assertThat(p.size()).isEqualTo(n);
    SortedMap<Integer, Long> repeats = new TreeMap<>();
    int run = 1;
    for (int i = 0; i < n; i++) {
      assertThat(p.hash(i)).as("hash %d", i).isEqualTo(hash[order[i]]);
      assertThat(p.entry(i)).as("entry %d", i).isEqualTo(entry[order[i]]);
      if (i + 1 < n && hash[order[i + 1]] == hash[order[i]]) {
        run++;
      } else {
        if (run >= 2) {
          repeats.merge(run, 1L, Long::sum);
        }
        run = 1;
      }
    }
    assertThat(m.repeats()).isEqualTo(repeats);
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void anEmptySpillGivesNoPostings(@TempDir Path dir) throws IOException {
    SeedSpill.Merged m = new SeedSpill(dir, 16).finish();
    assertThat(m.postings().size()).isZero();
    assertThat(m.repeats()).isEmpty();
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).isEmpty();
    }
  }
}
