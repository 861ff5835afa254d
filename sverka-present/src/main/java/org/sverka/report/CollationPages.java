package org.sverka.report;

import java.io.IOException;
import java.io.Writer;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sverka.collate.Collation;
import org.sverka.collate.Column;
import org.sverka.collate.Transposition;
import org.sverka.collate.Witness;
import org.sverka.collate.Word;
import org.sverka.query.CaseQueries;
import org.sverka.query.Cluster;
import org.sverka.store.CaseFile;

/**
 * The collation pages: {@code collations.html} lists the clusters of passages that three or more
 * places share, {@code collate/N.html} shows cluster N's alignment table (witnesses as columns, by
 * date, the base first; one row per column of the table, a run that every witness reads alike as
 * one row), each word linked to its line. The reuse page links every passage of a cluster here.
 */
final class CollationPages {
  private final CaseQueries queries;
  private List<Cluster> clusters;
  private final Map<Integer, Collation> collated = new HashMap<>();

  CollationPages(CaseFile cf) {
    this.queries = CaseQueries.of(cf);
  }

  /** The page of cluster {@code id}, relative to the report's top. */
  static String pageName(int id) {
    return "collate/" + id + ".html";
  }

  List<Cluster> clusters() throws SQLException {
    if (clusters == null) {
      clusters = queries.clusters(CaseQueries.MIN_WITNESSES);
    }
    return clusters;
  }

  /** For the reuse page: the cluster each passage belongs to, by passage id. */
  Map<Integer, Integer> clusterOfPassage() throws SQLException {
    Map<Integer, Integer> m = new HashMap<>();
    for (Cluster c : clusters()) {
      for (int p : c.passages()) {
        m.put(p, c.id());
      }
    }
    return m;
  }

  private Collation collation(Cluster c) throws SQLException {
    Collation col = collated.get(c.id());
    if (col == null) {
      col = queries.collate(c.places());
      collated.put(c.id(), col);
    }
    return col;
  }

  void writeIndex(Writer w) throws IOException, SQLException {
    List<CollationModels.Item> items = new ArrayList<>();
    for (Cluster c : clusters()) {
      Collation col = collation(c);
      items.add(new CollationModels.Item(c, heads(col), summary(col)));
    }
    ReportTemplates.render(
        w, "report/collations.jte", new CollationModels.Index(items, CaseQueries.MIN_WITNESSES));
  }

  void writeCluster(Writer w, Cluster c) throws IOException, SQLException {
    Collation col = collation(c);
    List<String> moved = new ArrayList<>();
    for (Transposition t : col.transpositions()) {
      moved.add(
          Collation.siglum(t.witness())
              + " reads “"
              + words(col, t)
              + "” at columns "
              + (t.movedFrom() + 1)
              + "-"
              + t.movedTo()
              + "; the others read it at "
              + (t.sourceFrom() + 1)
              + "-"
              + t.sourceTo());
    }
    ReportTemplates.render(
        w,
        "report/collation.jte",
        new CollationModels.Table(c, heads(col), summary(col), rows(col), moved));
  }

  private static String words(Collation col, Transposition t) {
    List<String> out = new ArrayList<>();
    for (int k = t.movedFrom(); k < t.movedTo(); k++) {
      out.add(col.columns().get(k).cell(t.witness()).text());
    }
    return String.join(" ", out);
  }

  static List<CollationModels.Head> heads(Collation col) {
    List<CollationModels.Head> out = new ArrayList<>();
    for (int w = 0; w < col.witnesses().size(); w++) {
      Witness wit = col.witnesses().get(w);
      out.add(
          new CollationModels.Head(
              Collation.siglum(w),
              wit.place(),
              wit.date() == null ? "undated" : wit.date(),
              w == 0,
              wit.words().size()));
    }
    return out;
  }

  static String summary(Collation c) {
    return c.columns().size()
        + " columns: "
        + c.count(Column.Kind.EQUAL)
        + " equal, "
        + c.count(Column.Kind.SPELLING)
        + " spelling variants, "
        + c.count(Column.Kind.VARIANT)
        + " different words, "
        + c.count(Column.Kind.MISSING)
        + " with words missing; "
        + c.transpositions().size()
        + " transposition"
        + (c.transpositions().size() == 1 ? "" : "s");
  }

  static List<CollationModels.Row> rows(Collation col) {
    boolean[][] moved = moved(col);
    List<Column> cols = col.columns();
    List<CollationModels.Row> out = new ArrayList<>();
    for (int i = 0; i < cols.size(); i++) {
      int j = i;
      if (cols.get(i).kind() == Column.Kind.EQUAL) {
        StringBuilder text = new StringBuilder(cols.get(i).cell(0).text());
        while (j + 1 < cols.size() && cols.get(j + 1).kind() == Column.Kind.EQUAL) {
          text.append(' ').append(cols.get(++j).cell(0).text());
        }
        String label = i == j ? "" + (i + 1) : (i + 1) + "-" + (j + 1);
        out.add(new CollationModels.Row(label, "eq", text.toString(), List.of()));
      } else {
        out.add(row(col, i, moved));
      }
      i = j;
    }
    return out;
  }

  private static CollationModels.Row row(Collation col, int i, boolean[][] moved) {
    Column c = col.columns().get(i);
    Word base = null;
    for (Word w : c.cells()) {
      if (w != null) {
        base = w;
        break;
      }
    }
    List<CollationModels.Cell> cells = new ArrayList<>();
    for (int w = 0; w < c.cells().size(); w++) {
      Word word = c.cell(w);
      if (word == null) {
        cells.add(new CollationModels.Cell("", null, "no word here", "gap"));
        continue;
      }
      String doc = col.witnesses().get(w).place().doc();
      String cls = moved[w][i] ? "moved" : word.norm().equals(base.norm()) ? null : "chg";
      cells.add(
          new CollationModels.Cell(
              word.text(),
              "../doc/" + ReportWriter.pageName(doc) + "#L" + word.line(),
              doc + ":" + word.line(),
              cls));
    }
    String kind =
        switch (c.kind()) {
          case SPELLING -> "spell";
          case VARIANT -> "var";
          case MISSING -> "miss";
          case EQUAL -> "eq";
        };
    return new CollationModels.Row(String.valueOf(i + 1), kind, null, cells);
  }

  /** Per witness and column: is the witness's word there part of a transposition? */
  private static boolean[][] moved(Collation col) {
    boolean[][] m = new boolean[col.witnesses().size()][col.columns().size()];
    for (Transposition t : col.transpositions()) {
      for (int k = t.movedFrom(); k < t.movedTo(); k++) {
        m[t.witness()][k] = true;
      }
    }
    return m;
  }
}
