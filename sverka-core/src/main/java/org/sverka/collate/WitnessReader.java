package org.sverka.collate;

import java.util.ArrayList;
import java.util.List;
import org.sverka.document.DocumentBuilder;
import org.sverka.text.Cited;
import org.sverka.text.Layout;
import org.sverka.text.LineMap;
import org.sverka.text.NormalizedText;
import org.sverka.text.Normalizer;
import org.sverka.text.OffsetMap;
import org.sverka.text.Segmenter;
import org.sverka.text.Span;
import org.sverka.text.Token;

/**
 * Reads witnesses from one document's original text: the document's paragraphs normalised as
 * analysis normalises them (its own hyphenation lexicon), cut into Sverka's tokens, and the tokens
 * inside a span kept with their lines. Boilerplate paragraphs are read too (a span given by hand
 * means what it says). Not thread-safe (it holds a {@link Segmenter}).
 */
public final class WitnessReader {
  private final String doc;
  private final String text;
  private final LineMap lines;
  private final Normalizer normalizer;
  private final List<Layout.Block> blocks;
  private final Segmenter segmenter = new Segmenter();

  public WitnessReader(String doc, String text) {
    this.doc = doc;
    this.text = text;
    this.lines = LineMap.of(text);
    this.normalizer = DocumentBuilder.normalizerFor(text);
    this.blocks = Layout.blocks(text, lines);
  }

  /** The lines of the document. */
  public LineMap lines() {
    return lines;
  }

  /** The span of lines {@code first} to {@code last} (1-based, inclusive). */
  public Span linesSpan(int first, int last) {
    if (first < 1 || last < first || last > lines.lineCount()) {
      throw new IllegalArgumentException(
          doc
              + " has "
              + lines.lineCount()
              + " lines; "
              + first
              + "-"
              + last
              + " is not a range of them");
    }
    return new Span(lines.lineStart(first), lines.contentEnd(text, last));
  }

  /** The witness whose words are the tokens lying wholly inside {@code span}. */
  public Witness witness(Span span, String date) {
    List<Word> words = new ArrayList<>();
    for (Layout.Block b : blocks) {
      if (b.span().end() <= span.start() || b.span().start() >= span.end()) {
        continue;
      }
      OffsetMap.Builder out = new OffsetMap.Builder();
      normalizer.normalize(text, b.span().start(), b.span().end(), out);
      NormalizedText nt = out.build();
      segmenter.tokens(
          nt,
          (Token t) -> {
            if (span.contains(t.span())) {
              words.add(new Word(t, lines.lineOf(t.span().start())));
            }
          });
    }
    return new Witness(Cited.of(doc, span, lines), date, words);
  }
}
