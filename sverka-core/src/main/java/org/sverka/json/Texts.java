package org.sverka.json;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.sverka.store.CaseFile;
import org.sverka.store.StoredDocument;
import org.sverka.text.LineMap;

/**
 * Original texts of a case's documents, each loaded once, with their line maps. Not thread-safe:
 * one per command run or per request.
 */
public final class Texts {
  private final CaseFile cf;
  private final Map<String, String> texts = new HashMap<>();
  private final Map<String, LineMap> lines = new HashMap<>();

  public Texts(CaseFile cf) {
    this.cf = cf;
  }

  /** The original text of a document of the case. */
  public String of(String doc) throws SQLException {
    String t = texts.get(doc);
    if (t == null) {
      StoredDocument d = cf.document(doc, true).orElseThrow();
      t = d.text();
      texts.put(doc, t);
      lines.put(doc, LineMap.of(t));
    }
    return t;
  }

  /** The line map of a document's original text. */
  public LineMap lines(String doc) throws SQLException {
    of(doc);
    return lines.get(doc);
  }
}
