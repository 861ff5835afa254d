package org.sverka.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sverka.text.Span;

/**
 * The finder on the five demo documents: nothing absurdly long, and at least as many quotations
 * (and attributions) as measured when the finder was written, less a margin. Measured: Stalin
 * volume 798 quotations (97 attributed; 95 since "the United States declared" is no longer
 * attributed to "United"), Dewey session 235 (57), Kirov pamphlet 91 (10), reply to Stalin 12 (3),
 * the compilation 162 (35).
 */
class QuoteFinderCorpusTest {

  @ParameterizedTest
  @CsvSource({
    "stalin-works-volume-10.txt, 700, 80",
    "trotsky-dewey-commission-13th-session.txt, 200, 45",
    "trotsky-kirov-assassination-1935.txt, 80, 8",
    "trotsky-reply-to-stalin-1928.txt, 10, 2",
    "trotsky-answer-to-stalin-compilation.txt, 140, 28"
  })
  void findsQuotationsOfSaneLength(String name, int atLeast, int attributedAtLeast)
      throws IOException {
    Quotes q = Quotes.corpus(name);
    assertThat(q.found).hasSizeGreaterThanOrEqualTo(atLeast);
    assertThat(q.found.stream().filter(x -> x.attribution() != null).count())
        .isGreaterThanOrEqualTo(attributedAtLeast);
    for (Quotation x : q.found) {
      assertThat(x.span().length()).as("%s at line %d", name, line(q, x.span())).isLessThan(6000);
      assertThat(x.outer().end()).isLessThanOrEqualTo(q.text.length());
      assertThat(q.paragraphs.stream().filter(p -> p.boilerplate()))
          .noneMatch(p -> p.span().overlaps(x.outer()));
    }
  }

  private static int line(Quotes q, Span s) {
    return q.lines.lineOf(s.start());
  }
}
