package org.sverka.ingest;

/**
 * A file (or a line of a user file) that cannot be used. The message is one line, made for the
 * user: it says what is wrong and, where possible, what to do about it. {@link #line()} is the
 * 1-based line the problem is on, or 0 when it concerns the whole file.
 */
public final class UnusableInputException extends Exception {
  private final int line;

  public UnusableInputException(String message) {
    this(message, 0, null);
  }

  public UnusableInputException(String message, int line) {
    this(message, line, null);
  }

  public UnusableInputException(String message, int line, Throwable cause) {
    super(oneLine(message), cause);
    this.line = line;
  }

  public int line() {
    return line;
  }

  /** Folds a message to a single line of at most 300 characters. */
  public static String oneLine(String message) {
    if (message == null) {
      return "unknown problem";
    }
    String s = message.replaceAll("\\s+", " ").trim();
    return s.length() > 300 ? s.substring(0, 297) + "..." : s;
  }
}
