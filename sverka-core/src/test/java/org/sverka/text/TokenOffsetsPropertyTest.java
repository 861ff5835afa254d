package org.sverka.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sverka.document.DocumentBuilder;

/**
 * The property every citation rests on: for every token, the original text at its offsets
 * normalises to the token. Texts are random mixes of the things normalisation changes: line wraps
 * in three line-ending styles, blank lines, line-break hyphenation, decomposed accents, soft
 * hyphens, dashes and indentation.
 */
class TokenOffsetsPropertyTest {

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(
                20,
                Arbitraries.of(
                    "Zi",
                    "noviev",
                    "counter",
                    "revolutionary",
                    "Kamenev",
                    "the",
                    "a",
                    "Berman",
                    "Yurin",
                    "bureau",
                    "cracy",
                    "1927",
                    "41.5")),
            net.jqwik.api.Tuple.of(8, Arbitraries.of(" ", "  ", "\t")),
            net.jqwik.api.Tuple.of(
                6, Arbitraries.of("\n", "\r\n", "\r", "\n\n", " \n\n \n\n", "\n \n")),
            net.jqwik.api.Tuple.of(
                6, Arbitraries.of("-", "-\n", "-\n\n", "- \r\n", "—", "—\n", "\u2010\n")),
            net.jqwik.api.Tuple.of(
                3, Arbitraries.of("e\u0301", "\u00e9", "\u00ad", "o\u0308\u0301", "\u0301")),
            net.jqwik.api.Tuple.of(
                4, Arbitraries.of(".", ", ", ". ", "\"", "’s", "(", ")", "...", "G.P.U.")));
    return piece.list().ofMinSize(1).ofMaxSize(60).map(l -> String.join("", l));
  }

  @Property(tries = 1000)
  void originalTextUnderEveryTokenNormalisesToTheToken(@ForAll("texts") String text) {
    Normalizer normalizer = DocumentBuilder.normalizerFor(text);
    Segmenter segmenter = new Segmenter();
    List<Paragraph> paragraphs = segmenter.paragraphs(text, LineMap.of(text), normalizer);
    for (Paragraph p : paragraphs) {
      assertThat(p.span().end()).isLessThanOrEqualTo(text.length());
      for (Token t : segmenter.tokens(p)) {
        String original = text.substring(t.span().start(), t.span().end());
        assertThat(normalizer.normalize(original).text())
            .as("original %s of token %s in %s", show(original), show(t.text()), show(text))
            .isEqualTo(t.text());
        assertThat(p.span().contains(t.span())).isTrue();
      }
      for (Sentence s : p.sentences()) {
        assertThat(p.span().contains(s.span())).isTrue();
      }
    }
  }

  /** Found by the property: a stray combining mark before a hyphenated word changed the join. */
  @net.jqwik.api.Example
  void strayCombiningMarkBeforeABrokenWord() {
    originalTextUnderEveryTokenNormalisesToTheToken("\u0301noviev-\nnoviev");
  }

  @Property(tries = 300)
  void paragraphsAreOrderedAndDisjoint(@ForAll("texts") String text) {
    List<Paragraph> paragraphs =
        new Segmenter().paragraphs(text, LineMap.of(text), DocumentBuilder.normalizerFor(text));
    for (int i = 1; i < paragraphs.size(); i++) {
      assertThat(paragraphs.get(i).span().start())
          .isGreaterThanOrEqualTo(paragraphs.get(i - 1).span().end());
    }
  }

  private static String show(String s) {
    return "«" + s.replace("\n", "\\n").replace("\r", "\\r") + "»";
  }
}
