package org.sverka.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two clauses of one source quoted apart in another text, with the quoting author's own words
 * between them, are two passages, not one that bridges the quoting author's words. One quotation
 * that leaves out a sentence of its source stays one passage.
 */
class QuotedApartTest {
  static final String FIRST =
      "the harbour commissioners have neglected the dredging of the channel for eleven years"
          + " and the larger ships now anchor outside the bar";
  static final String SECOND =
      "the merchants of the lower town have petitioned the governor three times without an"
          + " answer and their warehouses stand empty through the winter";

  static final String SOURCE =
      "A MEMORIAL ON THE PORT\n\nIt is well known that "
          + FIRST
          + ", while "
          + SECOND
          + ". We ask for relief.\n";

  static List<Passage> passages(String quoting) {
    ReuseFixtures.Corpus c = ReuseFixtures.corpus("memorial", SOURCE, "essay", quoting);
    return new ReuseDetector(ReuseDetector.Options.defaults().withThreads(1))
        .detect(c.docs(), c.vocabulary());
  }

  @Test
  void twoClausesQuotedApartAreTwoPassages() {
    String essay =
        "AN ESSAY ON TRADE\n\nThe memorial complains that \""
            + FIRST
            + ".\" I have walked the quays myself on a grey morning in March and counted the idle"
            + " cranes, the rotting hulks and the boys fishing from the steps where cargo once"
            + " came ashore. It adds that \""
            + SECOND
            + ".\" Both complaints are just.\n";
    List<Passage> ps = passages(essay);
    assertThat(ps).hasSize(2);
    for (Passage p : ps) {
      String a = p.docA().equals("essay") ? essay : SOURCE;
      String inEssay = p.docA().equals("essay") ? text(essay, p.a()) : text(essay, p.b());
      assertThat(inEssay).doesNotContain("idle cranes").doesNotContain("grey morning");
      assertThat(a).isNotNull();
    }
  }

  @Test
  void oneQuotationLeavingOutWordsStaysOnePassage() {
    String essay =
        "AN ESSAY ON TRADE\n\nThe memorial complains that \""
            + FIRST
            + " ... "
            + SECOND
            + ".\" Both complaints are just.\n";
    assertThat(passages(essay)).hasSize(1);
  }

  @Test
  void wordsAddedInsideOneQuotationDoNotSplitIt() {
    String essay =
        "AN ESSAY ON TRADE\n\nThe memorial complains that \""
            + FIRST
            + ", and the pilots refuse to take a laden vessel over it at any state of the tide"
            + " whatever, while "
            + SECOND
            + ".\" Both complaints are just.\n";
    assertThat(passages(essay)).hasSize(1);
  }

  private static String text(String t, org.sverka.text.Span s) {
    return t.substring(s.start(), s.end());
  }

  @Test
  void anotherQuotationBetweenARunOutsideMarksAndAQuotationDoesNotSplit() {
    // the quoting side repeats the source's words of introduction, then quotes something else,
    // then the source's quotation: the words between stand inside marks, not outside
    String source =
        "A LETTER\n\nAnd the harbour master told the assembly of merchants at the spring meeting"
            + " of the guild: \""
            + SECOND
            + ".\"\n";
    String essay =
        "AN ESSAY\n\nThe harbour master told the assembly of merchants at the spring meeting of"
            + " the guild: \"The channel is silting up and the pilots will not take a laden ship"
            + " over the bar at low water.\" \""
            + SECOND
            + ".\"\n";
    ReuseFixtures.Corpus c = ReuseFixtures.corpus("letter", source, "essay", essay);
    List<Passage> ps =
        new ReuseDetector(ReuseDetector.Options.defaults().withThreads(1))
            .detect(c.docs(), c.vocabulary());
    assertThat(ps).hasSize(1);
  }
}
