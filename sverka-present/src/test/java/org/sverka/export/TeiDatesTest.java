package org.sverka.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TeiDatesTest {
  private static String attrs(String edtf) {
    return String.join(" ", TeiDates.attributes(edtf));
  }

  @Test
  void aYearMonthOrDayIsWhen() {
    assertThat(attrs("1926")).isEqualTo("when 1926");
    assertThat(attrs("1926-11")).isEqualTo("when 1926-11");
    assertThat(attrs("1928-12-16")).isEqualTo("when 1928-12-16");
    assertThat(attrs("-0399")).isEqualTo("when -0399");
  }

  @Test
  void intervalsUnknownDigitsAndSeasonsAreBounds() {
    assertThat(attrs("1927-11-06/1927-11-07"))
        .isEqualTo("notBefore 1927-11-06 notAfter 1927-11-07");
    assertThat(attrs("1926/1937")).isEqualTo("notBefore 1926 notAfter 1937");
    assertThat(attrs("193X")).isEqualTo("notBefore 1930-01-01 notAfter 1939-12-31");
    assertThat(attrs("1934-XX")).isEqualTo("notBefore 1934-01-01 notAfter 1934-12-31");
    assertThat(attrs("../1930")).isEqualTo("notAfter 1930");
  }

  @Test
  void uncertainAndApproximateDatesSayHowSure() {
    assertThat(attrs("1935~")).isEqualTo("when 1935 cert medium");
    assertThat(attrs("1935?")).isEqualTo("when 1935 cert low");
    assertThat(attrs("1935%")).isEqualTo("when 1935 cert low");
  }

  @Test
  void whatIsNotEdtfGivesNoAttribute() {
    assertThat(TeiDates.attributes(null)).isEmpty();
    assertThat(TeiDates.attributes("last spring")).isEmpty();
  }
}
