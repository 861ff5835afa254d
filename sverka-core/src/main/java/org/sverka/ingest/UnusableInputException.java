package org.sverka.ingest;

/**
 * A file (or a line of a user file) that cannot be used. The message is one line, made for the
 * user: it says what is wrong and, where possible, what to do about it. {@link #line()} is the
 * 1-based line the problem is on, or 0 when it concerns the whole file.
 */
public final class UnusableInputException extends Exception {
  private final int line;
  private final boolean needsTesseract;

  public UnusableInputException(String message) {
    this(message, 0, null);
  }

  public UnusableInputException(String message, int line) {
    this(message, line, null);
  }

  public UnusableInputException(String message, int line, Throwable cause) {
    this(message, line, cause, false);
  }

  private UnusableInputException(
      String message, int line, Throwable cause, boolean needsTesseract) {
    super(oneLine(message), cause);
    this.line = line;
    this.needsTesseract = needsTesseract;
  }

  /** The file needs OCR and Tesseract is not installed. */
  static UnusableInputException withoutTesseract(String message) {
    return new UnusableInputException(message, 0, null, true);
  }

  /** Whether the file was not read only because it needs OCR and Tesseract is missing. */
  public boolean needsTesseract() {
    return needsTesseract;
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
