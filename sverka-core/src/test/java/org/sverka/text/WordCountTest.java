package org.sverka.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sverka.Corpus;
import org.sverka.document.DocumentBuilder;

/** The fast word count agrees with the tokens it stands for. */
class WordCountTest {
  @ParameterizedTest
  @ValueSource(
      strings = {Corpus.STALIN, Corpus.DEWEY, Corpus.KIROV, Corpus.REPLY, Corpus.COMPILATION})
  void countAgreesWithTokensOnTheDemoCorpus(String file) throws Exception {
    String text = Corpus.text(file);
    Segmenter seg = new Segmenter();
    long counted = 0;
    long tokens = 0;
    for (Paragraph p :
        seg.paragraphs(text, LineMap.of(text), DocumentBuilder.normalizerFor(text))) {
      counted += seg.countTokens(p.normalized());
      tokens += seg.tokens(p).size();
    }
    assertThat((double) Math.abs(counted - tokens) / tokens)
        .as("%d counted, %d tokens", counted, tokens)
        .isLessThan(0.001);
  }
}
