package org.sverka.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.sverka.Sverka;
import org.sverka.document.Document;
import org.sverka.document.DocumentBuilder;
import org.sverka.entities.Authority;
import org.sverka.entities.AuthorityFile;
import org.sverka.entities.NameTagger;
import org.sverka.entities.TagCache;
import org.sverka.ingest.Extracted;
import org.sverka.ingest.Extractor;
import org.sverka.ingest.OcrSettings;
import org.sverka.ingest.Problem;
import org.sverka.ingest.SourceCatalog;
import org.sverka.ingest.SourceEntry;
import org.sverka.ingest.Tesseract;
import org.sverka.ingest.UnusableInputException;
import org.sverka.stage.StageContext;
import org.sverka.stage.Stages;
import org.sverka.store.CaseFile;
import org.sverka.store.DocumentTables;
import org.sverka.store.MentionTables;

/**
 * {@code sverka analyze}: files and folders in, case file out. Incremental: a file whose bytes and
 * whose {@code sources.yaml} entry are unchanged since the last run is not read again; a changed
 * file is analysed again; a file that is gone from an analysed folder is dropped. A file that
 * cannot be used becomes a {@link Problem} and every other file is still analysed.
 *
 * <p>Files are extracted and segmented on a small thread pool; the case file is written by the
 * calling thread, one transaction per document, in a fixed order.
 */
public final class Analyzer {
  /** Names that are never documents: the user's own input files. */
  public static final Set<String> CONTROL_FILES =
      Set.of("sources.yaml", "sources.yml", "claims.yaml", "authority.yaml");

  /**
   * What to analyse.
   *
   * @param sources an explicit sources.yaml for every input, or null to use the one found in each
   *     input folder
   * @param maxFileBytes files larger than this are refused
   * @param threads extraction threads (at least 1)
   * @param names whether to find named entities (the CRF costs most of the time of an analysis)
   * @param authority an explicit authority.yaml, or null to use the one beside the sources.yaml (or
   *     in the input folder)
   * @param fileTimeout how long one file may take to be read and analysed before it is skipped, or
   *     null for {@link #timeoutFor} (5 minutes and a minute per MB, and 90 seconds for every page
   *     OCR has read of the file)
   * @param ocrMode when to OCR (images and PDF pages without a text layer, by default)
   * @param ocrLanguages Tesseract's languages for every file, or null for those of each folder's
   *     sources.yaml ({@code language:}), else English
   */
  public record Options(
      List<Path> inputs,
      Path sources,
      long maxFileBytes,
      int threads,
      boolean names,
      Path authority,
      Duration fileTimeout,
      OcrSettings.Mode ocrMode,
      List<String> ocrLanguages) {
    public static final long DEFAULT_MAX_FILE_BYTES = 100L * 1024 * 1024;

    /** With names found, and the authority file beside the corpus, if any. */
    public Options(List<Path> inputs, Path sources, long maxFileBytes, int threads) {
      this(inputs, sources, maxFileBytes, threads, true, null, null);
    }

    /** With OCR as by default: images and PDF pages without text, languages from sources.yaml. */
    public Options(
        List<Path> inputs,
        Path sources,
        long maxFileBytes,
        int threads,
        boolean names,
        Path authority,
        Duration fileTimeout) {
      this(
          inputs,
          sources,
          maxFileBytes,
          threads,
          names,
          authority,
          fileTimeout,
          OcrSettings.Mode.AUTO,
          null);
    }

    /** The same options without named entities. */
    public Options withoutNames() {
      return new Options(
          inputs,
          sources,
          maxFileBytes,
          threads,
          false,
          authority,
          fileTimeout,
          ocrMode,
          ocrLanguages);
    }

    /** The same options with an explicit authority file. */
    public Options withAuthority(Path file) {
      return new Options(
          inputs, sources, maxFileBytes, threads, names, file, fileTimeout, ocrMode, ocrLanguages);
    }

    /** The same options with a fixed time bound per file (null: by size). */
    public Options withFileTimeout(Duration timeout) {
      return new Options(
          inputs, sources, maxFileBytes, threads, names, authority, timeout, ocrMode, ocrLanguages);
    }

    /** The same options with another OCR mode and languages (null: from sources.yaml). */
    public Options withOcr(OcrSettings.Mode mode, List<String> languages) {
      return new Options(
          inputs, sources, maxFileBytes, threads, names, authority, fileTimeout, mode, languages);
    }

    /** The OCR settings for a file under {@code catalog} (null: none). */
    OcrSettings ocrFor(SourceCatalog catalog) {
      List<String> langs = ocrLanguages;
      if (langs == null && catalog != null && catalog.language() != null) {
        langs = OcrSettings.parseLanguages(List.of(catalog.language()));
      }
      return new OcrSettings(ocrMode, langs == null || langs.isEmpty() ? List.of("eng") : langs);
    }

    /** The time each page read by OCR adds to its file's bound: a long scan is not cut off. */
    public static final Duration PER_OCR_PAGE = Duration.ofSeconds(90);

    /**
     * The time bound for a file of {@code bytes} of which OCR has read {@code ocrPages} pages so
     * far: the fixed one, or 5 minutes, 1 per MB and {@link #PER_OCR_PAGE} per page.
     */
    public Duration timeoutFor(long bytes, int ocrPages) {
      return fileTimeout != null
          ? fileTimeout
          : Duration.ofMinutes(5)
              .plusSeconds(60 * (bytes / (1024 * 1024)))
              .plus(PER_OCR_PAGE.multipliedBy(ocrPages));
    }

    public Options {
      if (inputs == null || inputs.isEmpty()) {
        throw new IllegalArgumentException("Options.inputs: give at least one file or folder");
      }
      if (maxFileBytes <= 0 || threads < 1) {
        throw new IllegalArgumentException("Options: maxFileBytes and threads must be positive");
      }
      if (fileTimeout != null && (fileTimeout.isZero() || fileTimeout.isNegative())) {
        throw new IllegalArgumentException("Options: fileTimeout must be positive");
      }
      inputs = List.copyOf(inputs);
      ocrMode = ocrMode == null ? OcrSettings.Mode.AUTO : ocrMode;
      ocrLanguages = ocrLanguages == null ? null : List.copyOf(ocrLanguages);
    }
  }

  /** Hears about progress; called on the calling thread. */
  public interface Listener {
    default void started(int files) {}

    default void fileDone(String file, String outcome) {}

    /** A stage over the whole case begins (e.g. "finding reuse"). */
    default void stage(String name) {}

    /** A file just written had {@code pages} pages read by OCR. */
    default void pagesRead(int pages) {}

    /**
     * OCR has just read {@code pages} more pages (of a file still being read): called from the
     * worker thread that ran it, possibly at the same time as from others, so that a progress bar
     * can count pages while a long scan is read.
     */
    default void ocrProgress(int pages) {}

    Listener NONE = new Listener() {};
  }

  /**
   * What a run did. {@code problems} holds every skipped file and every bad input line; {@code
   * passages} is how many reuse passages the case holds after the run.
   */
  public record Result(
      long runId,
      int analysed,
      int unchanged,
      int removed,
      int documents,
      List<Problem> problems,
      List<String> skippedFiles,
      int interruptedBefore,
      int passages) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private final Listener listener;
  private final Tesseract tesseract;

  public Analyzer(Listener listener) {
    this(listener, null);
  }

  /** With a given Tesseract for OCR (null: the installed one, looked up when first needed). */
  public Analyzer(Listener listener, Tesseract tesseract) {
    this.listener = listener == null ? Listener.NONE : listener;
    this.tesseract = tesseract;
  }

  private Tesseract tesseract() {
    return tesseract != null ? tesseract : Tesseract.system();
  }

  /** A file to analyse with the folder it was found under and its sources.yaml entry. */
  private record Input(
      Path file, Path root, String relative, SourceEntry entry, SourceCatalog catalog) {}

  public Result run(CaseFile cf, Options options) throws IOException, SQLException {
    int interrupted = cf.markInterruptedRuns();
    long runId = cf.beginRun(Sverka.VERSION, parameters(options));
    Tally tally = new Tally();
    List<Path> roots = new ArrayList<>();
    List<Input> inputs = discover(options, tally.problems, roots, cf.dir());
    listener.started(inputs.size());

    // incremental bookkeeping
    DocumentTables documents = new DocumentTables(cf);
    Map<String, DocumentTables.Fingerprint> known = new HashMap<>();
    for (DocumentTables.Fingerprint f : documents.fingerprints()) {
      known.put(f.sourcePath(), f);
    }
    Set<String> seen = new HashSet<>();
    for (Input in : inputs) {
      seen.add(in.file().toString());
    }
    Map<String, String> idOwner = idOwners(known, seen, roots);
    int removed = removeGone(documents, known, seen, roots, idOwner);
    new Ingest(cf, runId, options, known, idOwner, tally).analyseAll(inputs);

    int passages = runStages(cf, options, roots, runId, tally.problems, true);
    return finish(cf, runId, tally, removed, interrupted, passages);
  }

  /**
   * The derived stages over the whole case, each redone only when its inputs changed, as a run does
   * them after its documents (with the search index, or without it: the Spark job's case is indexed
   * where it is imported). Returns how many passages reuse found (-1: it did not run).
   */
  public int runStages(
      CaseFile cf,
      Options options,
      List<Path> roots,
      long runId,
      List<Problem> problems,
      boolean search)
      throws IOException, SQLException {
    // the user's authority.yaml: read once; the mention stage's gazetteer can take
    // authority.gazetteer(), the entity stage resolves with it
    Authority authority = authority(options, roots, problems);
    StageContext context = new StageContext(cf, options.threads(), options.names());
    List<org.sverka.stage.Stage> stages =
        Stages.all(authority, context).stream()
            .filter(s -> search || !(s instanceof org.sverka.stage.SearchStage))
            .toList();
    Stages.runDue(stages, context, runId, listener::stage);
    return context.passages();
  }

  /**
   * A file to analyse as discovery planned it, with its document id and OCR settings: all that a
   * worker elsewhere (the Spark job's tasks) needs to analyse it as a run here would.
   */
  public record Planned(
      String file, String root, String relative, String id, SourceEntry entry, OcrSettings ocr)
      implements java.io.Serializable {}

  /**
   * A run's files in input order with their ids, the inputs as given (for the authority file), the
   * problems discovery found and the files it skipped.
   */
  public record Plan(
      List<Planned> files, List<Path> roots, List<Problem> problems, Set<String> skipped) {}

  /** Discovery and ids as a run into a case without documents does them ({@code caseDir}). */
  public Plan plan(Options options, Path caseDir) throws IOException {
    List<Problem> problems = new ArrayList<>();
    List<Path> roots = new ArrayList<>();
    Set<String> skipped = new java.util.TreeSet<>();
    Map<String, String> idOwner = new HashMap<>();
    List<Planned> files = new ArrayList<>();
    for (Input in : discover(options, problems, roots, caseDir)) {
      String id = assignId(in, Map.of(), idOwner, problems, skipped);
      if (id != null) {
        files.add(
            new Planned(
                in.file().toString(),
                in.root().toString(),
                in.relative(),
                id,
                in.entry(),
                options.ocrFor(in.catalog())));
      }
    }
    return new Plan(files, roots, problems, skipped);
  }

  /**
   * What one worker thread needs to analyse planned files one after the other ({@link
   * #analyseInto}); close it when done.
   */
  public static final class Worker implements AutoCloseable {
    private final ExecutorService namePool = Executors.newSingleThreadExecutor(daemonThreads());
    private final DocumentBuilder builder = new DocumentBuilder();
    private final Extractor extractor;
    private final NameTags names;

    /** The tags of the sentences this worker has seen: one it sees again is not tagged again. */
    private final TagCache cache = new TagCache();

    /**
     * @param maxFileBytes files larger than this are refused
     * @param names whether to find named entities
     * @param tesseract the OCR engine, or null for the installed one, looked up when first needed
     */
    public Worker(long maxFileBytes, boolean names, Tesseract tesseract) {
      this.extractor = new Extractor(maxFileBytes, tesseract);
      this.names = names ? paragraphs -> NameTagger.tag(paragraphs, namePool, cache) : null;
    }

    @Override
    public void close() {
      namePool.shutdownNow();
    }
  }

  /** What became of one planned file: "analysed" or "skipped", and its problems. */
  public record FileDone(String outcome, List<Problem> problems, boolean withoutTesseract)
      implements java.io.Serializable {}

  /**
   * Analyses one planned file as a run does (extraction, the document, its segmentation, its names)
   * and writes it into {@code cf} under {@code runId} in one transaction, or its problem.
   */
  public FileDone analyseInto(CaseFile cf, long runId, Planned p, Worker w) throws SQLException {
    Input in = new Input(Path.of(p.file()), Path.of(p.root()), p.relative(), p.entry(), null);
    Outcome o = analyse(in, p.ocr(), p.id(), Map.of(), w.extractor, w.builder, w.names);
    if (o.outOfMemory()) {
      o = o.tooLarge();
    }
    Tally tally = new Tally();
    String done = record(cf, o, tally, runId, w.names == null ? null : w.cache);
    return new FileDone(done, List.copyOf(tally.problems), tally.withoutTesseract > 0);
  }

  /**
   * Closes a run whose files were analysed elsewhere ({@link #analyseInto}): its problems stored,
   * its row finished, as a run here closes.
   */
  public static Result finishRun(
      CaseFile cf,
      long runId,
      List<Problem> problems,
      Set<String> skipped,
      int analysed,
      int withoutTesseract,
      int passages)
      throws SQLException {
    Tally tally = new Tally();
    tally.problems.addAll(problems);
    tally.skipped.addAll(skipped);
    tally.analysed = analysed;
    tally.withoutTesseract = withoutTesseract;
    return finish(cf, runId, tally, 0, 0, passages);
  }

  /** The run's parameters, as its row in table runs keeps them. */
  public static Map<String, Object> parameters(Options options) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("inputs", options.inputs().stream().map(Path::toString).toList());
    params.put("sources", options.sources() == null ? null : options.sources().toString());
    params.put("authority", options.authority() == null ? null : options.authority().toString());
    params.put("maxFileBytes", options.maxFileBytes());
    params.put("names", options.names());
    params.put("ocr", options.ocrMode().name().toLowerCase(Locale.ROOT));
    params.put("ocrLanguages", options.ocrLanguages());
    params.put("analysisVersion", Sverka.ANALYSIS_VERSION);
    return params;
  }

  /** Which file owns each document id: documents from other roots keep their ids. */
  private static Map<String, String> idOwners(
      Map<String, DocumentTables.Fingerprint> known, Set<String> seen, List<Path> roots) {
    Map<String, String> idOwner = new HashMap<>();
    for (DocumentTables.Fingerprint f : known.values()) {
      if (!underAny(Path.of(f.sourcePath()), roots) || seen.contains(f.sourcePath())) {
        idOwner.put(f.id(), f.sourcePath());
      }
    }
    return idOwner;
  }

  /** Deletes the documents of files gone from an analysed folder; returns how many. */
  private static int removeGone(
      DocumentTables documents,
      Map<String, DocumentTables.Fingerprint> known,
      Set<String> seen,
      List<Path> roots,
      Map<String, String> idOwner)
      throws SQLException {
    int removed = 0;
    List<DocumentTables.Fingerprint> sorted = new ArrayList<>(known.values());
    sorted.sort(java.util.Comparator.comparing(DocumentTables.Fingerprint::sourcePath));
    for (DocumentTables.Fingerprint f : sorted) {
      if (underAny(Path.of(f.sourcePath()), roots) && !seen.contains(f.sourcePath())) {
        documents.deleteDocument(f.id());
        idOwner.remove(f.id());
        removed++;
      }
    }
    return removed;
  }

  /** Stores the run's problems, closes its row and says what it did. */
  private static Result finish(
      CaseFile cf, long runId, Tally tally, int removed, int interrupted, int passages)
      throws SQLException {
    List<Problem> problems = tally.problems;
    if (tally.withoutTesseract > 0) {
      problems.add(
          new Problem(
              "tesseract",
              0,
              "Tesseract is not installed, so "
                  + tally.withoutTesseract
                  + (tally.withoutTesseract == 1 ? " file that needs" : " files that need")
                  + " OCR could not be read (apt-get install tesseract-ocr tesseract-ocr-eng"
                  + " tesseract-ocr-rus); the other files are analysed"));
    }
    Collections.sort(problems);
    cf.addProblems(runId, problems);
    cf.finishRun(
        runId,
        problems.isEmpty() ? "ok" : "bad-input",
        tally.analysed,
        tally.unchanged,
        removed,
        tally.skipped.size());
    return new Result(
        runId,
        tally.analysed,
        tally.unchanged,
        removed,
        new DocumentTables(cf).documentIds().size(),
        List.copyOf(problems),
        List.copyOf(tally.skipped),
        interrupted,
        passages < 0 ? (int) cf.count("passages") : passages);
  }

  /** What the run has done to the files so far: problems, skipped files and counts. */
  private static final class Tally {
    final List<Problem> problems = new ArrayList<>();
    final Set<String> skipped = new java.util.TreeSet<>();
    int analysed;
    int withoutTesseract;
    int unchanged;

    void count(String outcome) {
      switch (outcome) {
        case "analysed" -> analysed++;
        case "unchanged" -> unchanged++;
        default -> {}
      }
    }
  }

  /**
   * The per-document phase of a run: every input read and analysed on the pool, at most two per
   * thread in flight, written in input order; a file that ran out of heap is tried again alone
   * after the others.
   */
  private final class Ingest {
    private final CaseFile cf;
    private final long runId;
    private final Options options;
    private final Map<String, DocumentTables.Fingerprint> known;
    private final Map<String, String> idOwner;
    private final Tally tally;
    private final ExecutorService pool;
    private final ExecutorService namePool;
    private final ThreadLocal<DocumentBuilder> builders =
        ThreadLocal.withInitial(DocumentBuilder::new);
    private final NameTags names;
    private final TagCache cache;
    private final Extractor extractor;

    Ingest(
        CaseFile cf,
        long runId,
        Options options,
        Map<String, DocumentTables.Fingerprint> known,
        Map<String, String> idOwner,
        Tally tally)
        throws SQLException {
      this.cf = cf;
      this.runId = runId;
      this.options = options;
      this.known = known;
      this.idOwner = idOwner;
      this.tally = tally;
      this.pool = Executors.newFixedThreadPool(options.threads(), daemonThreads());
      this.namePool = Executors.newFixedThreadPool(options.threads(), daemonThreads());
      this.cache = options.names() ? MentionTables.tagCache(cf) : null;
      this.names =
          options.names() ? paragraphs -> NameTagger.tag(paragraphs, namePool, cache) : null;
      this.extractor =
          new Extractor(
              options.maxFileBytes(),
              tesseract,
              n -> {
                Task.pageRead(n);
                listener.ocrProgress(n);
              });
    }

    void analyseAll(List<Input> inputs) throws IOException, SQLException {
      try {
        List<Outcome> retry = analyseInFlight(inputs);
        for (Outcome failed : retry) {
          Outcome o = await(submit(failed.input(), failed.id()), options, pool);
          if (o.outOfMemory()) {
            o = o.tooLarge();
          }
          tally.count(record(cf, o, tally, runId, cache));
        }
      } finally {
        pool.shutdownNow();
        namePool.shutdownNow();
      }
    }

    /** Analyses and writes every input; returns those that ran out of heap, to retry alone. */
    private List<Outcome> analyseInFlight(List<Input> inputs) throws IOException, SQLException {
      long haltAfter = Long.getLong("sverka.test.haltAfterDocuments", -1);
      List<Outcome> retry = new ArrayList<>();
      Deque<Task> inFlight = new ArrayDeque<>();
      int next = 0;
      while (next < inputs.size() || !inFlight.isEmpty()) {
        while (next < inputs.size() && inFlight.size() < 2 * options.threads()) {
          Input in = inputs.get(next++);
          String id = assignId(in, known, idOwner, tally.problems, tally.skipped);
          if (id == null) {
            listener.fileDone(in.relative(), "skipped");
            continue;
          }
          inFlight.add(submit(in, id));
        }
        if (inFlight.isEmpty()) {
          continue;
        }
        Outcome o = await(inFlight.removeFirst(), options, pool);
        if (o.outOfMemory()) {
          // the heap ran out while other files were in flight too: try this one again alone
          retry.add(o);
          continue;
        }
        tally.count(record(cf, o, tally, runId, cache));
        if (haltAfter >= 0 && tally.analysed >= haltAfter) {
          // fault injection for tests: die like kill -9, without finally blocks or hooks
          Runtime.getRuntime().halt(137);
        }
      }
      return retry;
    }

    private Task submit(Input in, String id) {
      return Task.submit(
          pool,
          in,
          () ->
              analyse(
                  in, options.ocrFor(in.catalog()), id, known, extractor, builders.get(), names));
    }
  }

  /**
   * Writes one file's outcome: its document in one transaction, or its problem. Returns what became
   * of the file: "analysed", "unchanged" or "skipped".
   */
  private String record(CaseFile cf, Outcome o, Tally tally, long runId, TagCache cache)
      throws SQLException {
    List<Problem> problems = tally.problems;
    Set<String> skipped = tally.skipped;
    String done;
    if (o.problem() != null) {
      problems.add(o.problem());
      if (o.problem().message().equals(WITHOUT_TESSERACT)) {
        tally.withoutTesseract++;
      }
      skipped.add(o.input().file().toString());
      done = "skipped";
    } else if (o.document() == null) {
      done = "unchanged";
    } else {
      problems.addAll(o.documentProblems());
      MentionTables.saveDocument(
          cf,
          o.document(),
          o.nameTags(),
          cache,
          o.input().file().toString(),
          o.input().root().toString(),
          o.metaHash(),
          runId);
      done = "analysed";
      int ocrPages = o.document().layout().ocrPages();
      if (ocrPages > 0) {
        listener.pagesRead(ocrPages);
      }
    }
    listener.fileDone(o.input().relative(), done);
    return done;
  }

  /**
   * What analysing one file gave. {@code outOfMemory}: the heap ran out while it was analysed (with
   * {@code problem} saying so), which may be another file's fault when several are in flight;
   * {@code id} the document id it was analysed under.
   */
  private record Outcome(
      Input input,
      String id,
      Document document,
      String metaHash,
      Problem problem,
      List<Problem> documentProblems,
      List<NameTagger.Tagged> nameTags,
      boolean outOfMemory) {
    Outcome(
        Input input,
        Document document,
        String metaHash,
        Problem problem,
        List<Problem> documentProblems) {
      this(input, null, document, metaHash, problem, documentProblems, List.of(), false);
    }

    /** The file could not be read or analysed: skipped, with one problem naming it. */
    static Outcome unreadable(Input in, int line, String message) {
      return new Outcome(in, null, null, new Problem(display(in), line, message), List.of());
    }

    /** The file ran out of heap even alone: skipped, with its problem. */
    Outcome tooLarge() {
      return new Outcome(input, id, null, null, problem, List.of(), List.of(), false);
    }
  }

  /** A file not read because it needs OCR and Tesseract is missing (said once for all after). */
  static final String WITHOUT_TESSERACT = "needs OCR: not read (Tesseract is not installed)";

  private static Outcome analyse(
      Input in,
      OcrSettings ocr,
      String id,
      Map<String, DocumentTables.Fingerprint> known,
      Extractor extractor,
      DocumentBuilder builder,
      NameTags names) {
    String display = in.relative();
    stallForTests(in);
    try {
      String sha = sha256(in.file());
      String metaHash = metaHash(in.entry(), names != null, extractor.ocrStamp(in.file(), ocr));
      DocumentTables.Fingerprint f = known.get(in.file().toString());
      if (f != null
          && f.sha256().equals(sha)
          && f.metaHash().equals(metaHash)
          && f.id().equals(id)) {
        return new Outcome(in, null, metaHash, null, List.of());
      }
      String declared = in.entry() == null ? null : in.entry().encoding();
      Extracted ex = extractor.extract(in.file(), declared, ocr);
      List<Problem> docProblems = new ArrayList<>();
      Document d =
          builder.build(id, display, sha, Files.size(in.file()), ex, in.entry(), docProblems);
      return new Outcome(
          in,
          id,
          d,
          metaHash,
          null,
          docProblems,
          names == null ? List.of() : names.tag(d.paragraphs()),
          false);
    } catch (OutOfMemoryError e) {
      return new Outcome(
          in,
          id,
          null,
          null,
          new Problem(display(in), 0, tooLarge(in)),
          List.of(),
          List.of(),
          true);
    } catch (UnusableInputException e) {
      return Outcome.unreadable(
          in, e.line(), e.needsTesseract() ? WITHOUT_TESSERACT : e.getMessage());
    } catch (IOException e) {
      return Outcome.unreadable(
          in, 0, "cannot read file: " + UnusableInputException.oneLine(e.getMessage()));
    } catch (RuntimeException | StackOverflowError e) {
      return Outcome.unreadable(
          in,
          0,
          "could not be analysed ("
              + e.getClass().getSimpleName()
              + ": "
              + UnusableInputException.oneLine(String.valueOf(e.getMessage()))
              + ")");
    }
  }

  /**
   * Fault injection for tests: the file named by the system property {@code sverka.test.stallFile}
   * never finishes, like a parser caught in a loop, and ignores interrupts.
   */
  private static void stallForTests(Input in) {
    String stall = System.getProperty("sverka.test.stallFile");
    if (stall != null && in.file().getFileName().toString().equals(stall)) {
      while (true) {
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          // a stuck parser does not heed it either
        }
      }
    }
  }

  /** The one-line reason for a file that the heap cannot hold. */
  private static String tooLarge(Input in) {
    long mb = 1024 * 1024;
    long size;
    try {
      size = Files.size(in.file());
    } catch (IOException e) {
      size = 0;
    }
    long heap = Runtime.getRuntime().maxMemory() / mb;
    long more = Math.max(4 * heap, heap + 40 * (size / mb)) / 1024 + 1;
    return "too large for the heap: "
        + (size / mb)
        + " MB did not fit in "
        + heap
        + " MB of heap; give more with SVERKA_JAVA_OPTS=-Xmx"
        + more
        + "g";
  }

  private static String display(Input in) {
    return in.file().toString();
  }

  /**
   * One file's analysis, submitted to the pool, with the time it started running and the pages OCR
   * has read of it so far (each extends the file's time bound: {@link Options#timeoutFor}).
   */
  private record Task(
      Input input, Future<Outcome> future, AtomicLong started, AtomicInteger ocrPages) {
    /** The pages counter of the task the current worker thread runs. */
    private static final ThreadLocal<AtomicInteger> CURRENT = new ThreadLocal<>();

    static Task submit(ExecutorService pool, Input in, Callable<Outcome> work) {
      AtomicLong started = new AtomicLong();
      AtomicInteger pages = new AtomicInteger();
      Future<Outcome> f =
          pool.submit(
              () -> {
                started.set(System.nanoTime());
                CURRENT.set(pages);
                try {
                  return work.call();
                } finally {
                  CURRENT.remove();
                }
              });
      return new Task(in, f, started, pages);
    }

    /** OCR read {@code n} more pages of the file the current worker thread is analysing. */
    static void pageRead(int n) {
      AtomicInteger pages = CURRENT.get();
      if (pages != null) {
        pages.addAndGet(n);
      }
    }
  }

  /**
   * The outcome of a task, or, when it has run longer than its file's time bound, a problem that
   * skips the file: the task is cancelled, and since a parser caught in a loop may not heed the
   * interrupt, the pool gets one more thread in place of the one it may hold.
   */
  private static Outcome await(Task t, Options options, ExecutorService pool) throws IOException {
    long size;
    try {
      size = Files.size(t.input().file());
    } catch (IOException e) {
      size = 0;
    }
    try {
      while (true) {
        try {
          return t.future().get(1, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
          long began = t.started().get();
          Duration bound = options.timeoutFor(size, t.ocrPages().get());
          if (began != 0 && System.nanoTime() - began > bound.toNanos()) {
            t.future().cancel(true);
            if (pool instanceof ThreadPoolExecutor tp) {
              tp.setMaximumPoolSize(tp.getMaximumPoolSize() + 1);
              tp.setCorePoolSize(tp.getCorePoolSize() + 1);
            }
            return Outcome.unreadable(
                t.input(),
                0,
                "took longer than "
                    + human(bound)
                    + (t.ocrPages().get() > 0 ? " (" + t.ocrPages().get() + " pages OCR'd)" : "")
                    + " to read and analyse: skipped (give more time with --file-timeout)");
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private static String human(Duration d) {
    long s = d.toSeconds();
    return s % 60 == 0 ? (s / 60) + " min" : s + " s";
  }

  /** The document id: from sources.yaml, else the file name; unique in the case. */
  private static String assignId(
      Input in,
      Map<String, DocumentTables.Fingerprint> known,
      Map<String, String> idOwner,
      List<Problem> problems,
      Set<String> skipped) {
    String path = in.file().toString();
    if (in.entry() != null && in.entry().id() != null) {
      String id = in.entry().id();
      String owner = idOwner.get(id);
      if (owner != null && !owner.equals(path)) {
        problems.add(
            new Problem(
                in.catalog().file().toString(),
                in.entry().yamlLine(),
                "id '" + id + "' is already used by " + owner + "; " + in.relative() + " skipped"));
        skipped.add(path);
        return null;
      }
      idOwner.put(id, path);
      return id;
    }
    String base = baseId(in.file().getFileName().toString());
    String id = base;
    for (int n = 2; idOwner.containsKey(id) && !idOwner.get(id).equals(path); n++) {
      id = base + "-" + n;
    }
    idOwner.put(id, path);
    return id;
  }

  /** The id a file gets from its name when sources.yaml gives none (before de-duplication). */
  public static String baseId(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
    String id = stem.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[-._]+|[-._]+$", "");
    return id.isEmpty() ? "doc" : id;
  }

  private List<Input> discover(Options o, List<Problem> problems, List<Path> roots, Path caseDir)
      throws IOException {
    SourceCatalog explicit = null;
    if (o.sources() != null) {
      if (!Files.isRegularFile(o.sources())) {
        problems.add(new Problem(o.sources().toString(), 0, "sources file not found"));
      } else {
        explicit = SourceCatalog.read(o.sources());
        problems.addAll(explicit.problems());
      }
    }
    Path caseAbs = caseDir.toAbsolutePath().normalize();
    Map<Path, Input> found = new LinkedHashMap<>();
    for (Path raw : o.inputs()) {
      Path input = raw.toAbsolutePath().normalize();
      if (!Files.exists(input)) {
        problems.add(new Problem(raw.toString(), 0, "no such file or folder"));
        continue;
      }
      Path root = Files.isDirectory(input) ? input : input.getParent();
      roots.add(input);
      List<Path> files = new ArrayList<>();
      if (Files.isDirectory(input)) {
        walk(input, caseAbs, files, problems);
      } else {
        files.add(input);
      }
      Collections.sort(files);
      Map<Path, SourceCatalog> catalogs = new HashMap<>();
      for (Path f : files) {
        SourceCatalog cat = explicit;
        Path catRoot =
            explicit == null ? null : o.sources().toAbsolutePath().normalize().getParent();
        if (cat == null) {
          for (Path dir = f.getParent();
              dir != null && dir.startsWith(root);
              dir = dir.getParent()) {
            Path y = dir.resolve("sources.yaml");
            if (Files.isRegularFile(y)) {
              cat =
                  catalogs.computeIfAbsent(
                      dir,
                      d -> {
                        SourceCatalog c = SourceCatalog.read(y);
                        problems.addAll(c.problems());
                        checkEntries(c, d, problems);
                        return c;
                      });
              catRoot = dir;
              break;
            }
          }
        }
        String rel =
            (catRoot != null && f.startsWith(catRoot) ? catRoot : root)
                .relativize(f)
                .toString()
                .replace('\\', '/');
        SourceEntry entry = cat == null ? null : cat.entryFor(rel).orElse(null);
        String display = root.relativize(f).toString().replace('\\', '/');
        found.putIfAbsent(
            f,
            new Input(
                f, root, display.isEmpty() ? f.getFileName().toString() : display, entry, cat));
      }
    }
    if (explicit != null) {
      checkEntries(explicit, o.sources().toAbsolutePath().normalize().getParent(), problems);
    }
    List<Input> out = new ArrayList<>(found.values());
    out.sort(java.util.Comparator.comparing(i -> i.file().toString()));
    return out;
  }

  /**
   * The authority file: the one given, else authority.yaml beside the explicit sources.yaml, else
   * in the first input folder that has one. Its problems join the run's.
   */
  private static Authority authority(Options o, List<Path> roots, List<Problem> problems) {
    Path file = o.authority();
    if (file != null && !Files.isRegularFile(file)) {
      problems.add(new Problem(file.toString(), 0, "authority file not found"));
      return Authority.NONE;
    }
    if (file == null) {
      List<Path> dirs = new ArrayList<>();
      if (o.sources() != null) {
        dirs.add(o.sources().toAbsolutePath().normalize().getParent());
      }
      for (Path r : roots) {
        dirs.add(Files.isDirectory(r) ? r : r.getParent());
      }
      for (Path d : dirs) {
        if (d != null && Files.isRegularFile(d.resolve("authority.yaml"))) {
          file = d.resolve("authority.yaml");
          break;
        }
      }
    }
    if (file == null) {
      return Authority.NONE;
    }
    Authority a = AuthorityFile.read(file);
    problems.addAll(a.problems());
    return a;
  }

  private static void checkEntries(SourceCatalog c, Path dir, List<Problem> problems) {
    for (SourceEntry e : c.entries()) {
      if (!Files.isRegularFile(dir.resolve(e.file()))) {
        problems.add(
            new Problem(
                c.file().toString(), e.yamlLine(), "file '" + e.file() + "' not found next to it"));
      }
    }
  }

  /** What Sverka itself wrote into a case folder is never input. */
  /**
   * The files under {@code input}, following symbolic links: hidden files and folders, the case's
   * own files and the control files left out. What cannot be walked (a symbolic link loop, a folder
   * that cannot be read, a link to nothing, a FIFO or device) is a problem naming it; the walk goes
   * on.
   */
  private static void walk(Path input, Path caseAbs, List<Path> files, List<Problem> problems)
      throws IOException {
    Files.walkFileTree(
        input,
        Set.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return dir.equals(input) || !hidden(input.relativize(dir)) && !derived(dir, caseAbs)
                ? FileVisitResult.CONTINUE
                : FileVisitResult.SKIP_SUBTREE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (hidden(input.relativize(file))
                || derived(file, caseAbs)
                || CONTROL_FILES.contains(file.getFileName().toString().toLowerCase(Locale.ROOT))) {
              return FileVisitResult.CONTINUE;
            }
            if (attrs.isRegularFile()) {
              files.add(file);
            } else if (attrs.isSymbolicLink()) {
              problems.add(new Problem(file.toString(), 0, "symbolic link to nothing: skipped"));
            } else if (attrs.isOther()) {
              problems.add(
                  new Problem(
                      file.toString(),
                      0,
                      "not a regular file (a FIFO, socket or device): skipped"));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            String why =
                e instanceof FileSystemLoopException
                    ? "symbolic link loop: not followed"
                    : "cannot read: "
                        + UnusableInputException.oneLine(String.valueOf(e.getMessage()));
            problems.add(new Problem(file.toString(), 0, why));
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static boolean derived(Path p, Path caseDir) {
    if (!p.startsWith(caseDir)) {
      return false;
    }
    Path rel = caseDir.relativize(p);
    String first = rel.getNameCount() == 0 ? "" : rel.getName(0).toString();
    return first.equals("report") || first.equals("index") || first.startsWith(CaseFile.DB_NAME);
  }

  private static boolean hidden(Path rel) {
    for (Path part : rel) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean underAny(Path p, List<Path> roots) {
    for (Path r : roots) {
      if (p.startsWith(r)) {
        return true;
      }
    }
    return false;
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The names of a document's paragraphs, or null when names are not wanted. */
  private interface NameTags {
    List<NameTagger.Tagged> tag(List<org.sverka.text.Paragraph> paragraphs);
  }

  /** What decides whether a file must be analysed again besides its bytes. */
  private static String metaHash(SourceEntry e, boolean names, String ocrStamp) {
    String s =
        Sverka.ANALYSIS_VERSION
            + (names ? "" : "|no-names")
            + "|"
            + (e == null ? "" : e.toString())
            + (ocrStamp == null ? "" : "|" + ocrStamp);
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    return r -> {
      Thread t = new Thread(r, "sverka-analyse");
      t.setDaemon(true);
      return t;
    };
  }
}
