package org.sverka.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.sverka.Corpus;
import org.sverka.document.DocumentBuilder;
import org.sverka.text.LineMap;
import org.sverka.text.Paragraph;
import org.sverka.text.Segmenter;

/** Test helpers: a text, its paragraphs and its quotations. */
final class Quotes {
  final String text;
  final LineMap lines;
  final List<Paragraph> paragraphs;
  final List<Quotation> found;

  private Quotes(String text) {
    this.text = text;
    this.lines = LineMap.of(text);
    this.paragraphs = new Segmenter().paragraphs(text, lines, DocumentBuilder.normalizerFor(text));
    this.found = new QuoteFinder().find(text, paragraphs);
  }

  /** The one quotation found; fails unless exactly one was. */
  Quotation only() {
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  static Quotes of(String text) {
    return new Quotes(text);
  }

  /**
   * A text of the given paragraphs. Two blank lines part them: with one, a text whose every line is
   * followed by a blank line reads as double-spaced (the Stalin volume's layout) and its lines
   * join.
   */
  static Quotes paragraphs(String... paragraphs) {
    Quotes q = new Quotes(String.join("\n\n\n", paragraphs) + "\n");
    if (q.paragraphs.size() != paragraphs.length) {
      throw new AssertionError("layout gave " + q.paragraphs.size() + " paragraphs");
    }
    return q;
  }

  static Quotes corpus(String name) throws IOException {
    return new Quotes(Corpus.text(name));
  }

  String text(Quotation q) {
    return text.substring(q.span().start(), q.span().end());
  }

  String outer(Quotation q) {
    return text.substring(q.outer().start(), q.outer().end());
  }

  String at(org.sverka.text.Span s) {
    return text.substring(s.start(), s.end());
  }

  List<String> texts() {
    return found.stream().map(this::text).toList();
  }

  /** The quotations that start on a line (1-based). */
  List<Quotation> onLine(int line) {
    return found.stream().filter(q -> lines.lineOf(q.span().start()) == line).toList();
  }

  /** The one quotation whose text starts with {@code prefix}. */
  Quotation starting(String prefix) {
    List<Quotation> qs = found.stream().filter(q -> text(q).startsWith(prefix)).toList();
    if (qs.size() != 1) {
      throw new AssertionError(
          qs.size() + " quotations start with '" + prefix + "' among " + texts());
    }
    return qs.get(0);
  }

  /** The paragraph that holds a line (1-based). */
  Paragraph paragraphAt(int line) {
    return paragraphs.stream()
        .filter(p -> p.lineStart() <= line && line <= p.lineEnd())
        .findFirst()
        .orElseThrow();
  }
}
