package org.sverka.cli;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sverka.json.CaseJson;

/**
 * JSON and CSV writing shared by the commands. JSON is stable: same data, same bytes ({@link
 * CaseJson#write}, as the web app's API).
 */
final class Output {
  private Output() {}

  static void json(PrintWriter out, Object value) {
    out.println(CaseJson.write(value));
    out.flush();
  }

  /** The JSON of one item of a listing. */
  interface ToJson<T> {
    Object json(T item) throws SQLException;
  }

  /** A JSON array of the items, each written by {@code each}. */
  static <T> void jsonArray(PrintWriter out, List<T> items, ToJson<T> each) throws SQLException {
    List<Object> arr = new ArrayList<>();
    for (T item : items) {
      arr.add(each.json(item));
    }
    json(out, arr);
  }

  /** The CSV cells of one item of a listing. */
  interface ToRow<T> {
    List<?> row(T item) throws SQLException;
  }

  /** A CSV table: the header, then a row for each item, written by {@code row}. */
  static <T> void csvTable(PrintWriter out, List<String> header, List<T> items, ToRow<T> row)
      throws SQLException {
    csv(out, header);
    for (T item : items) {
      csv(out, row.row(item));
    }
  }

  /** One CSV row, RFC 4180 quoting. */
  static void csv(PrintWriter out, List<?> cells) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      Object c = cells.get(i);
      String s = c == null ? "" : c.toString();
      if (s.indexOf(',') >= 0
          || s.indexOf('"') >= 0
          || s.indexOf('\n') >= 0
          || s.indexOf('\r') >= 0) {
        s = '"' + s.replace("\"", "\"\"") + '"';
      }
      b.append(s);
    }
    out.print(b.append("\r\n"));
    out.flush();
  }
}
