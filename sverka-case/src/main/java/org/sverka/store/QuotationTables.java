package org.sverka.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sverka.quotes.Attribution;
import org.sverka.quotes.CheckedQuotation;
import org.sverka.quotes.Difference;
import org.sverka.quotes.Quotation;
import org.sverka.quotes.SourceMatch;
import org.sverka.reuse.DocTokens;
import org.sverka.reuse.Passage;
import org.sverka.text.Span;

/** The SQL of the quotation stage's quotations: replacing them all, and reading them back. */
public final class QuotationTables {
  private final CaseFile cf;
  private final Connection db;

  public QuotationTables(CaseFile cf) {
    this.cf = cf;
    this.db = cf.connection();
  }

  /** Replaces all quotations (in one transaction). */
  public void replaceQuotations(List<CheckedQuotation> quotations, List<DocTokens> docs)
      throws SQLException {
    Map<String, DocTokens> byId = PassageTables.byId(docs);
    cf.inTransaction(
        () -> {
          cf.deleteAll("quotations");
          try (PreparedStatement ps =
              db.prepareStatement(
                  "INSERT INTO quotations VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int id = 1;
            for (CheckedQuotation cq : quotations) {
              Quotation q = cq.quotation();
              DocTokens d = byId.get(cq.doc());
              Attribution a = q.attribution();
              int i = 1;
              ps.setInt(i++, id++);
              ps.setString(i++, cq.doc());
              ps.setInt(i++, q.span().start());
              ps.setInt(i++, q.span().end());
              ps.setInt(i++, d.lines.lineOf(q.span().start()));
              ps.setInt(i++, d.lines.lastLineOf(q.span()));
              ps.setInt(i++, q.outer().start());
              ps.setInt(i++, q.outer().end());
              ps.setInt(i++, q.depth());
              ps.setString(i++, q.style().name());
              ps.setInt(i++, q.closed() ? 1 : 0);
              ps.setString(i++, a == null ? null : a.speaker());
              ps.setInt(i++, a != null && a.firstPerson() ? 1 : 0);
              ps.setString(i++, a == null ? null : a.work());
              ps.setString(i++, cq.attributedTo());
              ps.setString(
                  i++, String.join(",", cq.check().verdicts().stream().map(Enum::name).toList()));
              ps.setString(i++, cq.check().explanation());
              ps.setString(i, CaseFile.json(quotationDetail(cq, byId)));
              ps.addBatch();
            }
            ps.executeBatch();
          }
        });
  }

  private static Map<String, Object> quotationDetail(
      CheckedQuotation cq, Map<String, DocTokens> byId) {
    Quotation q = cq.quotation();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("segments", spans(q.segments()));
    m.put("ellipses", spans(q.ellipses()));
    m.put("insertions", spans(q.insertions()));
    Attribution a = q.attribution();
    m.put(
        "speakerSpan",
        a == null || a.speakerSpan() == null ? null : spans(List.of(a.speakerSpan())).get(0));
    m.put(
        "workSpan", a == null || a.workSpan() == null ? null : spans(List.of(a.workSpan())).get(0));
    List<Object> matches = new ArrayList<>();
    for (SourceMatch sm : cq.check().matches()) {
      Passage p = sm.passage();
      DocTokens src = byId.get(p.docB());
      Map<String, Object> mm = new LinkedHashMap<>();
      mm.put("doc", p.docB());
      mm.put("start", p.b().start());
      mm.put("end", p.b().end());
      mm.put("lineStart", src.lines.lineOf(p.b().start()));
      mm.put("lineEnd", src.lines.lastLineOf(p.b()));
      mm.put("quoteStart", p.a().start());
      mm.put("quoteEnd", p.a().end());
      mm.put("verdicts", sm.verdicts().stream().map(Enum::name).toList());
      mm.put("explanation", sm.explanation());
      mm.put("author", sm.sourceAuthor());
      mm.put("date", sm.sourceDate());
      mm.put("identity", Math.round(p.identity() * 1000) / 1000.0);
      List<Object> diffs = new ArrayList<>();
      for (Difference df : sm.differences()) {
        Map<String, Object> dm = new LinkedHashMap<>();
        dm.put("op", df.op());
        dm.put("quoteStart", df.quote().start());
        dm.put("quoteEnd", df.quote().end());
        dm.put("sourceStart", df.source().start());
        dm.put("sourceEnd", df.source().end());
        dm.put("marked", df.marked());
        dm.put("spelling", df.spelling());
        if (df.ocr()) {
          dm.put("ocr", true);
        }
        diffs.add(dm);
      }
      mm.put("differences", diffs);
      matches.add(mm);
    }
    m.put("matches", matches);
    return m;
  }

  private static List<int[]> spans(List<Span> spans) {
    return spans.stream().map(s -> new int[] {s.start(), s.end()}).toList();
  }

  /** Quotations, ordered by id; only those in {@code doc} when it is not null. */
  public List<StoredQuotation> quotations(String doc) throws SQLException {
    return Rows.list(
        db,
        "SELECT * FROM quotations WHERE (? IS NULL OR doc = ?) ORDER BY id",
        QuotationTables::quotation,
        doc,
        doc);
  }

  /** The quotation with this id, or empty. */
  public Optional<StoredQuotation> quotation(int id) throws SQLException {
    return Rows.first(db, "SELECT * FROM quotations WHERE id = ?", QuotationTables::quotation, id);
  }

  private static StoredQuotation quotation(ResultSet rs) throws SQLException {
    String verdicts = rs.getString("verdicts");
    return new StoredQuotation(
        rs.getInt("id"),
        Rows.cited(rs),
        new Span(rs.getInt("outer_start"), rs.getInt("outer_end")),
        rs.getInt("depth"),
        rs.getString("style"),
        rs.getInt("closed") == 1,
        rs.getString("speaker"),
        rs.getInt("first_person") == 1,
        rs.getString("work"),
        rs.getString("attributed_to"),
        verdicts.isEmpty() ? List.of() : List.of(verdicts.split(",")),
        rs.getString("explanation"),
        CaseFile.readMap(rs.getString("detail")));
  }
}
