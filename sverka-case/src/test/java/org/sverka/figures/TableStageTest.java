package org.sverka.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.pipeline.Analyzer;
import org.sverka.store.CaseFile;
import org.sverka.store.DateFigureTables;
import org.sverka.store.DateFigureTables.StoredCheck;
import org.sverka.store.DateFigureTables.StoredFigure;

/**
 * A letter of 1779 (written for this test) with an account table in its paragraphs, through {@code
 * analyze}: the table's checks are stored with their lines, and every figure they name is a stored
 * figure.
 */
class TableStageTest {
  static final String LETTER =
      """
      A Letter to the Commissary, on the Stores of the Garrison.

      Sir, I have the honour to lay before you the account of the stores delivered at the fort
      since the first of May, as the quartermaster gave it to me on the twenty-third of June 1779.

                                Quantity   Price      Amount
      Beef, barrels ............  40     3l. 10s.    140l.
      Flour, barrels ...........  25     1l. 12s.     40l.
      Rum, gallons .............  60        4s.      14l.
                                                   --------
                                     Total          192l.

      You will see that the rum is charged above its price, and the whole is wrongly summed.
      """;

  @Test
  void theTablesOfADocumentAreCheckedAndCiteTheirLines(@TempDir Path tmp) throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("stores-1779.txt"), LETTER, StandardCharsets.UTF_8);
    Path dir = Files.createDirectories(tmp.resolve("case"));
    List<StoredCheck> checks;
    List<StoredFigure> figures;
    try (CaseFile cf = CaseFile.open(dir)) {
      new Analyzer(null)
          .run(
              cf,
              new Analyzer.Options(
                  List.of(corpus), null, Analyzer.Options.DEFAULT_MAX_FILE_BYTES, 1));
      checks = new DateFigureTables(cf).checks();
      figures = new DateFigureTables(cf).figures();
    }
    assertThat(checks)
        .extracting(c -> c.lineStart() + "-" + c.lineEnd() + " " + c.kind() + " " + c.verdict())
        .containsExactly(
            "7-7 PRODUCT CONSISTENT",
            "7-11 COLUMN_TOTAL INCONSISTENT",
            "8-8 PRODUCT CONSISTENT",
            "9-9 PRODUCT INCONSISTENT");
    assertThat(checks.get(1).stated()).contains("192l.");
    assertThat(checks.get(1).computed()).isEqualTo("194");
    List<Integer> ids = figures.stream().map(StoredFigure::id).toList();
    for (StoredCheck c : checks) {
      assertThat(c.figures()).isNotEmpty();
      assertThat(ids).containsAll(c.figures());
    }
    // the bare quantities of the table are stored figures too, on their lines
    assertThat(figures)
        .anySatisfy(
            f -> {
              assertThat(f.text()).isEqualTo("60");
              assertThat(f.lineStart()).isEqualTo(9);
            });
  }
}
