package org.sverka.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EdtfTest {
  @Test
  void daysMonthsYearsAndDecades() {
    assertThat(Edtf.parse("1934-12-28").isDay()).isTrue();
    assertThat(Edtf.parse("1928-02").latest()).isEqualTo(LocalDate.of(1928, 2, 29));
    assertThat(Edtf.parse("1926").earliest()).isEqualTo(LocalDate.of(1926, 1, 1));
    Edtf twenties = Edtf.parse("192X");
    assertThat(twenties.earliest()).isEqualTo(LocalDate.of(1920, 1, 1));
    assertThat(twenties.latest()).isEqualTo(LocalDate.of(1929, 12, 31));
    assertThat(Edtf.parse("19XX").latest()).isEqualTo(LocalDate.of(1999, 12, 31));
    assertThat(Edtf.parse("1934-XX").latest()).isEqualTo(LocalDate.of(1934, 12, 31));
  }

  @Test
  void yearsBeforeTheCommonEraInAstronomicalNumbering() {
    // 399 BC is -0398 (0000 is 1 BC), as ancient histories need
    Edtf trial = Edtf.parse("-0398");
    assertThat(trial.earliest()).isEqualTo(LocalDate.of(-398, 1, 1));
    assertThat(trial.latest()).isEqualTo(LocalDate.of(-398, 12, 31));
    assertThat(Edtf.parse("-0398-05~").approximate()).isTrue();
    assertThat(Edtf.parse("-0398-05").latest()).isEqualTo(LocalDate.of(-398, 5, 31));
    // the fifth century BC: -0499 to -0400
    Edtf century = Edtf.parse("-04XX");
    assertThat(century.earliest()).isEqualTo(LocalDate.of(-499, 1, 1));
    assertThat(century.latest()).isEqualTo(LocalDate.of(-400, 12, 31));
    Edtf life = Edtf.parse("-0469/-0398");
    assertThat(life.earliest()).isBefore(life.latest());
    assertThat(trial.compareTo(Edtf.parse("0001"))).isNegative();
    assertThatThrownBy(() -> Edtf.parse("--0398")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Edtf.parse("-0398/-0469"))
        .hasMessageContaining("ends before it begins");
  }

  @Test
  void qualifiersSeasonsAndIntervals() {
    Edtf about = Edtf.parse("1923~");
    assertThat(about.approximate()).isTrue();
    assertThat(about.uncertain()).isFalse();
    assertThat(Edtf.parse("1936-08%").uncertain()).isTrue();
    Edtf winter = Edtf.parse("1929-24");
    assertThat(winter.earliest()).isEqualTo(LocalDate.of(1929, 12, 1));
    assertThat(winter.latest()).isEqualTo(LocalDate.of(1930, 2, 28));
    Edtf copenhagen = Edtf.parse("1932-11-23/1932-12-02");
    assertThat(copenhagen.isInterval()).isTrue();
    assertThat(copenhagen.contains(Edtf.parse("1932-11-27"))).isTrue();
    assertThat(copenhagen.overlaps(Edtf.parse("1932-12"))).isTrue();
    assertThat(copenhagen.overlaps(Edtf.parse("1933"))).isFalse();
    assertThat(Edtf.parse("../1917").earliest()).isEqualTo(LocalDate.MIN);
    assertThat(Edtf.parse("1917/").latest()).isEqualTo(LocalDate.MAX);
  }

  @Test
  void badValuesNameTheProblemAndTheForms() {
    assertThatThrownBy(() -> Edtf.parse("1934-13"))
        .hasMessageContaining("month 13")
        .hasMessageContaining("YYYY-MM-DD");
    assertThatThrownBy(() -> Edtf.parse("1934-02-30")).hasMessageContaining("day 30");
    assertThatThrownBy(() -> Edtf.parse("yesterday")).hasMessageContaining("not an EDTF date");
    assertThatThrownBy(() -> Edtf.parse("1935/1934")).hasMessageContaining("ends before");
    assertThatThrownBy(() -> Edtf.parse("/")).hasMessageContaining("at least one end");
    assertThat(Edtf.tryParse("")).isEmpty();
  }

  @Test
  void ordersByEarliestThenLatest() {
    assertThat(Edtf.parse("1934").compareTo(Edtf.parse("1934-01-01"))).isPositive();
    assertThat(Edtf.parse("1933-12-31").compareTo(Edtf.parse("1934"))).isNegative();
  }

  @Test
  void anErrorIsOneLineAndShowsTheLineBreakItQuotes() {
    // found by DateFuzzTest: a carriage return inside a value split the message in two
    assertThatThrownBy(() -> Edtf.parse("1848-0\r3"))
        .hasMessageStartingWith("invalid EDTF date '1848-0\\r3'")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\r", "\n"));
    assertThatThrownBy(() -> Edtf.parse("1791\u2028/1799\n-01"))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n", "\u2028"))
        .hasMessageContaining("1791\\u2028/1799\\n-01");
  }
}
