package org.sverka.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --case DIR} alone, for the commands with a {@code --format} of their own or none; {@link
 * CaseOptions} adds the listings' {@code --format}. A command words the option its own way under
 * the key {@code case} of its resource bundle.
 */
class CaseFolder {
  @Option(
      names = "--case",
      paramLabel = "DIR",
      required = true,
      descriptionKey = "case",
      description = "The case folder (holds sverka.db and report/).")
  Path caseDir;
}
