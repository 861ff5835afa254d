package org.sverka.cli;

import picocli.CommandLine.Option;

/**
 * {@code --doc ID}: keep only what lies in one document. A command words the option its own way
 * under the key {@code doc} of its resource bundle.
 */
final class DocFilter {
  @Option(
      names = "--doc",
      paramLabel = "ID",
      descriptionKey = "doc",
      description = "Only this document.")
  String doc;
}
