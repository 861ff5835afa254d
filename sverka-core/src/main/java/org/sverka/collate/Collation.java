package org.sverka.collate;

import java.util.List;

/**
 * An alignment table: the witnesses ordered by date (the first is the base text), the columns in
 * the order of the text, and the transpositions found.
 */
public record Collation(
    List<Witness> witnesses, List<Column> columns, List<Transposition> transpositions) {
  public Collation {
    witnesses = List.copyOf(witnesses);
    columns = List.copyOf(columns);
    transpositions = List.copyOf(transpositions);
  }

  /** The base text: the earliest witness. */
  public Witness base() {
    return witnesses.get(0);
  }

  /** The siglum of the witness at position {@code i}: A, B, ..., Z, AA, AB, ... */
  public static String siglum(int i) {
    StringBuilder b = new StringBuilder();
    int n = i;
    do {
      b.insert(0, (char) ('A' + n % 26));
      n = n / 26 - 1;
    } while (n >= 0);
    return b.toString();
  }

  /** How many columns are of kind {@code kind}. */
  public long count(Column.Kind kind) {
    return columns.stream().filter(c -> c.kind() == kind).count();
  }
}
