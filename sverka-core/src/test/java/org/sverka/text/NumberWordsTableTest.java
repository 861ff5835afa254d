package org.sverka.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The word tables of {@link NumberWords#table}: counting on from the last number given. */
class NumberWordsTableTest {
  @Test
  void eachWordIsOneMoreThanTheOneBeforeUnlessItSaysItsNumber() {
    assertThat(NumberWords.table("oh=0 one two twenty=20 thirty=30 fourty=40 first=1 second"))
        .isEqualTo(
            Map.of(
                "oh", 0, "one", 1, "two", 2, "twenty", 20, "thirty", 30, "fourty", 40, "first", 1,
                "second", 2));
  }

  @Test
  void aWordTwiceIsAMistakeInTheTable() {
    assertThatThrownBy(() -> NumberWords.table("one=1 two one"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theNumberWordsAreReadFromTheirTables() {
    assertThat(NumberWords.word("nineteen")).isEqualTo(19);
    assertThat(NumberWords.word("Fourty")).isEqualTo(40);
    assertThat(NumberWords.word("an")).isEqualTo(1);
    assertThat(NumberWords.word("hundred")).isEqualTo(-1);
    assertThat(NumberWords.ordinal("twentieth")).isEqualTo(20);
    assertThat(NumberWords.ordinal("thirtieth")).isEqualTo(30);
  }
}
