package org.sverka.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Note references right after a closing mark end the quotation there: a digit run, superscript
 * digits, bracketed or parenthesised numbers, a dagger. Examples from a 19th-century newspaper, a
 * legal brief, a translated classic and a modern report.
 */
class QuoteFinderNotesTest {

  @Test
  void aDigitGluedToTheClosingMarkIsANoteReference() {
    Quotes q =
        Quotes.of(
            "The editor of the Gazette held that the tariff \"would ruin every honest trade in the"
                + " county.\"2 Nobody in the town believed him, and the merchants went on with"
                + " their business as before.");
    assertThat(q.texts()).containsExactly("would ruin every honest trade in the county.");
    Quotation x = q.found.get(0);
    assertThat(x.closed()).isTrue();
    assertThat(q.outer(x)).endsWith("county.\"");
  }

  @Test
  void aNoteAfterACommaInsideTheMarksThenTheSentenceGoesOn() {
    Quotes q =
        Quotes.of(
            "Counsel relied on the rule that a bailee \"must use ordinary care,\"14 and the"
                + " court agreed with him.");
    assertThat(q.texts()).containsExactly("must use ordinary care,");
  }

  @Test
  void superscriptBracketedAndParenthesisedNotes() {
    Quotes single =
        Quotes.of(
            "As the translator renders it, the sage taught that 'no man is free who is a slave to"
                + " his passions.'\u00B3 This is the whole of the lesson.");
    assertThat(single.texts()).containsExactly("no man is free who is a slave to his passions.");
    Quotes bracket =
        Quotes.of(
            "The committee found the programme \u201clate and over budget\u201d[4] and asked for a"
                + " new plan.");
    assertThat(bracket.texts()).containsExactly("late and over budget");
    Quotes paren =
        Quotes.of("Smith wrote that the rule \"cannot stand\"(12) in any court of the realm.");
    assertThat(paren.texts()).containsExactly("cannot stand");
    Quotes dagger =
        Quotes.of("The minister called the report \"a work of fiction\"\u2020 and left the room.");
    assertThat(dagger.texts()).containsExactly("a work of fiction");
  }

  @Test
  void aNumberThatBeginsAWordIsNotANote() {
    // the mark is glued to the following word: not a closing mark followed by a note
    Quotes q = Quotes.of("He wrote \"the year\"1776s and then \"the decade\" of the war.");
    assertThat(q.texts()).contains("the decade");
    assertThat(Marks.noteReferenceEnd("x\"1776 y", 2)).isEqualTo(-1);
    assertThat(Marks.noteReferenceEnd("x\"12a", 2)).isEqualTo(-1);
    assertThat(Marks.noteReferenceEnd("x\"[4 y", 2)).isEqualTo(-1);
    assertThat(Marks.noteReferenceEnd("x\"12, y", 2)).isEqualTo(4);
    assertThat(Marks.noteReferenceEnd("x\"(3)", 2)).isEqualTo(5);
  }

  @Test
  void twoQuotationsEachWithANoteStayApart() {
    Quotes q =
        Quotes.of(
            "The report calls the scheme \"costly\"1 and \"slow to deliver,\"2 and it asks for"
                + " a review by the end of the year.");
    assertThat(q.texts()).containsExactly("costly", "slow to deliver,");
  }
}
