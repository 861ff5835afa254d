package org.sverka.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class OffsetMapTest {

  /** One step of building: copy n original chars, or replace n original chars by m chars. */
  record Step(boolean copy, int origLen, int normLen) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step =
        Combinators.combine(
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 3))
            .as(Step::new);
    return step.list().ofMaxSize(30);
  }

  /**
   * Against a slow reference that records, for every normalised char, the original range it came
   * from: a start maps to the start of its char's range, an end to the end of the previous char's.
   */
  @Property
  void mapsLikeTheReference(@ForAll("steps") List<Step> steps) {
    OffsetMap.Builder b = new OffsetMap.Builder();
    StringBuilder orig = new StringBuilder("x".repeat(200));
    List<int[]> ref = new ArrayList<>(); // per normalised char: {origStart, origEnd}
    int pos = 0;
    for (Step s : steps) {
      if (s.copy()) {
        b.copy(orig, pos, pos + s.origLen());
        for (int i = 0; i < s.origLen(); i++) {
          ref.add(new int[] {pos + i, pos + i + 1});
        }
      } else {
        b.replace(pos, pos + s.origLen(), "y".repeat(s.normLen()));
        for (int i = 0; i < s.normLen(); i++) {
          ref.add(new int[] {pos, pos + s.origLen()});
        }
      }
      pos += s.origLen();
    }
    NormalizedText nt = b.build();
    assertThat(nt.text()).hasSize(ref.size());
    OffsetMap m = nt.map();
    for (int i = 0; i < ref.size(); i++) {
      assertThat(m.toOriginalStart(i)).as("start of char %d", i).isEqualTo(ref.get(i)[0]);
      assertThat(m.toOriginalEnd(i + 1)).as("end of char %d", i).isEqualTo(ref.get(i)[1]);
    }
    // spans are monotone and never inverted
    for (int i = 0; i <= ref.size(); i++) {
      for (int j = i; j <= ref.size(); j++) {
        Span s = m.toOriginal(i, j);
        assertThat(s.start()).isLessThanOrEqualTo(s.end());
      }
    }
  }

  @Test
  void deletionBetweenTokensIsNotClaimedByEither() {
    // "Zi-\nnoviev" -> "Zinoviev": the deleted "-\n" belongs inside the joined word
    String orig = "Zi-\nnoviev";
    NormalizedText nt =
        new OffsetMap.Builder().copy(orig, 0, 2).replace(2, 4, "").copy(orig, 4, 10).build();
    assertThat(nt.text()).isEqualTo("Zinoviev");
    assertThat(nt.toOriginal(0, 8)).isEqualTo(new Span(0, 10));
    assertThat(nt.toOriginal(0, 2)).isEqualTo(new Span(0, 2)); // "Zi" ends before the hyphen
    assertThat(nt.toOriginal(2, 8)).isEqualTo(new Span(4, 10)); // "noviev" starts after it
  }

  @Test
  void builderRefusesToGoBackwards() {
    OffsetMap.Builder b = new OffsetMap.Builder().copy("abcdef", 2, 4);
    assertThatThrownBy(() -> b.copy("abcdef", 1, 3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void spanRejectsEndBeforeStart() {
    assertThatThrownBy(() -> new Span(5, 4)).hasMessageContaining("start <= end");
  }
}
