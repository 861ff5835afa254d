package org.sverka.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dates written in words, ordinal days, years in words and Old Style / New Style double years, on
 * examples written for this test from several periods and kinds of text (registers, deeds, logs,
 * letters, diaries).
 */
class DateWordsTest {
  static List<DateExpression> all(String s, String statementDate) {
    return DateText.findAll(s, 0, s.length(), statementDate);
  }

  static DateExpression one(String s, String statementDate) {
    List<DateExpression> found = all(s, statementDate);
    assertThat(found).as(s).hasSize(1);
    return found.get(0);
  }

  static String value(String s) {
    return one(s, null).value();
  }

  @Test
  void ordinalDaysInWordsWithAYearInDigits() {
    assertThat(value("The fleet came in on the nineteenth of October 1781, at dawn."))
        .isEqualTo("1781-10-19");
    assertThat(value("the Twentieth Day of January, 1801, being a Tuesday"))
        .isEqualTo("1801-01-20");
    assertThat(value("married on the twenty-third of June 1842 at the parish church"))
        .isEqualTo("1842-06-23");
    assertThat(value("on the twenty first of March, 1919, the strike began"))
        .isEqualTo("1919-03-21");
    DateExpression d = one("Witness my hand the nineteenth of April 1775.", null);
    assertThat(d.text()).isEqualTo("the nineteenth of April 1775");
    assertThat(d.kind()).isEqualTo(DateExpression.Kind.DAY);
  }

  @Test
  void dayOfMonthAndMonthTheNth() {
    assertThat(value("Given under my hand this 4th day of July, in the year of our Lord 1803."))
        .isEqualTo("1803-07-04");
    assertThat(value("Camp near the river, June the 3d, 1864")).isEqualTo("1864-06-03");
    assertThat(value("Paris, September the seventeenth, 1870")).isEqualTo("1870-09-17");
    assertThat(value("Boston, August 2d, in the year 1790")).isEqualTo("1790-08-02");
  }

  @Test
  void yearsInWords() {
    DateExpression log =
        one(
            "Entered the Seventh Day of August in the Year of our Lord one thousand seven hundred"
                + " and sixty two, the wind at north-east.",
            null);
    assertThat(log.value()).isEqualTo("1762-08-07");
    assertThat(log.text())
        .isEqualTo(
            "the Seventh Day of August in the Year of our Lord one thousand seven hundred and"
                + " sixty two");
    assertThat(value("signed the ninth of May, eighteen hundred and sixty-one"))
        .isEqualTo("1861-05-09");
    assertThat(
            value(
                "Done the first day of March Anno Domini one thousand eight hundred and"
                    + " twelve"))
        .isEqualTo("1812-03-01");
    assertThat(value("dated December the tenth, seventeen ninety-six")).isEqualTo("1796-12-10");
    // a year in words alone needs its cue, and its text is the year
    DateExpression y = one("It was in the year of grace eighteen hundred and twelve.", null);
    assertThat(y.value()).isEqualTo("1812");
    assertThat(y.text()).isEqualTo("eighteen hundred and twelve");
    assertThat(value("In eighteen hundred and forty-eight the barricades went up."))
        .isEqualTo("1848");
    assertThat(value("the charter of Anno Domini fourteen hundred and ninety")).isEqualTo("1490");
  }

  @Test
  void capitalisationAndLineBreaksOfThePeriod() {
    String s = "the TWELFTH Day of\nFebruary, in the Year\nof our Lord One Thousand Eight\nHundred";
    DateExpression d = one(s + " and Five.", null);
    assertThat(d.value()).isEqualTo("1805-02-12");
    assertThat(d.start()).isZero();
    assertThat(d.end()).isEqualTo(s.length() + " and Five".length());
    assertThat(d.text()).doesNotContain("\n");
  }

  @Test
  void oldStyleNewStyleDoubleYears() {
    // a day between 1 January and 24 March: the New Style year
    assertThat(value("he was born February 11, 1731/2, in the colony")).isEqualTo("1732-02-11");
    assertThat(value("buried the 3 of March 1688/89")).isEqualTo("1689-03-03");
    assertThat(value("Baptized the twenty-third of March 1687/8, John son of William"))
        .isEqualTo("1688-03-23");
    assertThat(value("in January, 1719/20, the bubble")).isEqualTo("1720-01");
    // a year written alone with both reckonings: the interval of the two
    assertThat(value("the accounts of 1739/40 show a loss")).isEqualTo("1739/1740");
    // not a double year: the second is not the next year
    assertThat(all("February 11, 1731/5", null))
        .extracting(DateExpression::value)
        .doesNotContain("1732-02-11", "1731-02-11");
  }

  @Test
  void daysInWordsWithoutAYearTakeTheStatementDate() {
    assertThat(one("We met again on the first of May.", "1851-06-10").value())
        .isEqualTo("1851-05-01");
    assertThat(one("We shall meet again on the first of May.", "1851-06-10").value())
        .isEqualTo("1852-05-01");
    assertThat(one("since the Fifteenth Day of August last", "1799-11-02").value())
        .isEqualTo("1799-08-15");
    assertThat(one("Ever since May the 4th he has been silent", "1926-06-01").value())
        .isEqualTo("1926-05-04");
  }

  @Test
  void romanYearsAndDaysOfTheMonthBeforeOrAfter() {
    assertThat(value("Printed in the Year MDCCLXXIV, and sold by the booksellers"))
        .isEqualTo("1774");
    assertThat(value("the second day of June, Anno Domini MDCCCXXXI")).isEqualTo("1831-06-02");
    // a letter dated 1794-03-09 answering "yours of the 22d ult."
    DateExpression ult = one("I have received yours of the 22d ult. with the papers", "1794-03-09");
    assertThat(ult.value()).isEqualTo("1794-02-22");
    assertThat(ult.text()).isEqualTo("the 22d ult.");
    assertThat(one("the meeting of the fifth instant was adjourned", "1832-11-20").value())
        .isEqualTo("1832-11-05");
    assertThat(one("to sail on the 3d prox. for Lisbon", "1810-12-28").value())
        .isEqualTo("1811-01-03");
    assertThat(one("yours of the 22d ult.", null).value()).isNull();
  }

  @Test
  void daysOfThisOrLastMonthAndOfLastOrNextMonthNamed() {
    assertThat(one("the letter of the 5th of this month reached me", "1866-04-19").value())
        .isEqualTo("1866-04-05");
    assertThat(one("on the twenty-seventh of last month", "1903-01-10").value())
        .isEqualTo("1902-12-27");
    assertThat(one("since the 17th of last December", "1858-08-27").value())
        .isEqualTo("1857-12-17");
    assertThat(one("until the 2d of next March", "1795-05-30").value()).isEqualTo("1796-03-02");
    DateExpression last = one("the resolutions passed in June last were read", "1842-08-20");
    assertThat(last.value()).isEqualTo("1842-06");
    assertThat(last.text()).isEqualTo("June last");
    assertThat(one("to meet in January next at the capitol", "1788-10-01").value())
        .isEqualTo("1789-01");
  }

  @Test
  void yearRangesWithOneDigitOrAnApostropheAndHeadingsRunTogether() {
    assertThat(value("the accounts of 1853-'54 were closed")).isEqualTo("1853/1854");
    assertThat(value("in the session of 1848-9 the bill")).isEqualTo("1848/1849");
    assertThat(value("Address at the Town HallMarch 4, 1861")).isEqualTo("1861-03-04");
    assertThat(value("SPEECH DELIVERED JUNE 26, 1857")).isEqualTo("1857-06-26");
    assertThat(all("THE PEOPLE MAY 4 TIMES REFUSE", null)).isEmpty();
  }

  @Test
  void wordsThatAreNotDatesStayNotDates() {
    assertThat(all("The first of these objections is the weakest.", "1788-01-01")).isEmpty();
    assertThat(all("May I say a word for the second of them?", "1788-01-01")).isEmpty();
    assertThat(all("March on, brave men, March on to the sea!", "1862-01-01")).isEmpty();
    assertThat(all("the third of the members voted against it", "1931-01-01")).isEmpty();
    assertThat(all("one thousand men and eighteen hundred horses", null)).isEmpty();
    // a sum of pounds is not a year; a year before "d." (died) still is
    assertThat(all("he left 1750l. to the parish", null)).isEmpty();
    assertThat(all("John Hale, b. 1702 d. 1787", null))
        .extracting(DateExpression::value)
        .containsExactly("1702", "1787");
    assertThat(all("on the second day of the debate he rose", "1906-01-01")).isEmpty();
    assertThat(all("In fifteen hundred places the bells were rung.", null)).isEmpty();
  }

  @Test
  void aDayInWordsBeforeTheTwentyFifthOfMarchOfAnOldStyleStatementIsOfTheNextYear() {
    String s =
        "the Tenth Day of February in the Year of our Lord one thousand seven hundred and ten";
    assertThat(DateText.findAll(s, 0, s.length(), "1711").get(0).value()).isEqualTo("1711-02-10");
    assertThat(DateText.findAll(s, 0, s.length(), "1890").get(0).value()).isEqualTo("1710-02-10");
  }
}
