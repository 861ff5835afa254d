package org.sverka.ingest;

/**
 * A piece of input that could not be used, recorded instead of thrown: the file, the 1-based line
 * (0 when it concerns the whole file) and a one-line message.
 */
public record Problem(String file, int line, String message)
    implements Comparable<Problem>, java.io.Serializable {
  /** A message is one line: a line break it quotes from the input becomes a space. */
  public Problem {
    if (message != null && message.chars().anyMatch(Problem::lineBreak)) {
      StringBuilder b = new StringBuilder(message.length());
      message.chars().forEach(c -> b.append(lineBreak(c) ? ' ' : (char) c));
      message = b.toString();
    }
  }

  private static boolean lineBreak(int c) {
    return c == '\n'
        || c == '\r'
        || c == '\u000b'
        || c == '\f'
        || c == '\u0085'
        || c == '\u2028'
        || c == '\u2029';
  }

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
