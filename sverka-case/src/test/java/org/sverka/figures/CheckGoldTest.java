package org.sverka.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.Corpus;
import org.sverka.eval.Gold;
import org.sverka.eval.Scorer;
import org.sverka.store.CaseFile;
import org.sverka.store.DateFigureTables;
import org.sverka.store.DateFigureTables.StoredCheck;

/**
 * The figure-check gold set (test resource gold/opposition-1926-1937/checks.tsv) against what
 * analyze stores, matched as {@code sverka eval} matches it ({@link Scorer#match}).
 */
class CheckGoldTest {
  static List<Gold.FigureCheck> gold() throws Exception {
    Gold g = Gold.read(Corpus.gold(Corpus.NAME));
    assertThat(g.errors()).isEmpty();
    return g.checks();
  }

  static List<StoredCheck> checks() throws Exception {
    try (CaseFile cf = CaseFile.open(DemoCase.dir())) {
      return new DateFigureTables(cf).checks();
    }
  }

  @Test
  void everyGoldCheckIsMadeWithItsVerdict() throws Exception {
    List<Gold.FigureCheck> gold = gold();
    assertThat(gold).hasSizeGreaterThanOrEqualTo(15);
    assertThat(gold).anyMatch(g -> g.verdict() == Check.Verdict.CONSISTENT);
    assertThat(gold).anyMatch(g -> g.verdict() == Check.Verdict.INCONSISTENT);
    List<StoredCheck> checks = checks();
    for (Gold.FigureCheck g : gold) {
      // the check the scorer takes for it starts on the gold's line
      assertThat(Scorer.match(checks, g).map(StoredCheck::lineStart))
          .as("%s:%d %s %s %s", g.doc(), g.line(), g.kind(), g.verdict(), g.stated())
          .contains(g.line());
    }
    assertThat(Scorer.checks(checks, gold).found()).isEqualTo(gold.size());
  }

  @Test
  void theGoodsShortageSpeechIsInconsistentWithThirtyOnePointSix() throws Exception {
    assertThat(checks())
        .filteredOn(c -> c.doc().equals("trotsky-compilation") && c.lineStart() == 15)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.verdict()).isEqualTo("INCONSISTENT");
              assertThat(c.kind()).isEqualTo("PERCENT_CHANGE");
              assertThat(c.computed()).isEqualTo("31.6 per cent");
              assertThat(c.stated()).contains("25 per cent");
              assertThat(c.tolerance()).isEqualTo("\u00b10.5");
              assertThat(c.explanation()).contains("380 million roubles").contains("500 million");
            });
  }

  @Test
  void aGrowthOverThePreWarLevelIsNotReadAsAChangeBetweenTheTwoLengths() throws Exception {
    // "increased from 74,400 kilometres to 76,200 kilometres, which is an increase of 30.3 per
    // cent above the pre-war level": 30.3 is measured against pre-war, not against 74,400
    assertThat(checks())
        .noneMatch(c -> c.doc().equals("stalin-works-10") && c.lineStart() == 15227);
  }
}
