package org.sverka.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.entities.EntityType;
import org.sverka.figures.Check;
import org.sverka.quotes.Verdict;

/** Reading gold folders: each bad record is one error naming file:line, the rest is read. */
class GoldTest {
  @TempDir Path dir;

  private void write(String name, String... lines) throws IOException {
    Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
  }

  @Test
  void badRecordsAreOneLineErrorsAndTheRestIsRead() throws IOException {
    write(
        Gold.VARIANTS,
        "# how it was made",
        "merge\tCaptain Bligh\tPERSON\tNAME\tBligh\tPERSON\tNAME",
        "same\tA\tPERSON\tNAME\tB\tPERSON\tNAME",
        "apart\tHanover\tPLACE\tNAME\tHanoverians\tORG\tGROUP",
        "merge\tOnly\tPERSON\tNAME");
    write(
        Gold.QUOTES,
        "# covers: letters-1790 gazette-1791",
        "gazette-1791\t12\tthe price of bread\tletters-1790\t40\tVERBATIM\tMr. Paine",
        "gazette-1791\t14\tno source at all\tletters-1790\t41\tNOT_FOUND\t-",
        "gazette-1791\tfourteen\tx\tletters-1790\t41\tVERBATIM\t-");
    write(
        Gold.DATES,
        "chronicle\t3\tthe Ides of March, 1812\t1812-03-15",
        "chronicle\t4\tmidsummer\tsometime",
        "",
        "chronicle\t0\tMay 1\t1812-05-01");
    write(
        Gold.CHECKS,
        "ledger\t7\tPERCENT_CHANGE\tINCONSISTENT\t12 per cent",
        "ledger\t8\tGUESS\tCONSISTENT\t3");
    write(Gold.FIGURES, "ledger\t7\tthree score\t60\t-", "ledger\t9\ta dozen\ttwelve\t-");

    Gold g = Gold.read(dir);

    assertThat(g.errors())
        .containsExactly(
            "variants.tsv:3: relation 'same' is neither merge nor apart",
            "variants.tsv:5: 4 fields, expected 7 separated by TAB",
            "quotes.tsv:3: NOT_FOUND: the gold lists only quotations with a source",
            "quotes.tsv:4: line 'fourteen' is not a line number (1, 2, ...)",
            "dates.tsv:2: value 'sometime' is not EDTF",
            "dates.tsv:4: line '0' is not a line number (1, 2, ...)",
            "checks.tsv:2: kind 'GUESS' is not a figure check kind",
            "figures.tsv:2: value 'twelve' is not a decimal number");
    assertThat(g.variants()).hasSize(2);
    assertThat(g.variants().get(1).b().type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(g.variants().get(1).merge()).isFalse();
    assertThat(g.quotes())
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.verdicts()).containsExactly(Verdict.VERBATIM);
              assertThat(q.speakerOrNull()).isEqualTo("Mr. Paine");
              assertThat(q.at()).hasToString("quotes.tsv:2");
            });
    assertThat(g.quoteDocs()).containsExactly("gazette-1791", "letters-1790");
    assertThat(g.dates()).extracting(Gold.Date::value).containsExactly("1812-03-15");
    assertThat(g.checks())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(Check.Kind.PERCENT_CHANGE);
              assertThat(c.verdict()).isEqualTo(Check.Verdict.INCONSISTENT);
            });
    assertThat(g.figures())
        .singleElement()
        .satisfies(f -> assertThat(f.value()).isEqualByComparingTo(new BigDecimal(60)));
  }

  @Test
  void aMissingFileIsNotScoredAndWithoutCoversTheDocumentsAreTheRecords() throws IOException {
    write(Gold.QUOTES, "diary\t5\tI shall go\tletters\t2\tVARIANT_WORDING,MISATTRIBUTED\tI");
    Gold g = Gold.read(dir);
    assertThat(g.errors()).isEmpty();
    assertThat(g.variants()).isNull();
    assertThat(g.dates()).isNull();
    assertThat(g.quoteDocs()).containsExactly("diary");
    assertThat(g.quotes().get(0).verdicts())
        .containsExactly(Verdict.VARIANT_WORDING, Verdict.MISATTRIBUTED);
  }

  @Test
  void aFolderWithoutAnyGoldFileIsAnError() {
    assertThatThrownBy(() -> Gold.read(dir)).hasMessageContaining("no gold file");
  }

  @Test
  void thresholdsSayWhichBoundsAreNotMet() throws IOException {
    Path f = dir.resolve(Thresholds.FILE);
    Files.writeString(
        f,
        String.join(
            "\n",
            "# bounds",
            "dates exact\tmin\t0.8",
            "wrong merges\tmax\t0",
            "figure checks right\tmin\t0.5",
            "dates found\tmin\t0.5",
            "dates exact\tat least\t0.5",
            "dates exact\tmin\t80"));
    Thresholds t = Thresholds.read(f);
    assertThat(t.errors()).hasSize(3);
    assertThat(t.errors().get(0)).startsWith("thresholds.tsv:5: unknown measure 'dates found'");
    assertThat(t.errors().get(1)).isEqualTo("thresholds.tsv:6: 'at least' is neither min nor max");
    assertThat(t.errors().get(2))
        .isEqualTo("thresholds.tsv:7: value 80.0 is not a ratio from 0 to 1");
    Evaluation e =
        new Evaluation(
            List.of(
                new Measure(Scorer.DATES_EXACT, 7, 10, false, List.of()),
                new Measure(Scorer.WRONG_MERGES, 1, 20, true, List.of())),
            List.of());
    assertThat(t.unmet(e))
        .containsExactly(
            "thresholds.tsv:2: dates exact min 0.8: measured 7/10 = 0.700",
            "thresholds.tsv:3: wrong merges max 0.0: measured 1/20 = 0.050",
            "thresholds.tsv:4: figure checks right min 0.5: the measure was not scored");
    Evaluation better =
        new Evaluation(
            List.of(
                new Measure(Scorer.DATES_EXACT, 8, 10, false, List.of()),
                new Measure(Scorer.WRONG_MERGES, 0, 20, true, List.of()),
                new Measure(Scorer.CHECKS_RIGHT, 1, 2, false, List.of())),
            List.of());
    assertThat(t.unmet(better)).isEmpty();
  }
}
