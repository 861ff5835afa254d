package org.sverka.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.store.CaseFile;
import org.sverka.store.DateFigureTables;
import org.sverka.store.DateFigureTables.StoredCheck;

/** The figure-check gold set (test resource gold/checks.tsv) against what analyze stores. */
class CheckGoldTest {
  record Gold(String doc, int line, String kind, String verdict, String stated) {}

  static List<Gold> gold() throws Exception {
    List<Gold> out = new ArrayList<>();
    try (InputStream in = CheckGoldTest.class.getResourceAsStream("/gold/checks.tsv")) {
      for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (l.isBlank() || l.startsWith("#")) {
          continue;
        }
        String[] f = l.split("\t");
        out.add(new Gold(f[0], Integer.parseInt(f[1]), f[2], f[3], f[4]));
      }
    }
    return out;
  }

  static List<StoredCheck> checks() throws Exception {
    try (CaseFile cf = CaseFile.open(DemoCase.dir())) {
      return new DateFigureTables(cf).checks();
    }
  }

  @Test
  void everyGoldCheckIsMadeWithItsVerdict() throws Exception {
    List<Gold> gold = gold();
    assertThat(gold).hasSizeGreaterThanOrEqualTo(15);
    assertThat(gold).anyMatch(g -> g.verdict().equals("CONSISTENT"));
    assertThat(gold).anyMatch(g -> g.verdict().equals("INCONSISTENT"));
    List<StoredCheck> checks = checks();
    for (Gold g : gold) {
      assertThat(checks)
          .as("%s:%d %s %s %s", g.doc(), g.line(), g.kind(), g.verdict(), g.stated())
          .anyMatch(
              c ->
                  c.doc().equals(g.doc())
                      && c.lineStart() == g.line()
                      && c.kind().equals(g.kind())
                      && c.verdict().equals(g.verdict())
                      && c.stated().contains(g.stated()));
    }
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
