package org.sverka.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sverka.ingest.OcrSettings;
import org.sverka.ingest.Problem;
import org.sverka.pipeline.Analyzer;
import org.sverka.store.CaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sverka analyze}: files and folders into a case. */
@Command(
    name = "analyze",
    description = {
      "Analyse files and folders (recursively) into a case folder.",
      "%nA sources.yaml in an input folder is used automatically. Re-running is incremental: unchanged files are not read again, changed ones are re-analysed, removed ones dropped. A file that cannot be used is skipped with a one-line reason; the others are analysed and the exit code is then 1."
    },
    mixinStandardHelpOptions = true)
final class AnalyzeCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to analyse.")
  List<Path> paths;

  @Mixin CaseOptions opts;

  @Option(
      names = "--sources",
      paramLabel = "FILE",
      description = "A sources.yaml to use instead of the one found in each input folder.")
  Path sources;

  @Option(
      names = "--authority",
      paramLabel = "FILE",
      description =
          "An authority.yaml (canonical names, aliases, renamings, not_same_as) to use instead of"
              + " the one beside sources.yaml.")
  Path authority;

  @Option(
      names = "--max-file-size",
      paramLabel = "SIZE",
      defaultValue = "100MB",
      converter = ByteSizeConverter.class,
      description = "Skip files larger than this (default: ${DEFAULT-VALUE}).")
  long maxFileSize;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Extraction threads (default: the number of cores).")
  Integer threads;

  @Option(
      names = "--file-timeout",
      paramLabel = "TIME",
      defaultValue = "auto",
      converter = DurationConverter.class,
      description =
          "How long one file may take to be read and analysed before it is skipped with a reason:"
              + " 90s, 10m, 2h, or auto (5 minutes and a minute per MB; the default).")
  Duration fileTimeout;

  @Option(
      names = "--ocr",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description =
          "When to read text by OCR (Tesseract): never, auto (images, and the pages of a PDF that"
              + " have no text layer; the default) or always (every page of a PDF too).")
  String ocr;

  @Option(
      names = "--ocr-lang",
      paramLabel = "LANGS",
      description =
          "OCR languages, as Tesseract names them: eng, rus, eng+rus (default: the sources.yaml's"
              + " language:, else eng).")
  String ocrLang;

  private final boolean interactive;

  AnalyzeCommand(boolean interactive) {
    this.interactive = interactive;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = opts.out();
    PrintWriter err = opts.err();
    Analyzer.Result r =
        analyze(
            opts.caseDir,
            new Analyzer.Options(paths, sources, maxFileSize, threads(threads))
                .withAuthority(authority)
                .withFileTimeout(fileTimeout)
                .withOcr(ocrMode(ocr), ocrLang == null ? null : ocrLanguages(ocrLang)),
            interactive);
    print(r, opts.format, out, err);
    return r.ok() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
  }

  static Analyzer.Result analyze(
      Path caseDir,
      List<Path> paths,
      Path sources,
      long maxFileSize,
      Integer threads,
      boolean interactive,
      PrintWriter err)
      throws Exception {
    return analyze(caseDir, paths, sources, null, maxFileSize, threads, interactive, err);
  }

  static Analyzer.Result analyze(
      Path caseDir,
      List<Path> paths,
      Path sources,
      Path authority,
      long maxFileSize,
      Integer threads,
      boolean interactive,
      PrintWriter err)
      throws Exception {
    return analyze(
        caseDir,
        new Analyzer.Options(paths, sources, maxFileSize, threads(threads))
            .withAuthority(authority),
        interactive);
  }

  private static OcrSettings.Mode ocrMode(String s) {
    try {
      return OcrSettings.Mode.valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--ocr must be never, auto or always, not '" + s + "'");
    }
  }

  private static List<String> ocrLanguages(String s) {
    List<String> langs = OcrSettings.parseLanguages(List.of(s));
    if (langs.isEmpty()) {
      throw new IllegalArgumentException("--ocr-lang needs a language, e.g. eng or eng+rus");
    }
    return langs;
  }

  private static int threads(Integer threads) {
    int n = threads == null ? Math.max(1, Runtime.getRuntime().availableProcessors()) : threads;
    if (n < 1) {
      throw new IllegalArgumentException("--threads must be at least 1");
    }
    return n;
  }

  static Analyzer.Result analyze(Path caseDir, Analyzer.Options options, boolean interactive)
      throws Exception {
    try (CaseFile cf = CaseFile.open(caseDir)) {
      if (!interactive) {
        return new Analyzer(Analyzer.Listener.NONE).run(cf, options);
      }
      ProgressListener listener = new ProgressListener();
      try {
        return new Analyzer(listener).run(cf, options);
      } finally {
        listener.close();
      }
    }
  }

  static void print(Analyzer.Result r, Format format, PrintWriter out, PrintWriter err) {
    for (Problem p : r.problems()) {
      err.println("sverka: " + p);
    }
    err.flush();
    switch (format) {
      case json -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run", r.runId());
        m.put("documents", r.documents());
        m.put("analysed", r.analysed());
        m.put("unchanged", r.unchanged());
        m.put("removed", r.removed());
        m.put("skipped", r.skippedFiles());
        m.put("passages", r.passages());
        m.put(
            "problems",
            r.problems().stream()
                .map(
                    p -> {
                      Map<String, Object> pm = new LinkedHashMap<>();
                      pm.put("file", p.file());
                      pm.put("line", p.line());
                      pm.put("message", p.message());
                      return pm;
                    })
                .toList());
        Output.json(out, m);
      }
      case csv -> {
        Output.csv(
            out, List.of("documents", "analysed", "unchanged", "removed", "skipped", "problems"));
        Output.csv(
            out,
            List.of(
                r.documents(),
                r.analysed(),
                r.unchanged(),
                r.removed(),
                r.skippedFiles().size(),
                r.problems().size()));
      }
      case text -> {
        out.printf(
            "%d documents in the case: %d analysed, %d unchanged, %d removed, %d skipped.%n",
            r.documents(), r.analysed(), r.unchanged(), r.removed(), r.skippedFiles().size());
        out.printf("%d passages of reuse (sverka reuse --case DIR).%n", r.passages());
        if (r.interruptedBefore() > 0) {
          out.println("The previous run had been interrupted; this run completed it.");
        }
        if (!r.skippedFiles().isEmpty()) {
          out.println("Skipped files:");
          for (String s : r.skippedFiles()) {
            String why =
                r.problems().stream()
                    .filter(p -> p.file().equals(s))
                    .map(Problem::message)
                    .findFirst()
                    .orElse("");
            out.println("  " + s + (why.isEmpty() ? "" : ": " + why));
          }
        }
        out.flush();
      }
    }
  }

  /** A progress bar on stderr, for terminals only. */
  static final class ProgressListener implements Analyzer.Listener, AutoCloseable {
    private volatile ProgressBar bar;
    private final java.util.concurrent.atomic.AtomicInteger pages =
        new java.util.concurrent.atomic.AtomicInteger();
    private volatile String last = "";

    @Override
    public void started(int files) {
      bar =
          new ProgressBarBuilder()
              .setTaskName("Analysing")
              .setInitialMax(files)
              .setStyle(ProgressBarStyle.ASCII)
              .setConsumer(new ConsoleProgressBarConsumer(System.err))
              .setUnit(" files", 1)
              .build();
    }

    @Override
    public void stage(String name) {
      if (bar != null) {
        bar.setExtraMessage(name + "…");
      }
    }

    /** Pages read by OCR as they are read (from the worker threads): the bar counts them live. */
    @Override
    public void ocrProgress(int n) {
      int now = pages.addAndGet(n);
      if (bar != null) {
        bar.setExtraMessage(last + " · " + now + " pages OCR'd");
      }
    }

    @Override
    public void fileDone(String file, String outcome) {
      if (bar != null) {
        bar.step();
        last = file.length() > 30 ? "…" + file.substring(file.length() - 29) : file;
        int now = pages.get();
        bar.setExtraMessage(now == 0 ? last : last + " · " + now + " pages OCR'd");
      }
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }
}
