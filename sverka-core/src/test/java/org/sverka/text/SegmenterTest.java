package org.sverka.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {
  private final Segmenter seg = new Segmenter();
  private final Normalizer norm = new Normalizer(HyphenationPolicy.KEEP);

  private List<String> sentences(String text) {
    NormalizedText nt = norm.normalize(text);
    return seg.sentences(nt).stream()
        .map(s -> nt.text().substring(s.normStart(), s.normEnd()))
        .toList();
  }

  @Test
  void abbreviationsDoNotEndSentences() {
    assertThat(sentences("The G.P.U. agents knew. They waited."))
        .containsExactly("The G.P.U. agents knew.", "They waited.");
    assertThat(sentences("A dispatch of T.A.S.S. said so. Nobody believed it."))
        .containsExactly("A dispatch of T.A.S.S. said so.", "Nobody believed it.");
    assertThat(sentences("To Comrade M. I. Ulyanova. Reply to Comrade L. Mikhelson."))
        .containsExactly("To Comrade M. I. Ulyanova.", "Reply to Comrade L. Mikhelson.");
    assertThat(sentences("See Lenin, Works, Vol. IX, p. 410. That settles it."))
        .containsExactly("See Lenin, Works, Vol. IX, p. 410.", "That settles it.");
    assertThat(sentences("Comrade Rykov: ... and so on. Next question."))
        .containsExactly("Comrade Rykov: ... and so on.", "Next question.");
    assertThat(
            sentences(
                "the Fifteenth Congress of the C.P.S.U.(B.), J. V. Stalin analyses it. Then more."))
        .containsExactly(
            "the Fifteenth Congress of the C.P.S.U.(B.), J. V. Stalin analyses it.", "Then more.");
    assertThat(sentences("Bulletin No. 42 appeared. It was read."))
        .containsExactly("Bulletin No. 42 appeared.", "It was read.");
  }

  @Test
  void tokensCarryOriginalOffsetsAndFoldedForms() {
    String text = "Trotsky’s  reply,\nSTALIN-\nZinoviev 41.5 per cent.";
    NormalizedText nt = norm.normalize(text);
    List<Token> tokens = new java.util.ArrayList<>();
    seg.tokens(nt, tokens::add);
    assertThat(tokens)
        .extracting(Token::text)
        .containsExactly("Trotsky’s", "reply", "STALIN-Zinoviev", "41.5", "per", "cent");
    assertThat(tokens)
        .extracting(Token::norm)
        .containsExactly("trotsky's", "reply", "stalin-zinoviev", "41.5", "per", "cent");
    Token joined = tokens.get(2);
    assertThat(text.substring(joined.span().start(), joined.span().end()))
        .isEqualTo("STALIN-\nZinoviev");
    assertThat(seg.countTokens(nt)).isEqualTo(6);
  }
}
