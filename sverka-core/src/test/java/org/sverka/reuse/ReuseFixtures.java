package org.sverka.reuse;

import java.util.ArrayList;
import java.util.List;
import org.sverka.document.DocumentBuilder;
import org.sverka.text.LineMap;
import org.sverka.text.Segmenter;

/** Builds DocTokens from plain strings, as the reuse stage does from stored documents. */
final class ReuseFixtures {
  private ReuseFixtures() {}

  record Corpus(List<DocTokens> docs, Vocabulary vocabulary) {
    DocTokens doc(String id) {
      return docs.stream().filter(d -> d.doc.equals(id)).findFirst().orElseThrow();
    }

    String text(String id, org.sverka.text.Span s) {
      return doc(id).text.substring(s.start(), s.end());
    }
  }

  /** Pairs of (id, text), in order. */
  static Corpus corpus(String... idsAndTexts) {
    Vocabulary v = new Vocabulary();
    Segmenter seg = new Segmenter();
    List<DocTokens> docs = new ArrayList<>();
    for (int i = 0; i < idsAndTexts.length; i += 2) {
      String text = idsAndTexts[i + 1];
      docs.add(
          DocTokens.of(
              idsAndTexts[i],
              text,
              null,
              seg.paragraphs(text, LineMap.of(text), DocumentBuilder.normalizerFor(text)),
              seg,
              v));
    }
    return new Corpus(docs, v);
  }
}
