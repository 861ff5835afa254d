package org.sverka.cli;

import java.util.Map;
import org.sverka.json.CaseJson;
import org.sverka.text.LineMap;
import org.sverka.text.Span;

/** The JSON shape of a text span, from {@link CaseJson} (shared with the web app's API). */
final class Spans {
  private Spans() {}

  static Map<String, Object> json(String doc, String text, LineMap lines, Span span) {
    return CaseJson.span(doc, text, lines, span);
  }

  /** {@code doc:line} or {@code doc:first-last}. */
  static String cite(String doc, int lineStart, int lineEnd) {
    return CaseJson.cite(doc, lineStart, lineEnd);
  }
}
