package org.sverka.web;

import java.sql.SQLException;
import org.sverka.json.Texts;
import org.sverka.store.CaseFile;
import org.sverka.store.DocumentTables;

/**
 * The documents' original texts and line maps, shared by the requests so that each is read from the
 * case once, not once per request. Valid for one state of the case: every request compares the
 * case's {@link CaseFile#corpusStamp()} first, so a case analysed again while it is served is read
 * anew. Holds at most {@link #MAX_CHARS} characters; beyond that, texts are read per request.
 */
final class TextCache {
  static final long MAX_CHARS = 64L * 1024 * 1024;

  private final Generations<Texts.Text> generations = new Generations<>(MAX_CHARS);

  /** The texts for one request. */
  Texts texts(CaseFile cf) throws SQLException {
    String stamp = new DocumentTables(cf).corpusStamp();
    var map = generations.of(stamp);
    return new Texts(
        doc -> {
          Texts.Text t = map.get(doc);
          if (t == null) {
            t = Texts.Text.of(new DocumentTables(cf).text(doc).orElseThrow());
            generations.keep(stamp, doc, t, t.text().length());
          }
          return t;
        });
  }
}
