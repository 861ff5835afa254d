package org.sverka.text;

/**
 * A half-open range {@code [start, end)} of 0-based character offsets into an original text.
 * Offsets in Sverka always point into the original; normalised copies map back through an {@link
 * OffsetMap}.
 */
public record Span(int start, int end) implements Comparable<Span>, java.io.Serializable {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "Span needs 0 <= start <= end, got start=" + start + ", end=" + end);
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
