package org.sverka.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.export.Nesting.Level;
import org.sverka.export.Nesting.Mark;

class NestingTest {
  /** The layout as bracketed text: [name ... ] per part, | per line start, name.k for part k. */
  private static String render(String text, List<Mark<String>> marks) {
    StringBuilder b = new StringBuilder();
    int depth = 0;
    for (Nesting.Event<String> ev : Nesting.layout(text, marks)) {
      if (ev instanceof Nesting.Text<String> t) {
        b.append(text, t.from(), t.to());
      } else if (ev instanceof Nesting.Line<String> l) {
        b.append('|');
      } else if (ev instanceof Nesting.Open<String> o) {
        depth++;
        b.append('[').append(o.mark().what());
        if (o.parts() > 1) {
          b.append('.').append(o.part() + 1).append('/').append(o.parts());
        }
        b.append(' ');
      } else {
        depth--;
        b.append(']');
      }
    }
    assertThat(depth).isZero();
    return b.toString();
  }

  private static Mark<String> m(int s, int e, Level l, String what) {
    return new Mark<>(s, e, l, what);
  }

  @Test
  void nestedMarksStayWhole() {
    String text = "Stalin wrote to Lenin in 1922.";
    String out =
        render(
            text,
            List.of(
                m(0, 30, Level.QUOTE, "q"),
                m(0, 6, Level.PHRASE, "p"),
                m(16, 21, Level.PHRASE, "p"),
                m(25, 29, Level.PHRASE, "d")));
    assertThat(out).isEqualTo("|[q [p Stalin] wrote to [p Lenin] in [d 1922].]");
  }

  @Test
  void aMarkThatOverlapsTheEndOfAnotherIsSplitThere() {
    String text = "abcdefghij";
    String out = render(text, List.of(m(0, 6, Level.SEG, "r"), m(3, 9, Level.SEG, "s")));
    assertThat(out).isEqualTo("|[r abc[s.1/2 def]][s.2/2 ghi]j");
  }

  @Test
  void aQuotationStartingInsideANameSplitsTheName() {
    String text = "Karl Marx said so";
    // the name "Karl Marx" (0-9), a quotation from "Marx" (5) to the end
    String out = render(text, List.of(m(0, 9, Level.PHRASE, "n"), m(5, 17, Level.QUOTE, "q")));
    assertThat(out).isEqualTo("|[n.1/2 Karl ][q [n.2/2 Marx] said so]");
  }

  @Test
  void lineStartsAreMarkedInsideOpenElementsAndEveryCharacterIsKept() {
    String text = "one\r\ntwo\nthree\n";
    List<Mark<String>> marks = new ArrayList<>();
    marks.add(m(2, 11, Level.QUOTE, "q"));
    marks.add(m(4, 7, Level.PHRASE, "x"));
    marks.add(m(20, 30, Level.PHRASE, "outside"));
    marks.add(m(5, 5, Level.PHRASE, "empty"));
    String out = render(text, marks);
    assertThat(out).isEqualTo("|on[q e\r[x \n|tw]o\n|th]ree\n");
    assertThat(out.replaceAll("\\[\\S+ |]|\\|", "")).isEqualTo(text);
  }

  @Test
  void manyCrossingMarksLoseNoCharacter() {
    StringBuilder t = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      t.append((char) ('a' + i % 26));
      if (i % 17 == 0) {
        t.append('\n');
      }
    }
    String text = t.toString();
    List<Mark<String>> marks = new ArrayList<>();
    java.util.Random r = new java.util.Random(7);
    Level[] levels = Level.values();
    for (int i = 0; i < 300; i++) {
      int s = r.nextInt(text.length());
      int e = s + 1 + r.nextInt(40);
      marks.add(m(s, e, levels[r.nextInt(levels.length)], "m" + i));
    }
    StringBuilder back = new StringBuilder();
    int lines = 0;
    List<Level> open = new ArrayList<>();
    for (Nesting.Event<String> ev : Nesting.layout(text, marks)) {
      if (ev instanceof Nesting.Text<String> x) {
        back.append(text, x.from(), x.to());
      } else if (ev instanceof Nesting.Line<String>) {
        lines++;
      } else if (ev instanceof Nesting.Open<String> o) {
        if (o.mark().level() == Level.QUOTE && !open.isEmpty()) {
          assertThat(open.get(open.size() - 1)).isNotEqualTo(Level.PHRASE);
        }
        open.add(o.mark().level());
      } else {
        open.remove(open.size() - 1);
      }
    }
    assertThat(back.toString()).isEqualTo(text);
    assertThat(lines).isEqualTo(org.sverka.text.LineMap.of(text).lineCount());
    assertThat(open).isEmpty();
  }
}
