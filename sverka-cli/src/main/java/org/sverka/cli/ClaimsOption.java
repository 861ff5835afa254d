package org.sverka.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --claims FILE}, required, for the commands that read a claims file against a case. */
final class ClaimsOption {
  @Option(
      names = "--claims",
      paramLabel = "FILE",
      required = true,
      description = "The claims file (claims.yaml).")
  Path file;
}
