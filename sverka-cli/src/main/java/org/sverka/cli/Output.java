package org.sverka.cli;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/** JSON and CSV writing shared by the commands. JSON is stable: same data, same bytes. */
final class Output {
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false);

  private Output() {}

  static void json(PrintWriter out, Object value) {
    try {
      DefaultPrettyPrinter pp = new DefaultPrettyPrinter();
      pp.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
      out.println(JSON.writer(pp).writeValueAsString(value).replace("\r\n", "\n"));
      out.flush();
    } catch (IOException e) {
      throw new IllegalStateException(e);
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
