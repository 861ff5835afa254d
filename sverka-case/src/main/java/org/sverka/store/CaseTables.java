package org.sverka.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every table of the case file as plain rows, for moving a case's results between processes (the
 * Spark job's workers and driver, its output tables, {@code sverka import}): the columns of each
 * table as the schema declares them, its rows in insertion order (rowid), and rows written back in
 * that order. The values are those of SQLite's storage classes: {@code Long}, {@code Double},
 * {@code String}, {@code byte[]}, or null.
 */
public final class CaseTables {
  /**
   * Every table, in an order that a case can be filled in (a table after those it refers to); the
   * schema's, so that a new migration's table must be added here (the test of the Spark job
   * compares every table of the schema).
   */
  public static final List<String> TABLES =
      List.of(
          "runs",
          "problems",
          "documents",
          "parts",
          "paragraphs",
          "sentences",
          "ner_tags",
          "pages",
          "ocr_lines",
          "page_images",
          "stages",
          "passages",
          "quotations",
          "entities",
          "mentions",
          "dates",
          "figures",
          "figure_checks");

  /** The tables a document's analysis writes (one transaction per document), with its id. */
  public static final List<String> PER_DOCUMENT =
      List.of(
          "documents",
          "parts",
          "paragraphs",
          "sentences",
          "ner_tags",
          "pages",
          "ocr_lines",
          "page_images");

  /** A column's storage class, from its declared type. */
  public enum Type {
    INTEGER,
    REAL,
    TEXT,
    BLOB
  }

  /** A column: its name and storage class. */
  public record Column(String name, Type type) implements java.io.Serializable {}

  private final CaseFile cf;

  public CaseTables(CaseFile cf) {
    this.cf = cf;
  }

  /** The tables of the case's schema, by name. */
  public List<String> schemaTables() throws SQLException {
    return Rows.list(
        cf.connection(),
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
        rs -> rs.getString(1));
  }

  /** The columns of {@code table} in the schema's order. */
  public List<Column> columns(String table) throws SQLException {
    check(table);
    return Rows.list(
        cf.connection(),
        "SELECT name, type FROM pragma_table_info(?) ORDER BY cid",
        rs -> new Column(rs.getString(1), type(rs.getString(2))),
        table);
  }

  private static Type type(String declared) {
    String t = declared.toUpperCase(Locale.ROOT);
    return t.contains("INT")
        ? Type.INTEGER
        : t.contains("REAL") ? Type.REAL : t.contains("BLOB") ? Type.BLOB : Type.TEXT;
  }

  /** Every row of {@code table} in rowid order. */
  public List<Object[]> rows(String table) throws SQLException {
    return select(table, "", null);
  }

  /**
   * The rows of a per-document table ({@link #PER_DOCUMENT}) that belong to document {@code id}.
   */
  public List<Object[]> documentRows(String table, String id) throws SQLException {
    if (!PER_DOCUMENT.contains(table)) {
      throw new IllegalArgumentException("not a table of one document: " + table);
    }
    return select(table, table.equals("documents") ? " WHERE id = ?" : " WHERE doc = ?", id);
  }

  private List<Object[]> select(String table, String where, String param) throws SQLException {
    List<Column> cols = columns(table);
    List<Object[]> out = new ArrayList<>();
    try (PreparedStatement ps =
        cf.connection().prepareStatement("SELECT * FROM " + table + where + " ORDER BY rowid")) {
      if (param != null) {
        ps.setString(1, param);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(row(rs, cols));
        }
      }
    }
    return out;
  }

  private static Object[] row(ResultSet rs, List<Column> cols) throws SQLException {
    Object[] r = new Object[cols.size()];
    for (int i = 0; i < r.length; i++) {
      Object v =
          switch (cols.get(i).type()) {
            case INTEGER -> rs.getLong(i + 1);
            case REAL -> rs.getDouble(i + 1);
            case TEXT -> rs.getString(i + 1);
            case BLOB -> rs.getBytes(i + 1);
          };
      r[i] = rs.wasNull() ? null : v;
    }
    return r;
  }

  /**
   * Appends {@code rows} (values in the order of {@link #columns}) to {@code table}, in one
   * transaction.
   */
  public void insert(String table, Iterable<Object[]> rows) throws SQLException {
    cf.inTransaction(() -> append(table, rows));
  }

  /**
   * Appends one document's rows, table by table in the order of {@link #PER_DOCUMENT}, in one
   * transaction (as {@code sverka analyze} writes a document).
   */
  public void insertDocument(java.util.Map<String, List<Object[]>> rows) throws SQLException {
    cf.inTransaction(
        () -> {
          for (String t : PER_DOCUMENT) {
            append(t, rows.getOrDefault(t, List.of()));
          }
        });
  }

  private void append(String table, Iterable<Object[]> rows) throws SQLException {
    int n = columns(table).size();
    String sql = "INSERT INTO " + table + " VALUES (" + "?,".repeat(n - 1) + "?)";
    try (PreparedStatement ps = cf.connection().prepareStatement(sql)) {
      int batch = 0;
      for (Object[] r : rows) {
        if (r.length != n) {
          throw new SQLException(
              table + ": a row of " + r.length + " values, the table has " + n + " columns");
        }
        Rows.bind(ps, r);
        ps.addBatch();
        if (++batch % 10_000 == 0) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
    }
  }

  /** Whether the case holds no rows in any table yet (a new case). */
  public boolean empty() throws SQLException {
    for (String t : TABLES) {
      if (cf.count(t) > 0) {
        return false;
      }
    }
    return true;
  }

  private static void check(String table) {
    if (!TABLES.contains(table)) {
      throw new IllegalArgumentException("not a table of the case: " + table);
    }
  }
}
