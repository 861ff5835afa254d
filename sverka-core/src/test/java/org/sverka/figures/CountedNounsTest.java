package org.sverka.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.text.FlatText;
import org.sverka.time.DateText;

/**
 * What a number counts when a plural noun follows it, fractions in fourths, and ordinals that are
 * no fractions; examples written for this test.
 */
class CountedNounsTest {
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
  void aPluralNounAfterDigitsIsTheUnit() {
    Figure f = one("the census counted 12,417 weavers in the county");
    assertThat(f.text()).isEqualTo("12,417 weavers");
    assertThat(f.unit()).isEqualTo("weavers");
    assertThat(one("there were 231 orphans---all of them fed").text()).isEqualTo("231 orphans");
    Figure two = one("and 3,508 landless labourers signed it");
    assertThat(two.text()).isEqualTo("3,508 landless labourers");
    assertThat(one("we found 640 horsemen and no more").unit()).isEqualTo("horsemen");
    assertThat(one("the 7,002 oxen were sold").unit()).isEqualTo("oxen");
  }

  @Test
  void aWordOrAVerbThatEndsInSIsNoUnit() {
    assertThat(figures("of these 812 was the number")).isEmpty();
    assertThat(figures("of the 905 thus named")).isEmpty();
    assertThat(one("the 1,250 is small").unit()).isNull();
    assertThat(figures("in 1840 crops failed")).isEmpty(); // a year, a date: no count
  }

  @Test
  void smallNumbersInWordsCountAMeasureOnly() {
    assertThat(one("he paid nine talents for it").value()).isEqualByComparingTo("9");
    assertThat(one("a fine of forty drachmas was set").unit()).isEqualTo("drachmas");
    assertThat(one("after twenty years of exile").unit()).isEqualTo("years");
    assertThat(one("she was fined three minae").text()).isEqualTo("three minae");
    assertThat(figures("there are two kinds of men and three ways")).isEmpty();
    // a count of years that names a period is not a figure
    assertThat(figures("through all that six years they quarrelled")).isEmpty();
    assertThat(figures("an increase of 9 per cent over the three years"))
        .extracting(Figure::text)
        .containsExactly("9 per cent");
    assertThat(figures("for the ten years 1801-11 it rose"))
        .extracting(Figure::text)
        .doesNotContain("ten years");
  }

  @Test
  void fourthsAndOrdinals() {
    assertThat(one("nearly one-fourth of the land").value()).isEqualByComparingTo("0.25");
    assertThat(one("three fourths of the town").value()).isEqualByComparingTo("0.75");
    assertThat(figures("Here is a fourth letter from him")).isEmpty();
    assertThat(figures("he tried a third time")).isEmpty();
    assertThat(one("a third of the crop was lost").value())
        .isEqualByComparingTo("0.3333333333333333");
  }
}
