package org.sverka.claims;

import java.util.List;
import java.util.Optional;
import org.sverka.document.Part;
import org.sverka.text.LineMap;

/**
 * The documents a claims file cites: their original text (for the cited line), line count, parts
 * and dates. The case file gives them ({@code org.sverka.store.CaseSources}); the claims package
 * does not depend on the store.
 */
public interface Sources {
  /** A document by id, or empty if the case has none of that id. */
  Optional<Source> document(String id);

  /** All document ids, sorted, for messages naming what exists. */
  List<String> ids();

  /** One document as a claim sees it. */
  record Source(String id, String text, LineMap lines, String date, List<Part> parts) {
    /** Lines as an editor counts them: a final line terminator does not start another line. */
    public int lineCount() {
      int n = lines.lineCount();
      return n > 1 && (text.endsWith("\n") || text.endsWith("\r")) ? n - 1 : n;
    }

    /**
     * The original text of lines {@code from..to} (1-based, inclusive), terminators kept inside.
     */
    public String linesText(int from, int to) {
      return text.substring(lines.lineStart(from), lines.contentEnd(text, to));
    }

    /** The part holding a line, or null. */
    public Part partOf(int line) {
      for (Part p : parts) {
        if (p.containsLine(line)) {
          return p;
        }
      }
      return null;
    }
  }
}
