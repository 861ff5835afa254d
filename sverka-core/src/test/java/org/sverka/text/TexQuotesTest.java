package org.sverka.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Quotation marks typed as TeX writes them, as older electronic transcriptions (Project Gutenberg
 * among them) still carry them, become typographic marks in the normalised copy, every character
 * still mapping back to the original.
 */
class TexQuotesTest {
  static final Normalizer N = new Normalizer(HyphenationPolicy.KEEP);

  @Test
  void doubledBackticksOpenAndDoubledApostrophesClose() {
    String original = "The chairman read: ``The committee met at noon.'' [Cheers.]";
    NormalizedText t = N.normalize(original);
    assertThat(t.text()).isEqualTo("The chairman read: “The committee met at noon.” [Cheers.]");
    int open = t.text().indexOf('“');
    int close = t.text().indexOf('”');
    assertThat(
            original.substring(
                t.toOriginal(open, open + 1).start(), t.toOriginal(open, open + 1).end()))
        .isEqualTo("``");
    assertThat(
            original.substring(
                t.toOriginal(close, close + 1).start(), t.toOriginal(close, close + 1).end()))
        .isEqualTo("''");
    int w = t.text().indexOf("committee");
    Span word = t.toOriginal(w, w + "committee".length());
    assertThat(original.substring(word.start(), word.end())).isEqualTo("committee");
  }

  @Test
  void severalOnALine() {
    assertThat(N.normalize("(``Good,'' ``good.'')").text()).isEqualTo("(“Good,” “good.”)");
  }

  @Test
  void apostrophesAndStraySlipsAreLeftAlone() {
    // a doubled apostrophe inside a word, a lone apostrophe, a backtick before a space or digit
    for (String s :
        new String[] {
          "the U.S.S.R.''s prestige", "the workers' state", "don't", "a ` mark", "`42"
        }) {
      assertThat(N.normalize(s).text()).isEqualTo(s);
    }
  }
}
