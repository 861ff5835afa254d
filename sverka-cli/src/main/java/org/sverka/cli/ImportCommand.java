package org.sverka.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sverka.pipeline.Importer;
import org.sverka.store.CaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sverka import}: a new case made of the tables that the Spark job ({@code sverka-spark}'s
 * {@code org.sverka.spark.PipelineJob}) wrote, so that every listing, {@code report} and {@code
 * serve} work on a case built by a cluster.
 */
@Command(
    name = "import",
    resourceBundle = "org.sverka.cli.ImportCommand",
    description = {
      "Make a new case of the tables the Spark job wrote (sverka-spark's PipelineJob: the whole"
          + " of `analyze` on a cluster), then build its search index, so that every listing,"
          + " `report` and `serve` work on it.",
      "%nThe job writes each table of the case as TABLE.parquet and TABLE.jsonl; this reads the"
          + " JSON Lines (the command line carries no Spark and no Parquet reader). The case"
          + " folder must not hold a case; if the import fails, none is left there."
    },
    mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {
  @Mixin CaseFolder folder;

  @Option(
      names = "--from",
      paramLabel = "DIR",
      required = true,
      description = "The job's output folder (its TABLE.jsonl folders).")
  Path from;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = folder.out();
    if (!Files.isDirectory(from)) {
      throw new BadInputException(from + ": no such folder");
    }
    if (Files.exists(folder.caseDir.resolve(CaseFile.DB_NAME))) {
      throw new BadInputException(
          folder.caseDir + " already holds a case: import into a new folder");
    }
    Importer.Result r;
    try {
      try (CaseFile cf = CaseFile.open(folder.caseDir)) {
        r = Importer.run(cf, from);
      }
    } catch (java.io.IOException | java.sql.SQLException | RuntimeException e) {
      // a half-filled case is no case: the folder is left as it was
      for (String suffix : new String[] {"", "-wal", "-shm"}) {
        Files.deleteIfExists(folder.caseDir.resolve(CaseFile.DB_NAME + suffix));
      }
      throw e;
    }
    out.println(
        "Imported "
            + r.rows().get("documents")
            + " documents, "
            + r.rows().get("passages")
            + " passages, "
            + r.rows().get("quotations")
            + " quotations, "
            + r.rows().get("entities")
            + " entities into "
            + folder.caseDir
            + "; see `sverka report --case "
            + folder.caseDir
            + "`");
    return ExitCodes.OK;
  }
}
