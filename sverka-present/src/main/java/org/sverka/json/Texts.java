package org.sverka.json;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.sverka.store.CaseFile;
import org.sverka.store.DocumentTables;
import org.sverka.text.LineMap;

/**
 * Original texts of a case's documents with their line maps, each loaded once. Not thread-safe: one
 * per command run or per request; a server shares what they load through a {@link Source}.
 */
public final class Texts {
  /** A document's original text and its line map. */
  public record Text(String text, LineMap lines) {
    public static Text of(String text) {
      return new Text(text, LineMap.of(text));
    }
  }

  /** Where the texts come from. */
  @FunctionalInterface
  public interface Source {
    Text load(String doc) throws SQLException;
  }

  private final Source source;
  private final Map<String, Text> loaded = new HashMap<>();

  /** Texts read from the case as they are asked for. */
  public Texts(CaseFile cf) {
    this(doc -> Text.of(new DocumentTables(cf).text(doc).orElseThrow()));
  }

  public Texts(Source source) {
    this.source = source;
  }

  private Text get(String doc) throws SQLException {
    Text t = loaded.get(doc);
    if (t == null) {
      t = source.load(doc);
      loaded.put(doc, t);
    }
    return t;
  }

  /** The original text of a document of the case. */
  public String of(String doc) throws SQLException {
    return get(doc).text();
  }

  /** The line map of a document's original text. */
  public LineMap lines(String doc) throws SQLException {
    return get(doc).lines();
  }
}
