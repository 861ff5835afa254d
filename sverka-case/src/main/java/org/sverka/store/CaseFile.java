package org.sverka.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sverka.ingest.Problem;

/**
 * One case: a folder holding {@code sverka.db} (SQLite). Everything in it is derived from the
 * inputs and can be rebuilt. Each document is written in one transaction, so a run killed half-way
 * leaves every document either as it was or fully replaced; the run stays marked {@code running}
 * and the next run marks it {@code interrupted} and completes the work.
 *
 * <p>Lifecycle: {@link #open}, use, {@link #close}. Not thread-safe: one writer per case.
 */
public final class CaseFile implements AutoCloseable {
  public static final String DB_NAME = "sverka.db";
  static final ObjectMapper JSON =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false);
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

  private final Path dir;
  private final Connection db;

  private CaseFile(Path dir, Connection db) {
    this.dir = dir;
    this.db = db;
  }

  /** Opens (creating if needed) the case in {@code dir} and brings its schema up to date. */
  public static CaseFile open(Path dir) throws IOException {
    Files.createDirectories(dir);
    try {
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(DB_NAME));
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA synchronous=NORMAL");
        s.execute("PRAGMA foreign_keys=ON");
        s.execute("PRAGMA busy_timeout=10000");
      }
      CaseFile cf = new CaseFile(dir, c);
      cf.migrate();
      return cf;
    } catch (SQLException e) {
      throw new IOException(
          "cannot open case file " + dir.resolve(DB_NAME) + ": " + e.getMessage(), e);
    }
  }

  /** Opens an existing case, failing with a clear message if there is none. */
  public static CaseFile openExisting(Path dir) throws IOException {
    if (!Files.isRegularFile(dir.resolve(DB_NAME))) {
      throw new IOException(
          "no case in "
              + dir
              + " (no "
              + DB_NAME
              + "); run 'sverka analyze PATH --case "
              + dir
              + "' first");
    }
    return open(dir);
  }

  /**
   * The open connection, for the store classes of this package that persist one analysis each
   * ({@code EntityTables}, ...), so that this class does not grow with every analysis.
   */
  Connection connection() {
    return db;
  }

  public Path dir() {
    return dir;
  }

  public int schemaVersion() throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA user_version")) {
      return rs.getInt(1);
    }
  }

  private void migrate() throws SQLException {
    int version = schemaVersion();
    if (version > Migrations.ALL.size()) {
      throw new SQLException(
          "this case was written by a newer Sverka (schema " + version + "); upgrade Sverka");
    }
    for (int v = version; v < Migrations.ALL.size(); v++) {
      String[] steps = Migrations.ALL.get(v);
      int next = v + 1;
      // the schema change and the version bump commit together
      inTransaction(
          () -> {
            try (Statement s = db.createStatement()) {
              for (String sql : steps) {
                s.execute(sql);
              }
              s.execute("PRAGMA user_version = " + next);
            }
          });
    }
  }

  // ---- runs

  public long beginRun(String version, Map<String, Object> parameters) throws SQLException {
    try (PreparedStatement ps =
        db.prepareStatement(
            "INSERT INTO runs(started, version, parameters, status) VALUES (?,?,?,'running')",
            Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, Instant.now().toString());
      ps.setString(2, version);
      ps.setString(3, json(parameters));
      ps.executeUpdate();
      try (ResultSet rs = ps.getGeneratedKeys()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Marks runs that never finished (the process was killed) as interrupted; returns how many. */
  public int markInterruptedRuns() throws SQLException {
    try (Statement s = db.createStatement()) {
      return s.executeUpdate("UPDATE runs SET status='interrupted' WHERE status='running'");
    }
  }

  public void finishRun(
      long id, String status, int analysed, int unchanged, int removed, int skipped)
      throws SQLException {
    try (PreparedStatement ps =
        db.prepareStatement(
            "UPDATE runs SET finished=?, status=?, analysed=?, unchanged=?, removed=?, skipped=?"
                + " WHERE id=?")) {
      ps.setString(1, Instant.now().toString());
      ps.setString(2, status);
      ps.setInt(3, analysed);
      ps.setInt(4, unchanged);
      ps.setInt(5, removed);
      ps.setInt(6, skipped);
      ps.setLong(7, id);
      ps.executeUpdate();
    }
  }

  /** A row of the runs table. */
  public record Run(
      long id,
      String started,
      String finished,
      String version,
      String parameters,
      String status,
      int analysed,
      int unchanged,
      int removed,
      int skipped) {}

  public List<Run> runs() throws SQLException {
    return Rows.list(db, "SELECT * FROM runs ORDER BY id", Rows.record(Run.class));
  }

  public void addProblems(long runId, List<Problem> problems) throws SQLException {
    inTransaction(
        () -> {
          try (PreparedStatement ps =
              db.prepareStatement(
                  "INSERT INTO problems(run_id, file, line, message) VALUES (?,?,?,?)")) {
            for (Problem p : problems) {
              ps.setLong(1, runId);
              ps.setString(2, p.file());
              ps.setInt(3, p.line());
              ps.setString(4, p.message());
              ps.addBatch();
            }
            ps.executeBatch();
          }
        });
  }

  public List<Problem> problems(long runId) throws SQLException {
    List<Problem> out = new ArrayList<>();
    try (PreparedStatement ps =
        db.prepareStatement(
            "SELECT file, line, message FROM problems WHERE run_id=? ORDER BY rowid")) {
      ps.setLong(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Problem(rs.getString(1), rs.getInt(2), rs.getString(3)));
        }
      }
    }
    return out;
  }

  /** Counts rows of a table; for tests and summaries. */
  public long count(String table) throws SQLException {
    if (!table.matches("[a-z_]+")) {
      throw new IllegalArgumentException("bad table name: " + table);
    }
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
      return rs.getLong(1);
    }
  }

  /** SQLite's own consistency check; "ok" when the file is sound. */
  public String integrityCheck() throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
      return rs.getString(1);
    }
  }

  // ---- plumbing

  @FunctionalInterface
  interface SqlWork {
    void run() throws SQLException;
  }

  void inTransaction(SqlWork work) throws SQLException {
    boolean auto = db.getAutoCommit();
    db.setAutoCommit(false);
    try {
      work.run();
      db.commit();
    } catch (SQLException | RuntimeException e) {
      db.rollback();
      throw e;
    } finally {
      db.setAutoCommit(auto);
    }
  }

  /** Empties a derived table, inside the caller's transaction. */
  void deleteAll(String table) throws SQLException {
    try (Statement st = db.createStatement()) {
      st.execute("DELETE FROM " + table);
    }
  }

  static String json(Object o) {
    try {
      return JSON.writeValueAsString(o == null ? Map.of() : o);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, Object> readMap(String s) {
    try {
      return s == null ? Map.of() : JSON.readValue(s, MAP);
    } catch (IOException e) {
      throw new IllegalStateException("corrupt JSON in case file: " + s, e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      db.close();
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }
}
