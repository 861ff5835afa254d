package org.sverka.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A quotation set off over several paragraphs, each reopening with a mark and only the last
 * closing, starts at its own opening mark: not at a mark left open earlier in the introducing
 * paragraph, and not only at its last paragraph when the layout reads one-line paragraphs as lines
 * of one. Examples: a town meeting's resolutions (18th century), a newspaper's report of a speech
 * (19th), a translated letter.
 */
class QuoteFinderReopenedTest {

  static final String INTRO =
      "He spoke of the \"general welfare clause at length, and then he read the resolution of the"
          + "\ntown meeting in these words:";
  static final String FIRST = "\"That the freeholders of this town will pay no duty on tea.";
  static final String LAST = "\"That they will buy no goods from any merchant who does.\"";

  @Test
  void aStrayMarkInTheIntroductionDoesNotStartTheQuotation() {
    Quotes q = Quotes.paragraphs(INTRO, FIRST, LAST, "So it ended.");
    Quotation x = q.starting("That the freeholders");
    assertThat(q.outer(x)).startsWith("\"That the freeholders").endsWith("who does.\"");
    assertThat(x.segments()).hasSize(2);
    assertThat(q.texts()).noneMatch(t -> t.startsWith("general welfare"));
  }

  @Test
  void oneLineParagraphsReadAsLinesStillMakeOneQuotation() {
    // single blank lines between one-line paragraphs: the layout joins them as double-spaced lines
    Quotes q =
        Quotes.of(
            "The resolution was short.\n\n"
                + FIRST
                + "\n\n\"That they will buy no goods from any merchant who does.\n\n"
                + "\"That a copy be sent to every town.\"\n\nSo it ended.\n");
    Quotation x = q.starting("That the freeholders");
    assertThat(q.text(x)).endsWith("sent to every town.");
    assertThat(x.segments()).hasSize(3);
    assertThat(x.closed()).isTrue();
    assertThat(q.found).hasSize(1);
  }

  @Test
  void theNewspapersReportOfASpeechOverParagraphs() {
    Quotes q =
        Quotes.paragraphs(
            "The member for the county rose and, as our reporter heard him, said: \"I have sat in"
                + " this house for thirty years.",
            "\"I have never seen a measure so hastily drawn.",
            "\"I shall vote against it.\" He then sat down.");
    Quotation x = q.starting("I have sat");
    assertThat(q.text(x)).endsWith("vote against it.");
    assertThat(x.segments()).hasSize(3);
  }

  @Test
  void dialogueLinesStayApart() {
    Quotes q =
        Quotes.of(
            "\"Come to the window,\" she wrote.\n\n\"No,\" he answered.\n\n\"Then I shall"
                + " come to you.\"\n\nThe letter ends there.\n");
    assertThat(q.texts())
        .containsExactly("Come to the window,", "No,", "Then I shall come to you.");
  }
}
