package org.sverka.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CitedTest {
  @Test
  void citesOneLineOrARange() {
    assertThat(Cited.of("kirov", 10, 20, 3, 3).cite()).isEqualTo("kirov:3");
    assertThat(Cited.of("kirov", 10, 90, 3, 5).cite()).isEqualTo("kirov:3-5");
  }

  @Test
  void takesItsLinesFromTheLineMapLikeTheStagesDo() {
    String text = "one\ntwo\nthree\n";
    LineMap lines = LineMap.of(text);
    Cited c = Cited.of("d", new Span(text.indexOf("two"), text.indexOf("three") + 5), lines);
    assertThat(c.lineStart()).isEqualTo(2);
    assertThat(c.lineEnd()).isEqualTo(3);
    assertThat(c.start()).isEqualTo(4);
    assertThat(c.end()).isEqualTo(13);
    // a span that ends with a line break ends on the line of its last character
    assertThat(Cited.of("d", new Span(0, 4), lines).lineEnd()).isEqualTo(1);
  }

  @Test
  void refusesNoDocAndLinesOutOfOrder() {
    assertThatThrownBy(() -> new Cited(null, new Span(0, 1), 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Cited.of("d", 0, 1, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Cited.of("d", 0, 1, 4, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
