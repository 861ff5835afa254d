package org.sverka.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A quotation is attributed to a person or to a body that speaks, never to a text or a polity named
 * with "the", nor to a first person inside a relative clause. Examples from a colonial pamphlet, a
 * 19th-century newspaper, a court report and a translated chronicle.
 */
class AttributionSpeakerTest {

  private static Attribution only(String text) {
    Quotes q = Quotes.of(text);
    assertThat(q.found).hasSize(1);
    return q.found.get(0).attribution();
  }

  private static String speaker(String text) {
    Attribution a = only(text);
    return a == null ? null : a.speaker();
  }

  @Test
  void aTextOrAPolityDoesNotSpeak() {
    assertThat(
            speaker(
                "The Charter of the Colony declares \"that every freeholder may vote for the"
                    + " assembly.\""))
        .isNull();
    assertThat(
            speaker(
                "In that year the United States declared \"that the river shall be open to all"
                    + " nations.\""))
        .isNull();
    assertThat(speaker("And so says the Act, \"no duty shall be laid on paper or on glass.\""))
        .isNull();
  }

  @Test
  void aCourtAConventionOrAnOfficeSpeaksWithItsWholeName() {
    assertThat(
            speaker(
                "On appeal the Supreme Court said \"the bailee must use ordinary care in keeping"
                    + " the goods.\""))
        .isEqualTo("Supreme Court");
    assertThat(
            speaker(
                "The next morning the House of Delegates declared \"that the tax on tea is void"
                    + " and of no effect.\""))
        .isEqualTo("House of Delegates");
    assertThat(
            speaker(
                "When the envoys arrived the King said \"you shall have your answer in the"
                    + " spring.\""))
        .isEqualTo("King");
  }

  @Test
  void aPersonAfterABodyIsThePerson() {
    // the chronicle: "at the Third Council Gregory said"
    assertThat(
            speaker(
                "Then at the Third Council Gregory said \"let no bishop sell the offices of the"
                    + " church.\""))
        .isEqualTo("Gregory");
  }

  @Test
  void aFirstPersonInsideARelativeClauseIsNotTheSpeaker() {
    Attribution a =
        only(
            "The correspondent, whom I have never met, writes that \"the new railway will ruin"
                + " the coaching inns of the county.\"");
    assertThat(a == null || (!a.firstPerson() && a.speaker() == null)).isTrue();
    // the author himself still speaks in the first person
    Attribution self =
        only("In my last letter I wrote that \"the railway will carry our grain in a day.\"");
    assertThat(self.firstPerson()).isTrue();
  }

  @Test
  void aPersonNamedBeforeTheVerbStillSpeaks() {
    assertThat(
            speaker(
                "Mr. Marsh, in his paper of Tuesday, wrote that \"the valley has waited long"
                    + " enough for its railway.\""))
        .isEqualTo("Mr. Marsh");
  }

  @Test
  void theWordsOfSomeoneNameHim() {
    assertThat(
            speaker(
                "I have read them before, and I repeat the words of Senator Hale: \"no state may"
                    + " tax the commerce of another.\""))
        .isEqualTo("Senator Hale");
    assertThat(
            speaker(
                "Let me give you the opinion of Chief Baron Pollock, who held that \"the carrier"
                    + " answers for the goods.\""))
        .isNull(); // "opinion" is not a word of saying here; nothing guesses
  }

  @Test
  void theAuthorReadingOutNamesNobody() {
    Attribution a =
        only("To show it, I read from the minutes: \"the meeting was adjourned without a vote.\"");
    assertThat(a == null || (a.speaker() == null && !a.firstPerson())).isTrue();
  }
}
