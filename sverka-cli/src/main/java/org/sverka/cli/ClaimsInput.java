package org.sverka.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sverka.claims.ClaimsFile;
import org.sverka.ingest.Problem;
import org.sverka.query.CaseQueries;

/** Reads the user's claims file against a case, printing every problem on a line of its own. */
final class ClaimsInput {
  private ClaimsInput() {}

  /** The claims file, or null after printing its problems to {@code err}. */
  static ClaimsFile read(CaseQueries q, Path file, PrintWriter err) {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException("claims file " + file + " does not exist");
    }
    ClaimsFile claims = ClaimsFile.read(file, q.sources());
    if (!claims.ok()) {
      for (Problem p : claims.problems()) {
        err.println(SverkaCommand.oneLine(p.toString()));
      }
      err.printf(
          "sverka: %s has %d problem%s; nothing was checked%n",
          file, claims.problems().size(), claims.problems().size() == 1 ? "" : "s");
      err.flush();
      return null;
    }
    return claims;
  }
}
