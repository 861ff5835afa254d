package org.sverka.search;

import java.util.Arrays;
import java.util.List;
import org.sverka.text.Cited;
import org.sverka.text.Span;

/** Hits made by hand for the tests of snippets (here and in sverka-present). */
public final class Hits {
  private Hits() {}

  /** A hit on {@code sentence} (at offset 100 of document d) matching the given words of it. */
  public static Hit on(String sentence, String... words) {
    List<Hit.Match> matches =
        Arrays.stream(words)
            .map(
                w -> {
                  int at = sentence.indexOf(w) + 100;
                  return new Hit.Match(
                      new Span(at, at + w.length()), 1, w, Hit.Via.WORD, null, null, null);
                })
            .toList();
    return new Hit(
        new Cited("d", new Span(100, 100 + sentence.length()), 1, 2),
        1f,
        null,
        null,
        null,
        sentence,
        100,
        1,
        matches);
  }
}
