package org.sverka.text;

/** A normalised copy of (part of) an original text, with the map back to original offsets. */
public record NormalizedText(String text, OffsetMap map) {
  public Span toOriginal(int start, int end) {
    return map.toOriginal(start, end);
  }
}
