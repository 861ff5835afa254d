package org.sverka.ingest;

/**
 * A piece of input that could not be used, recorded instead of thrown: the file, the 1-based line
 * (0 when it concerns the whole file) and a one-line message.
 */
public record Problem(String file, int line, String message) implements Comparable<Problem> {
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }

  @Override
  public int compareTo(Problem o) {
    int c = file.compareTo(o.file);
    return c != 0 ? c : Integer.compare(line, o.line);
  }
}
