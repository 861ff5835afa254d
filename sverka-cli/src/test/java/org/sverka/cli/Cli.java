package org.sverka.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process with captured streams. */
final class Cli {
  record Run(int code, String out, String err) {}

  private Cli() {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), false);
    return new Run(code, out.toString(), err.toString());
  }
}
