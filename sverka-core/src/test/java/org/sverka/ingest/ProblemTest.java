package org.sverka.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTest {
  @Test
  void aMessageIsOneLineWhateverItQuotes() {
    Problem p =
        new Problem(
            "sources.yaml", 4, "title 'Letters\nfrom a Farmer\r\nin Pennsylvania\u2028' is odd");
    assertThat(p.message()).isEqualTo("title 'Letters from a Farmer  in Pennsylvania ' is odd");
    assertThat(p.toString()).isEqualTo("sources.yaml:4: " + p.message()).doesNotContain("\n");
  }

  @Test
  void aMessageWithoutLineBreaksIsKeptAsItIs() {
    assertThat(new Problem("a.yaml", 0, "cannot read:\tx").message()).isEqualTo("cannot read:\tx");
  }
}
