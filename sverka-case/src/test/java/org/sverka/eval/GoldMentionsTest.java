package org.sverka.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a gold form is looked up in an original text: across line breaks, as whole words. */
class GoldMentionsTest {
  @Test
  void aSpaceOfTheFormMatchesAnyWhiteSpaceOfTheText() {
    String text = "and they sent for Dion the\nSyracusan, and Dion  of\r\nSyracuse came.";
    assertThat(GoldMentions.pattern("Dion the Syracusan").matcher(text).find()).isTrue();
    assertThat(GoldMentions.pattern("Dion of Syracuse").matcher(text).find()).isTrue();
    assertThat(GoldMentions.pattern("Dion theSyracusan").matcher(text).find()).isFalse();
    assertThat(GoldMentions.pattern("Dion (the) Syracusan").matcher("Dion (the) Syracusan").find())
        .as("the form's own characters are literal")
        .isTrue();
    assertThat(GoldMentions.wholeWord("Dionysius", 0, 4)).isFalse();
  }
}
