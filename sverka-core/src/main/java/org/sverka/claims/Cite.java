package org.sverka.claims;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A citation {@code DOC:LINE} or {@code DOC:LINE-LINE}: a document id and 1-based lines. */
public record Cite(String doc, int lineStart, int lineEnd) implements Comparable<Cite> {
  private static final Pattern FORM = Pattern.compile("(.+):(\\d+)(?:-(\\d+))?");

  /** Reads {@code DOC:LINE} or {@code DOC:A-B}; empty if it has neither form or A > B. */
  public static Optional<Cite> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    Matcher m = FORM.matcher(s.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      int a = Integer.parseInt(m.group(2));
      int b = m.group(3) == null ? a : Integer.parseInt(m.group(3));
      if (a < 1 || b < a) {
        return Optional.empty();
      }
      return Optional.of(new Cite(m.group(1), a, b));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return org.sverka.text.Cited.cite(doc, lineStart, lineEnd);
  }

  @Override
  public int compareTo(Cite o) {
    int c = doc.compareTo(o.doc);
    if (c == 0) {
      c = Integer.compare(lineStart, o.lineStart);
    }
    return c != 0 ? c : Integer.compare(lineEnd, o.lineEnd);
  }
}
