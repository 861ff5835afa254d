package org.sverka.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --case DIR} alone, for the commands with a {@code --format} of their own or none; {@link
 * CaseOptions} adds the listings' {@code --format}. A command words the option its own way under
 * the key {@code case} of its resource bundle. It also gives the command its output streams.
 */
class CaseFolder {
  @Option(
      names = "--case",
      paramLabel = "DIR",
      required = true,
      descriptionKey = "case",
      description = "The case folder (holds sverka.db and report/).")
  Path caseDir;

  /** The command this mixin is part of. */
  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /** The command's standard output (as picocli's tests and callers set it). */
  PrintWriter out() {
    return command.commandLine().getOut();
  }

  /** The command's error output. */
  PrintWriter err() {
    return command.commandLine().getErr();
  }
}
