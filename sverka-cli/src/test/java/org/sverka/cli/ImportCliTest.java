package org.sverka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.store.CaseFile;
import org.sverka.store.CaseTables;

/**
 * {@code sverka import} on tables written as the Spark job writes them (a folder of part files per
 * table, Spark's JSON: nulls left out, BLOBs as Base64), here from the demo case itself: the case
 * it makes holds the same rows, and the listings and the report work on it.
 */
class ImportCliTest {
  @TempDir static Path tmp;
  static Path demo;
  static Path tables;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void writeTables() throws Exception {
    demo = tmp.resolve("demo");
    Cli.Run r = Cli.run("demo", "--case", demo.toString());
    assertThat(r.code()).as(r.err()).isZero();
    tables = tmp.resolve("job-out");
    try (CaseFile cf = CaseFile.open(demo)) {
      CaseTables t = new CaseTables(cf);
      for (String table : CaseTables.TABLES) {
        Path dir = Files.createDirectories(tables.resolve(table + ".jsonl"));
        List<Object[]> rows = t.rows(table);
        List<CaseTables.Column> cols = t.columns(table);
        // two part files, read in name order
        int half = rows.size() / 2;
        write(dir.resolve("part-00000-x.json"), rows.subList(0, half), cols);
        write(dir.resolve("part-00001-x.json"), rows.subList(half, rows.size()), cols);
        Files.writeString(dir.resolve("_SUCCESS"), "");
      }
    }
  }

  private static void write(Path file, List<Object[]> rows, List<CaseTables.Column> cols)
      throws Exception {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Object[] r : rows) {
        ObjectNode n = JSON.createObjectNode();
        for (int i = 0; i < r.length; i++) {
          String c = cols.get(i).name();
          if (r[i] instanceof Long l) {
            n.put(c, l);
          } else if (r[i] instanceof Double d) {
            n.put(c, d);
          } else if (r[i] instanceof String s) {
            n.put(c, s);
          } else if (r[i] instanceof byte[] b) {
            n.put(c, Base64.getEncoder().encodeToString(b));
          }
        }
        w.write(JSON.writeValueAsString(n));
        w.newLine();
      }
    }
  }

  private static List<List<Object>> rows(Path caseDir, String table) throws Exception {
    try (CaseFile cf = CaseFile.open(caseDir)) {
      List<List<Object>> out = new ArrayList<>();
      for (Object[] r : new CaseTables(cf).rows(table)) {
        List<Object> row = new ArrayList<>();
        for (Object v : r) {
          row.add(v instanceof byte[] b ? Base64.getEncoder().encodeToString(b) : v);
        }
        out.add(row);
      }
      return out;
    }
  }

  @Test
  void importMakesTheSameCaseAndTheListingsAndReportWorkOnIt() throws Exception {
    Path c = tmp.resolve("imported");
    Cli.Run r = Cli.run("import", "--from", tables.toString(), "--case", c.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Imported 5 documents, ");
    for (String t : CaseTables.TABLES) {
      assertThat(rows(c, t)).as(t).containsExactlyElementsOf(rows(demo, t));
    }
    for (String listing : List.of("docs", "reuse", "quotes", "entities", "timeline", "figures")) {
      Cli.Run a = Cli.run(listing, "--case", demo.toString(), "--format", "json");
      Cli.Run b = Cli.run(listing, "--case", c.toString(), "--format", "json");
      assertThat(b.code()).as(listing + ": " + b.err()).isZero();
      assertThat(b.out()).as(listing).isEqualTo(a.out());
    }
    // the search index was built by the import
    Cli.Run search = Cli.run("search", "--case", c.toString(), "Zinoviev");
    assertThat(search.code()).as(search.err()).isZero();
    assertThat(search.out())
        .isEqualTo(Cli.run("search", "--case", demo.toString(), "Zinoviev").out());
    Cli.Run report = Cli.run("report", "--case", c.toString());
    assertThat(report.code()).as(report.err()).isZero();
    assertThat(c.resolve("report/index.html")).exists();
  }

  @Test
  void anExistingCaseAMissingFolderAndABadLineAreRefused() throws Exception {
    Cli.Run existing = Cli.run("import", "--from", tables.toString(), "--case", demo.toString());
    assertThat(existing.code()).isEqualTo(1);
    assertThat(existing.err()).contains("already holds a case");

    Path none = tmp.resolve("nothing-here");
    Cli.Run missing =
        Cli.run("import", "--from", none.toString(), "--case", tmp.resolve("c2").toString());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("no such folder");

    Path bad = tmp.resolve("bad-out");
    copyTree(tables, bad);
    Path part = bad.resolve("entities.jsonl/part-00001-x.json");
    Files.writeString(
        part, "{\"id\": \"x\", \"oops\": 1}\n", java.nio.file.StandardOpenOption.APPEND);
    Path c3 = tmp.resolve("c3");
    Cli.Run badLine = Cli.run("import", "--from", bad.toString(), "--case", c3.toString());
    assertThat(badLine.code()).isEqualTo(1);
    long lines = Files.readAllLines(part).size();
    assertThat(badLine.err())
        .contains("part-00001-x.json:" + lines + ":")
        .contains("columns the case does not have: [oops]");
    // nothing half-imported is left behind
    assertThat(c3.resolve(CaseFile.DB_NAME)).doesNotExist();
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (var s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    }
  }
}
