package org.sverka.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.text.FlatText;

/** The date rules on the forms the issue names (and the ones SUTime got wrong). */
class DateTextFindAllTest {
  static List<DateExpression> all(String s, String statementDate) {
    return DateText.findAll(s, 0, s.length(), statementDate);
  }

  static String value(String s, String statementDate) {
    List<DateExpression> found = all(s, statementDate);
    assertThat(found).as(s).hasSize(1);
    return found.get(0).value();
  }

  @Test
  void daysIntervalsAndRangesOfYears() {
    assertThat(value("on December 28-29th, 1934 the trial", null))
        .isEqualTo("1934-12-28/1934-12-29");
    assertThat(value("January 23d, 1935", null)).isEqualTo("1935-01-23");
    assertThat(value("the 28th of December 1934", null)).isEqualTo("1934-12-28");
    assertThat(value("in 1926-27 output", null)).isEqualTo("1926/1927");
    assertThat(value("in 1926-1927", null)).isEqualTo("1926/1927");
    assertThat(value("the years 1923-25 were", null)).isEqualTo("1923/1925");
    assertThat(value("July 29 - August 9, 1927", null)).isEqualTo("1927-07-29/1927-08-09");
    assertThat(value("November-December 1929", null)).isEqualTo("1929-11/1929-12");
    assertThat(value("in November, 1911, an article", null)).isEqualTo("1911-11");
  }

  @Test
  void approximateSeasonsAndDecades() {
    assertThat(value("about 1923 he", null)).isEqualTo("1923~");
    assertThat(value("in the summer 1929", null)).isEqualTo("1929-22");
    assertThat(value("the autumn of 1932", null)).isEqualTo("1932-23");
    assertThat(value("in the twenties", "1937-04-17")).isEqualTo("192X");
    assertThat(value("in the eighties of the last century", "1927-12-03")).isEqualTo("188X");
    assertThat(value("in the 1920s", null)).isEqualTo("192X");
  }

  @Test
  void aDayWithoutAYearTakesTheMostRecentOneNotAfterTheStatement() {
    DateExpression d = all("On December 17, a dispatch was issued", "1934-12-28").get(0);
    assertThat(d.value()).isEqualTo("1934-12-17");
    assertThat(d.anchored()).isTrue();
    assertThat(value("On December 30 he wrote", "1934-12-28")).isEqualTo("1933-12-30");
    // the future tense looks forward
    assertThat(value("The trial will open on January 15", "1934-12-28")).isEqualTo("1935-01-15");
  }

  @Test
  void todayLastYearAndUnanchoredDays() {
    List<DateExpression> both = all("Today, December 16th, the representative", "1928-12-16");
    assertThat(both).extracting(DateExpression::value).containsExactly("1928-12-16", "1928-12-16");
    assertThat(value("380 million roubles last year", "1926-11")).isEqualTo("1925");
    DateExpression lost = all("On December 17 it was issued", null).get(0);
    assertThat(lost.value()).isNull();
    assertThat(lost.kind()).isEqualTo(DateExpression.Kind.UNRESOLVED);
    // in an undated part, the last year written before resolves it, marked uncertain
    assertThat(DateText.findAll("August 6-9", 0, 10, null, "1927").get(0).value())
        .isEqualTo("1927-08-06/1927-08-09?");
  }

  @Test
  void relativeDatesKeepTheEvent() {
    DateExpression d = all("only on the 20th day after his arrest.", "1935-01").get(0);
    assertThat(d.kind()).isEqualTo(DateExpression.Kind.RELATIVE);
    assertThat(d.value()).isNull();
    assertThat(d.event()).isEqualTo("his arrest");
    assertThat(d.text()).isEqualTo("the 20th day after his arrest");
    DateExpression k = all("four weeks after the Kirov assassination, he", null).get(0);
    assertThat(k.event()).isEqualTo("the Kirov assassination");
  }

  @Test
  void wordsThatOnlyLookLikeDates() {
    assertThat(all("the march of events", "1927-01-01")).isEmpty();
    assertThat(all("the October Revolution", "1927-01-01")).isEmpty();
    assertThat(all("the Second International", "1927-01-01")).isEmpty();
    assertThat(all("1,905 million inhabitants and 2,345 million gold rubles", null)).isEmpty();
    assertThat(all("1926 roubles", null)).isEmpty();
    assertThat(value("in 1925\u201497.6 per cent of pre-war", null)).isEqualTo("1925");
  }

  @Test
  void offsetsPointAtTheOriginalTextAcrossLineBreaks() {
    String s = "in 1926-\n27\u20147,060,000 and in\nDecember\n  1934 it";
    List<DateExpression> found = all(s, null);
    assertThat(found).extracting(DateExpression::value).containsExactly("1926/1927", "1934-12");
    assertThat(s.substring(found.get(0).start(), found.get(0).end())).isEqualTo("1926-\n27");
    assertThat(s.substring(found.get(1).start(), found.get(1).end())).isEqualTo("December\n  1934");
  }

  @Test
  void anAnchorBeforeTheYear1000GivesFourDigitYearsAndEveryValueIsEdtf() {
    // found by DateFuzzTest: "the twenties" in a text of 952 gave "92X", which is not EDTF
    assertThat(value("in the twenties the abbey burned", "0952-01-09")).isEqualTo("092X");
    assertThat(value("this year the harvest failed", "0952-01-09")).isEqualTo("0952");
    assertThat(value("in the spring of this year", "0805-06")).isEqualTo("0805-21");
    assertThat(value("by the sixties the walls stood", "0310")).isEqualTo("026X");
  }

  @Test
  void aDatePastTheYear9999IsFoundWithoutAValue() {
    List<DateExpression> found = all("next year the debt falls due", "9999");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).text()).isEqualTo("next year");
    assertThat(found.get(0).value()).isNull();
    assertThat(found.get(0).kind()).isEqualTo(DateExpression.Kind.UNRESOLVED);
  }

  @Test
  void markdownEmphasisXmlTagsAndEntitiesAreSeenThroughAndTheTextKeepsThem() {
    String md = "On *April the* 3*d* he rode out.";
    DateExpression d = all(md, "1681-05").get(0);
    assertThat(d.value()).isEqualTo("1681-04-03");
    assertThat(d.text()).isEqualTo("April the* 3*d");
    assertThat(md.substring(d.start(), d.end())).isEqualTo("April the* 3*d");
    assertThat(value("Written _October_ 4, 1815.", null)).isEqualTo("1815-10-04");
    String xml = "<dateline>Hartford <date value=\"1702-09-08\">Sept 8.\n1702</date></dateline>";
    DateExpression x = all(xml, null).get(0);
    assertThat(x.value()).isEqualTo("1702-09-08");
    assertThat(xml.substring(x.start(), x.end())).isEqualTo("Sept 8.\n1702");
    assertThat(value("the <hi rend=\"i\">Tenth</hi> of <hi>May</hi>, 1760", null))
        .isEqualTo("1760-05-10");
    assertThat(value("May 2<lb/>1760", null)).isEqualTo("1760-05-02");
    assertThat(value("on June 6[^n14], 1799", null)).isEqualTo("1799-06-06");
    // a product between digits is no emphasis
    assertThat(all("3*4 = 12 men", null)).isEmpty();
  }

  @Test
  void olderAbbreviationsOfTheMonthsBeforeADayInDigits() {
    assertThat(value("Given at Bristol, Octob 3. 1710", null)).isEqualTo("1710-10-03");
    assertThat(value("Decemb. 9, 1766", null)).isEqualTo("1766-12-09");
    assertThat(value("Novr 14, 1790", null)).isEqualTo("1790-11-14");
    assertThat(value("dated Apr 7, 1801", null)).isEqualTo("1801-04-07");
    assertThat(value("on the 2d of october 1799", null)).isEqualTo("1799-10-02");
    assertThat(value("the twentieth of march", "1799-04-10")).isEqualTo("1799-03-20");
    // an abbreviation without a stop and without a number after it is no month
    assertThat(all("Jan and Mar went home", "1799-04-10")).isEmpty();
  }

  @Test
  void beforeSeventeenFiftyTwoTheCivilYearBeganOnTheTwentyFifthOfMarch() {
    // a statement of 1705: January to 24 March were written in the year before
    assertThat(value("on Feb. 3, 1704 the ship sailed", "1705-06")).isEqualTo("1705-02-03");
    assertThat(value("in January 1704 they met", "1705-06")).isEqualTo("1705-01");
    assertThat(value("on March 20, 1704", "1705-06")).isEqualTo("1705-03-20");
    assertThat(value("on March 26, 1704", "1705-06")).isEqualTo("1704-03-26");
    // a double year is already the later one; a statement after 1752 reads as written
    assertThat(value("on Feb. 3, 1704/5", "1705-06")).isEqualTo("1705-02-03");
    assertThat(value("on Feb. 3, 1704", "1890")).isEqualTo("1704-02-03");
    assertThat(value("on Feb. 3, 1704", null)).isEqualTo("1704-02-03");
    // the last digits printed as a fraction
    assertThat(value("*February* 2, 170 4/5. The court", "1710")).isEqualTo("1705-02-02");
  }

  @Test
  void numberedMonthsAndYearsOfTwoDigits() {
    // months numbered from March before 1752, from January after
    assertThat(value("on the 3d of the 10th the meeting", "1701-12-30")).isEqualTo("1701-12-03");
    assertThat(value("the 7th day of the 2d month 1680", null)).isEqualTo("1680-04-07");
    assertThat(value("the 7th day of the 11th month 1680", "1681")).isEqualTo("1681-01-07");
    assertThat(value("the 7th of the 2d month 1790", null)).isEqualTo("1790-02-07");
    assertThat(value("the fifth of the seventh month", "1701-12-30")).isEqualTo("1701-09-05");
    // a year of two digits at the end of a heading, in the statement's century
    assertThat(value("Written at sea, *June* 9, 07.", "1708")).isEqualTo("1707-06-09");
    assertThat(value("[received] Nov. 2, 99", "1700-03")).isEqualTo("1699-11-02");
  }

  @Test
  void weekdaysOfAMonthRangesOfDaysAndMonthsOfTheNarrative() {
    assertThat(value("on the last Tuesday in May, Anno 1764", null)).isEqualTo("1764-05-29");
    assertThat(value("the first Monday of September 1788", null)).isEqualTo("1788-09-01");
    List<DateExpression> two = all("from the Third of June to the Ninth, he fasted", "1770");
    assertThat(two).extracting(DateExpression::value).containsExactly("1770-06-03", "1770-06-09");
    assertThat(two.get(1).text()).isEqualTo("the Ninth");
    assertThat(value("He came in early April", "1770-06")).isEqualTo("1770-04");
    assertThat(value("about the Beginning of this June", "1770-06-20")).isEqualTo("1770-06");
    assertThat(value("Dated Boston, March, 4, 1770.", null)).isEqualTo("1770-03-04");
  }

  @Test
  void notesDatedToALaterYearNarrateTheYearWrittenBefore() {
    // notes of 1910 on 1770: a day without a year is of 1770, even paragraphs later
    FlatText far = FlatText.of("He was seen on May 13 at the inn.", 0, 33);
    assertThat(DateText.findAll(far, "1910", "1770", false).get(0).value()).isEqualTo("1770-05-13");
    // a statement dated to the day still reads its own most recent day
    assertThat(DateText.findAll(far, "1910-06-01", "1770", false).get(0).value())
        .isEqualTo("1910-05-13");
    // the narrative year of the year just before is the statement's
    assertThat(DateText.findAll(far, "1771", "1770", false).get(0).value()).isEqualTo("1771-05-13");
  }

  @Test
  void regnalYearsOfTheSovereignNamedOrReigningAtTheStatement() {
    assertThat(value("in the Tenth Year of the Reign of our Sovereign Lady Anne, Queen", "1712"))
        .isEqualTo("1711-03-08/1712-03-07");
    assertThat(value("Given at London in the 3d Year of his Majesties Reign.", "1763-05-02"))
        .isEqualTo("1762-10-25/1763-10-24");
    assertThat(value("the second year of the reign of King James", "1605"))
        .isEqualTo("1604-03-24/1605-03-23");
    assertThat(all("in the 3d Year of his Majesties Reign", null).get(0).value()).isNull();
    // a year of two digits before an abbreviation that ends an endorsement
    assertThat(value("[received] May 4, 05 abt. the Trade", "1705")).isEqualTo("1705-05-04");
  }

  @Test
  void anEditorsNotesReadTheDocumentsTimeUnlessTheSentenceWroteAnEarlierYear() {
    FlatText note = FlatText.of("He was seized on May 13 and tried on June 2.", 0, 44);
    // notes of 1910 to a letter of 1771: the days are of 1771, not of the year cited last
    assertThat(DateText.findAll(note, "1910", "1688", false, "1771-08"))
        .extracting(DateExpression::value)
        .containsExactly("1771-05-13", "1771-06-02");
    String s = "He went home in 1764; on May 13 he wrote";
    assertThat(DateText.findAll(FlatText.of(s, 0, s.length()), "1910", null, false, "1771-08"))
        .extracting(DateExpression::value)
        .containsExactly("1764", "1764-05-13");
    // months numbered in such notes are numbered as the document's writer numbered them
    String q = "on the 5th of the 9th she came";
    assertThat(DateText.findAll(FlatText.of(q, 0, q.length()), "1910", null, false, "1700"))
        .extracting(DateExpression::value)
        .containsExactly("1700-11-05");
  }

  @Test
  void weekdaysBeforeSeventeenFiftyTwoAreJuliansAndATwelvemonthIsAYear() {
    // 1 May 1700 of the Julian calendar (12 May, Gregorian) was a Wednesday
    assertThat(value("the first Saturday of May, 1700", null)).isEqualTo("1700-05-04");
    assertThat(value("the last Tuesday in April, 1710", null)).isEqualTo("1710-04-25");
    assertThat(value("the last Monday in May 1900", null)).isEqualTo("1900-05-28");
    assertThat(value("last June was a twelvemonth", "1705-03-10")).isEqualTo("1703-06");
  }

  @Test
  void aDayOrTwoOffInAStatementDatedToAYearIsOfThatYear() {
    assertThat(value("he was taken on the day before the games", "-0431")).isEqualTo("-0431");
    assertThat(value("on the day after that on which the fleet sails", "-0431")).isEqualTo("-0431");
    assertThat(value("and in the following night they fled", "-0431")).isEqualTo("-0431");
    assertThat(value("on the preceding days we met", "1810")).isEqualTo("1810");
    // dated to the day, the event's day is not known
    assertThat(value("he was taken on the day before the games", "1810-05-02")).isNull();
    assertThat(all("and in the following night they fled", "1810-05-02")).isEmpty();
    // weeks off are not days
    assertThat(value("four weeks after the games", "-0431")).isNull();
  }
}
