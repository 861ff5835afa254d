package org.sverka.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sverka.Corpus;
import org.sverka.document.DocumentBuilder;

/**
 * Line-break hyphenation, decided the way a proof-reader does, on the double-spaced Stalin volume
 * (a blank line after every text line) and on the one-paragraph-per-line Kirov pamphlet (where a
 * word is broken across a page break).
 */
class DehyphenationTest {
  static List<String> stalinTokens;
  static List<String> kirovTokens;

  @BeforeAll
  static void segment() throws IOException {
    stalinTokens = tokens(Corpus.text(Corpus.STALIN));
    kirovTokens = tokens(Corpus.text(Corpus.KIROV));
  }

  static List<String> tokens(String text) {
    Segmenter seg = new Segmenter();
    List<String> out = new ArrayList<>();
    for (Paragraph p :
        seg.paragraphs(text, LineMap.of(text), DocumentBuilder.normalizerFor(text))) {
      seg.tokens(p).forEach(t -> out.add(t.text()));
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // split words, joined: lines 3122, 7948, 8106 of the Stalin volume
    "Zinoviev",
    "Auffenberg",
    "Kuomintangists",
  })
  void joinsWordsBrokenAtLineEnd(String word) {
    assertThat(stalinTokens).contains(word);
    assertThat(stalinTokens).doesNotContain(word.substring(0, 2) + "-" + word.substring(2));
  }

  @Test
  void splitFragmentsDoNotSurviveInTheStalinVolume() {
    assertThat(stalinTokens).doesNotContain("Zi", "noviev", "Kuo", "mintangists", "Auffen");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // real compounds broken at a line end keep their hyphen (lines 1320, 11138, 10792, 12012,
    // 11610, 14007, 606, 4712 of the Stalin volume)
    "counter-revolution",
    "Socialist-Revolutionaries",
    "Anglo-Russian-Co-operative",
    "pre-war",
    "co-operatives",
    "anti-Leninist",
    "universally-known",
    "Trotsky-Zinoviev",
  })
  void keepsRealCompounds(String compound) {
    assertThat(stalinTokens).contains(compound);
  }

  @Test
  void joinsAcrossAPageBreakInTheKirovPamphlet() {
    // line 113 ends "for the bureau-", line 115 begins "cracy", with a blank line between
    assertThat(kirovTokens).contains("bureaucracy");
    assertThat(kirovTokens).doesNotContain("bureau-cracy", "cracy");
  }

  @Test
  void hyphenatedNamesStayWhole() {
    assertThat(tokens("Holtzman, Berman-\nYurin and David visited the Zinoviev-\nKamenev centre."))
        .containsExactly(
            "Holtzman",
            "Berman-Yurin",
            "and",
            "David",
            "visited",
            "the",
            "Zinoviev-Kamenev",
            "centre");
  }

  @Test
  void lexiconDecidesByHowTheDocumentSpellsTheWord() {
    Lexicon lex = Lexicon.of("another day; counter-revolutionary plots; the corner and the stone");
    assertThat(lex.join("an", "other")).isTrue();
    assertThat(lex.join("counter", "revolutionary")).isFalse();
    assertThat(lex.join("corner", "stone")).isFalse(); // two words the text uses alone
    assertThat(lex.join("Zi", "noviev")).isTrue(); // unknown fragments: a broken word
  }
}
