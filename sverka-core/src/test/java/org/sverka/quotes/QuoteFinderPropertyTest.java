package org.sverka.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.sverka.text.Paragraph;
import org.sverka.text.Span;

/**
 * On random texts of words, spaces, line breaks, quotation marks, apostrophes, colons, ellipses and
 * brackets the finder never throws, all its spans lie inside the text and are non-empty, segments
 * lie inside the span, and a quotation crosses a paragraph boundary only where the rules allow it.
 */
class QuoteFinderPropertyTest {

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece =
        Arbitraries.frequencyOf(
            Tuple.of(
                20,
                Arbitraries.of(
                    "Lenin", "said", "wrote", "the", "workers", "state", "I", "in", "Pravda",
                    "article", "Trotsky", "s", "tis", "n", "Vol.", "IX,", "p.", "410", "and")),
            Tuple.of(10, Arbitraries.of(" ", "  ")),
            Tuple.of(4, Arbitraries.of("\n", "\n\n", "\n\n\n", "\r\n", "\n \n\n")),
            Tuple.of(
                12,
                Arbitraries.of(
                    "\"", "'", "“", "”", "‘", "’", "«", "»", "‹", "›", "„", " \"", "\" ", " '",
                    "' ", "’s ", "s’ ")),
            Tuple.of(
                4,
                Arbitraries.of(
                    ":",
                    ": ",
                    ".",
                    ". ",
                    ",",
                    "...",
                    "…",
                    ". . .",
                    "[",
                    "]",
                    "(",
                    ")",
                    "[my emphasis]",
                    "(sic)",
                    " — J. St.",
                    "[January 1935, No.41]",
                    "-\n",
                    "—")));
    return piece.list().ofMinSize(1).ofMaxSize(80).map(l -> String.join("", l));
  }

  @Property(tries = 1500)
  void spansAreSoundAndParagraphBoundariesRespected(@ForAll("texts") String text) {
    check(text);
  }

  @Example
  void unbalancedMarksEverywhere() {
    check("\"a\n\n\"b\n\n'c’ d’s ‘e\n\n«f\n\n„g\n\n”h “i\n\nj:\n\n... k\n\nl");
  }

  @Example
  void emptyAndBlank() {
    check("");
    check("\"");
    check("\n\n\"\n\n");
    check("“”‘’\"\"''");
  }

  private static void check(String text) {
    Quotes q = Quotes.of(text);
    List<Paragraph> ps = q.paragraphs;
    for (Quotation x : q.found) {
      String what = x + " in " + show(text);
      inside(x.span(), text, what);
      inside(x.outer(), text, what);
      assertThat(x.span().length()).as(what).isPositive();
      assertThat(x.outer().contains(x.span())).as(what).isTrue();
      assertThat(x.segments()).as(what).isNotEmpty();
      assertThat(x.segments().get(0).start()).as(what).isEqualTo(x.span().start());
      assertThat(x.segments().get(x.segments().size() - 1).end())
          .as(what)
          .isEqualTo(x.span().end());
      for (Span s : x.segments()) {
        assertThat(s.length()).as(what).isPositive();
        assertThat(x.span().contains(s)).as(what).isTrue();
        assertThat(ps.stream().filter(p -> p.span().contains(s)).count())
            .as("segment in one paragraph: " + what)
            .isEqualTo(1);
      }
      for (Span s : x.ellipses()) {
        assertThat(s.length()).as(what).isPositive();
        assertThat(x.span().contains(s)).as(what).isTrue();
      }
      for (Span s : x.insertions()) {
        assertThat(s.length()).as(what).isPositive();
        assertThat(x.span().contains(s)).as(what).isTrue();
      }
      if (x.attribution() != null) {
        Attribution a = x.attribution();
        if (a.speakerSpan() != null) {
          inside(a.speakerSpan(), text, what);
        }
        if (a.workSpan() != null) {
          inside(a.workSpan(), text, what);
        }
      }
      assertThat(x.depth()).as(what).isNotNegative();
      crossesOnlyWhereAllowed(x, ps, what);
    }
  }

  /** The paragraphs a quotation touches follow one another as rules 2 and 3 allow. */
  private static void crossesOnlyWhereAllowed(Quotation x, List<Paragraph> ps, String what) {
    List<Paragraph> touched = new ArrayList<>();
    for (Paragraph p : ps) {
      if (p.span().overlaps(x.outer())) {
        touched.add(p);
        assertThat(p.boilerplate()).as(what).isFalse();
      }
    }
    for (int i = 1; i < touched.size(); i++) {
      String prev = touched.get(i - 1).normalized().text().strip();
      String next = touched.get(i).normalized().text().strip();
      char first = next.charAt(0);
      boolean allowed;
      if (x.style() == Style.BLOCK) {
        // rule 3: an ellipsis or a lower-case letter goes on, and so does any paragraph after one
        // that stops mid-sentence (a page break); a bracketed source ends the block
        allowed =
            first == '.'
                || first == '…'
                || first == '['
                || Character.isLowerCase(first)
                || next.endsWith("]")
                || next.endsWith(")")
                || QuoteFinder.brokenOff(prev);
      } else {
        // rule 2: the opening mark repeated; or a paragraph cut by a page break
        allowed = Marks.isQuote(first) || QuoteFinder.brokenParagraph(prev, next);
      }
      assertThat(allowed).as("crossing into %s: %s", show(next), what).isTrue();
    }
  }

  private static void inside(Span s, String text, String what) {
    assertThat(s.start()).as(what).isBetween(0, text.length());
    assertThat(s.end()).as(what).isBetween(0, text.length());
  }

  private static String show(String s) {
    return s.replace("\n", "\\n").replace("\r", "\\r");
  }
}
