package org.sverka.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sverka.figures.FigureFinderTest.figures;
import static org.sverka.figures.FigureFinderTest.one;

import org.junit.jupiter.api.Test;
import org.sverka.text.NumberWords;

/**
 * Numbers written in words and money of the 17th to 19th centuries, on examples written for this
 * test (pamphlets, parliamentary speeches, account books, newspapers).
 */
class NumberWordsAndMoneyTest {
  @Test
  void theReaderOfNumberWords() {
    assertThat(NumberWords.cardinal("one hundred and forty millions").value())
        .isEqualByComparingTo("140000000");
    assertThat(NumberWords.cardinal("one hundred and forty millions").step())
        .isEqualByComparingTo("1000000");
    assertThat(NumberWords.cardinal("two thousand five hundred and six").value())
        .isEqualByComparingTo("2506");
    assertThat(NumberWords.cardinal("Fourscore and Seven").value()).isEqualByComparingTo("87");
    assertThat(NumberWords.cardinal("three score and ten").value()).isEqualByComparingTo("70");
    assertThat(NumberWords.cardinal("a dozen").value()).isEqualByComparingTo("12");
    assertThat(NumberWords.cardinal("half a million").value()).isEqualByComparingTo("500000");
    assertThat(NumberWords.cardinal("seven hundred thousand").value())
        .isEqualByComparingTo("700000");
    assertThat(NumberWords.cardinal("one million, two hundred thousand").value())
        .isEqualByComparingTo("1200000");
    assertThat(NumberWords.cardinal("forty-three").value()).isEqualByComparingTo("43");
    assertThat(NumberWords.cardinal("the")).isNull();
    assertThat(NumberWords.year("seventeen ninety-six")).isEqualTo(1796);
    assertThat(NumberWords.year("one thousand eight hundred and twelve")).isEqualTo(1812);
    assertThat(NumberWords.year("eighteen oh five")).isEqualTo(1805);
    assertThat(NumberWords.ordinal("Twenty-Third")).isEqualTo(23);
    assertThat(NumberWords.ordinal("fifteen")).isZero();
  }

  @Test
  void numbersInWordsAreReadWhole() {
    Figure debt = one("a debt of one hundred and forty millions sterling");
    assertThat(debt.value()).isEqualByComparingTo("140000000");
    assertThat(debt.text()).isEqualTo("one hundred and forty millions");
    assertThat(one("about a hundred and twenty persons were present").value())
        .isEqualByComparingTo("120");
    assertThat(one("the town had two thousand five hundred and six inhabitants").value())
        .isEqualByComparingTo("2506");
    assertThat(one("fourscore and seven voters signed").value()).isEqualByComparingTo("87");
    assertThat(one("a dozen delegates walked out").value()).isEqualByComparingTo("12");
    Figure half = one("half a million pounds were voted");
    assertThat(half.value()).isEqualByComparingTo("500000");
    assertThat(half.unit()).isEqualTo("pounds");
    assertThat(one("twenty-five thousand men under arms").value()).isEqualByComparingTo("25000");
    Figure of = one("a debt of ten millions of dollars was paid");
    assertThat(of.value()).isEqualByComparingTo("10000000");
    assertThat(of.text()).isEqualTo("ten millions of dollars");
    assertThat(of.unit()).isEqualTo("dollars");
    assertThat(one("3 millions of dollars").unit()).isEqualTo("dollars");
    assertThat(one("some 1,500 of the voters").unit()).isNull();
    // words alone, without a multiplier or a unit, are no figure; "and" joins only after one
    assertThat(figures("two and three of them came, and one went")).isEmpty();
    assertThat(figures("on that score he said nothing")).isEmpty();
    assertThat(one("a score of witnesses were heard").value()).isEqualByComparingTo("20");
  }

  @Test
  void moneyOfThePeriod() {
    Figure pounds = one("a salary of \u00a31,200 a year");
    assertThat(pounds.value()).isEqualByComparingTo("1200");
    assertThat(pounds.unit()).isEqualTo("pounds");
    assertThat(pounds.text()).isEqualTo("\u00a31,200");
    Figure l = one("the parish paid 1200l. for the bridge");
    assertThat(l.value()).isEqualByComparingTo("1200");
    assertThat(l.unit()).isEqualTo("pounds");
    assertThat(l.text()).isEqualTo("1200l.");
    Figure sd = one("wheat at 2s. 6d. the bushel");
    assertThat(sd.value()).isEqualByComparingTo("30");
    assertThat(sd.unit()).isEqualTo("pence");
    assertThat(sd.text()).isEqualTo("2s. 6d.");
    assertThat(one("a total of 150l. 10s. 6d. was raised").value())
        .isEqualByComparingTo(String.valueOf(150 * 240 + 10 * 12 + 6));
    assertThat(one("bread at 7\u00bdd. the loaf").value()).isEqualByComparingTo("7.5");
    Figure dollars = one("a bounty of $4,000 was offered");
    assertThat(dollars.value()).isEqualByComparingTo("4000");
    assertThat(dollars.unit()).isEqualTo("dollars");
    assertThat(one("he was fined 40 dollars").unit()).isEqualTo("dollars");
    assertThat(one("a loan of \u00a31.5 millions").value()).isEqualByComparingTo("1500000");
    // a year after a currency sign is money; an ordinal day is not pence
    assertThat(one("a legacy of \u00a31785 to the poor").unit()).isEqualTo("pounds");
    assertThat(figures("your letter of the 22d. came today")).isEmpty();
  }

  @Test
  void shillingsAndPenceAloneBeginAtTheirFirstDigit() {
    // found by FigureFuzzTest: the separator before the shillings was taken into the figure
    String s = "The porter's wage for the week: 20s. 6d. in all.";
    Figure f = one(s);
    assertThat(f.text()).isEqualTo("20s. 6d.");
    assertThat(s.substring(f.start(), f.end())).isEqualTo("20s. 6d.");
    assertThat(f.value()).isEqualByComparingTo("246");
  }
}
