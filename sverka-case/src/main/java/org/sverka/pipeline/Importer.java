package org.sverka.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sverka.stage.SearchStage;
import org.sverka.stage.StageContext;
import org.sverka.stage.Stages;
import org.sverka.store.CaseFile;
import org.sverka.store.CaseTables;

/**
 * {@code sverka import}: a new case filled from the tables a case was analysed into elsewhere (the
 * Spark job, {@code org.sverka.spark.PipelineJob}): one folder {@code TABLE.jsonl} per table of the
 * case, its part files read in name order, each line a row as an object of its columns (a column
 * left out is null, a BLOB is Base64), written through {@link CaseTables} in that order; then the
 * search index is built, as the last derived stage of a run builds it.
 */
public final class Importer {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What was imported: rows per table, in the order of {@link CaseTables#TABLES}. */
  public record Result(Map<String, Integer> rows) {}

  private Importer() {}

  /** Fills {@code cf}, a case without rows, from the folder {@code from}. */
  public static Result run(CaseFile cf, Path from) throws IOException, SQLException {
    CaseTables tables = new CaseTables(cf);
    if (!tables.empty()) {
      throw new IOException(
          cf.dir() + " already holds a case: import into a new folder (nothing was changed)");
    }
    Map<String, List<Path>> parts = new LinkedHashMap<>();
    for (String t : CaseTables.TABLES) {
      parts.put(t, parts(from, t));
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String t : CaseTables.TABLES) {
      List<CaseTables.Column> cols = tables.columns(t);
      int n = 0;
      for (Path p : parts.get(t)) {
        List<Object[]> rows = read(p, cols);
        tables.insert(t, rows);
        n += rows.size();
      }
      counts.put(t, n);
    }
    long runId = cf.runs().stream().mapToLong(CaseFile.Run::id).max().orElse(0);
    StageContext context = new StageContext(cf, 1, true);
    Stages.runDue(List.of(new SearchStage()), context, runId, m -> {});
    return new Result(counts);
  }

  /** The part files of {@code table}'s folder (or the file itself), in name order. */
  private static List<Path> parts(Path from, String table) throws IOException {
    Path p = from.resolve(table + ".jsonl");
    if (Files.isRegularFile(p)) {
      return List.of(p);
    }
    if (!Files.isDirectory(p)) {
      throw new IOException(
          "no " + table + ".jsonl in " + from + ": give the folder the Spark job wrote");
    }
    try (Stream<Path> s = Files.list(p)) {
      return s.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList();
    }
  }

  /** The rows of one part file, each value of its column's storage class. */
  private static List<Object[]> read(Path file, List<CaseTables.Column> cols) throws IOException {
    List<Object[]> rows = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int line = 0;
      for (String s; (s = r.readLine()) != null; ) {
        line++;
        if (s.isBlank()) {
          continue;
        }
        try {
          rows.add(row(JSON.readTree(s), cols));
        } catch (IOException | IllegalArgumentException e) {
          throw new IOException(file + ":" + line + ": " + e.getMessage(), e);
        }
      }
    }
    return rows;
  }

  private static Object[] row(JsonNode n, List<CaseTables.Column> cols) throws IOException {
    if (!n.isObject()) {
      throw new IOException("not a JSON object");
    }
    Object[] row = new Object[cols.size()];
    int seen = 0;
    for (int i = 0; i < row.length; i++) {
      JsonNode v = n.get(cols.get(i).name());
      if (v != null) {
        seen++;
      }
      row[i] = v == null || v.isNull() ? null : value(v, cols.get(i));
    }
    if (seen < n.size()) {
      Iterator<String> names = n.fieldNames();
      List<String> unknown = new ArrayList<>();
      names.forEachRemaining(
          f -> {
            if (cols.stream().noneMatch(c -> c.name().equals(f))) {
              unknown.add(f);
            }
          });
      throw new IOException("columns the case does not have: " + unknown);
    }
    return row;
  }

  private static Object value(JsonNode v, CaseTables.Column c) throws IOException {
    return switch (c.type()) {
      case INTEGER -> {
        if (!v.isIntegralNumber()) {
          throw new IOException(c.name() + ": not an integer: " + v);
        }
        yield v.longValue();
      }
      case REAL -> {
        if (!v.isNumber()) {
          throw new IOException(c.name() + ": not a number: " + v);
        }
        yield v.doubleValue();
      }
      case TEXT -> {
        if (!v.isTextual()) {
          throw new IOException(c.name() + ": not a string: " + v);
        }
        yield v.textValue();
      }
      case BLOB -> Base64.getDecoder().decode(v.textValue());
    };
  }
}
