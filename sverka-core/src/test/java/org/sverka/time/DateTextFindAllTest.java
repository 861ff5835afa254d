package org.sverka.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
