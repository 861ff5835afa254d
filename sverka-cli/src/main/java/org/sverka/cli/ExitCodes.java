package org.sverka.cli;

/** The fixed table of exit codes. */
public final class ExitCodes {
  /** Everything was done. */
  public static final int OK = 0;

  /** Some input could not be used (a file, a line of a user file, a missing case or document). */
  public static final int BAD_INPUT = 1;

  /** The command line itself is wrong. */
  public static final int USAGE = 2;

  /** A bug in Sverka; rerun with --stacktrace and report it. */
  public static final int INTERNAL = 3;

  /** {@code check --fail-on findings} found a DEFINITE finding. */
  public static final int FINDINGS = 4;

  private ExitCodes() {}
}
