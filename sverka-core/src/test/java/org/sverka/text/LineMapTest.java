package org.sverka.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineMapTest {
  @Test
  void countsLinesAsEditorsDo() {
    assertThat(LineMap.of("").lineCount()).isEqualTo(1);
    assertThat(LineMap.of("a").lineCount()).isEqualTo(1);
    assertThat(LineMap.of("a\n").lineCount()).isEqualTo(1);
    assertThat(LineMap.of("a\nb").lineCount()).isEqualTo(2);
    assertThat(LineMap.of("a\r\nb\rc\n\n").lineCount()).isEqualTo(4);
  }

  @Test
  void mapsOffsetsToLinesForEveryTerminator() {
    String t = "ab\r\ncd\ref\n\ngh";
    LineMap m = LineMap.of(t);
    assertThat(m.lineOf(0)).isEqualTo(1);
    assertThat(m.lineOf(3)).isEqualTo(1); // the \n of \r\n
    assertThat(m.lineOf(4)).isEqualTo(2);
    assertThat(m.lineOf(7)).isEqualTo(3);
    assertThat(m.lineOf(10)).isEqualTo(4);
    assertThat(m.lineOf(11)).isEqualTo(5);
    assertThat(m.lineSpan(t, 1)).isEqualTo(new Span(0, 2));
    assertThat(m.lineSpan(t, 4)).isEqualTo(new Span(10, 10));
    assertThat(m.lineOf(t.length())).isEqualTo(5);
  }
}
