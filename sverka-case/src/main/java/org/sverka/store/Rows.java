package org.sverka.store;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sverka.text.Cited;
import org.sverka.text.Span;

/**
 * The one row mapper of the store: a query's rows as a list, and a record read from the columns
 * named like its components ({@code lineStart} from {@code line_start}).
 */
final class Rows {
  private Rows() {}

  /** Reads one row (the result set is on it) into a value. */
  @FunctionalInterface
  interface Mapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** The rows of {@code sql} with {@code params} bound in order, each read by {@code mapper}. */
  static <T> List<T> list(Connection db, String sql, Mapper<T> mapper, Object... params)
      throws SQLException {
    List<T> out = new ArrayList<>();
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(mapper.map(rs));
        }
      }
    }
    return out;
  }

  /** The first row of {@code sql} with {@code params} bound in order, read by {@code mapper}. */
  static <T> Optional<T> first(Connection db, String sql, Mapper<T> mapper, Object... params)
      throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(mapper.map(rs)) : Optional.empty();
      }
    }
  }

  /** Binds {@code values} to the statement's parameters in order (null as SQL NULL). */
  static void bind(PreparedStatement ps, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      ps.setObject(i + 1, values[i]);
    }
  }

  /**
   * A mapper to the record {@code type}: each component from the column of its name in snake case,
   * as an int, long, double, String, BigDecimal (stored as text, null kept) or boolean (stored as 1
   * or 0); a {@link Span} from the columns {@code start, end} and a {@link Cited} from {@code doc,
   * start, end, line_start, line_end}, whatever the component's name.
   */
  static <R extends Record> Mapper<R> record(Class<R> type) {
    RecordComponent[] components = type.getRecordComponents();
    String[] columns = new String[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      columns[i] = snakeCase(components[i].getName());
      types[i] = components[i].getType();
    }
    Constructor<R> constructor;
    try {
      constructor = type.getDeclaredConstructor(types);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException("no canonical constructor: " + type, e);
    }
    return rs -> {
      Object[] values = new Object[columns.length];
      for (int i = 0; i < columns.length; i++) {
        values[i] = column(rs, columns[i], types[i]);
      }
      try {
        return constructor.newInstance(values);
      } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot make a " + type.getSimpleName() + " of a row", e);
      }
    };
  }

  /** The place of the row: its columns {@code doc, start, end, line_start, line_end}. */
  static Cited cited(ResultSet rs) throws SQLException {
    return new Cited(rs.getString("doc"), span(rs), rs.getInt("line_start"), rs.getInt("line_end"));
  }

  /** The span of the row: its columns {@code start, end}. */
  static Span span(ResultSet rs) throws SQLException {
    return new Span(rs.getInt("start"), rs.getInt("end"));
  }

  private static Object column(ResultSet rs, String column, Class<?> type) throws SQLException {
    if (type == Cited.class) {
      return cited(rs);
    } else if (type == Span.class) {
      return span(rs);
    } else if (type == int.class) {
      return rs.getInt(column);
    } else if (type == long.class) {
      return rs.getLong(column);
    } else if (type == double.class) {
      return rs.getDouble(column);
    } else if (type == boolean.class) {
      return rs.getInt(column) == 1;
    } else if (type == String.class) {
      return rs.getString(column);
    } else if (type == BigDecimal.class) {
      String s = rs.getString(column);
      return s == null ? null : new BigDecimal(s);
    }
    throw new IllegalArgumentException("no column type for " + type + " (" + column + ")");
  }

  private static String snakeCase(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }
}
