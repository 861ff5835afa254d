package org.sverka.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.Corpus;
import org.sverka.pipeline.Analyzer;
import org.sverka.pipeline.Importer;
import org.sverka.search.SearchIndex;
import org.sverka.store.CaseFile;
import org.sverka.store.CaseTables;

/**
 * The whole pipeline as a Spark job in {@code local[2]}, imported into a case, gives the case that
 * {@code sverka analyze} gives on the same folder: every table, row by row, in the same order.
 */
class PipelineJobTest {
  @TempDir static Path tmp;
  static SparkSession spark;
  static Path corpus;
  static Path embedded;
  static Path imported;
  static Path out;
  static PipelineJob.Result job;

  @BeforeAll
  static void setUp() throws Exception {
    corpus = tmp.resolve("opposition");
    copy(Corpus.DIR, corpus);
    embedded = tmp.resolve("embedded");
    try (CaseFile cf = CaseFile.open(embedded)) {
      Analyzer.Result r =
          new Analyzer(null)
              .run(
                  cf,
                  new Analyzer.Options(
                      List.of(corpus), null, Analyzer.Options.DEFAULT_MAX_FILE_BYTES, 2));
      assertThat(r.problems()).isEmpty();
    }
    spark =
        SparkSession.builder()
            .config(
                new SparkConf()
                    .setMaster("local[2]")
                    .setAppName("PipelineJobTest")
                    .set("spark.ui.enabled", "false")
                    .set("spark.sql.shuffle.partitions", "4"))
            .getOrCreate();
    out = tmp.resolve("out");
    job = PipelineJob.run(spark, List.of(corpus), out, PipelineJob.Settings.defaults(3));
    imported = tmp.resolve("imported");
    try (CaseFile cf = CaseFile.open(imported)) {
      Importer.run(cf, out);
    }
  }

  @AfterAll
  static void tearDown() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    }
  }

  @Test
  void theImportedCaseHoldsExactlyTheTablesOfAnEmbeddedAnalyze() throws Exception {
    assertThat(job.problems()).isEmpty();
    assertThat(job.documents()).isEqualTo(5);
    try (CaseFile a = CaseFile.open(embedded);
        CaseFile b = CaseFile.open(imported)) {
      // every table of the schema is compared: a new one must be carried by the job too
      // but ner_cache: the name model's answers kept by sentence to speed up a re-run, no result
      assertThat(new CaseTables(a).schemaTables())
          .filteredOn(t -> !t.equals("ner_cache"))
          .containsExactlyInAnyOrderElementsOf(CaseTables.TABLES);
      for (String t : CaseTables.TABLES) {
        List<List<Object>> x = rows(a, t);
        List<List<Object>> y = rows(b, t);
        String diff = diff(t, new CaseTables(a).columns(t), x, y);
        assertThat(diff).as(t).isEmpty();
      }
      // the analyses are there to compare, not empty tables
      assertThat(a.count("passages")).isGreaterThan(20);
      assertThat(a.count("quotations")).isGreaterThan(10);
      assertThat(a.count("mentions")).isGreaterThan(100);
      assertThat(a.count("entities")).isGreaterThan(10);
      assertThat(a.count("dates")).isGreaterThan(10);
      assertThat(a.count("figures")).isGreaterThan(10);
      // the search index was built by the import, with the stamp the embedded run stored
      String stamp = SearchIndex.stamp(b);
      assertThat(SearchIndex.current(b, stamp)).isTrue();
    }
  }

  @Test
  void everyTableIsWrittenAsParquetToo() throws Exception {
    for (String t : CaseTables.TABLES) {
      var df = spark.read().parquet(out.resolve(t + ".parquet").toString());
      assertThat(df.count()).as(t).isEqualTo((long) job.rows().get(t));
    }
    try (CaseFile a = CaseFile.open(embedded)) {
      var docs = spark.read().parquet(out.resolve("documents.parquet").toString());
      assertThat(docs.schema().fieldNames())
          .containsExactlyElementsOf(
              new CaseTables(a)
                  .columns("documents").stream().map(CaseTables.Column::name).toList());
    }
  }

  @Test
  void theCommandLineRefusesAnOutputThatExistsAndSaysWhatItDid() throws Exception {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code =
        PipelineJob.run(
            new String[] {corpus.toString(), out.toString()},
            new PrintStream(o, true, StandardCharsets.UTF_8),
            new PrintStream(e, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(1);
    assertThat(e.toString(StandardCharsets.UTF_8)).contains("already exists");
    assertThat(PipelineJob.run(new String[] {"--bogus"}, System.out, System.err)).isEqualTo(2);
  }

  /** The rows of a table, runs without their clock times, BLOBs as Base64 (to compare by value). */
  static List<List<Object>> rows(CaseFile cf, String table) throws SQLException {
    List<CaseTables.Column> cols = new CaseTables(cf).columns(table);
    List<List<Object>> out = new ArrayList<>();
    for (Object[] r : new CaseTables(cf).rows(table)) {
      List<Object> row = new ArrayList<>();
      for (int i = 0; i < r.length; i++) {
        String c = cols.get(i).name();
        boolean clock = table.equals("runs") && (c.equals("started") || c.equals("finished"));
        row.add(
            clock
                ? (r[i] == null ? "no time" : "a time")
                : r[i] instanceof byte[] bytes ? Base64.getEncoder().encodeToString(bytes) : r[i]);
      }
      out.add(row);
    }
    return out;
  }

  /** Where two tables differ: counts, then the first rows that differ, column by column. */
  static String diff(
      String table, List<CaseTables.Column> cols, List<List<Object>> x, List<List<Object>> y) {
    StringBuilder b = new StringBuilder();
    if (x.size() != y.size()) {
      b.append(table).append(": embedded ").append(x.size()).append(" rows, imported ");
      b.append(y.size()).append('\n');
    }
    int shown = 0;
    for (int i = 0; i < Math.min(x.size(), y.size()) && shown < 5; i++) {
      if (!x.get(i).equals(y.get(i))) {
        shown++;
        b.append(table).append(" row ").append(i + 1).append(":\n");
        for (int c = 0; c < cols.size(); c++) {
          Object u = x.get(i).get(c);
          Object v = y.get(i).get(c);
          if (!java.util.Objects.equals(u, v)) {
            b.append("  ").append(cols.get(c).name()).append(": embedded ").append(cut(u));
            b.append(" | imported ").append(cut(v)).append('\n');
          }
        }
      }
    }
    return b.toString();
  }

  private static String cut(Object o) {
    String s = o instanceof Object[] a ? Arrays.toString(a) : String.valueOf(o);
    return s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }
}
