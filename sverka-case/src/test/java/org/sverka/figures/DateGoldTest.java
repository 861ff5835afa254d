package org.sverka.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.Corpus;
import org.sverka.eval.Gold;
import org.sverka.eval.Measure;
import org.sverka.eval.Scorer;
import org.sverka.store.CaseFile;
import org.sverka.store.DateFigureTables;
import org.sverka.store.DateFigureTables.StoredDate;
import org.sverka.time.Edtf;

/**
 * The date gold set (test resource gold/opposition-1926-1937/dates.tsv) against what analyze
 * stores, scored as {@code sverka eval} scores it ({@link Scorer#dates}).
 */
class DateGoldTest {
  static List<Gold.Date> gold() throws IOException {
    Gold g = Gold.read(Corpus.gold(Corpus.NAME));
    assertThat(g.errors()).isEmpty();
    return g.dates();
  }

  @Test
  void atLeastNinetyPerCentOfTheGoldDatesAreFoundAndNormalisedRight() throws Exception {
    List<Gold.Date> gold = gold();
    assertThat(gold).hasSizeGreaterThanOrEqualTo(60);
    for (Gold.Date g : gold) {
      assertThat(Edtf.tryParse(g.value())).as("gold value %s", g.value()).isPresent();
    }
    List<StoredDate> found;
    try (CaseFile cf = CaseFile.open(DemoCase.dir())) {
      found = new DateFigureTables(cf).dates();
    }
    Measure m = Scorer.dates(found, gold);
    assertThat(m.total()).isEqualTo(gold.size());
    System.out.printf(
        "date gold: %d of %d right (%.3f); missed: %s%n",
        m.found(), m.total(), m.ratio(), m.misses());
    assertThat(m.ratio()).as("missed: %s", m.misses()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void relativeDatesKeepTheirEventAndNoValue() throws Exception {
    List<StoredDate> found;
    try (CaseFile cf = CaseFile.open(DemoCase.dir())) {
      found = new DateFigureTables(cf).dates();
    }
    assertThat(found)
        .anySatisfy(
            d -> {
              assertThat(d.doc()).isEqualTo("trotsky-kirov-1935");
              assertThat(d.text()).isEqualTo("the 20th day after his arrest");
              assertThat(d.value()).isNull();
              assertThat(d.kind()).isEqualTo("RELATIVE");
              assertThat(d.event()).isEqualTo("his arrest");
              assertThat(d.statementDate()).isEqualTo("1935-01");
            });
    assertThat(found)
        .anySatisfy(
            d -> {
              assertThat(d.text()).isEqualTo("four weeks after the Kirov assassination");
              assertThat(d.event()).isEqualTo("the Kirov assassination");
              assertThat(d.statementDate()).isEqualTo("1937-04-17");
            });
  }
}
