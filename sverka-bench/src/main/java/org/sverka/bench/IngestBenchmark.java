package org.sverka.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.sverka.document.Document;
import org.sverka.document.DocumentBuilder;
import org.sverka.ingest.Extracted;
import org.sverka.ingest.Extractor;
import org.sverka.ingest.Problem;
import org.sverka.ingest.SourceCatalog;
import org.sverka.ingest.SourceEntry;
import org.sverka.pipeline.Analyzer;
import org.sverka.store.CaseFile;

/**
 * Whole-corpus throughput and memory of ingestion and segmentation (a benchmark, not a test).
 *
 * <p>Stages, each timed over the whole corpus in this JVM, in this order in every repetition:
 *
 * <ol>
 *   <li>{@code read+decode}: the baseline. Reads every file's bytes, decodes them as UTF-8 and
 *       counts lines: the I/O and decoding floor that any ingestion pays.
 *   <li>{@code extract}: {@link Extractor#extract} (type detection, charset detection, decoding).
 *   <li>{@code extract+segment}: {@link Extractor} then {@link DocumentBuilder#build} (lexicon,
 *       normalisation, paragraphs, sentences, token counts, metadata detection), no SQLite; with 1
 *       and with 2 worker threads.
 *   <li>{@code analyze (files → SQLite)}: {@link Analyzer#run} into a fresh case folder, with 1 and
 *       2 threads: everything above plus SHA-256, the incremental bookkeeping and the SQLite
 *       writes, up to the moment the last file has been written (the listener's {@code fileDone}
 *       for the last file). By default the run is ended there (the listener throws), because the
 *       Analyzer's stages over the whole case that follow (reuse detection, ...) are not ingestion;
 *       with {@code --reuse} the run goes on and the rest is reported as a row of its own, {@code
 *       analyze: whole-case stages (...)}.
 * </ol>
 *
 * <p>Each stage starts after a {@code System.gc()}, with the heap pools' peak usage and the
 * process's peak RSS ({@code VmHWM}, reset through {@code /proc/self/clear_refs}) reset. Reported
 * per stage: wall time (median and minimum over the repetitions), MB/s (input bytes, 1 MB = 10^6
 * bytes, per wall-clock second), MB/s per thread, MB per CPU-second of the whole process (including
 * GC and JIT), the time as a multiple of the baseline's time, the peak heap (sum of the heap pools'
 * peaks, an upper bound), the largest heap occupancy right after a collection (close to the live
 * set; "-" when no collection happened) and the peak RSS.
 *
 * <p>Usage: {@code IngestBenchmark --case DIR [--reps N] [--threads 1,2] [--label NAME]
 * [--warmup-mb MB] [--stages extract,segment,analyze] [--reuse] [--header|--no-header] CORPUS...}
 * The case folder must be empty or missing; one sub-folder per analyse run is created and deleted
 * after the run. The results are printed on stdout as Markdown table rows, progress on stderr.
 */
public final class IngestBenchmark {
  private static final Set<String> CONTROL_FILES =
      Set.of("sources.yaml", "sources.yml", "claims.yaml", "authority.yaml");

  /** One input file, with the entry sources.yaml gives it (if any). */
  record Input(Path file, String relative, long bytes, SourceEntry entry) {}

  /** A stage to time. */
  interface Stage {
    /** Runs once over all inputs; returns a checksum so that the work cannot be optimised away. */
    long run(List<Input> inputs, int rep) throws Exception;
  }

  /** One timed run of a stage. */
  record Sample(
      double seconds,
      double cpuSeconds,
      long peakHeap,
      long maxAfterGc,
      int collections,
      long peakRss,
      long checksum) {}

  private final List<Input> inputs;
  private final long totalBytes;
  private final Path caseRoot;
  private final List<Path> corpora;
  private final List<String> log = new ArrayList<>();
  private final AtomicLong maxAfterGc = new AtomicLong();
  private final AtomicInteger collections = new AtomicInteger();
  private final List<MemoryPoolMXBean> heapPools = new ArrayList<>();
  private final Set<String> heapPoolNames = new java.util.HashSet<>();
  private int caseRuns;
  private long caseBytes;
  private Path toDelete;

  IngestBenchmark(List<Path> corpora, Path caseRoot) throws IOException {
    this.corpora = corpora;
    this.caseRoot = caseRoot;
    this.inputs = discover(corpora);
    long t = 0;
    for (Input in : inputs) {
      t += in.bytes();
    }
    this.totalBytes = t;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.isValid()) {
        heapPools.add(p);
        heapPoolNames.add(p.getName());
      }
    }
    listenToCollections();
  }

  // ---------------------------------------------------------------------------------------------
  // The inputs: the same files Analyzer would analyse

  static List<Input> discover(List<Path> corpora) throws IOException {
    List<Input> out = new ArrayList<>();
    for (Path raw : corpora) {
      Path root = raw.toAbsolutePath().normalize();
      if (!Files.isDirectory(root)) {
        throw new IOException("not a folder: " + raw);
      }
      Path yaml = root.resolve("sources.yaml");
      SourceCatalog catalog = Files.isRegularFile(yaml) ? SourceCatalog.read(yaml) : null;
      List<Path> files;
      try (Stream<Path> walk = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
        files =
            walk.filter(Files::isRegularFile)
                .filter(p -> !hidden(root.relativize(p)))
                .filter(
                    p ->
                        !CONTROL_FILES.contains(
                            p.getFileName().toString().toLowerCase(Locale.ROOT)))
                .sorted()
                .toList();
      }
      for (Path f : files) {
        String rel = root.relativize(f).toString().replace('\\', '/');
        SourceEntry entry = catalog == null ? null : catalog.entryFor(rel).orElse(null);
        out.add(new Input(f, rel, Files.size(f), entry));
      }
    }
    out.sort(Comparator.comparing(i -> i.file().toString()));
    return out;
  }

  private static boolean hidden(Path rel) {
    for (Path part : rel) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Stages

  /** The baseline: bytes, UTF-8 decoding, line count. */
  static long readDecode(List<Input> inputs) throws IOException {
    long lines = 0;
    for (Input in : inputs) {
      byte[] b = Files.readAllBytes(in.file());
      String s = new String(b, StandardCharsets.UTF_8);
      for (int i = 0, n = s.length(); i < n; i++) {
        if (s.charAt(i) == '\n') {
          lines++;
        }
      }
    }
    return lines;
  }

  static long extract(List<Input> inputs, Extractor extractor) throws Exception {
    long chars = 0;
    for (Input in : inputs) {
      Extracted ex = extractor.extract(in.file(), declared(in));
      chars += ex.text().length();
    }
    return chars;
  }

  /** Extractor + DocumentBuilder on {@code threads} threads, documents dropped as they come. */
  static long extractSegment(List<Input> inputs, Extractor extractor, int threads)
      throws Exception {
    if (threads == 1) {
      DocumentBuilder builder = new DocumentBuilder();
      long sum = 0;
      for (Input in : inputs) {
        sum += buildOne(in, extractor, builder);
      }
      return sum;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    ThreadLocal<DocumentBuilder> builders = ThreadLocal.withInitial(DocumentBuilder::new);
    try {
      // like Analyzer: at most 2 * threads documents in flight, so memory stays bounded
      ArrayList<Future<Long>> inFlight = new ArrayList<>();
      long sum = 0;
      int next = 0;
      while (next < inputs.size() || !inFlight.isEmpty()) {
        while (next < inputs.size() && inFlight.size() < 2 * threads) {
          Input in = inputs.get(next++);
          inFlight.add(pool.submit(() -> buildOne(in, extractor, builders.get())));
        }
        sum += get(inFlight.remove(0));
      }
      return sum;
    } finally {
      pool.shutdownNow();
    }
  }

  private static long buildOne(Input in, Extractor extractor, DocumentBuilder builder)
      throws Exception {
    Extracted ex = extractor.extract(in.file(), declared(in));
    List<Problem> problems = new ArrayList<>();
    String id = in.relative().replaceAll("[^\\p{L}\\p{N}._-]+", "-");
    Document d = builder.build(id, in.relative(), "", in.bytes(), ex, in.entry(), problems);
    return d.paragraphs().size() * 31L + d.words() + d.parts().size();
  }

  private static String declared(Input in) {
    return in.entry() == null ? null : in.entry().encoding();
  }

  private static long get(Future<Long> f) throws Exception {
    try {
      return f.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception ex ? ex : e;
    }
  }

  /**
   * Thrown from the listener when the Analyzer has written its last file, to end the run before the
   * whole-case stages unless {@code --reuse} was given.
   */
  static final class StopBeforeCaseStages extends RuntimeException {
    StopBeforeCaseStages() {
      super("stopped before the whole-case stages", null, false, false);
    }
  }

  /**
   * Hears an analyse run: when the last file has been written ({@code fileDone} for every file
   * announced by {@code started}) the file-by-file part is over; with {@code measure} it is
   * measured there ({@link #markSplit}), and without {@code --reuse} the run is ended there.
   */
  private final class SplitListener implements Analyzer.Listener {
    private final boolean measure;
    private int expected = -1;
    private int done;

    SplitListener(boolean measure) {
      this.measure = measure;
    }

    @Override
    public void started(int files) {
      expected = files;
      done = 0;
      if (files == 0) {
        lastFile();
      }
    }

    @Override
    public void fileDone(String file, String outcome) {
      if (++done == expected) {
        lastFile();
      }
    }

    @Override
    public void stage(String name) {
      caseStages.add(name);
    }

    private void lastFile() {
      if (measure) {
        markSplit();
      }
      if (!withCaseStages) {
        throw new StopBeforeCaseStages();
      }
    }
  }

  /**
   * An Analyzer run into a fresh case folder (deleted after the clock stops). The Analyzer first
   * analyses file by file (extract, segment, SQLite), then runs stages over the whole case (reuse
   * detection, ...). Unless {@code --reuse} was given the run is ended after the last file.
   */
  long analyze(List<Path> roots, int threads, String name) throws Exception {
    Path dir = caseRoot.resolve(name);
    if (Files.exists(dir)) {
      deleteTree(dir);
    }
    long docs;
    Analyzer.Listener listener = new SplitListener(true);
    try (CaseFile cf = CaseFile.open(dir)) {
      Analyzer.Result r =
          new Analyzer(listener)
              .run(
                  cf,
                  new Analyzer.Options(
                          roots, null, Analyzer.Options.DEFAULT_MAX_FILE_BYTES, threads)
                      // ingestion only: names are measured by NerBenchmark
                      .withoutNames());
      if (!r.problems().isEmpty() && caseRuns == 0) {
        System.err.println(
            "note: the analyser reported "
                + r.problems().size()
                + " problem(s), e.g. "
                + r.problems().get(0));
      }
      docs = r.analysed() * 1_000_003L + r.documents() + r.problems().size();
    } catch (StopBeforeCaseStages e) {
      docs = 0;
    }
    caseRuns++;
    toDelete = dir; // by measure(), after the clock stops
    return docs;
  }

  // ---------------------------------------------------------------------------------------------
  // Measuring

  private void listenToCollections() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (!(gc instanceof NotificationEmitter emitter)) {
        continue;
      }
      emitter.addNotificationListener(
          (n, handback) -> {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                n.getType())) {
              return;
            }
            GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            if ("System.gc()".equals(info.getGcCause())) {
              return; // ours, between stages
            }
            long used = 0;
            for (Map.Entry<String, MemoryUsage> e :
                info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
              if (heapPoolNames.contains(e.getKey())) {
                used += e.getValue().getUsed();
              }
            }
            long u = used;
            maxAfterGc.accumulateAndGet(u, Math::max);
            collections.incrementAndGet();
          },
          null,
          null);
    }
  }

  private void resetMemory() throws InterruptedException {
    System.gc();
    Thread.sleep(200); // let the notification of that collection be delivered (and ignored)
    for (MemoryPoolMXBean p : heapPools) {
      p.resetPeakUsage();
    }
    maxAfterGc.set(0);
    collections.set(0);
    resetPeakRss();
  }

  /** The file-by-file part of an analyse run, measured after the last file was written. */
  private record Split(long nanos, long cpu, Sample first) {}

  private Split split;
  private final List<String> caseStages = new ArrayList<>();
  private boolean withCaseStages;
  private long stageStartNanos;
  private long stageStartCpu;

  /** Measures the run so far and resets the peaks for the rest of it. */
  void markSplit() {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long t = System.nanoTime();
    long cpu = os.getProcessCpuTime();
    Sample first =
        new Sample(
            (t - stageStartNanos) / 1e9,
            (cpu - stageStartCpu) / 1e9,
            peakHeap(),
            maxAfterGc.get(),
            collections.get(),
            procStatus("VmHWM"),
            0);
    split = new Split(t, cpu, first);
    for (MemoryPoolMXBean p : heapPools) {
      p.resetPeakUsage();
    }
    maxAfterGc.set(0);
    collections.set(0);
    resetPeakRss();
    System.err.printf(Locale.ROOT, "  (last file written after %.3f s)%n", first.seconds());
  }

  private long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean p : heapPools) {
      peak += p.getPeakUsage().getUsed();
    }
    return peak;
  }

  private static void resetPeakRss() {
    try {
      // 5: reset the peak RSS to the current RSS (Linux 4.0 and later)
      Files.writeString(Path.of("/proc/self/clear_refs"), "5");
    } catch (IOException | UnsupportedOperationException e) {
      // then VmHWM is the peak since the JVM started
    }
  }

  /**
   * Runs a stage once. Returns one sample, or for an analyse run that reached the whole-case stages
   * two: the file-by-file part and (with {@code --reuse}) the rest.
   */
  private List<Sample> measure(Stage stage, int rep) throws Exception {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    resetMemory();
    split = null;
    caseStages.clear();
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    stageStartNanos = t0;
    stageStartCpu = cpu0;
    long checksum = stage.run(inputs, rep);
    long t1 = System.nanoTime();
    long cpu1 = os.getProcessCpuTime();
    Thread.sleep(200); // late collection notifications
    if (toDelete != null) {
      caseBytes = treeSize(toDelete);
      deleteTree(toDelete);
      toDelete = null;
    }
    Sample rest =
        new Sample(
            (t1 - t0) / 1e9,
            (cpu1 - cpu0) / 1e9,
            peakHeap(),
            maxAfterGc.get(),
            collections.get(),
            procStatus("VmHWM"),
            checksum);
    if (split == null) {
      return List.of(rest);
    }
    Sample first = split.first();
    if (!withCaseStages) {
      return List.of(first);
    }
    Sample after =
        new Sample(
            (t1 - split.nanos()) / 1e9,
            (cpu1 - split.cpu()) / 1e9,
            rest.peakHeap(),
            rest.maxAfterGc(),
            rest.collections(),
            rest.peakRss(),
            checksum);
    return List.of(first, after);
  }

  /** A field of /proc/self/status in bytes, or -1. */
  static long procStatus(String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith(field + ":")) {
          String[] parts = line.substring(field.length() + 1).trim().split("\\s+");
          return Long.parseLong(parts[0]) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return -1;
  }

  // ---------------------------------------------------------------------------------------------
  // Running

  /** A named stage with its thread count. */
  record Named(String name, String group, int threads, Stage stage) {}

  /** A row of the results: a stage, or a part of the analyse stage, at a thread count. */
  record Row(String name, int threads) {}

  private List<Named> stages(Set<String> groups, int[] threadCounts) {
    Extractor extractor = new Extractor(Analyzer.Options.DEFAULT_MAX_FILE_BYTES);
    List<Named> out = new ArrayList<>();
    out.add(new Named("read+decode (baseline)", "baseline", 1, (in, rep) -> readDecode(in)));
    if (groups.contains("extract")) {
      out.add(new Named("extract", "extract", 1, (in, rep) -> extract(in, extractor)));
    }
    if (groups.contains("segment")) {
      for (int t : threadCounts) {
        out.add(
            new Named(
                "extract+segment", "segment", t, (in, rep) -> extractSegment(in, extractor, t)));
      }
    }
    if (groups.contains("analyze")) {
      for (int t : threadCounts) {
        out.add(
            new Named(
                "analyze (files → SQLite)",
                "analyze",
                t,
                (in, rep) -> analyze(corpora, t, "run-" + rep + "-t" + t)));
      }
    }
    return out;
  }

  /**
   * Runs every stage, untimed, on {@code warmupBytes} of input (a prefix of the corpus, or the
   * whole corpus as many times as needed), so that the JIT has compiled the hot code and Tika and
   * ICU have loaded their data before the clock runs.
   */
  private void warmUp(List<Named> stages, long warmupBytes) throws Exception {
    List<Input> subset = new ArrayList<>();
    long b = 0;
    for (Input in : inputs) {
      if (b >= warmupBytes) {
        break;
      }
      subset.add(in);
      b += in.bytes();
    }
    int passes = (int) Math.max(1, Math.min(1000, (warmupBytes + b - 1) / Math.max(1, b)));
    List<Path> files = subset.stream().map(Input::file).toList();
    for (Named s : stages) {
      long t0 = System.nanoTime();
      for (int pass = 0; pass < passes; pass++) {
        if (s.group().equals("analyze")) {
          Path dir = caseRoot.resolve("warmup-t" + s.threads());
          Analyzer.Listener listener = new SplitListener(false);
          try (CaseFile cf = CaseFile.open(dir)) {
            new Analyzer(listener)
                .run(
                    cf,
                    new Analyzer.Options(
                            files, null, Analyzer.Options.DEFAULT_MAX_FILE_BYTES, s.threads())
                        .withoutNames());
          } catch (StopBeforeCaseStages expected) {
            // the file-by-file part is warm
          }
          deleteTree(dir);
        } else {
          s.stage().run(subset, -1);
        }
      }
      System.err.printf(
          Locale.ROOT,
          "warm-up %-24s t=%d  %.2f s on %d x %.1f MB%n",
          s.name(),
          s.threads(),
          (System.nanoTime() - t0) / 1e9,
          passes,
          b / 1e6);
    }
  }

  public static void main(String[] args) throws Exception {
    Path caseRoot = null;
    int reps = 3;
    int[] threads = {1, 2};
    String label = null;
    double warmupMb = 10;
    Set<String> groups = Set.of("extract", "segment", "analyze");
    boolean header = true;
    boolean withCaseStages = false;
    List<Path> corpora = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--case" -> caseRoot = Path.of(args[++i]);
        case "--reps" -> reps = Integer.parseInt(args[++i]);
        case "--threads" ->
            threads = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
        case "--label" -> label = args[++i];
        case "--warmup-mb" -> warmupMb = Double.parseDouble(args[++i]);
        case "--stages" -> groups = Set.of(args[++i].split(","));
        case "--header" -> header = true;
        case "--reuse" -> withCaseStages = true;
        case "--no-header" -> header = false;
        default -> {
          if (args[i].startsWith("--")) {
            usage("unknown option " + args[i]);
          }
          corpora.add(Path.of(args[i]));
        }
      }
    }
    if (caseRoot == null || corpora.isEmpty() || reps < 1) {
      usage("give --case DIR and at least one corpus folder");
    }
    Files.createDirectories(caseRoot);
    try (Stream<Path> s = Files.list(caseRoot)) {
      if (s.findAny().isPresent()) {
        usage("the case folder must be empty: " + caseRoot);
      }
    }
    IngestBenchmark b = new IngestBenchmark(corpora, caseRoot);
    b.withCaseStages = withCaseStages;
    if (label == null) {
      label = corpora.get(0).getFileName().toString();
    }
    b.run(label, reps, threads, groups, (long) (warmupMb * 1e6), header);
  }

  private void run(
      String label, int reps, int[] threadCounts, Set<String> groups, long warmup, boolean header)
      throws Exception {
    Runtime rt = Runtime.getRuntime();
    System.err.printf(
        Locale.ROOT,
        "corpus %s: %d files, %d bytes (%.2f MB); %d repetitions; max heap %d MB; %d CPUs%n",
        label,
        inputs.size(),
        totalBytes,
        totalBytes / 1e6,
        reps,
        rt.maxMemory() >> 20,
        rt.availableProcessors());
    System.err.printf(
        Locale.ROOT,
        "CPU probe before: %.2f of %d cores available%n",
        cpuProbe(),
        rt.availableProcessors());
    List<Named> stages = stages(groups, threadCounts);
    warmUp(stages, warmup);
    Map<Row, List<Sample>> samples = repetitions(stages, reps);
    System.err.printf(
        Locale.ROOT,
        "CPU probe after: %.2f of %d cores available%n",
        cpuProbe(),
        rt.availableProcessors());
    if (caseRuns > 0) {
      System.err.printf(
          Locale.ROOT, "case folder after one analyse run: %.1f MB%n", caseBytes / 1e6);
    }
    // results
    double baseline =
        median(
            samples.get(new Row(stages.get(0).name(), stages.get(0).threads())), Sample::seconds);
    if (header) {
      System.out.println(
          "| corpus | input MB | files | stage | threads | time s, median (min) | MB/s |"
              + " MB/s per thread | MB per CPU-s | cores busy | × baseline time | peak heap MB |"
              + " heap after GC MB | peak RSS MB |");
      System.out.println("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    }
    for (Map.Entry<Row, List<Sample>> e : samples.entrySet()) {
      printRow(label, e.getKey(), e.getValue(), baseline);
    }
  }

  /**
   * Every stage measured {@code reps} times in turn; the samples by row, in order of appearance.
   */
  private Map<Row, List<Sample>> repetitions(List<Named> stages, int reps) throws Exception {
    Map<Row, List<Sample>> samples = new LinkedHashMap<>();
    for (int rep = 0; rep < reps; rep++) {
      for (Named stage : stages) {
        List<Sample> xs = measure(stage.stage(), rep);
        for (int k = 0; k < xs.size(); k++) {
          Sample x = xs.get(k);
          Row s =
              new Row(
                  k == 0
                      ? stage.name()
                      : "analyze: whole-case stages ("
                          + (caseStages.isEmpty() ? "none" : String.join(", ", caseStages))
                          + ")",
                  stage.threads());
          samples.computeIfAbsent(s, key -> new ArrayList<>()).add(x);
          System.err.printf(
              Locale.ROOT,
              "rep %d %-24s t=%d  %7.3f s  %6.2f MB/s  cpu %6.2f s  heap peak %5d MB  after-GC"
                  + " %5d MB (%d GCs)  RSS peak %5d MB  [%d]%n",
              rep + 1,
              s.name(),
              s.threads(),
              x.seconds(),
              totalBytes / 1e6 / x.seconds(),
              x.cpuSeconds(),
              x.peakHeap() >> 20,
              x.maxAfterGc() >> 20,
              x.collections(),
              x.peakRss() >> 20,
              x.checksum());
        }
      }
    }
    return samples;
  }

  /** One row of the Markdown table: a stage's median time and the rest over its repetitions. */
  private void printRow(String label, Row s, List<Sample> xs, double baseline) {
    double mb = totalBytes / 1e6;
    double med = median(xs, Sample::seconds);
    double min = xs.stream().mapToDouble(Sample::seconds).min().orElse(med);
    double cpu = median(xs, Sample::cpuSeconds);
    long heap = xs.stream().mapToLong(Sample::peakHeap).max().orElse(0);
    long afterGc = xs.stream().mapToLong(Sample::maxAfterGc).max().orElse(0);
    int gcs = xs.stream().mapToInt(Sample::collections).sum();
    long rss = xs.stream().mapToLong(Sample::peakRss).max().orElse(-1);
    System.out.printf(
        Locale.ROOT,
        "| %s | %.2f | %d | %s | %d | %.3f (%.3f) | %.2f | %.2f | %s | %s | %.2f | %d | %s | %s"
            + " |%n",
        label,
        mb,
        inputs.size(),
        s.name(),
        s.threads(),
        med,
        min,
        mb / med,
        mb / med / s.threads(),
        cpu < 0.01 ? "-" : String.format(Locale.ROOT, "%.2f", mb / cpu),
        cpu < 0.01 ? "-" : String.format(Locale.ROOT, "%.2f", cpu / med),
        med / baseline,
        heap >> 20,
        gcs == 0 ? "-" : Long.toString(afterGc >> 20),
        rss < 0 ? "?" : Long.toString(rss >> 20));
  }

  /**
   * How many cores this process gets right now: one spinning thread per processor for half a
   * second, process CPU time over wall time. On a shared machine it can be well below the processor
   * count.
   */
  static double cpuProbe() throws InterruptedException {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    int n = Runtime.getRuntime().availableProcessors();
    long end = System.nanoTime() + 500_000_000L;
    long[] sink = new long[n];
    List<Thread> threads = new ArrayList<>();
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      int k = i;
      Thread t =
          new Thread(
              () -> {
                long x = 0;
                while (System.nanoTime() < end) {
                  x += x * 31 + 7;
                }
                sink[k] = x;
              });
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
    return (os.getProcessCpuTime() - cpu0) / (double) (System.nanoTime() - t0);
  }

  private static double median(List<Sample> xs, java.util.function.ToDoubleFunction<Sample> f) {
    double[] v = xs.stream().mapToDouble(f).sorted().toArray();
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static long treeSize(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .mapToLong(
              p -> {
                try {
                  return Files.size(p);
                } catch (IOException e) {
                  return 0;
                }
              })
          .sum();
    }
  }

  private static void usage(String why) {
    System.err.println(why);
    System.err.println(
        "usage: IngestBenchmark --case DIR [--reps N] [--threads 1,2] [--label NAME]"
            + " [--warmup-mb MB] [--stages extract,segment,analyze] [--reuse] [--no-header]"
            + " CORPUS...");
    System.exit(2);
  }
}
