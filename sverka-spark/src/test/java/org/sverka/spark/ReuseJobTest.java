package org.sverka.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.Corpus;
import org.sverka.json.CaseJson;
import org.sverka.pipeline.Analyzer;
import org.sverka.reuse.Passage;
import org.sverka.store.CaseFile;
import org.sverka.store.DocumentTables;
import org.sverka.store.PassageTables;
import org.sverka.store.StoredDocument;
import org.sverka.store.StoredPassage;
import org.sverka.text.LineMap;

/**
 * The Spark job in local mode on the demo corpus finds exactly the passages {@code sverka analyze}
 * stores: the same records, in the same order, with the same ids and JSON.
 */
class ReuseJobTest {
  @TempDir static Path tmp;
  static SparkSession spark;
  static JavaSparkContext sc;
  static List<Passage> embedded = new ArrayList<>();
  static List<String> embeddedJson = new ArrayList<>();
  static final ObjectMapper JSON =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false);

  @BeforeAll
  static void setUp() throws Exception {
    try (CaseFile cf = CaseFile.open(tmp.resolve("case"))) {
      Analyzer.Result r =
          new Analyzer(null)
              .run(
                  cf,
                  new Analyzer.Options(
                      List.of(Corpus.DIR), null, Analyzer.Options.DEFAULT_MAX_FILE_BYTES, 2));
      assertThat(r.problems()).isEmpty();
      for (StoredPassage sp : new PassageTables(cf).passages(null, 0)) {
        Passage p = sp.passage();
        embedded.add(p);
        StoredDocument a = new DocumentTables(cf).document(p.docA(), true).orElseThrow();
        StoredDocument b = new DocumentTables(cf).document(p.docB(), true).orElseThrow();
        embeddedJson.add(
            JSON.writeValueAsString(
                CaseJson.passage(
                    sp.id(), p, a.text(), LineMap.of(a.text()), b.text(), LineMap.of(b.text()))));
      }
    }
    spark =
        SparkSession.builder()
            .config(
                ReuseJob.conf(
                    new SparkConf()
                        .setMaster("local[2]")
                        .setAppName("ReuseJobTest")
                        .set("spark.ui.enabled", "false")
                        .set("spark.sql.shuffle.partitions", "4")))
            .getOrCreate();
    sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
  }

  @AfterAll
  static void tearDown() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void localModeFindsExactlyWhatTheEmbeddedEngineFinds() throws Exception {
    assertThat(embedded).hasSizeGreaterThan(20);
    // the corpus counts joined to the documents (the path for vocabularies too large to
    // broadcast); the command line below takes the broadcast path and must agree too
    ReuseJob.Result r =
        ReuseJob.run(
            sc, Corpus.DIR.toString(), ReuseJob.Settings.defaults(4).withBroadcastWords(0));
    assertThat(r.problems()).isEmpty();
    assertThat(r.documents()).isEqualTo(5);
    List<ReuseJob.Found> found = r.passages().collect();
    // the full records: sides, spans, kind, identity, weight (unrounded), token counts, every op
    List<Passage> spark = found.stream().map(ReuseJob.Found::passage).toList();
    assertThat(spark).containsExactlyElementsOf(embedded);
    List<String> json = new ArrayList<>();
    for (ReuseJob.Found f : found) {
      json.add(JSON.writeValueAsString(f.json()));
    }
    assertThat(json).containsExactlyElementsOf(embeddedJson);
  }

  @Test
  void commandLineWritesJsonLinesAndParquet() throws Exception {
    Path out = tmp.resolve("out");
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code =
        ReuseJob.run(
            new String[] {"--partitions", "2", Corpus.DIR.toString(), out.toString()},
            new PrintStream(o, true, StandardCharsets.UTF_8),
            new PrintStream(e, true, StandardCharsets.UTF_8));
    assertThat(e.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(code).isZero();
    assertThat(o.toString(StandardCharsets.UTF_8))
        .startsWith("5 documents, " + embedded.size() + " passages");
    List<String> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(out.resolve("passages.jsonl"))) {
      for (Path p :
          parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    // part files in name order hold the passages in id order, byte for byte the CLI's records
    assertThat(lines).containsExactlyElementsOf(embeddedJson);
    var parquet = spark.read().parquet(out.resolve("passages.parquet").toString());
    assertThat(parquet.count()).isEqualTo(embedded.size());
    assertThat(parquet.schema().fieldNames())
        .containsExactly("id", "a", "b", "kind", "identity", "weight", "wordsA", "wordsB", "ops");
    // the Parquet rows as JSON are the same records (Spark leaves out the absent spelling flags)
    List<String> fromParquet = parquet.orderBy("id").toJSON().collectAsList();
    for (int i = 0; i < fromParquet.size(); i++) {
      assertThat(JSON.readTree(fromParquet.get(i))).isEqualTo(JSON.readTree(embeddedJson.get(i)));
    }
  }

  @Test
  void badJsonLinesAreNamedByFileAndLineAndTheRestIsRead() throws Exception {
    Path in = tmp.resolve("docs.jsonl");
    String compilation = Corpus.text(Corpus.COMPILATION);
    String reply = Corpus.text(Corpus.REPLY);
    Files.writeString(
        in,
        JSON.writeValueAsString(Map.of("id", "compilation", "text", compilation, "series", "x"))
            + "\n{not json\n"
            + JSON.writeValueAsString(Map.of("id", "reply", "text", reply))
            + "\n"
            + JSON.writeValueAsString(Map.of("id", "nothing"))
            + "\n",
        StandardCharsets.UTF_8);
    ReuseJob.Result r =
        ReuseJob.run(sc, in.toString(), ReuseJob.Settings.defaults(2).withJsonLines(true));
    assertThat(r.documents()).isEqualTo(2);
    assertThat(r.problems())
        .hasSize(2)
        .anySatisfy(p -> assertThat(p).contains("docs.jsonl:2: not valid JSON"))
        .anySatisfy(p -> assertThat(p).contains("docs.jsonl:4: no \"text\""));
    // the 1928 letter is in the compilation
    assertThat(r.passages().collect())
        .anySatisfy(
            f ->
                assertThat(List.of(f.passage().docA(), f.passage().docB()))
                    .containsExactlyInAnyOrder("compilation", "reply"));
  }
}
