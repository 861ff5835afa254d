package org.sverka.json;

import java.util.Map;
import org.sverka.text.Cited;

/**
 * The one writer of a citation's JSON keys ({@code doc}, the lines, {@code start}, {@code end}), in
 * the order and under the names each output has always used.
 */
public final class CitedJson {
  private CitedJson() {}

  /** Which keys a citation is written with, in this order. */
  public enum Keys {
    /** {@code doc, lineStart, lineEnd, start, end}: spans, figures. */
    LINE_START,
    /** {@code doc, line, lineEnd, start, end}: search hits, timeline items. */
    LINE,
    /** {@code doc, lineStart, lineEnd} without offsets: figure checks. */
    LINES_ONLY
  }

  /** Puts {@code at}'s keys into {@code m} after what it holds already; returns {@code m}. */
  public static Map<String, Object> put(Map<String, Object> m, Cited at, Keys keys) {
    m.put("doc", at.doc());
    m.put(keys == Keys.LINE ? "line" : "lineStart", at.lineStart());
    m.put("lineEnd", at.lineEnd());
    if (keys != Keys.LINES_ONLY) {
      m.put("start", at.start());
      m.put("end", at.end());
    }
    return m;
  }
}
