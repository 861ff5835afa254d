package org.sverka.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sverka.query.CaseQueries;
import org.sverka.report.ReportWriter;
import org.sverka.store.CaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code sverka report}: the static HTML report. */
@Command(
    name = "report",
    description =
        "Write the static HTML report into CASE/report/ (opens from file://, loads nothing from the network).",
    mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {
  @Mixin CaseOptions opts;

  @picocli.CommandLine.Option(
      names = "--claims",
      paramLabel = "FILE",
      description = "Also check this claims file and add its findings and versions pages.")
  Path claimsFile;

  @Override
  public Integer call() throws Exception {
    Path index;
    try (CaseFile cf = CaseFile.openExisting(opts.caseDir)) {
      ReportWriter report = new ReportWriter(cf);
      if (claimsFile != null) {
        org.sverka.claims.ClaimsFile claims =
            ClaimsInput.read(CaseQueries.of(cf), claimsFile, opts.err());
        if (claims == null) {
          return ExitCodes.BAD_INPUT;
        }
        report.withClaims(claims, org.sverka.claims.Checker.check(claims));
      }
      index = report.write();
    }
    opts.out().println("Report: " + index.toAbsolutePath().normalize());
    opts.out().flush();
    return ExitCodes.OK;
  }
}
