package org.sverka.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How reported speeches set off what they quote: a reporter's interruption with its own marks
 * inside a quoted speech, also across a page break; block quotations introduced by "went on to
 * say:", "in these words:", "this language:" and by a verb of saying with no mark at all. The texts
 * are made up: a town meeting, a council report, a court's minutes.
 */
class QuoteFinderReportedSpeechTest {

  @Test
  void anInterruptionInBracketsWithItsOwnMarksIsNestedNotStray() {
    Quotes q =
        Quotes.of(
            "The chairman answered, \u201cWe will finish the dam (cries of \u201cNever!\u201d and"
                + " laughter) before the first frost.\u201d Then he sat down.");
    Quotation outer = q.starting("We will finish");
    assertThat(q.text(outer)).endsWith("before the first frost.");
    assertThat(outer.depth()).isZero();
    Quotation cry = q.starting("Never!");
    assertThat(cry.depth()).isEqualTo(1);
  }

  @Test
  void straightMarksInAnInterruptionNestToo() {
    Quotes q =
        Quotes.of(
            "The mayor said, \"The bridge will stand (a voice, \"So said the last mayor,\" and"
                + " laughter) for a hundred years.\" Nobody answered him.");
    assertThat(q.texts()).contains("So said the last mayor,");
    assertThat(q.text(q.starting("The bridge"))).endsWith("for a hundred years.");
  }

  @Test
  void theInterruptionGoesOnOverAPageBreak() {
    Quotes q =
        Quotes.paragraphs(
            "The chairman answered, \u201cWe will finish the dam (cries of \u201cNever!\u201d"
                + " from a man at the back of the",
            "hall, who cried \u201cnever\u201d once more) before the first frost.\u201d He sat down.");
    Quotation outer = q.starting("We will finish");
    assertThat(outer.segments()).hasSize(2);
    assertThat(q.text(outer)).endsWith("before the first frost.");
    assertThat(q.found).filteredOn(x -> x.depth() == 1).hasSize(2);
  }

  @Test
  void aStrayMarkOutsideBracketsStillEndsTheQuotationItOpened() {
    // no bracket: the second opening mark means the first was stray, as before
    Quotes q = Quotes.of("He wrote \u201cthe harvest and \u201cthe mill\u201d are ours.");
    assertThat(q.texts()).containsExactly("the mill");
  }

  @Test
  void blocksAfterWentOnToSayInTheseWordsAndThisLanguage() {
    for (String intro :
        new String[] {
          "After a pause the treasurer went on to say:",
          "The clause of the contract is in these words:",
          "At the last meeting I used this language:",
          "The inspector sums up his report, fairly enough:"
        }) {
      Quotes q =
          Quotes.paragraphs(
              intro,
              "The mill shall pay its rent on the first day of each quarter, and no later.",
              "That was the whole of it.");
      assertThat(q.found).as(intro).extracting(Quotation::style).containsExactly(Style.BLOCK);
      assertThat(q.text(q.found.get(0))).startsWith("The mill shall pay");
    }
  }

  @Test
  void aVerbOfSayingWithNoMarkIntroducesTheNextParagraph() {
    Quotes q =
        Quotes.paragraphs(
            "When he was asked whether he would sell the meadow, the miller declared",
            "I will never sell it while my sons can work it.",
            "He kept his word until he died.");
    Quotation block = q.only();
    assertThat(block.style()).isEqualTo(Style.BLOCK);
    assertThat(q.text(block)).isEqualTo("I will never sell it while my sons can work it.");
  }

  @Test
  void aQuotedBlockGoesOnOverAPageBreak() {
    // the first quoted paragraph stops mid-sentence: the next goes on with it, capital or not
    Quotes q =
        Quotes.paragraphs(
            "In his letter to the board the engineer wrote:",
            "The dam will hold through the spring floods, and I believe the",
            "Spillway will carry whatever the autumn brings.",
            "So he wrote, and so it proved.");
    Quotation block = q.only();
    assertThat(block.style()).isEqualTo(Style.BLOCK);
    assertThat(block.segments()).hasSize(2);
    assertThat(q.text(block)).endsWith("whatever the autumn brings.");
  }

  @Test
  void aSpeakerWhoSaysHeWillReadIntroducesABlockEvenWithAFullStop() {
    Quotes q =
        Quotes.paragraphs(
            "My opponent has printed his plan, a part of which I will read, so that you may judge"
                + " it in his own words.",
            "The canal shall be dug at the county's charge and the tolls shall go to the county.",
            "You have heard it, gentlemen.");
    assertThat(q.found).extracting(Quotation::style).containsExactly(Style.BLOCK);
    // a full stop after anything else introduces nothing
    assertThat(
            Quotes.paragraphs(
                    "My opponent has printed his plan, and I have read it twice.",
                    "The canal will never be dug at the county's charge.")
                .found)
        .isEmpty();
  }

  @Test
  void aSentenceEndingOnTheWordsThemselvesIntroducesABlockEvenWithAFullStop() {
    Quotes q =
        Quotes.paragraphs(
            "The two wardens gave their judgement in these words, p. 47.",
            "We find the accounts of the toll-keeper truly kept and the money duly paid.",
            "Nobody contradicted them.");
    assertThat(q.found).extracting(Quotation::style).containsExactly(Style.BLOCK);
    assertThat(q.text(q.only())).startsWith("We find the accounts");
    // words named in the middle of a sentence introduce nothing after its full stop
    assertThat(
            Quotes.paragraphs(
                    "He put it in these words to the wardens, who laughed.",
                    "The wardens went home after the vote.")
                .found)
        .isEmpty();
  }

  @Test
  void aHeadingThatEndsOnSuchAWordIntroducesNothing() {
    assertThat(
            Quotes.paragraphs(
                    "Letters of the Commissioners and the Governor's Replies",
                    "The first letter was sent in March.")
                .found)
        .isEmpty();
    // lower case after it: the same sentence, cut by a page break, not a quotation
    assertThat(
            Quotes.paragraphs(
                    "The minutes record that the clerk then stated", "that the fees had been paid.")
                .found)
        .isEmpty();
  }
}
