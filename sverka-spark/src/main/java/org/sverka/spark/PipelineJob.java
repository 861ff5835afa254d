package org.sverka.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.sverka.Sverka;
import org.sverka.ingest.Problem;
import org.sverka.pipeline.Analyzer;
import org.sverka.store.CaseFile;
import org.sverka.store.CaseTables;
import org.sverka.store.DocumentTables;
import scala.Tuple2;

/**
 * The whole of {@code sverka analyze} as one Spark job, written as a table per table of the case
 * file ({@code TABLE.parquet} by Spark's Parquet writer, and the same rows as {@code TABLE.jsonl},
 * which {@code sverka import} loads into a case).
 *
 * <ol>
 *   <li><b>Discovery and ids</b> on the driver, by the embedded engine's own discovery ({@link
 *       Analyzer#plan}): the listing is small next to the files.
 *   <li><b>The per-document stages</b> (ingestion, the document and its parts, segmentation into
 *       paragraphs and sentences, the name tagger's CRF, OCR's pages) as one map over the files,
 *       each task running {@link Analyzer#analyseInto} into a scratch case of its own and handing
 *       on the document's rows ({@link CaseTables#documentRows}): the same code and the same rows
 *       as a run of {@code analyze}.
 *   <li><b>The corpus stages</b> (mentions over the whole corpus, entity resolution, reuse,
 *       quotations found and checked against the corpus, dates and figures and their checks) on the
 *       driver over the documents in input order, as the embedded engine runs them ({@link
 *       Analyzer#runStages}, without the search index, which {@code sverka import} builds where the
 *       case is).
 *   <li><b>Output</b>: every table of the case, its rows in the case's order.
 * </ol>
 */
public final class PipelineJob {
  /** The job's settings: partitions of the map over files, names found, file size bound. */
  public record Settings(int partitions, boolean names, long maxFileBytes, int driverThreads)
      implements Serializable {
    public static Settings defaults(int partitions) {
      return new Settings(partitions, true, Analyzer.Options.DEFAULT_MAX_FILE_BYTES, 2);
    }
  }

  /** What a run did: documents, the run's problems, rows written per table. */
  public record Result(int documents, List<Problem> problems, Map<String, Integer> rows) {}

  /** One planned file's outcome and its document's rows (table by table), by input position. */
  record DocRows(int index, Analyzer.FileDone done, String file, Map<String, List<Object[]>> rows)
      implements Serializable {}

  private PipelineJob() {}

  static Analyzer.Options options(List<Path> inputs, Settings s) {
    Analyzer.Options o =
        new Analyzer.Options(inputs, null, s.maxFileBytes(), s.driverThreads(), true, null, null);
    return s.names() ? o : o.withoutNames();
  }

  /**
   * Runs the job over {@code inputs} (files and folders on a file system every executor sees) and
   * writes the tables into {@code out} (a new folder).
   */
  public static Result run(SparkSession spark, List<Path> inputs, Path out, Settings s)
      throws IOException, SQLException {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Analyzer.Options options = options(inputs, s);
    Path scratch = Files.createTempDirectory("sverka-pipeline-driver");
    try (CaseFile cf = CaseFile.open(scratch)) {
      Analyzer analyzer = new Analyzer(null);
      Analyzer.Plan plan = analyzer.plan(options, scratch);
      long runId = cf.beginRun(Sverka.VERSION, Analyzer.parameters(options));
      List<Problem> problems = new ArrayList<>(plan.problems());
      Set<String> skipped = new TreeSet<>(plan.skipped());
      int[] counts = perDocument(sc, cf, plan, runId, s, problems, skipped);
      int passages = analyzer.runStages(cf, options, plan.roots(), runId, problems, false);
      Analyzer.Result r =
          Analyzer.finishRun(cf, runId, problems, skipped, counts[0], counts[1], passages);
      Map<String, Integer> rows = writeTables(spark, cf, out);
      return new Result(r.documents(), r.problems(), rows);
    } finally {
      deleteTree(scratch);
    }
  }

  /**
   * The per-document stages as a map over the planned files; their rows written into {@code cf} in
   * input order, one transaction per document. Returns files analysed and files that needed
   * Tesseract.
   */
  private static int[] perDocument(
      JavaSparkContext sc,
      CaseFile cf,
      Analyzer.Plan plan,
      long runId,
      Settings s,
      List<Problem> problems,
      Set<String> skipped)
      throws SQLException {
    List<Tuple2<Integer, Analyzer.Planned>> indexed = new ArrayList<>();
    for (int i = 0; i < plan.files().size(); i++) {
      indexed.add(new Tuple2<>(i, plan.files().get(i)));
    }
    int slices = Math.max(1, Math.min(s.partitions(), indexed.size()));
    JavaRDD<DocRows> docs =
        sc.parallelize(indexed, slices)
            .mapPartitions(it -> analyse(it, s, runId))
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    // every partition analysed at once, then brought to the driver one after the other in order
    docs.count();
    int analysed = 0;
    int withoutTesseract = 0;
    CaseTables tables = new CaseTables(cf);
    Iterator<DocRows> it = docs.toLocalIterator();
    while (it.hasNext()) {
      DocRows d = it.next();
      problems.addAll(d.done().problems());
      withoutTesseract += d.done().withoutTesseract() ? 1 : 0;
      if (d.rows() != null) {
        tables.insertDocument(d.rows());
        analysed++;
      } else {
        skipped.add(d.file());
      }
    }
    docs.unpersist();
    return new int[] {analysed, withoutTesseract};
  }

  /**
   * One task: its files analysed into a scratch case of its own, each document's rows handed on.
   */
  private static Iterator<DocRows> analyse(
      Iterator<Tuple2<Integer, Analyzer.Planned>> files, Settings s, long runId)
      throws IOException, SQLException {
    List<DocRows> out = new ArrayList<>();
    Path scratch = Files.createTempDirectory("sverka-pipeline-task");
    Analyzer analyzer = new Analyzer(null);
    try (CaseFile cf = CaseFile.open(scratch);
        Analyzer.Worker worker = new Analyzer.Worker(s.maxFileBytes(), s.names(), null)) {
      // the documents refer to the driver's run: the same id here
      for (long r = 0; r < runId; ) {
        r = cf.beginRun(Sverka.VERSION, Map.of());
      }
      CaseTables tables = new CaseTables(cf);
      while (files.hasNext()) {
        Tuple2<Integer, Analyzer.Planned> f = files.next();
        Analyzer.Planned p = f._2();
        Analyzer.FileDone done = analyzer.analyseInto(cf, runId, p, worker);
        Map<String, List<Object[]>> rows = null;
        if (done.outcome().equals("analysed")) {
          rows = new LinkedHashMap<>();
          for (String t : CaseTables.PER_DOCUMENT) {
            rows.put(t, tables.documentRows(t, p.id()));
          }
          new DocumentTables(cf).deleteDocument(p.id());
        }
        out.add(new DocRows(f._1(), done, p.file(), rows));
      }
    } finally {
      deleteTree(scratch);
    }
    return out.iterator();
  }

  /** Every table of the case as Parquet and as JSON Lines; returns rows per table. */
  private static Map<String, Integer> writeTables(SparkSession spark, CaseFile cf, Path out)
      throws SQLException {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    CaseTables tables = new CaseTables(cf);
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String t : CaseTables.TABLES) {
      List<CaseTables.Column> cols = tables.columns(t);
      List<Row> rows = new ArrayList<>();
      for (Object[] r : tables.rows(t)) {
        rows.add(RowFactory.create(r));
      }
      // part files in name order hold the rows in the case's order
      int slices = 1 + rows.size() / 200_000;
      Dataset<Row> df = spark.createDataFrame(sc.parallelize(rows, slices), schema(cols)).persist();
      df.write().parquet(out.resolve(t + ".parquet").toString());
      df.write().json(out.resolve(t + ".jsonl").toString());
      df.unpersist();
      counts.put(t, rows.size());
    }
    return counts;
  }

  static StructType schema(List<CaseTables.Column> cols) {
    List<StructField> fields = new ArrayList<>();
    for (CaseTables.Column c : cols) {
      DataType type =
          switch (c.type()) {
            case INTEGER -> DataTypes.LongType;
            case REAL -> DataTypes.DoubleType;
            case TEXT -> DataTypes.StringType;
            case BLOB -> DataTypes.BinaryType;
          };
      fields.add(DataTypes.createStructField(c.name(), type, true));
    }
    return DataTypes.createStructType(fields);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  static final String USAGE =
      "usage: PipelineJob [--master URL] [--partitions N] [--no-names] [--max-file-size BYTES]"
          + " INPUT... OUTPUT\n"
          + "  runs the whole of `sverka analyze` on INPUT (files and folders every executor can"
          + " read)\n  and writes every table of the case into the new folder OUTPUT as"
          + " TABLE.parquet and\n  TABLE.jsonl; `sverka import --from OUTPUT --case CASE` makes"
          + " a case of them";

  public static void main(String[] args) throws Exception {
    System.exit(run(args, System.out, System.err));
  }

  /** The command line: parses, runs in a session of its own (or the caller's), says what it did. */
  static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
    String master = null;
    Integer partitions = null;
    boolean names = true;
    long maxBytes = Analyzer.Options.DEFAULT_MAX_FILE_BYTES;
    List<String> pos = new ArrayList<>();
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--master" -> master = args[++i];
          case "--partitions" -> partitions = Integer.parseInt(args[++i]);
          case "--no-names" -> names = false;
          case "--max-file-size" -> maxBytes = Long.parseLong(args[++i]);
          case "-h", "--help" -> {
            out.println(USAGE);
            return 0;
          }
          default -> {
            if (args[i].startsWith("--")) {
              throw new IllegalArgumentException("unknown option " + args[i]);
            }
            pos.add(args[i]);
          }
        }
      }
      if (pos.size() < 2) {
        throw new IllegalArgumentException("give INPUT... and OUTPUT");
      }
    } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
      err.println(
          (e instanceof ArrayIndexOutOfBoundsException
                  ? "an option lacks its value"
                  : e.getMessage())
              + "\n"
              + USAGE);
      return 2;
    }
    Path output = Path.of(pos.remove(pos.size() - 1));
    if (Files.exists(output)) {
      err.println(output + ": already exists; give a new folder for the output");
      return 1;
    }
    SparkConf conf = new SparkConf().setAppName("sverka-pipeline");
    if (master != null) {
      conf.setMaster(master);
    }
    boolean own = SparkSession.getDefaultSession().isEmpty();
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    try {
      JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      if (own) {
        sc.setLogLevel("WARN");
      }
      int parts = partitions != null ? partitions : Math.max(8, 4 * sc.defaultParallelism());
      Settings s = new Settings(parts, names, maxBytes, sc.defaultParallelism());
      Result r = run(spark, pos.stream().map(Path::of).toList(), output, s);
      for (Problem p : r.problems()) {
        err.println(p.file() + (p.line() > 0 ? ":" + p.line() : "") + ": " + p.message());
      }
      out.println(summary(r, output));
      return r.problems().isEmpty() ? 0 : 1;
    } finally {
      if (own) {
        spark.stop();
      }
    }
  }

  /** The job's one line: what it found, and where it wrote it. */
  static String summary(Result r, Path output) {
    return r.documents()
        + " documents, "
        + r.rows().get("passages")
        + " passages, "
        + r.rows().get("quotations")
        + " quotations, "
        + r.rows().get("mentions")
        + " mentions, "
        + r.rows().get("entities")
        + " entities: "
        + output;
  }
}
