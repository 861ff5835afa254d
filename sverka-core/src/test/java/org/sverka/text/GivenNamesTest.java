package org.sverka.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Abbreviated given names, and the sentences they do not end (made-up letters and lists). */
class GivenNamesTest {
  @Test
  void listedAbbreviationsExpandToTheirNames() {
    assertThat(GivenNames.expand("Wm.")).isEqualTo("william");
    assertThat(GivenNames.expand("Thos")).isEqualTo("thomas");
    assertThat(GivenNames.expand("Jno.")).isEqualTo("john");
    assertThat(GivenNames.expand("jas")).as("lower case is no name").isNull();
    assertThat(GivenNames.expand("Was")).isNull();
    // the clipped forms of the seventeenth century's registers
    assertThat(GivenNames.expand("Jona.")).isEqualTo("jonathan");
    assertThat(GivenNames.expand("Eliza.")).isEqualTo("elizabeth");
    assertThat(GivenNames.expand("Tho.")).isEqualTo("thomas");
    assertThat(GivenNames.expand("Xpher.")).isEqualTo("christopher");
    assertThat(GivenNames.expand("Barth.")).isEqualTo("bartholomew");
    assertThat(GivenNames.expand("Mich.")).as("a state's abbreviation too").isNull();
  }

  @Test
  void anAbbreviationShortensANameByItsFirstLettersOrAsAContraction() {
    assertThat(GivenNames.shortens("Steph.", "Stephen")).isTrue();
    assertThat(GivenNames.shortens("Bartw.", "Bartholomew")).isTrue();
    assertThat(GivenNames.shortens("Xpr.", "Christopher")).isFalse();
    assertThat(GivenNames.shortens("Jas.", "James")).isTrue();
    assertThat(GivenNames.shortens("Jas.", "Jonas")).as("listed for James only").isFalse();
    assertThat(GivenNames.shortens("Steph.", "Stanley")).isFalse();
    assertThat(GivenNames.shortens("Rob.", "Rob")).isFalse();
  }

  @Test
  void theDotOfAnAbbreviatedGivenNameEndsNoSentence() {
    String text =
        "The petition was signed by Wm. Farrant and Geo. Tulliver of the parish. Letters went to"
            + " Benj. Ashcombe. He answered at once. We waited for Fred. The coach was late.";
    NormalizedText nt = new Normalizer(HyphenationPolicy.KEEP).normalize(text);
    List<String> sentences =
        new Segmenter()
            .sentences(nt).stream().map(s -> text.substring(s.normStart(), s.normEnd())).toList();
    assertThat(sentences)
        .containsExactly(
            "The petition was signed by Wm. Farrant and Geo. Tulliver of the parish.",
            "Letters went to Benj. Ashcombe.",
            "He answered at once.",
            "We waited for Fred.",
            "The coach was late.");
  }

  @Test
  void givenNamesOfOneSexOnly() {
    assertThat(GivenNames.feminine("Hannah")).isTrue();
    assertThat(GivenNames.feminine("Eliz.")).as("an abbreviation is its name").isTrue();
    assertThat(GivenNames.masculine("Jas.")).isTrue();
    assertThat(GivenNames.masculine("Josiah")).isTrue();
    assertThat(GivenNames.masculine("Hannah")).isFalse();
    // a name both bear is neither
    assertThat(GivenNames.feminine("Leslie")).isFalse();
    assertThat(GivenNames.masculine("Leslie")).isFalse();
  }
}
