package org.sverka.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.text.FlatText;
import org.sverka.time.DateText;

/** Relations between figures stated in words; every sentence here is made up. */
class StatedRelationsTest {
  /** The checks of a paragraph of sentences, each as "KIND VERDICT stated". */
  static List<String> checks(String... sentences) {
    List<FigureChecker.Sentence> para = new ArrayList<>();
    for (String s : sentences) {
      FlatText flat = FlatText.of(s, 0, s.length());
      para.add(
          new FigureChecker.Sentence(
              flat.text(),
              new FigureFinder().find(flat, DateText.findAll(flat, null, null)),
              flat));
    }
    return new FigureChecker()
        .check(para).stream().map(c -> c.kind() + " " + c.verdict() + " " + c.stated()).toList();
  }

  @Test
  void toOne() {
    assertThat(checks("The garrison had only 40 while the besiegers were 1,210, some 30 to one."))
        .containsExactly("RATIO CONSISTENT some 30 to one");
    assertThat(checks("The garrison had only 40 while the besiegers were 1,210, 20 to one."))
        .containsExactly("RATIO INCONSISTENT 20 to one");
    // a ratio truncated is still right: 30.25 said "30 to one"
    assertThat(checks("The garrison had 40 while the besiegers were 1,210, 30 to one."))
        .containsExactly("RATIO CONSISTENT 30 to one");
    // without two figures to compare it says nothing
    assertThat(checks("The odds were 30 to one against him.")).isEmpty();
    assertThat(checks("Of 12 and 40 and 1,210 men, 30 to one.")).isEmpty();
  }

  @Test
  void apposition() {
    assertThat(checks("Take three, and then six, its double, and count again."))
        .containsExactly("RATIO CONSISTENT six, its double");
    assertThat(checks("Take three, and then seven, its double, and count again."))
        .containsExactly("RATIO INCONSISTENT seven, its double");
    assertThat(checks("Of 18 loaves they kept 9, their half."))
        .contains("RATIO CONSISTENT 9, their half");
    assertThat(checks("He spoke for the double of the time.")).isEmpty();
  }

  @Test
  void multipleWithARemainder() {
    assertThat(
            checks(
                "The upper town counts 7,450 while the lower town counts 3,600.",
                "The upper has twice as many as the lower, and 250 over."))
        .containsExactly("RATIO CONSISTENT twice");
    assertThat(
            checks(
                "The upper town counts 7,450 while the lower town counts 3,600.",
                "The upper has twice as many as the lower, and 350 over."))
        .containsExactly("RATIO INCONSISTENT twice");
    assertThat(checks("It has three times as many as before, and 20 more besides.")).isEmpty();
  }

  @Test
  void differenceToAnEarlierFigure() {
    assertThat(
            checks(
                "The eastern parish had 1,312 baptisms.",
                "The harvest was poor.",
                "Nobody knew why.",
                "The western parish had 2,020 baptisms, being 708 more than the eastern."))
        .containsExactly("PARTS_OF_TOTAL CONSISTENT \u201c2,020 baptisms\u201d");
    assertThat(
            checks(
                "The eastern parish had 1,312 baptisms.",
                "The western parish had 1,100 baptisms, being 212 fewer than the eastern."))
        .containsExactly("PARTS_OF_TOTAL CONSISTENT \u201c1,100 baptisms\u201d");
    // no earlier figure gives it: the text does not say which it means, so no check
    assertThat(
            checks(
                "The eastern parish had 1,312 baptisms.",
                "The western parish had 2,020 baptisms, being 700 more than the eastern."))
        .isEmpty();
  }

  @Test
  void aTotalWithItsPartsInLaterSentences() {
    assertThat(
            checks(
                "The parish counted 2,400 souls in all.",
                "The town held 1,300 souls, and the weather was mild.",
                "The villages held 1,100 souls."))
        .containsExactly("PARTS_OF_TOTAL CONSISTENT \u201c2,400 souls\u201d");
    // a miss across sentences proves nothing: a figure of the same noun need not be a part
    assertThat(
            checks(
                "The parish counted 2,400 souls in all.",
                "The town held 1,300 souls.",
                "The villages held 1,000 souls."))
        .containsExactly("PARTS_OF_TOTAL UNCHECKABLE \u201c2,400 souls\u201d");
    // no word marks a total: no check
    assertThat(
            checks(
                "The parish counted 2,400 souls.",
                "The town held 1,300 souls.",
                "The villages held 1,100 souls."))
        .isEmpty();
    // other nouns are not parts
    assertThat(
            checks(
                "The parish counted 2,400 souls in all.",
                "The town held 1,300 houses.",
                "The villages held 1,100 houses."))
        .isEmpty();
  }
}
