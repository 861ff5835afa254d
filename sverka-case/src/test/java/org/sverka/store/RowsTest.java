package org.sverka.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's one row mapper: records read from the columns named like their components. */
class RowsTest {
  record Row(int id, long bytes, String lineStart, boolean closed, BigDecimal high, double w) {}

  @Test
  void readsEachComponentFromItsSnakeCaseColumn(@TempDir Path tmp) throws Exception {
    try (CaseFile cf = CaseFile.open(tmp)) {
      List<Row> rows =
          Rows.list(
              cf.connection(),
              "SELECT ? AS id, 5000000000 AS bytes, 'x' AS line_start, 1 AS closed,"
                  + " '12.50' AS high, 0.25 AS w UNION ALL"
                  + " SELECT 2, 0, NULL, 0, NULL, 0 ORDER BY id",
              Rows.record(Row.class),
              1);
      assertThat(rows)
          .containsExactly(
              new Row(1, 5_000_000_000L, "x", true, new BigDecimal("12.50"), 0.25),
              new Row(2, 0, null, false, null, 0));
    }
  }

  @Test
  void runsComeBackAsWritten(@TempDir Path tmp) throws Exception {
    try (CaseFile cf = CaseFile.open(tmp)) {
      long id = cf.beginRun("test", Map.of("names", true));
      cf.finishRun(id, "ok", 3, 2, 1, 4);
      CaseFile.Run run = cf.runs().get(0);
      assertThat(run.id()).isEqualTo(id);
      assertThat(run.version()).isEqualTo("test");
      assertThat(run.parameters()).isEqualTo("{\"names\":true}");
      assertThat(List.of(run.analysed(), run.unchanged(), run.removed(), run.skipped()))
          .containsExactly(3, 2, 1, 4);
      assertThat(run.status()).isEqualTo("ok");
      assertThat(run.finished()).isNotNull();
    }
  }

  record Unreadable(Object value) {}

  @Test
  void aComponentTypeWithoutAColumnTypeIsRefused(@TempDir Path tmp) throws Exception {
    try (CaseFile cf = CaseFile.open(tmp)) {
      assertThatThrownBy(
              () -> Rows.list(cf.connection(), "SELECT 1 AS value", Rows.record(Unreadable.class)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("value");
    }
  }
}
