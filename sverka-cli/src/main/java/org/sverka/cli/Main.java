package org.sverka.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code sverka} command. Exit codes are in {@link ExitCodes}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(args, out, err, System.console() != null);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command line with the given streams; for tests as well as for {@link #main}. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, boolean interactive) {
    return SverkaCommand.commandLine(out, err, interactive).execute(args);
  }
}
