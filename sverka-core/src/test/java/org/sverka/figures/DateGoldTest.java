package org.sverka.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.store.CaseFile;
import org.sverka.store.DateFigureTables;
import org.sverka.store.DateFigureTables.StoredDate;
import org.sverka.time.Edtf;

/** The date gold set (test resource gold/dates.tsv) against what analyze stores. */
class DateGoldTest {
  record Gold(String doc, int line, String text, String value) {}

  static List<Gold> gold() throws IOException {
    List<Gold> out = new ArrayList<>();
    try (InputStream in = DateGoldTest.class.getResourceAsStream("/gold/dates.tsv")) {
      for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (l.isBlank() || l.startsWith("#")) {
          continue;
        }
        String[] f = l.split("\t");
        out.add(new Gold(f[0], Integer.parseInt(f[1]), f[2], f[3]));
      }
    }
    return out;
  }

  @Test
  void atLeastNinetyPerCentOfTheGoldDatesAreFoundAndNormalisedRight() throws Exception {
    List<Gold> gold = gold();
    assertThat(gold).hasSizeGreaterThanOrEqualTo(60);
    for (Gold g : gold) {
      assertThat(Edtf.tryParse(g.value())).as("gold value %s", g.value()).isPresent();
    }
    List<StoredDate> found;
    try (CaseFile cf = CaseFile.open(DemoCase.dir())) {
      found = new DateFigureTables(cf).dates();
    }
    List<String> missed = new ArrayList<>();
    int right = 0;
    for (Gold g : gold) {
      boolean ok =
          found.stream()
              .anyMatch(
                  d ->
                      d.doc().equals(g.doc())
                          && d.lineStart() <= g.line()
                          && g.line() <= d.lineEnd()
                          && (d.text().contains(g.text()) || g.text().contains(d.text()))
                          && g.value().equals(d.value()));
      if (ok) {
        right++;
      } else {
        missed.add(g.doc() + ":" + g.line() + " " + g.text() + " = " + g.value());
      }
    }
    double share = right / (double) gold.size();
    System.out.printf(
        "date gold: %d of %d right (%.3f); missed: %s%n", right, gold.size(), share, missed);
    assertThat(share).as("missed: %s", missed).isGreaterThanOrEqualTo(0.9);
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
