package org.sverka.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sverka.text.LineMap;
import org.sverka.text.Span;

/** The JSON shape of a text span: {@code {doc, lineStart, lineEnd, start, end, text}}. */
final class Spans {
  private Spans() {}

  static Map<String, Object> json(String doc, String text, LineMap lines, Span span) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("doc", doc);
    m.put("lineStart", lines.lineOf(span.start()));
    m.put("lineEnd", lines.lastLineOf(span));
    m.put("start", span.start());
    m.put("end", span.end());
    m.put("text", text.substring(span.start(), span.end()));
    return m;
  }

  /** {@code doc:line} or {@code doc:first-last}. */
  static String cite(String doc, int lineStart, int lineEnd) {
    return lineStart == lineEnd ? doc + ":" + lineStart : doc + ":" + lineStart + "-" + lineEnd;
  }
}
