package org.sverka.cli;

import java.util.Map;
import org.sverka.reuse.PassageJson;
import org.sverka.text.LineMap;
import org.sverka.text.Span;

/** The JSON shape of a text span: {@code {doc, lineStart, lineEnd, start, end, text}}. */
final class Spans {
  private Spans() {}

  static Map<String, Object> json(String doc, String text, LineMap lines, Span span) {
    return PassageJson.span(doc, text, lines, span);
  }

  /** {@code doc:line} or {@code doc:first-last}. */
  static String cite(String doc, int lineStart, int lineEnd) {
    return lineStart == lineEnd ? doc + ":" + lineStart : doc + ":" + lineStart + "-" + lineEnd;
  }
}
