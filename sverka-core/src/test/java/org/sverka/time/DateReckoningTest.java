package org.sverka.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.text.FlatText;
import org.sverka.text.NumberWords;

/**
 * Dates reckoned by conventions other than a day, month and year in digits: ISO days, years before
 * Christ, Olympiads, days counted from the statement's day (with the older spellings "to-day", "to
 * day", "to-morrow"), weekdays, "of that year", and the year a narrative is in. Examples written
 * for this test.
 */
class DateReckoningTest {
  static List<DateExpression> all(String s, String statementDate) {
    return DateText.findAll(s, 0, s.length(), statementDate);
  }

  static List<String> values(String s, String statementDate) {
    return all(s, statementDate).stream().map(DateExpression::value).toList();
  }

  @Test
  void isoDays() {
    assertThat(values("The deed was filed 1998-03-14 by the clerk.", null))
        .containsExactly("1998-03-14");
    assertThat(values("Part 1998-13-14 is no date.", null)).doesNotContain("1998-13-14");
  }

  @Test
  void yearsBeforeChrist() {
    assertThat(values("The temple was burnt in 480 B.C. by the Persians.", null))
        .containsExactly("-0479");
    assertThat(values("He lived 470-399 BC, mostly in the city.", null))
        .containsExactly("-0469/-0398");
    assertThat(values("a coin of 1 B. C. and later", null)).containsExactly("0000");
    assertThat(values("the year 44 BCE", null)).containsExactly("-0043");
    Edtf e = Edtf.parse(values("in 480 B.C.", null).get(0));
    assertThat(e.earliest().getYear()).isEqualTo(-479);
  }

  @Test
  void olympiads() {
    // Olympiad 90 began in the summer of 420 BC; its second year is 419/418 BC
    assertThat(values("in the second year of the ninetieth Olympiad the truce was made", null))
        .containsExactly("-0418/-0417");
    // the 100th Olympiad: 380 BC to 376 BC
    assertThat(values("he flourished in the 100th Olympiad", null)).containsExactly("-0379/-0375");
    // a bracketed page or note number after the ordinal does not break the phrase
    assertThat(values("he won in the third[12] year of the eighty-first Olympiad", null))
        .containsExactly("-0453/-0452");
    assertThat(values("in the fifth year of the war", null)).isEmpty();
    assertThat(values("the sixth year of the tenth Olympiad", null)).isEmpty();
  }

  @Test
  void atticMonthsOfAnOlympiadYear() {
    assertThat(
            values(
                "in the second year of the ninetieth Olympiad, on the tenth of Boedromion, they"
                    + " marched",
                null))
        .containsExactly("-0418/-0417", "-0418-09/-0418-10");
    assertThat(values("in the third year of the 88th Olympiad, in Gamelion, it snowed", null))
        .containsExactly("-0425/-0424", "-0424-01/-0424-02");
    DateExpression alone = all("It was held in the month Poseideon.", null).get(0);
    assertThat(alone.value()).isNull();
    assertThat(alone.kind()).isEqualTo(DateExpression.Kind.UNRESOLVED);
  }

  @Test
  void daysFromTheStatementInOlderSpellings() {
    assertThat(values("The packet sails to-morrow at noon.", "1850-03-10"))
        .containsExactly("1850-03-11");
    assertThat(values("I cannot come to day, nor to morrow.", "1850-03-10"))
        .containsExactly("1850-03-10", "1850-03-11");
    assertThat(values("We go on from day to day as before.", "1850-03-10")).isEmpty();
    assertThat(values("Not the day after to-morrow.", "1850-03-10")).containsExactly("1850-03-12");
    assertThat(values("The court sits to-morrow week.", "1850-03-10"))
        .containsExactly("1850-03-18");
    assertThat(values("He came day before yesterday.", "1850-03-10")).containsExactly("1850-03-08");
    assertThat(values("I saw him this very morning.", "1850-03-10")).containsExactly("1850-03-10");
    assertThat(values("He is richer to-day than he was yesterday---so he says.", "1850-03-10"))
        .containsExactly("1850-03-10", "1850-03-09");
  }

  @Test
  void daysFromAStatementDatedToAMonthOrAYear() {
    assertThat(values("You must go to-day.", "-0300")).containsExactly("-0300");
    assertThat(values("The vote is to-night.", "1850-03")).containsExactly("1850-03");
    assertThat(values("It comes to-morrow.", null)).isEmpty();
  }

  @Test
  void weekdaysLastAndNext() {
    // 12 April 1861 was a Friday
    assertThat(values("The meeting on Tuesday last was small.", "1861-04-12"))
        .containsExactly("1861-04-09");
    assertThat(values("We meet again next Monday.", "1861-04-12")).containsExactly("1861-04-15");
    assertThat(values("As I said last Friday, the roads are bad.", "1861-04-12"))
        .containsExactly("1861-04-05");
    assertThat(values("since Sunday last week", "1861-04-12")).isEmpty();
    DateExpression undated = all("We meet again next Monday.", "1861").get(0);
    assertThat(undated.value()).isNull();
    assertThat(undated.kind()).isEqualTo(DateExpression.Kind.UNRESOLVED);
  }

  @Test
  void daysOfThatYear() {
    assertThat(
            values(
                "The society was founded in 1799, and on the 3d of May of that year it met.",
                "1820"))
        .containsExactly("1799", "1799-05-03");
    assertThat(values("It rained in March of the same year.", null)).hasSize(1);
    assertThat(all("It rained in March of the same year.", null).get(0).value()).isNull();
    List<DateExpression> later =
        DateText.findAll(
            FlatText.of("On July 9 of the same year the mill burnt.", 0, 42),
            "1830-01-01",
            "1826",
            false);
    assertThat(later).extracting(DateExpression::value).containsExactly("1826-07-09");
    assertThat(values("on the 9th of June of the present year, 1841", "1841-07-01"))
        .containsExactly("1841-06-09");
  }

  @Test
  void firstAndLastDaysOfAYearAndYearsAgoLastMonth() {
    assertThat(values("from the first day of 1901 onwards", null)).containsExactly("1901-01-01");
    assertThat(values("until the last day of the year 1899", null)).containsExactly("1899-12-31");
    // last June before 2 May 1840 is June 1839
    assertThat(values("He left three years ago last June.", "1840-05-02"))
        .containsExactly("1836-06");
  }

  @Test
  void theYearOfTheNarrative() {
    String s = "On April 2 the ship sailed.";
    FlatText flat = FlatText.of(s, 0, s.length());
    assertThat(DateText.findAll(flat, "1890-06-01", "1871", true))
        .extracting(DateExpression::value)
        .containsExactly("1871-04-02");
    assertThat(DateText.findAll(flat, "1890-06-01", "1871", false))
        .extracting(DateExpression::value)
        .containsExactly("1890-04-02");
    // a day after the statement is not the narrative's
    String t = "On July 4 the mill burnt.";
    assertThat(DateText.findAll(FlatText.of(t, 0, t.length()), "1890-06-01", "1890", true))
        .extracting(DateExpression::value)
        .containsExactly("1889-07-04");
    // deictic dates keep the statement's day
    String u = "Yesterday, as in 1871, the ship sailed.";
    assertThat(DateText.findAll(FlatText.of(u, 0, u.length()), "1890-06-01", "1871", true))
        .extracting(DateExpression::value)
        .containsExactly("1890-05-31", "1871");
  }

  @Test
  void yearOfAValue() {
    assertThat(DateText.yearOf("1934-12-28")).isEqualTo("1934");
    assertThat(DateText.yearOf("-0398-05")).isEqualTo("-0398");
    assertThat(DateText.yearOf("193X")).isNull();
  }

  @Test
  void ordinalsInWordsBeyondTheDaysOfAMonth() {
    assertThat(NumberWords.ordinalAny("seventy-seventh")).isEqualTo(77);
    assertThat(NumberWords.ordinalAny("ninety fifth")).isEqualTo(95);
    assertThat(NumberWords.ordinalAny("one hundred and first")).isEqualTo(101);
    assertThat(NumberWords.ordinalAny("two hundredth")).isEqualTo(200);
    assertThat(NumberWords.ordinalAny("hundred")).isZero();
    assertThat(NumberWords.ordinalAny("seventy")).isZero();
    assertThat("the one hundred and first".matches("the\\s" + NumberWords.ORDINAL_ANY)).isTrue();
  }
}
