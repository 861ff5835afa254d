package org.sverka.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sverka.collate.Collation;
import org.sverka.collate.Column;
import org.sverka.collate.Transposition;
import org.sverka.collate.Witness;
import org.sverka.collate.Word;
import org.sverka.query.Cluster;

/**
 * The JSON of a collation, CollateX's shape with Sverka's citations: {@code {witnesses, table,
 * kinds, transpositions}} where {@code table} is one array per column holding, per witness (in the
 * order of {@code witnesses}), the array of its tokens there (none or one), each token {@code {t,
 * n, doc, line, start, end}} (its text, its folded form for comparison, and where it stands in the
 * original).
 */
public final class CollationJson {
  private CollationJson() {}

  /** The collation of cluster {@code cluster} (its id and passages first), or of given spans. */
  public static Map<String, Object> collation(Cluster cluster, Collation c) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (cluster != null) {
      m.put("cluster", cluster.id());
      m.put("passages", cluster.passages());
    }
    List<Object> witnesses = new ArrayList<>();
    for (int w = 0; w < c.witnesses().size(); w++) {
      witnesses.add(witness(Collation.siglum(w), c.witnesses().get(w), w == 0));
    }
    m.put("witnesses", witnesses);
    List<Object> table = new ArrayList<>();
    List<Object> kinds = new ArrayList<>();
    for (Column col : c.columns()) {
      List<Object> cells = new ArrayList<>();
      for (int w = 0; w < col.cells().size(); w++) {
        Word word = col.cell(w);
        cells.add(
            word == null ? List.of() : List.of(token(c.witnesses().get(w).place().doc(), word)));
      }
      table.add(cells);
      kinds.add(col.kind().name());
    }
    m.put("table", table);
    m.put("kinds", kinds);
    List<Object> moved = new ArrayList<>();
    for (Transposition t : c.transpositions()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("witness", Collation.siglum(t.witness()));
      x.put("columns", List.of(t.movedFrom(), t.movedTo()));
      x.put("sourceColumns", List.of(t.sourceFrom(), t.sourceTo()));
      moved.add(x);
    }
    m.put("transpositions", moved);
    return m;
  }

  /** A cluster as listed: {@code {id, witnesses, documents, passages, places: [...]}}. */
  public static Map<String, Object> cluster(Cluster cluster) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", cluster.id());
    m.put("witnesses", cluster.places().size());
    m.put("documents", cluster.documents());
    m.put("passages", cluster.passages());
    List<Object> places = new ArrayList<>();
    for (var p : cluster.places()) {
      places.add(CitedJson.put(new LinkedHashMap<>(), p, CitedJson.Keys.LINE_START));
    }
    m.put("places", places);
    return m;
  }

  private static Map<String, Object> witness(String siglum, Witness w, boolean base) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", siglum);
    CitedJson.put(m, w.place(), CitedJson.Keys.LINE_START);
    m.put("date", w.date());
    m.put("base", base);
    m.put("words", w.words().size());
    return m;
  }

  private static Map<String, Object> token(String doc, Word w) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("t", w.text());
    m.put("n", w.norm());
    m.put("doc", doc);
    m.put("line", w.line());
    m.put("start", w.span().start());
    m.put("end", w.span().end());
    return m;
  }
}
