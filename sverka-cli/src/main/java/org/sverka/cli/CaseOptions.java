package org.sverka.cli;

import picocli.CommandLine.Option;

/**
 * {@code --case DIR} and {@code --format}, shared by every command that lists what a case holds.
 */
final class CaseOptions extends CaseFolder {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;
}
