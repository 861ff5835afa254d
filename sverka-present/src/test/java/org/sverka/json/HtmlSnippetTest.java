package org.sverka.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.search.Hit;
import org.sverka.text.Cited;
import org.sverka.text.Span;

class HtmlSnippetTest {

  /** A hit on {@code sentence} (at offset 100 of its document) matching the given words of it. */
  private static Hit hit(String sentence, String... words) {
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

  @Test
  void matchesAreMarkedAndTheRestEscaped() {
    assertThat(HtmlSnippet.of(hit("Zinoviev  and\n<Trotsky> \"said\" it", "Zinoviev", "Trotsky")))
        .isEqualTo("<mark>Zinoviev</mark> and &lt;<mark>Trotsky</mark>&gt; &quot;said&quot; it");
  }

  @Test
  void theTextStyleEscapesAreNotHtmlEscapes() {
    assertThat(
            HtmlSnippet.of(hit("He said «<b>Nicolaiev</b>» & left\nby the \\ door.", "Nicolaiev")))
        .isEqualTo(
            "He said «&lt;b&gt;<mark>Nicolaiev</mark>&lt;/b&gt;» &amp; left by the \\ door.");
  }
}
