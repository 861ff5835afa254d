package org.sverka.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.sverka.claims.Checker;
import org.sverka.claims.ClaimsFile;
import org.sverka.claims.Finding;
import org.sverka.document.Part;
import org.sverka.ingest.SourceCatalog;
import org.sverka.ingest.SourceEntry;
import org.sverka.pipeline.Analyzer;
import org.sverka.query.CaseQueries;
import org.sverka.report.ReportWriter;
import org.sverka.store.CaseFile;
import org.sverka.store.DocumentTables;
import org.sverka.store.QuotationTables;
import org.sverka.store.StoredDocument;
import org.sverka.store.StoredQuotation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sverka demo}: the bundled corpus, analysed, with its report. */
@Command(
    name = "demo",
    description =
        "Analyse the bundled demo corpus (Trotsky and Stalin, 1926-1937), write the report and say what was found and where the report is.",
    mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {
  static final String CORPUS = "opposition-1926-1937";

  @Option(
      names = "--case",
      paramLabel = "DIR",
      defaultValue = "sverka-demo",
      description = "The case folder (default: ${DEFAULT-VALUE}).")
  Path caseDir;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  private final boolean interactive;

  DemoCommand(boolean interactive) {
    this.interactive = interactive;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path corpus = extractCorpus(caseDir.resolve("corpus").resolve(CORPUS));
    Analyzer.Result r =
        AnalyzeCommand.analyze(
            caseDir,
            List.of(corpus),
            null,
            Analyzer.Options.DEFAULT_MAX_FILE_BYTES,
            null,
            interactive,
            err);
    AnalyzeCommand.print(r, Format.text, out, err);
    Path index;
    try (CaseFile cf = CaseFile.openExisting(caseDir)) {
      for (StoredDocument d : new DocumentTables(cf).documents()) {
        long parts = d.parts().stream().filter(p -> !p.implicit()).count();
        out.printf(
            "  %-20s %6d lines %7d words %3d parts  %s%n",
            d.id(), d.lines(), d.words(), parts, d.meta().title());
        for (Part p : d.parts()) {
          if (!p.implicit() && parts <= 4) {
            out.printf("  %-20s   %d-%d %s%n", "", p.lineStart(), p.lineEnd(), p.title());
          }
        }
      }
      ReportWriter report = new ReportWriter(cf);
      ClaimsFile claims = ClaimsInput.read(CaseQueries.of(cf), corpus.resolve("claims.yaml"), err);
      List<Finding> findings = claims == null ? List.of() : Checker.check(claims);
      if (claims != null) {
        report.withClaims(claims, findings);
      }
      index = report.write();
      List<StoredQuotation> quotes = new QuotationTables(cf).quotations(null);
      long traced = quotes.stream().filter(q -> !q.verdicts().contains("NOT_FOUND")).count();
      out.printf(
          "%n%d quotations, %d of them traced to a source in the corpus.%n", quotes.size(), traced);
      if (claims != null) {
        long definite =
            findings.stream().filter(f -> f.certainty() == Finding.Certainty.DEFINITE).count();
        out.printf(
            "%d claims checked (claims.yaml): %d findings, %d of them definite;"
                + " see findings.html in the report.%n",
            claims.claims().size(), findings.size(), definite);
      }
      org.sverka.store.DateFigureTables dft = new org.sverka.store.DateFigureTables(cf);
      long inconsistent =
          dft.checks().stream().filter(c -> c.verdict().equals("INCONSISTENT")).count();
      out.printf(
          "%d date expressions; %d figures, %d checks of their arithmetic, %d inconsistent.%n",
          dft.dates().size(), dft.figures().size(), dft.checks().size(), inconsistent);
    }
    out.println();
    out.println("Report: " + index.toAbsolutePath().normalize());
    out.println("Try:    ./sverka show trotsky-dewey-13:307 --case " + caseDir + " --context 1");
    out.println("        ./sverka reuse --case " + caseDir + " --doc trotsky-dewey-13");
    out.println("        ./sverka quotes --case " + caseDir + " --found");
    Path claimsYaml = corpus.resolve("claims.yaml");
    out.println("        ./sverka check --case " + caseDir + " --claims " + claimsYaml);
    out.println(
        "        ./sverka versions --case "
            + caseDir
            + " --claims "
            + claimsYaml
            + " --event kirov-assassination");
    out.println("        ./sverka search --case " + caseDir + " Nikolayev");
    out.println("        ./sverka timeline --case " + caseDir + " --from 1934-12 --to 1935-01");
    out.println("        ./sverka figures --case " + caseDir);
    out.flush();
    return r.ok() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
  }

  /**
   * Copies the corpus bundled in the jar to {@code dir}, file by file as sources.yaml lists, with
   * its authority.yaml.
   */
  static Path extractCorpus(Path dir) throws IOException {
    Files.createDirectories(dir);
    String base = "/examples/" + CORPUS + "/";
    copy(base + "sources.yaml", dir.resolve("sources.yaml"));
    copy(base + "claims.yaml", dir.resolve("claims.yaml"));
    copy(base + "authority.yaml", dir.resolve("authority.yaml"));
    SourceCatalog cat = SourceCatalog.read(dir.resolve("sources.yaml"));
    for (SourceEntry e : cat.entries()) {
      copy(base + e.file(), dir.resolve(e.file()));
    }
    copy(base + "authority.yaml", dir.resolve("authority.yaml"));
    return dir;
  }

  private static void copy(String resource, Path to) throws IOException {
    try (InputStream in = DemoCommand.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("the demo corpus is missing from this build: " + resource);
      }
      Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
