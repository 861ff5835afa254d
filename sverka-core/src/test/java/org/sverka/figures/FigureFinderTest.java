package org.sverka.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.text.FlatText;
import org.sverka.time.DateText;

class FigureFinderTest {
  static List<Figure> figures(String s) {
    FlatText flat = FlatText.of(s, 0, s.length());
    return new FigureFinder().find(flat, DateText.findAll(flat, null, null));
  }

  static Figure one(String s) {
    List<Figure> f = figures(s);
    assertThat(f).as(s).hasSize(1);
    return f.get(0);
  }

  @Test
  void digitsWordsMultipliersAndUnits() {
    Figure f = one("the amount of 380 million roubles last year");
    assertThat(f.value()).isEqualByComparingTo("380000000");
    assertThat(f.unit()).isEqualTo("roubles");
    assertThat(f.step()).isEqualByComparingTo("1000000");
    assertThat(one("half a million workers").value()).isEqualByComparingTo("500000");
    assertThat(one("five thousand million rubles").value()).isEqualByComparingTo("5000000000");
    assertThat(one("some 1,100,000 members").value()).isEqualByComparingTo("1100000");
    assertThat(one("some 1,100,000 members").qualifier()).isEqualTo("some");
    assertThat(one("45 per cent of the peasants").unit()).isEqualTo("per cent");
    assertThat(one("45 per cent of the peasants").measure()).isEqualTo("the peasants");
    assertThat(one("two-thirds of the votes").value()).isEqualByComparingTo("0.6666666666666667");
    Figure r = one("to 110-112 per cent of pre-war (");
    assertThat(r.value()).isEqualByComparingTo("110");
    assertThat(r.high()).isEqualByComparingTo("112");
    assertThat(r.relation()).isEqualTo("pre-war");
    assertThat(one("90% of all the proletarians").unit()).isEqualTo("per cent");
    assertThat(one("4,000 poods").unit()).isEqualTo("poods");
  }

  @Test
  void changesAndPeriods() {
    Figure c = one("which is an increase of 27.6 per cent for the two years");
    assertThat(c.change()).isTrue();
    assertThat(c.step()).isEqualByComparingTo("0.1");
    assertThat(one("the share dropped by 3 per cent").value()).isEqualByComparingTo("-3");
    List<Figure> f = figures("rose from 53.1 per cent in 1924-25 to 59.5 per cent in 1926-27");
    assertThat(f).extracting(Figure::period).containsExactly("1924/1925", "1926/1927");
  }

  @Test
  void aFigureWithoutAUnitTakesTheOneBeforeIt() {
    List<Figure> f =
        figures(
            "reached 380 million roubles last year, while this year the figure will be 500 million");
    assertThat(f).extracting(Figure::unit).containsExactly("roubles", "roubles");
  }

  @Test
  void absurdNumbersNeitherCrashNorHang() {
    String huge = "7".repeat(500);
    String text =
        "It cost "
            + huge
            + " roubles, or 1e999 roubles, "
            + "9".repeat(5000)
            + " per cent, and million million million million roubles; "
            + "1,".repeat(3000)
            + "000 men.";
    List<Figure> f = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> figures(text));
    for (Figure x : f) {
      assertThat(x.value().precision()).isLessThan(60);
    }
    FigureChecker.Sentence s = new FigureChecker.Sentence(text, f);
    assertTimeoutPreemptively(
        Duration.ofSeconds(10), () -> new FigureChecker().check(List.of(s, s)));
    assertThat(
            assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> DateText.findAll(text, 0, text.length(), "1934-12-28")))
        .isEmpty();
  }

  @Test
  void checksOfEachKind() {
    assertThat(verdicts("Output doubled, from 400 tons in 1925 to 810 tons in 1927."))
        .containsExactly("RATIO CONSISTENT");
    assertThat(verdicts("Output doubled, from 400 tons in 1925 to 1,400 tons in 1927."))
        .containsExactly("RATIO INCONSISTENT");
    assertThat(
            verdicts(
                "Of the 1,000 members, 600 members voted for, 300 members against and 150 members"
                    + " abstained."))
        .containsExactly("PARTS_OF_TOTAL INCONSISTENT");
    assertThat(verdicts("Industry's share was 40.2 per cent and agriculture's 59.8 per cent."))
        .containsExactly("SHARES CONSISTENT");
    assertThat(verdicts("Industry's share was 41.2 per cent and agriculture's 59.8 per cent."))
        .containsExactly("SHARES INCONSISTENT");
    assertThat(
            verdicts(
                "It grew from about 1,000 million roubles to 1,300 million roubles, an increase"
                    + " of 60 per cent."))
        .containsExactly("PERCENT_CHANGE UNCHECKABLE");
  }

  static List<String> verdicts(String s) {
    FlatText flat = FlatText.of(s, 0, s.length());
    List<Figure> f = new FigureFinder().find(flat, DateText.findAll(flat, null, null));
    return new FigureChecker()
        .check(List.of(new FigureChecker.Sentence(flat.text(), f))).stream()
            .map(c -> c.kind() + " " + c.verdict())
            .toList();
  }

  @Test
  void exactDecimalArithmetic() {
    Figure a = one("0.1 per cent");
    assertThat(a.value()).isEqualTo(new BigDecimal("0.1"));
  }

  @Test
  void olderEnglishCapitalisedUnitsSingularUnitsAndMarkupSeenThrough() {
    Figure w = one("he lay sick Twelve Weeks at the inn");
    assertThat(w.value()).isEqualByComparingTo("12");
    assertThat(w.unit()).isEqualTo("weeks");
    Figure p = one("a fine of Six Pound was laid on him");
    assertThat(p.value()).isEqualByComparingTo("6");
    assertThat(p.unit()).isEqualTo("pounds");
    assertThat(one("a wall nine foot high").unit()).isEqualTo("feet");
    assertThat(one("Three Aged Women came").unit()).isEqualTo("aged women");
    // a capitalised noun that is no unit is not what a small number in words counts
    assertThat(figures("the Seven Sleepers of the tale")).isEmpty();
    // Markdown emphasis inside a figure, an entity for the pound sign
    assertThat(one("paid *forty* pounds down").value()).isEqualByComparingTo("40");
    assertThat(one("a debt of &pound;120 in all").value()).isEqualByComparingTo("120");
  }
}
