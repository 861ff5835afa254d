package org.sverka.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.sverka.document.Document;
import org.sverka.document.DocumentBuilder;
import org.sverka.entities.Gazetteer;
import org.sverka.entities.Mention;
import org.sverka.entities.MentionFinder;
import org.sverka.entities.NameTagger;
import org.sverka.entities.TagCache;
import org.sverka.ingest.Extractor;
import org.sverka.text.Paragraph;

/**
 * Entity extraction throughput against the bare CoreNLP pipeline, on the same text in the same JVM
 * (see "Named entities" in docs/benchmarks.md).
 *
 * <p>The text: every paragraph of every file of a folder (default: the demo corpus), normalised as
 * Sverka normalises it. Both sides get it in the same slices of about 20,000 characters, spread
 * over the same number of threads:
 *
 * <ul>
 *   <li><b>CoreNLP</b>: {@code StanfordCoreNLP} with {@code tokenize,ssplit,ner}, the same 3-class
 *       CRF, no SUTime, no numeric classifiers, no fine-grained NER, no entity mentions (the NER
 *       annotator needs no POS or lemmas then); each slice joined by blank lines and annotated.
 *   <li><b>Sverka</b>: {@link NameTagger} on Sverka's sentences and words (as in {@code sverka
 *       analyze}), then {@link MentionFinder} over the whole corpus (titles, initials,
 *       abbreviations, votes, propagation, derived forms): the complete extraction.
 *   <li><b>Sverka, every sentence</b>: the same, without skipping sentences that hold no
 *       capitalised word but a small opener.
 *   <li><b>Sverka, each distinct sentence once</b>: as {@code sverka analyze} tags since issue 18,
 *       through a {@link TagCache} (a new one each repetition, as in a new case): a sentence met
 *       again in any document gets the CRF's first answer.
 * </ul>
 *
 * Throughput is Sverka's word count of the text (the same number for all rows) over wall time; the
 * ratio is against CoreNLP's throughput in the same repetition. Repetitions alternate the order;
 * the first one warms up and is not counted.
 *
 * <p>Usage: {@code NerBenchmark [--dir DIR] [--threads N] [--reps N] [--cpu]}; with {@code --cpu}
 * the times are the process's CPU seconds (every thread: the JIT and the collector too) instead of
 * wall time, which a loaded machine makes noisy.
 */
public final class NerBenchmark {
  private NerBenchmark() {}

  /** The command line. */
  private record Args(Path dir, int threads, int reps, boolean cpu) {
    static Args parse(String[] args) {
      Path dir = Path.of("examples/opposition-1926-1937");
      int threads = 2;
      int reps = 4;
      boolean cpu = false;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--dir" -> dir = Path.of(args[++i]);
          case "--threads" -> threads = Integer.parseInt(args[++i]);
          case "--reps" -> reps = Integer.parseInt(args[++i]);
          case "--cpu" -> cpu = true;
          default -> throw new IllegalArgumentException("unknown argument " + args[i]);
        }
      }
      return new Args(dir, threads, reps, cpu);
    }
  }

  /**
   * The counted repetitions' times (CoreNLP, Sverka, Sverka every sentence) and CoreNLP's tokens.
   */
  private record Reps(List<double[]> times, long corenlpTokens) {}

  public static void main(String[] args) throws Exception {
    Args a = Args.parse(args);
    cpu = a.cpu();
    int threads = a.threads();
    List<Document> docs = documents(a.dir());
    long words = docs.stream().mapToLong(Document::words).sum();
    List<String> slices = slices(docs);
    long chars = slices.stream().mapToLong(String::length).sum();
    System.err.printf(
        "%d documents, %d words, %d characters in %d slices, %d threads%n",
        docs.size(), words, chars, slices.size(), threads);

    long t0 = System.nanoTime();
    NameTagger.classifier();
    double sverkaLoad = (System.nanoTime() - t0) / 1e9;
    t0 = System.nanoTime();
    StanfordCoreNLP corenlp = coreNlp();
    double corenlpLoad = (System.nanoTime() - t0) / 1e9;
    System.err.printf("model load: Sverka %.1f s, CoreNLP %.1f s%n", sverkaLoad, corenlpLoad);

    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Reps reps = repetitions(corenlp, docs, slices, pool, a.reps());
    List<double[]> times = reps.times();
    int mentions = extract(docs, pool, false);
    int cachedMentions = extract(docs, pool, new TagCache());
    if (cachedMentions != mentions) {
      throw new IllegalStateException(
          "the cache changed the mentions: " + cachedMentions + " against " + mentions);
    }
    pool.shutdown();

    double cpuLoad = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    table(times, words, threads);
    System.out.printf(
        "%n%d words (Sverka's count; CoreNLP made %d tokens of the same text), %d threads, %d"
            + " repetitions after one warm-up; %d mentions; model load: Sverka %.1f s, CoreNLP %.1f"
            + " s; system load average at the end %.2f%n",
        words,
        reps.corenlpTokens(),
        threads,
        times.size(),
        mentions,
        sverkaLoad,
        corenlpLoad,
        cpuLoad);
  }

  /** The folder's {@code .txt} files as documents, in name order. */
  private static List<Document> documents(Path dir) throws Exception {
    List<Document> docs = new ArrayList<>();
    Extractor extractor = new Extractor(Long.MAX_VALUE);
    DocumentBuilder builder = new DocumentBuilder();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String id = f.getFileName().toString();
        docs.add(
            builder.build(
                id, id, "", Files.size(f), extractor.extract(f, null), null, new ArrayList<>()));
      }
    }
    return docs;
  }

  /** The bare CoreNLP pipeline: tokenize, ssplit and the 3-class CRF, nothing else. */
  private static StanfordCoreNLP coreNlp() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,ner");
    props.setProperty("ner.model", NameTagger.MODEL);
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.buildEntityMentions", "false");
    return new StanfordCoreNLP(props);
  }

  /**
   * A warm-up and {@code reps} timed repetitions of the three extractions, in alternating order.
   */
  private static Reps repetitions(
      StanfordCoreNLP corenlp,
      List<Document> docs,
      List<String> slices,
      ExecutorService pool,
      int reps) {
    List<double[]> times = new ArrayList<>(); // per rep: corenlp, sverka, sverka-all, cached
    long corenlpTokens = 0;
    for (int r = 0; r <= reps; r++) {
      double[] t = new double[4];
      long[] tok = new long[1];
      Runnable core = () -> t[0] = time(() -> tok[0] = annotate(corenlp, slices, pool));
      Runnable ours = () -> t[1] = time(() -> extract(docs, pool, false));
      Runnable all = () -> t[2] = time(() -> extract(docs, pool, true));
      Runnable once = () -> t[3] = time(() -> extract(docs, pool, new TagCache()));
      List<Runnable> order =
          r % 2 == 0 ? List.of(core, ours, all, once) : List.of(once, ours, all, core);
      for (Runnable run : order) {
        run.run();
      }
      corenlpTokens = tok[0];
      System.err.printf(
          "rep %d%s: CoreNLP %.2f s, Sverka %.2f s, Sverka every sentence %.2f s, Sverka each"
              + " distinct sentence once %.2f s%n",
          r, r == 0 ? " (warm-up, not counted)" : "", t[0], t[1], t[2], t[3]);
      if (r > 0) {
        times.add(t);
      }
    }
    return new Reps(times, corenlpTokens);
  }

  /** The Markdown table: each extraction's median and minimum time, throughput and ratio. */
  private static void table(List<double[]> times, long words, int threads) {
    System.out.println(
        "| extraction | time s, median (min) | words/s | words/s per thread | × CoreNLP's throughput |");
    System.out.println("|---|---:|---:|---:|---:|");
    String[] names = {
      "bare CoreNLP (tokenize, ssplit, ner)",
      "Sverka",
      "Sverka, every sentence",
      "Sverka, each distinct sentence once"
    };
    double[] medians = new double[4];
    for (int k = 0; k < 4; k++) {
      int kk = k;
      double[] col = times.stream().mapToDouble(t -> t[kk]).sorted().toArray();
      medians[k] = median(col);
    }
    for (int k = 0; k < 4; k++) {
      int kk = k;
      double min = times.stream().mapToDouble(t -> t[kk]).min().orElse(0);
      double[] ratios = times.stream().mapToDouble(t -> t[0] / t[kk]).sorted().toArray();
      System.out.printf(
          "| %s | %.2f (%.2f) | %.0f | %.0f | %.2f (%.2f–%.2f) |%n",
          names[k],
          medians[k],
          min,
          words / medians[k],
          words / medians[k] / threads,
          median(ratios),
          ratios[0],
          ratios[ratios.length - 1]);
    }
  }

  /**
   * The non-boilerplate paragraphs, in slices of about 20,000 characters, as Sverka shares them.
   */
  static List<String> slices(List<Document> docs) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    for (Document d : docs) {
      for (Paragraph p : d.paragraphs()) {
        if (p.boilerplate()) {
          continue;
        }
        b.append(p.normalized().text()).append("\n\n");
        if (b.length() >= 20_000) {
          out.add(b.toString());
          b.setLength(0);
        }
      }
      if (b.length() > 0) {
        out.add(b.toString());
        b.setLength(0);
      }
    }
    return out;
  }

  static long annotate(StanfordCoreNLP nlp, List<String> slices, ExecutorService pool) {
    List<Future<Integer>> fs = new ArrayList<>();
    for (String s : slices) {
      fs.add(
          pool.submit(
              () -> {
                Annotation a = new Annotation(s);
                nlp.annotate(a);
                return a.get(CoreAnnotations.TokensAnnotation.class).size();
              }));
    }
    long n = 0;
    for (Future<Integer> f : fs) {
      n += get(f);
    }
    return n;
  }

  static int extract(List<Document> docs, ExecutorService pool, boolean everySentence) {
    List<MentionFinder.Doc> in = new ArrayList<>();
    for (Document d : docs) {
      List<NameTagger.Tagged> tags =
          everySentence ? tagEvery(d.paragraphs(), pool) : NameTagger.tag(d.paragraphs(), pool);
      in.add(new MentionFinder.Doc(d.id(), d.text(), d.lines(), d.paragraphs(), tags));
    }
    List<Mention> ms = new MentionFinder(new Gazetteer()).find(in);
    return ms.size();
  }

  /** As {@link #extract(List, ExecutorService, boolean)}, tagging through {@code cache}. */
  static int extract(List<Document> docs, ExecutorService pool, TagCache cache) {
    List<MentionFinder.Doc> in = new ArrayList<>();
    for (Document d : docs) {
      List<NameTagger.Tagged> tags = NameTagger.tag(d.paragraphs(), pool, cache);
      in.add(new MentionFinder.Doc(d.id(), d.text(), d.lines(), d.paragraphs(), tags));
    }
    System.err.printf(
        "cache: %d sentences to the CRF, %d answered from the cache%n",
        cache.misses(), cache.hits());
    return new MentionFinder(new Gazetteer()).find(in).size();
  }

  /** As {@link NameTagger#tag(List, ExecutorService)}, every sentence to the CRF. */
  static List<NameTagger.Tagged> tagEvery(List<Paragraph> paragraphs, ExecutorService pool) {
    List<List<Paragraph>> slices = NameTagger.slices(paragraphs);
    List<Future<List<NameTagger.Tagged>>> fs = new ArrayList<>();
    for (List<Paragraph> sl : slices) {
      fs.add(pool.submit(() -> new NameTagger(true).tag(sl)));
    }
    List<NameTagger.Tagged> out = new ArrayList<>();
    for (Future<List<NameTagger.Tagged>> f : fs) {
      out.addAll(get(f));
    }
    return out;
  }

  private static <T> T get(Future<T> f) {
    try {
      return f.get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether {@link #time} measures the process's CPU time (all threads) instead of wall time. */
  private static boolean cpu;

  private static double time(Runnable r) {
    if (cpu) {
      com.sun.management.OperatingSystemMXBean os =
          (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      long c0 = os.getProcessCpuTime();
      r.run();
      return (os.getProcessCpuTime() - c0) / 1e9;
    }
    long t0 = System.nanoTime();
    r.run();
    return (System.nanoTime() - t0) / 1e9;
  }

  private static double median(double[] sorted) {
    double[] s = sorted.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }
}
