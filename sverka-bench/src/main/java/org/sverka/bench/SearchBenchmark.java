package org.sverka.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.sverka.pipeline.Analyzer.Options;
import org.sverka.search.Hit;
import org.sverka.search.SearchAnalysis;
import org.sverka.search.SearchIndex;
import org.sverka.search.Searcher;
import org.sverka.store.CaseFile;
import org.sverka.store.DocumentTables;
import org.sverka.time.Edtf;

/**
 * Search latency over a case: builds the case's index once (timed), draws a few hundred varied
 * queries from the indexed sentences (words, word pairs, phrases, capitalised names with their
 * spelling variants, prefixes, OR, and words with a date, document or author filter), runs them
 * once to warm up and then {@code --rounds} times, timing each {@link Searcher#search} call with
 * its snippets (what {@code sverka search} does), and prints p50/p95/p99 per kind as Markdown. The
 * baseline, in the same JVM and rounds: a bare Lucene {@link TermQuery} top-20 by score for each
 * single word, on the same index.
 *
 * <p>Usage: {@code SearchBenchmark --case DIR [--corpus DIR] [--per-kind 50] [--rounds 3] [--seed
 * 1926] [--limit 20] [--label NAME]}. With {@code --corpus} and an empty case, the corpus is
 * analysed first ({@code sverka analyze}, 2 threads, stopped after the last file: the whole-case
 * stages are not needed for the index).
 */
public final class SearchBenchmark {
  private SearchBenchmark() {}

  record Q(String kind, String query, Searcher.Options options, String term) {}

  /** The command line. */
  private record Args(
      Path caseDir, Path corpus, int perKind, int rounds, long seed, int limit, String label) {
    static Args parse(String[] args) {
      Path caseDir = null;
      Path corpus = null;
      int perKind = 50;
      int rounds = 5;
      long seed = 1926;
      int limit = 20;
      String label = null;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--case" -> caseDir = Path.of(args[++i]);
          case "--corpus" -> corpus = Path.of(args[++i]);
          case "--per-kind" -> perKind = Integer.parseInt(args[++i]);
          case "--rounds" -> rounds = Integer.parseInt(args[++i]);
          case "--seed" -> seed = Long.parseLong(args[++i]);
          case "--limit" -> limit = Integer.parseInt(args[++i]);
          case "--label" -> label = args[++i];
          default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
        }
      }
      if (caseDir == null) {
        throw new IllegalArgumentException("give --case DIR");
      }
      return new Args(caseDir, corpus, perKind, rounds, seed, limit, label);
    }
  }

  /** The index as built once: its sentences, wall and CPU seconds, and bytes on disk. */
  private record Build(int sentences, double secs, double cpuSecs, long bytes) {}

  /** The timings of the rounds, by kind of query (and baseline), in query order. */
  private record Timings(
      Map<String, List<Double>> times, Map<String, List<Double>> cpu, Map<String, long[]> totals) {
    Timings() {
      this(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
    }
  }

  public static void main(String[] args) throws Exception {
    Args a = Args.parse(args);
    try (CaseFile cf = CaseFile.open(a.caseDir())) {
      if (new DocumentTables(cf).documentIds().isEmpty()) {
        if (a.corpus() == null) {
          throw new IllegalArgumentException("the case is empty; give --corpus DIR");
        }
        analyse(cf, a.corpus());
      }
      long bytes = 0;
      for (var d : new DocumentTables(cf).documents()) {
        bytes += d.bytes();
      }
      Build build = buildIndex(cf);
      try (Searcher s = Searcher.open(cf)) {
        List<Q> queries = queries(s, new Random(a.seed()), a.perKind());
        System.err.printf("%d queries; warming up%n", queries.size());
        run(s, queries, a.limit(), null, null, null);
        Timings t = new Timings();
        for (int r = 0; r < a.rounds(); r++) {
          System.err.printf("round %d of %d%n", r + 1, a.rounds());
          run(s, queries, a.limit(), t.times(), t.cpu(), t.totals());
        }
        String name = a.label() == null ? a.caseDir().getFileName().toString() : a.label();
        System.out.printf(
            Locale.ROOT,
            "Case %s: %d documents, %.1f MB; index of %d sentences built in %.1f s (%.1f s CPU"
                + " of the building thread), %.1f MB on disk. %d queries × %d rounds (after one"
                + " warm-up round), top %d with snippets.%n%n",
            name,
            new DocumentTables(cf).documentIds().size(),
            bytes / 1e6,
            build.sentences(),
            build.secs(),
            build.cpuSecs(),
            build.bytes() / 1e6,
            queries.size(),
            a.rounds(),
            a.limit());
        table(queries, t);
      }
    }
  }

  /** Analyses {@code corpus} into the empty case, stopped after its last file. */
  private static void analyse(CaseFile cf, Path corpus) throws Exception {
    long t0 = System.nanoTime();
    try {
      new org.sverka.pipeline.Analyzer(new StopAfterFiles())
          .run(
              cf,
              // without the name model: it would take about half an hour on 100 MB, and the
              // latency of search is what is measured here (names are the demo case's part)
              new Options(List.of(corpus), null, Options.DEFAULT_MAX_FILE_BYTES, 2).withoutNames());
    } catch (StopAfterFiles.Stop e) {
      // the documents are written; the index is built below
    }
    System.err.printf(Locale.ROOT, "analysed %s in %.1f s%n", corpus, secs(t0));
  }

  /** Builds the case's search index, timed. */
  private static Build buildIndex(CaseFile cf) throws Exception {
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long c0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    int sentences = SearchIndex.build(cf, SearchIndex.stamp(cf));
    double buildSecs = secs(t0);
    double buildCpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
    long indexBytes;
    try (Stream<Path> files = Files.list(SearchIndex.dir(cf))) {
      indexBytes = files.mapToLong(SearchBenchmark::size).sum();
    }
    System.err.printf(
        Locale.ROOT,
        "indexed %d sentences in %.1f s (%d bytes)%n",
        sentences,
        buildSecs,
        indexBytes);
    return new Build(sentences, buildSecs, buildCpu, indexBytes);
  }

  /** The Markdown table: all sverka queries together, then each kind and its baseline. */
  private static void table(List<Q> queries, Timings t) {
    System.out.println(
        "| kind | queries | median total hits | p50 ms | p95 ms | p99 ms | max ms"
            + " | CPU p50 ms | CPU p95 ms | CPU p99 ms |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    List<Double> all = new ArrayList<>();
    List<Double> allCpu = new ArrayList<>();
    for (var e : t.times().entrySet()) {
      if (!e.getKey().startsWith(BASELINE)) {
        all.addAll(e.getValue());
        allCpu.addAll(t.cpu().get(e.getKey()));
      }
    }
    row("**all sverka search queries**", all, allCpu, null, queries.size());
    for (var e : t.times().entrySet()) {
      String kind = e.getKey().replace(BASELINE, "");
      row(
          e.getKey(),
          e.getValue(),
          t.cpu().get(e.getKey()),
          t.totals().get(e.getKey()),
          (int) count(queries, kind));
    }
  }

  /**
   * Ends an analyse run when its last file is written, before the whole-case stages (reuse and
   * quotation detection on a generated corpus made of copies of the same texts take far longer than
   * the index, and are not what is measured here), as {@link IngestBenchmark} does.
   */
  static final class StopAfterFiles implements org.sverka.pipeline.Analyzer.Listener {
    static final class Stop extends RuntimeException {
      Stop() {
        super("stopped before the whole-case stages", null, false, false);
      }
    }

    private int expected = -1;
    private int done;

    @Override
    public void started(int files) {
      expected = files;
    }

    @Override
    public void fileDone(String file, String outcome) {
      if (++done == expected) {
        throw new Stop();
      }
    }
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static final String BASELINE = "baseline: bare Lucene TermQuery, ";

  private static void row(String kind, List<Double> ms, List<Double> cpuMs, long[] totals, int n) {
    double[] v = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double[] c = cpuMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    String median = "";
    if (totals != null) {
      long[] t = totals.clone();
      Arrays.sort(t);
      median = Long.toString(t[t.length / 2]);
    }
    System.out.printf(
        Locale.ROOT,
        "| %s | %d | %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
        kind,
        n,
        median,
        pct(v, 0.50),
        pct(v, 0.95),
        pct(v, 0.99),
        v[v.length - 1],
        pct(c, 0.50),
        pct(c, 0.95),
        pct(c, 0.99));
  }

  static double pct(double[] sorted, double q) {
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static void run(
      Searcher s,
      List<Q> queries,
      int limit,
      Map<String, List<Double>> times,
      Map<String, List<Double>> cpu,
      Map<String, long[]> totals)
      throws IOException {
    IndexSearcher lucene = s.lucene();
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (Q q : queries) {
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      Searcher.Result r = s.search(q.query(), q.options(), limit);
      int chars = 0;
      for (Hit h : r.hits()) {
        chars += org.sverka.json.HtmlSnippet.of(h).length();
      }
      double ms = (System.nanoTime() - t0) / 1e6;
      double cms = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
      if (chars < 0) {
        throw new IllegalStateException(); // keep the snippets alive
      }
      if (times != null) {
        times.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(ms);
        cpu.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(cms);
        int i = seen.merge(q.kind(), 1, Integer::sum) - 1;
        totals.computeIfAbsent(q.kind(), k -> new long[(int) count(queries, k)])[i] = r.total();
      }
      if (q.term() != null) {
        long bc0 = threads.getCurrentThreadCpuTime();
        long b0 = System.nanoTime();
        TopDocs top = lucene.search(new TermQuery(new Term("text", q.term())), limit);
        double bms = (System.nanoTime() - b0) / 1e6;
        double bcms = (threads.getCurrentThreadCpuTime() - bc0) / 1e6;
        if (times != null) {
          String k = BASELINE + q.kind();
          times.computeIfAbsent(k, x -> new ArrayList<>()).add(bms);
          cpu.computeIfAbsent(k, x -> new ArrayList<>()).add(bcms);
          int i = seen.merge(k, 1, Integer::sum) - 1;
          totals.computeIfAbsent(k, x -> new long[(int) count(queries, q.kind())])[i] =
              top.totalHits.value;
        }
      }
    }
    if (totals != null) {
      seen.clear();
    }
  }

  private static long count(List<Q> queries, String kind) {
    return queries.stream().filter(q -> q.kind().equals(kind)).count();
  }

  private static final Analyzer FOLD = SearchAnalysis.text();

  private static String fold(String word) {
    try (TokenStream ts = FOLD.tokenStream("text", word)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String out = ts.incrementToken() ? t.toString() : null;
      ts.end();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Queries drawn from random sentences of the index. */
  static List<Q> queries(Searcher s, Random rnd, int perKind) throws IOException {
    StoredFields stored = s.lucene().storedFields();
    int max = s.lucene().getIndexReader().maxDoc();
    String[] kinds = {
      "word",
      "two words",
      "phrase",
      "name",
      "prefix",
      "or",
      "word + date",
      "word + doc",
      "word + author"
    };
    List<Q> out = new ArrayList<>();
    List<String> authors = new ArrayList<>();
    for (String kind : kinds) {
      int made = 0;
      for (int guard = 0; made < perKind && guard < perKind * 200; guard++) {
        Document d = stored.document(rnd.nextInt(max));
        String[] words =
            Arrays.stream(d.get("original").split("[^\\p{L}]+"))
                .filter(w -> w.length() >= 3)
                .toArray(String[]::new);
        if (words.length < 4) {
          continue;
        }
        if (d.get("authorName") != null && authors.size() < 1000) {
          authors.add(d.get("authorName"));
        }
        String w = words[rnd.nextInt(words.length)];
        String w2 = words[rnd.nextInt(words.length)];
        Q q = query(kind, words, w, w2, d, authors, rnd);
        if (q != null) {
          out.add(q);
          made++;
        }
      }
    }
    return out;
  }

  /**
   * A query of {@code kind} drawn from one sentence's words ({@code w} and {@code w2} two of them),
   * or null when the sentence has none of that kind.
   */
  private static Q query(
      String kind,
      String[] words,
      String w,
      String w2,
      Document d,
      List<String> authors,
      Random rnd) {
    Searcher.Options none = Searcher.Options.defaults();
    return switch (kind) {
      case "word" -> new Q(kind, w, none, fold(w));
      case "two words" -> new Q(kind, w + " " + w2, none, null);
      case "phrase" -> {
        int i = rnd.nextInt(words.length - 2);
        int n = 2 + rnd.nextInt(2);
        yield new Q(
            kind, "\"" + String.join(" ", Arrays.copyOfRange(words, i, i + n)) + "\"", none, null);
      }
      case "name" -> name(kind, words, rnd, none);
      case "prefix" -> w.length() >= 6 ? new Q(kind, w.substring(0, 4) + "*", none, null) : null;
      case "or" -> new Q(kind, w + " OR " + w2, none, null);
      case "word + date" -> {
        int y = 1920 + rnd.nextInt(20);
        yield new Q(
            kind,
            w,
            new Searcher.Options(
                null, null, Edtf.parse(Integer.toString(y)), Edtf.parse(y + 2 + ""), true),
            null);
      }
      case "word + doc" ->
          new Q(kind, w, new Searcher.Options(d.get("doc"), null, null, null, true), null);
      case "word + author" ->
          authors.isEmpty()
              ? null
              : new Q(
                  kind,
                  w,
                  new Searcher.Options(
                      null, authors.get(rnd.nextInt(authors.size())), null, null, true),
                  null);
      default -> throw new IllegalStateException(kind);
    };
  }

  /** One of the sentence's capitalised words after its first, or null when it has none. */
  private static Q name(String kind, String[] words, Random rnd, Searcher.Options none) {
    List<String> caps = new ArrayList<>();
    for (int i = 1; i < words.length; i++) {
      if (Character.isUpperCase(words[i].charAt(0)) && words[i].length() >= 4) {
        caps.add(words[i]);
      }
    }
    return caps.isEmpty() ? null : new Q(kind, caps.get(rnd.nextInt(caps.size())), none, null);
  }
}
