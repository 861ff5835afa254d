package org.sverka.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --case DIR} and {@code --format}, shared by every command that reads a case. */
final class CaseOptions {
  @Option(
      names = "--case",
      paramLabel = "DIR",
      required = true,
      description = "The case folder (holds sverka.db and report/).")
  Path caseDir;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;
}
