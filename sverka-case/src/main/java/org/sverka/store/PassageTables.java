package org.sverka.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sverka.reuse.AlignOp;
import org.sverka.reuse.DocTokens;
import org.sverka.reuse.Op;
import org.sverka.reuse.Passage;
import org.sverka.text.Span;

/** The SQL of the reuse stage's passages: replacing them all, and reading them back. */
public final class PassageTables {
  private final CaseFile cf;
  private final Connection db;

  public PassageTables(CaseFile cf) {
    this.cf = cf;
    this.db = cf.connection();
  }

  /** The documents by id. */
  static Map<String, DocTokens> byId(List<DocTokens> docs) {
    Map<String, DocTokens> byId = new java.util.HashMap<>();
    for (DocTokens d : docs) {
      byId.put(d.doc, d);
    }
    return byId;
  }

  /** Replaces all passages (in one transaction), with lines computed from each side's text. */
  public void replacePassages(List<Passage> passages, List<DocTokens> docs) throws SQLException {
    Map<String, DocTokens> byId = byId(docs);
    cf.inTransaction(
        () -> {
          cf.deleteAll("passages");
          try (PreparedStatement ps =
              db.prepareStatement(
                  "INSERT INTO passages VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int id = 1;
            for (Passage p : passages) {
              DocTokens a = byId.get(p.docA());
              DocTokens b = byId.get(p.docB());
              int i = 1;
              ps.setInt(i++, id++);
              ps.setString(i++, p.docA());
              ps.setInt(i++, p.a().start());
              ps.setInt(i++, p.a().end());
              ps.setInt(i++, a.lines.lineOf(p.a().start()));
              ps.setInt(i++, a.lines.lastLineOf(p.a()));
              ps.setString(i++, p.docB());
              ps.setInt(i++, p.b().start());
              ps.setInt(i++, p.b().end());
              ps.setInt(i++, b.lines.lineOf(p.b().start()));
              ps.setInt(i++, b.lines.lastLineOf(p.b()));
              ps.setString(i++, p.kind().name());
              ps.setDouble(i++, p.identity());
              ps.setDouble(i++, p.weight());
              ps.setInt(i++, p.tokensA());
              ps.setInt(i++, p.tokensB());
              ps.setString(i, opsJson(p.ops()));
              ps.addBatch();
            }
            ps.executeBatch();
          }
        });
  }

  private static String opsJson(List<AlignOp> ops) {
    StringBuilder b = new StringBuilder("[");
    for (AlignOp o : ops) {
      if (b.length() > 1) {
        b.append(',');
      }
      b.append('[')
          .append(o.op().ordinal())
          .append(',')
          .append(o.a().start())
          .append(',')
          .append(o.a().end())
          .append(',')
          .append(o.b().start())
          .append(',')
          .append(o.b().end())
          .append(',')
          .append(o.tokensA())
          .append(',')
          .append(o.tokensB())
          .append(',')
          .append(o.ocr() ? 2 : o.spelling() ? 1 : 0)
          .append(']');
    }
    return b.append(']').toString();
  }

  private static List<AlignOp> readOps(String json) {
    try {
      int[][] rows = CaseFile.JSON.readValue(json, int[][].class);
      List<AlignOp> out = new ArrayList<>(rows.length);
      for (int[] r : rows) {
        out.add(
            new AlignOp(
                Op.values()[r[0]],
                new Span(r[1], r[2]),
                new Span(r[3], r[4]),
                r[5],
                r[6],
                r[7] >= 1,
                r[7] == 2));
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException("corrupt ops in case file", e);
    }
  }

  /**
   * Passages, ordered by id; only those with a side in {@code doc} when it is not null, and with at
   * least {@code minWords} tokens on each side.
   */
  public List<StoredPassage> passages(String doc, int minWords) throws SQLException {
    String sql =
        "SELECT * FROM passages WHERE (? IS NULL OR doc_a = ? OR doc_b = ?)"
            + " AND tokens_a >= ? AND tokens_b >= ? ORDER BY id";
    return Rows.list(db, sql, PassageTables::passage, doc, doc, doc, minWords, minWords);
  }

  /** The passage with this id, or empty. */
  public Optional<StoredPassage> passage(int id) throws SQLException {
    return Rows.first(db, "SELECT * FROM passages WHERE id = ?", PassageTables::passage, id);
  }

  private static StoredPassage passage(ResultSet rs) throws SQLException {
    Passage p =
        new Passage(
            rs.getString("doc_a"),
            new Span(rs.getInt("start_a"), rs.getInt("end_a")),
            rs.getString("doc_b"),
            new Span(rs.getInt("start_b"), rs.getInt("end_b")),
            Passage.Kind.valueOf(rs.getString("kind")),
            rs.getDouble("identity"),
            rs.getDouble("weight"),
            rs.getInt("tokens_a"),
            rs.getInt("tokens_b"),
            readOps(rs.getString("ops")));
    return new StoredPassage(
        rs.getInt("id"),
        p,
        rs.getInt("line_start_a"),
        rs.getInt("line_end_a"),
        rs.getInt("line_start_b"),
        rs.getInt("line_end_b"));
  }
}
