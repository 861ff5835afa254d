package org.sverka.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.sverka.json.CaseJson;
import org.sverka.reuse.DocTokens;
import org.sverka.reuse.Passage;
import org.sverka.reuse.ReuseDetector;
import org.sverka.reuse.Vocabulary;
import org.sverka.text.LineMap;
import scala.Tuple2;

/**
 * The reuse stage of Sverka as a Spark job: the embedded engine's steps, with the corpus split
 * across machines instead of held in one index.
 *
 * <ol>
 *   <li><b>Read and tokenise</b> each document where it lies ({@link Ingest}), with the core
 *       library's ingestion and segmentation, into a vocabulary of its own.
 *   <li><b>Corpus statistics</b> as aggregates: segments in all (a sum), and for each content word
 *       the segments it occurs in (summed by word, then joined back to the documents that use it):
 *       the weights {@link Vocabulary#weight} computes.
 *   <li><b>Candidate generation</b> keyed by seed hash: every document's seeds ({@link
 *       ReuseDetector#seedHashes}) shuffled by hash; the repeat counts give the generic-seed
 *       threshold ({@link ReuseDetector#genericThreshold(java.util.SortedMap)}); each hash's
 *       postings are filtered by document frequency ({@link ReuseDetector#pairs}) and paired
 *       ({@link ReuseDetector#partners}).
 *   <li><b>Alignment</b> per document pair: the seed pairs of a pair of documents are gathered,
 *       both documents joined to them, and {@link ReuseDetector#pairPassages} chains, aligns,
 *       filters, merges and orients them exactly as the embedded engine does.
 *   <li><b>Output</b> sorted as the embedded engine sorts, numbered from 1, with the fields of
 *       {@code sverka reuse --format json} ({@link org.sverka.json.CaseJson#passage}).
 * </ol>
 */
public final class ReuseJob {
  /**
   * The job's settings. {@code partitions}: of the shuffles (seeds, pairs). {@code broadcastWords}:
   * up to this many distinct content words, their corpus counts are broadcast to every task; above
   * it, they are joined to the documents that use them (a shuffle, but no vocabulary held whole
   * anywhere).
   */
  public record Settings(
      ReuseDetector.Options options,
      int partitions,
      long maxFileBytes,
      boolean jsonLines,
      long broadcastWords)
      implements Serializable {
    /** Two million words: a broadcast of some 100 MB at most. */
    public static final long BROADCAST_WORDS = 2_000_000;

    public static Settings defaults(int partitions) {
      return new Settings(
          ReuseDetector.Options.defaults().withThreads(1),
          partitions,
          org.sverka.pipeline.Analyzer.Options.DEFAULT_MAX_FILE_BYTES,
          false,
          BROADCAST_WORDS);
    }

    public Settings withJsonLines(boolean j) {
      return new Settings(options, partitions, maxFileBytes, j, broadcastWords);
    }

    public Settings withBroadcastWords(long n) {
      return new Settings(options, partitions, maxFileBytes, jsonLines, n);
    }
  }

  /** A passage found, with its JSON record (id set when the passages are numbered). */
  public record Found(Passage passage, Map<String, Object> json) implements Serializable {}

  /** What a run found: passages in output order, numbered, and the input problems. */
  public record Result(JavaRDD<Found> passages, List<String> problems, long documents) {}

  private ReuseJob() {}

  /** Configures Spark for the job: Kryo for the shuffled arrays, Java serialisation for records. */
  public static SparkConf conf(SparkConf c) {
    return c.set("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
        .set("spark.kryo.registrator", Registrator.class.getName());
  }

  /** Runs the job on {@code input}; nothing is written. */
  public static Result run(JavaSparkContext sc, String input, Settings s) throws IOException {
    List<String> problems = new ArrayList<>();
    int parts = s.partitions();
    JavaRDD<Ingest.Read> read = read(sc, input, s, problems);
    JavaPairRDD<String, Ingest.Read> byId = byId(read, s.jsonLines(), parts);
    problems.addAll(duplicateIds(read, parts));

    // corpus statistics: segments in all, and each content word's segments
    JavaRDD<TokDoc> counted =
        withCorpusCounts(sc, corpusOrder(byId, parts), parts, s.broadcastWords());
    counted = counted.persist(StorageLevel.MEMORY_AND_DISK_SER());
    long documents = counted.count();
    long totalSegments = counted.map(d -> (long) d.segments).fold(0L, Long::sum);
    if (totalSegments > Integer.MAX_VALUE) {
      throw new IllegalStateException("more than 2^31 segments: the vocabulary counts are ints");
    }
    read.unpersist();

    ReuseDetector.Options opts = s.options();
    JavaPairRDD<Long, LongBuf> seedPairs = seedPairsByDocuments(counted, opts, parts);
    JavaRDD<Found> found = alignPairs(counted, seedPairs, opts, (int) totalSegments, parts);
    // kept: sortByKey samples its input in a job of its own before the sort reads it, and
    // without this both would align every pair (the 1 GB run spent two stages aligning)
    found = found.persist(StorageLevel.MEMORY_AND_DISK_SER());
    return new Result(numbered(found, parts), problems, documents);
  }

  /** The input read and tokenised (kept), its problems added to {@code problems}. */
  private static JavaRDD<Ingest.Read> read(
      JavaSparkContext sc, String input, Settings s, List<String> problems) throws IOException {
    int parts = s.partitions();
    JavaRDD<Ingest.Read> read =
        s.jsonLines()
            ? Ingest.jsonLines(sc, input, parts)
            : Ingest.folder(sc, input, s.maxFileBytes(), parts, problems);
    read = read.persist(StorageLevel.MEMORY_AND_DISK_SER());
    problems.addAll(read.flatMap(r -> r.problems.iterator()).collect());
    return read;
  }

  /** One document per id (JSON Lines may repeat one: the first line keeps it). */
  private static JavaPairRDD<String, Ingest.Read> byId(
      JavaRDD<Ingest.Read> read, boolean jsonLines, int parts) {
    JavaPairRDD<String, Ingest.Read> byId =
        read.filter(r -> r.doc != null).mapToPair(r -> new Tuple2<>(r.doc.id, r));
    if (jsonLines) {
      // a folder's ids are unique already (Ingest.folder)
      byId =
          byId.reduceByKey((x, y) -> Ingest.compareOrigin(x.origin, y.origin) <= 0 ? x : y, parts);
    }
    return byId;
  }

  /** A problem for every document whose id an earlier one has (by origin) already. */
  private static List<String> duplicateIds(JavaRDD<Ingest.Read> read, int parts) {
    List<Tuple2<String, String>> dups =
        read.filter(r -> r.doc != null)
            .mapToPair(r -> new Tuple2<>(r.doc.id, r.origin))
            .groupByKey(parts)
            .filter(g -> g._2().iterator().hasNext() && count(g._2()) > 1)
            .flatMap(
                g -> {
                  List<String> o = new ArrayList<>();
                  g._2().forEach(o::add);
                  o.sort(Ingest::compareOrigin);
                  List<Tuple2<String, String>> out = new ArrayList<>();
                  for (int i = 1; i < o.size(); i++) {
                    out.add(new Tuple2<>(o.get(i), o.get(0)));
                  }
                  return out.iterator();
                })
            .collect();
    List<String> problems = new ArrayList<>();
    for (Tuple2<String, String> d : dups) {
      problems.add(d._1() + ": id already used at " + d._2() + "; skipped");
    }
    return problems;
  }

  /** Corpus order: ids sorted as the case file sorts them (by code point, as SQLite by UTF-8). */
  private static JavaRDD<TokDoc> corpusOrder(JavaPairRDD<String, Ingest.Read> byId, int parts) {
    return byId.sortByKey(new CodePointOrder(), true, parts)
        .zipWithIndex()
        .map(
            x -> {
              TokDoc d = x._1()._2().doc;
              d.idx = x._2();
              return d;
            });
  }

  /**
   * Candidate generation keyed by seed hash (postings doc << 32 | content index), then the seed
   * pairs of each document pair that may chain.
   */
  private static JavaPairRDD<Long, LongBuf> seedPairsByDocuments(
      JavaRDD<TokDoc> counted, ReuseDetector.Options opts, int parts) {
    JavaPairRDD<Integer, LongBuf> postings =
        counted
            .flatMapToPair(
                d -> {
                  Vocabulary v = new Vocabulary();
                  DocTokens t = d.tokens(v);
                  int[] h = new ReuseDetector(opts).seedHashes(t, v);
                  List<Tuple2<Integer, Long>> out = new ArrayList<>(h.length);
                  for (int c = 0; c < h.length; c++) {
                    out.add(new Tuple2<>(h[c], (d.idx << 32) | c));
                  }
                  return out.iterator();
                })
            // mostly unique keys: no map-side combining
            .groupByKey(parts)
            .mapValues(
                vs -> {
                  LongBuf b = new LongBuf();
                  for (long v : vs) {
                    b.add(v);
                  }
                  return b;
                })
            .filter(g -> g._2().size >= 2)
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    Map<Integer, Long> repeats = postings.map(g -> g._2().size).countByValue();
    int generic = ReuseDetector.genericThreshold(new TreeMap<>(repeats));
    return postings
        .flatMapToPair(g -> seedPairs(g._2(), generic, new ReuseDetector(opts)))
        .combineByKey(LongBuf::of, LongBuf::add, LongBuf::addAll, parts)
        // pairs that cannot chain are dropped before their documents are joined to them
        .filter(p -> ReuseDetector.mayChain(specific(p._2())));
  }

  /** Alignment per document pair: both documents joined to the pair's seed pairs. */
  private static JavaRDD<Found> alignPairs(
      JavaRDD<TokDoc> counted,
      JavaPairRDD<Long, LongBuf> seedPairs,
      ReuseDetector.Options opts,
      int totalSegments,
      int parts) {
    JavaPairRDD<Long, TokDoc> byIdx = counted.mapToPair(d -> new Tuple2<>(d.idx, d));
    return seedPairs
        .mapToPair(p -> new Tuple2<>(p._1() >>> 32, new Tuple2<>(p._1() & 0xffffffffL, p._2())))
        .join(byIdx, parts)
        .mapToPair(x -> new Tuple2<>(x._2()._1()._1(), new Tuple2<>(x._2()._2(), x._2()._1()._2())))
        .join(byIdx, parts)
        .flatMap(
            x -> {
              TokDoc a = x._2()._1()._1();
              LongBuf pairs = x._2()._1()._2();
              TokDoc b = x._2()._2();
              return align(new ReuseDetector(opts), a, b, pairs, totalSegments).iterator();
            });
  }

  /** Output order and ids, as the embedded engine numbers them. */
  private static JavaRDD<Found> numbered(JavaRDD<Found> found, int parts) {
    return found
        .keyBy(f -> PassageKey.of(f.passage()))
        .sortByKey(true, parts)
        .values()
        .zipWithIndex()
        .map(
            x -> {
              x._1().json().put("id", x._2() + 1);
              return x._1();
            });
  }

  /** Seed pairs that are not generic (low bit 0). */
  static int specific(LongBuf pairs) {
    int n = 0;
    for (int i = 0; i < pairs.size; i++) {
      n += (pairs.values[i] & 1) == 0 ? 1 : 0;
    }
    return n;
  }

  private static int count(Iterable<?> it) {
    int n = 0;
    for (Object o : it) {
      n++;
    }
    return n;
  }

  /**
   * Each content word's segments in the corpus (a sum by word), given to the documents that use it:
   * broadcast when there are at most {@code broadcastWords} words, else joined.
   */
  private static JavaRDD<TokDoc> withCorpusCounts(
      JavaSparkContext sc, JavaRDD<TokDoc> docs, int parts, long broadcastWords) {
    JavaPairRDD<String, Tuple2<Long, Integer>> uses =
        docs.flatMapToPair(
            d -> {
              Vocabulary v = new Vocabulary();
              List<Tuple2<String, Tuple2<Long, Integer>>> out = new ArrayList<>();
              for (int w = 0; w < d.words.length; w++) {
                if (!v.isStop(v.intern(d.words[w]))) {
                  out.add(new Tuple2<>(d.words[w], new Tuple2<>(d.idx, d.segmentCounts[w])));
                }
              }
              return out.iterator();
            });
    JavaPairRDD<String, Integer> totals =
        uses.mapValues(u -> u._2()).reduceByKey(Integer::sum, parts);
    if (broadcastWords > 0) {
      totals = totals.persist(StorageLevel.MEMORY_AND_DISK_SER());
      if (totals.count() <= broadcastWords) {
        org.apache.spark.broadcast.Broadcast<java.util.HashMap<String, Integer>> all =
            sc.broadcast(new java.util.HashMap<>(totals.collectAsMap()));
        totals.unpersist();
        return docs.map(
            d -> {
              java.util.HashMap<String, Integer> total = all.value();
              for (int w = 0; w < d.words.length; w++) {
                d.segmentCounts[w] = total.getOrDefault(d.words[w], d.segmentCounts[w]);
              }
              return d;
            });
      }
    }
    JavaPairRDD<Long, Iterable<Tuple2<String, Integer>>> perDoc =
        uses.mapValues(u -> u._1())
            .join(totals, parts)
            .mapToPair(x -> new Tuple2<>(x._2()._1(), new Tuple2<>(x._1(), x._2()._2())))
            .groupByKey(parts);
    return docs.mapToPair(d -> new Tuple2<>(d.idx, d))
        .leftOuterJoin(perDoc, parts)
        .map(
            x -> {
              TokDoc d = x._2()._1();
              java.util.HashMap<String, Integer> total = new java.util.HashMap<>();
              if (x._2()._2().isPresent()) {
                for (Tuple2<String, Integer> t : x._2()._2().get()) {
                  total.put(t._1(), t._2());
                }
              }
              for (int w = 0; w < d.words.length; w++) {
                // function words weigh 0 whatever their count
                d.segmentCounts[w] = total.getOrDefault(d.words[w], d.segmentCounts[w]);
              }
              return d;
            });
  }

  /**
   * The seed pairs of one hash's postings (sorted: doc << 32 | content index), keyed by document
   * pair (docA << 32 | docB, docA <= docB), each as contentA << 32 | contentB << 1 | generic.
   */
  static Iterator<Tuple2<Long, Long>> seedPairs(LongBuf g, int generic, ReuseDetector detector) {
    long[] p = g.sorted();
    int docs = 0;
    for (int i = 0; i < p.length; i++) {
      if (i == 0 || (p[i] >>> 32) != (p[i - 1] >>> 32)) {
        docs++;
      }
    }
    List<Tuple2<Long, Long>> out = new ArrayList<>();
    if (!detector.pairs(p.length, docs)) {
      return out.iterator();
    }
    long gen = p.length > generic ? 1 : 0;
    for (int x = 0; x < p.length; x++) {
      long da = p[x] >>> 32;
      int ca = (int) p[x];
      for (int y = x + 1; y < p.length; y++) {
        long db = p[y] >>> 32;
        int cb = (int) p[y];
        if (detector.partners(da == db, ca, cb)) {
          out.add(new Tuple2<>((da << 32) | db, ((long) ca << 32) | ((long) cb << 1) | gen));
        }
      }
    }
    return out.iterator();
  }

  /** Aligns one pair of documents (a == b: one document with itself). */
  static List<Found> align(
      ReuseDetector detector, TokDoc a, TokDoc b, LongBuf pairs, int totalSegments) {
    Vocabulary v = new Vocabulary();
    DocTokens ta = a.tokens(v);
    DocTokens tb = a.idx == b.idx ? ta : b.tokens(v);
    int[] counts = new int[v.size()];
    a.corpusCounts(v, counts);
    b.corpusCounts(v, counts);
    v.useCorpusCounts(totalSegments, counts);
    int[] raw = new int[pairs.size * 3];
    for (int i = 0; i < pairs.size; i++) {
      long x = pairs.values[i];
      raw[3 * i] = (int) (x >>> 32);
      raw[3 * i + 1] = (int) ((x >>> 1) & 0x7fffffffL);
      raw[3 * i + 2] = (int) (x & 1);
    }
    List<Passage> ps = detector.pairPassages(ta, tb, v, raw, raw.length);
    List<Found> out = new ArrayList<>(ps.size());
    if (ps.isEmpty()) {
      return out;
    }
    LineMap la = LineMap.of(a.text);
    LineMap lb = a.idx == b.idx ? la : LineMap.of(b.text);
    for (Passage p : ps) {
      boolean aFirst = p.docA().equals(a.id);
      out.add(
          new Found(
              p,
              CaseJson.passage(
                  0,
                  p,
                  aFirst ? a.text : b.text,
                  aFirst ? la : lb,
                  aFirst ? b.text : a.text,
                  aFirst ? lb : la)));
    }
    return out;
  }

  /** Strings by code point: the order of their UTF-8 bytes, as the case file sorts ids. */
  static final class CodePointOrder implements java.util.Comparator<String>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(String x, String y) {
      int i = 0;
      int j = 0;
      while (i < x.length() && j < y.length()) {
        int cx = x.codePointAt(i);
        int cy = y.codePointAt(j);
        if (cx != cy) {
          return Integer.compare(cx, cy);
        }
        i += Character.charCount(cx);
        j += Character.charCount(cy);
      }
      return Integer.compare(x.length() - i, y.length() - j);
    }
  }

  static final String USAGE =
      "usage: ReuseJob [--master URL] [--partitions N] [--jsonl] [--max-file-size BYTES] INPUT"
          + " OUTPUT\n"
          + "  INPUT   a folder of documents (with its sources.yaml, if any), or with --jsonl JSON"
          + " Lines {id, text, date?} (a file or a folder of them); any Hadoop file system\n"
          + "  OUTPUT  a new folder: passages.jsonl/ and passages.parquet/";

  /**
   * Command line: exit 0 ok, 1 bad input (problems are listed, other documents still read), 2
   * usage.
   */
  public static void main(String[] args) throws IOException {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
    Args a;
    try {
      a = Args.parse(args);
    } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
      err.println(
          (e instanceof ArrayIndexOutOfBoundsException
                  ? "an option lacks its value"
                  : e.getMessage())
              + "\n"
              + USAGE);
      return 2;
    }
    if (a == null) {
      out.println(USAGE);
      return 0;
    }
    SparkConf conf = conf(new SparkConf().setAppName("sverka-reuse"));
    if (a.master() != null) {
      conf.setMaster(a.master());
    }
    // a session that the caller made (a test, a notebook) is the caller's to stop
    boolean own = org.apache.spark.sql.SparkSession.getDefaultSession().isEmpty();
    org.apache.spark.sql.SparkSession spark =
        org.apache.spark.sql.SparkSession.builder().config(conf).getOrCreate();
    try {
      return run(spark, own, a, out, err);
    } finally {
      if (own) {
        spark.stop();
      }
    }
  }

  /** The command line's options and operands; {@link #parse} gives null for {@code --help}. */
  private record Args(
      String master,
      Integer partitions,
      boolean jsonl,
      long maxFileBytes,
      String input,
      String output) {
    static Args parse(String[] args) {
      String master = null;
      Integer partitions = null;
      boolean jsonl = false;
      long maxFileBytes = org.sverka.pipeline.Analyzer.Options.DEFAULT_MAX_FILE_BYTES;
      List<String> pos = new ArrayList<>();
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--master" -> master = args[++i];
          case "--partitions" -> partitions = Integer.parseInt(args[++i]);
          case "--jsonl" -> jsonl = true;
          case "--max-file-size" -> maxFileBytes = Long.parseLong(args[++i]);
          case "-h", "--help" -> {
            return null;
          }
          default -> {
            if (args[i].startsWith("--")) {
              throw new IllegalArgumentException("unknown option " + args[i]);
            }
            pos.add(args[i]);
          }
        }
      }
      if (pos.size() != 2) {
        throw new IllegalArgumentException("give INPUT and OUTPUT");
      }
      if (partitions != null && partitions < 1 || maxFileBytes < 1) {
        throw new IllegalArgumentException("--partitions and --max-file-size must be positive");
      }
      return new Args(master, partitions, jsonl, maxFileBytes, pos.get(0), pos.get(1));
    }
  }

  /** Runs the job in {@code spark} and writes its passages to the output folder. */
  private static int run(
      org.apache.spark.sql.SparkSession spark,
      boolean own,
      Args a,
      PrintStream out,
      PrintStream err)
      throws IOException {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    if (own) {
      sc.setLogLevel("WARN");
    }
    org.apache.hadoop.fs.Path outPath = new org.apache.hadoop.fs.Path(a.output());
    if (outPath.getFileSystem(sc.hadoopConfiguration()).exists(outPath)) {
      err.println(a.output() + ": already exists; give a new folder for the output");
      return 1;
    }
    int parts = a.partitions() != null ? a.partitions() : Math.max(8, 4 * sc.defaultParallelism());
    Settings s =
        new Settings(
            ReuseDetector.Options.defaults().withThreads(1),
            parts,
            a.maxFileBytes(),
            a.jsonl(),
            Settings.BROADCAST_WORDS);
    Result r;
    try {
      r = run(sc, a.input(), s);
    } catch (java.io.FileNotFoundException e) {
      err.println(a.input() + ": no such file or folder");
      return 1;
    }
    JavaRDD<Found> ps = r.passages().persist(StorageLevel.MEMORY_AND_DISK_SER());
    PassageOutput.jsonLines(ps, a.output() + "/passages.jsonl");
    PassageOutput.parquet(spark, ps, a.output() + "/passages.parquet");
    long n = ps.count();
    printProblems(r.problems(), err);
    out.printf(
        "%d documents, %d passages: %s/passages.jsonl, %s/passages.parquet%n",
        r.documents(), n, a.output(), a.output());
    return r.problems().isEmpty() ? 0 : 1;
  }

  static void printProblems(List<String> problems, PrintStream err) {
    for (String p : problems) {
      err.println(p);
    }
  }
}
