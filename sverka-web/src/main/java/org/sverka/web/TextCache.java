package org.sverka.web;

import java.sql.SQLException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.sverka.json.Texts;
import org.sverka.store.CaseFile;

/**
 * The documents' original texts and line maps, shared by the requests so that each is read from the
 * case once, not once per request. Valid for one state of the case: every request compares the
 * case's {@link CaseFile#corpusStamp()} first, so a case analysed again while it is served is read
 * anew. Holds at most {@link #MAX_CHARS} characters; beyond that, texts are read per request.
 */
final class TextCache {
  static final long MAX_CHARS = 64L * 1024 * 1024;

  private record Generation(String stamp, ConcurrentHashMap<String, Texts.Text> texts) {}

  private volatile Generation current = new Generation("", new ConcurrentHashMap<>());
  private final AtomicLong chars = new AtomicLong();

  /** The texts for one request. */
  Texts texts(CaseFile cf) throws SQLException {
    String stamp = cf.corpusStamp();
    Generation g = current;
    if (!g.stamp().equals(stamp)) {
      synchronized (this) {
        g = current;
        if (!g.stamp().equals(stamp)) {
          g = new Generation(stamp, new ConcurrentHashMap<>());
          current = g;
          chars.set(0);
        }
      }
    }
    ConcurrentHashMap<String, Texts.Text> map = g.texts();
    return new Texts(
        doc -> {
          Texts.Text t = map.get(doc);
          if (t == null) {
            t = Texts.Text.of(cf.text(doc).orElseThrow());
            if (chars.addAndGet(t.text().length()) <= MAX_CHARS) {
              map.putIfAbsent(doc, t);
            }
          }
          return t;
        });
  }
}
