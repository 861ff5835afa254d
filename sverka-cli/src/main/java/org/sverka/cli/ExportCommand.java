package org.sverka.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sverka.export.Exporter;
import org.sverka.query.CaseQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sverka export}: the case's documents as TEI P5 or W3C Web Annotations. */
@Command(
    name = "export",
    resourceBundle = "org.sverka.cli.ExportCommand",
    description = {
      "Write each document of the case, with its findings, in a standard other tools read: one"
          + " file per document into --out.",
      "%ntei: TEI P5 (ID.xml): the header from sources.yaml, the original lines as <lb n=\"N\""
          + " xml:id=\"LN\"/>, names (persName, placeName, orgName, title, with @ref to the"
          + " standOff lists and their Wikidata ids), dates (@when, @notBefore/@notAfter, @cert),"
          + " figures (num, measure), quotations (cit/quote, @source the source's line, @ana the"
          + " verdicts) and reuse (seg type=reuse). Removing the markup gives the original text.",
      "%nwebanno: W3C Web Annotation JSON-LD (ID.jsonld), one annotation per mention, date,"
          + " quotation and reuse side, each selected by quote, position (code points) and line."
    },
    mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {
  @Mixin CaseFolder folder;

  @Mixin DocFilter only;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      required = true,
      description = "${COMPLETION-CANDIDATES}.")
  Exporter.Format format;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      required = true,
      description =
          "The folder to write into (created if missing; files of the same name are"
              + " replaced).")
  Path out;

  @Override
  public Integer call() throws Exception {
    List<Path> written;
    try (CaseQueries q = CaseQueries.open(folder.caseDir)) {
      written = new Exporter(q).write(format, only.doc, out);
    }
    for (Path p : written) {
      folder.out().println(p);
    }
    folder.out().printf("%d files (%s) in %s%n", written.size(), format, out);
    folder.out().flush();
    return ExitCodes.OK;
  }
}
