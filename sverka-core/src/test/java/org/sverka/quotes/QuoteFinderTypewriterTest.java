package org.sverka.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Plain-text editions that set {@code ``} for an opening and {@code ''} for a closing double mark:
 * a debate transcript, a sermon, a report of a trial.
 */
class QuoteFinderTypewriterTest {

  @Test
  void backticksOpenAndApostrophePairsClose() {
    Quotes q =
        Quotes.of(
            "He has read from my speech, in which I say that ``a house of cards cannot stand"
                + " against the wind.'' Does he say it can? [Laughter.]");
    assertThat(q.texts()).containsExactly("a house of cards cannot stand against the wind.");
    Quotation x = q.found.get(0);
    assertThat(x.closed()).isTrue();
    assertThat(q.outer(x)).isEqualTo("``a house of cards cannot stand against the wind.''");
    assertThat(x.attribution().firstPerson()).isTrue();
  }

  @Test
  void severalOnALineAndInnerSingleMarks() {
    Quotes q =
        Quotes.of(
            "Answer. I do not. [Cries of ``Good,'' ``Good.''] The preacher cried, ``Remember the"
                + " words `love thy neighbour' before you judge!'' and sat down.");
    assertThat(q.texts())
        .contains("Good,", "Good.", "Remember the words `love thy neighbour' before you judge!");
  }

  @Test
  void aReportOverParagraphsReopensWithBackticks() {
    Quotes q =
        Quotes.paragraphs(
            "The witness said: ``I saw the prisoner at the gate at nine.",
            "``He carried a lantern and a spade.''",
            "The court rose.");
    Quotation x = q.starting("I saw the prisoner");
    assertThat(q.text(x)).endsWith("a lantern and a spade.");
    assertThat(x.segments()).hasSize(2);
  }

  @Test
  void aLoneBacktickOrApostrophePairIsNoMark() {
    Quotes q = Quotes.of("The code `x` is short, and the poet's '' mark stands alone here.");
    assertThat(q.found).isEmpty();
  }
}
