package org.sverka.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sverka.search.Hit;
import org.sverka.search.Hits;

class HtmlSnippetTest {

  private static Hit hit(String sentence, String... words) {
    return Hits.on(sentence, words);
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
