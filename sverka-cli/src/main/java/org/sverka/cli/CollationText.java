package org.sverka.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sverka.collate.Collation;
import org.sverka.collate.Column;
import org.sverka.collate.Transposition;
import org.sverka.collate.Witness;
import org.sverka.collate.Word;

/**
 * A collation as a text table for people: the witnesses with their sigla, citations and dates, then
 * one row per column (numbered from 1) with each witness's word, {@code ·} where it has none; a run
 * of columns where every witness reads the same is one row. Marks: {@code =} all equal, {@code ≈}
 * spelling variants, {@code ~} different words, {@code -} words missing in some; then the
 * transpositions.
 */
final class CollationText {
  private static final int WIDTH = 96;

  private CollationText() {}

  static String summary(Collation c) {
    return String.format(
        Locale.ROOT,
        "%d columns: %d equal, %d spelling, %d variant, %d with words missing; %d transposition%s",
        c.columns().size(),
        c.count(Column.Kind.EQUAL),
        c.count(Column.Kind.SPELLING),
        c.count(Column.Kind.VARIANT),
        c.count(Column.Kind.MISSING),
        c.transpositions().size(),
        c.transpositions().size() == 1 ? "" : "s");
  }

  static void write(PrintWriter out, Collation c) {
    int n = c.witnesses().size();
    for (int w = 0; w < n; w++) {
      Witness wit = c.witnesses().get(w);
      out.printf(
          "  %-3s %s  %s%s%n",
          Collation.siglum(w),
          wit.cite(),
          wit.date() == null ? "undated" : wit.date(),
          w == 0 ? "  (base)" : "");
    }
    out.println(summary(c));
    out.println();
    int cell = Math.max(10, Math.min(18, (WIDTH - 12) / n));
    StringBuilder head = new StringBuilder(String.format("%-10s", ""));
    for (int w = 0; w < n; w++) {
      head.append(pad(Collation.siglum(w), cell));
    }
    out.println(head.toString().stripTrailing());
    List<Column> cols = c.columns();
    for (int i = 0; i < cols.size(); i++) {
      int j = i;
      if (cols.get(i).kind() == Column.Kind.EQUAL) {
        while (j + 1 < cols.size() && cols.get(j + 1).kind() == Column.Kind.EQUAL) {
          j++;
        }
        equalRun(out, cols.subList(i, j + 1), i);
      } else {
        row(out, cols.get(i), i, cell);
      }
      i = j;
    }
    transpositions(out, c);
  }

  /** A run of columns all witnesses read alike, as one row of the base's words, wrapped. */
  private static void equalRun(PrintWriter out, List<Column> run, int first) {
    String label = run.size() == 1 ? "" + (first + 1) : (first + 1) + "-" + (first + run.size());
    StringBuilder line = new StringBuilder(String.format("%-8s= ", label));
    for (Column col : run) {
      String word = col.cell(0).text();
      if (line.length() + word.length() + 1 > WIDTH) {
        out.println(line.toString().stripTrailing());
        line = new StringBuilder(" ".repeat(10));
      }
      line.append(word).append(' ');
    }
    out.println(line.toString().stripTrailing());
  }

  private static void row(PrintWriter out, Column col, int i, int cell) {
    char mark =
        switch (col.kind()) {
          case SPELLING -> '≈';
          case VARIANT -> '~';
          default -> '-';
        };
    StringBuilder line = new StringBuilder(String.format("%-8s%c ", i + 1, mark));
    for (Word w : col.cells()) {
      line.append(pad(w == null ? "·" : w.text(), cell));
    }
    out.println(line.toString().stripTrailing());
  }

  private static String pad(String s, int width) {
    String t = s.length() >= width ? s.substring(0, width - 2) + "…" : s;
    return t + " ".repeat(width - t.length());
  }

  private static void transpositions(PrintWriter out, Collation c) {
    for (Transposition t : c.transpositions()) {
      List<String> words = new ArrayList<>();
      for (int k = t.movedFrom(); k < t.movedTo(); k++) {
        words.add(c.columns().get(k).cell(t.witness()).text());
      }
      out.printf(
          "transposition: %s reads “%s” at columns %d-%d; the others read it at %d-%d%n",
          Collation.siglum(t.witness()),
          String.join(" ", words),
          t.movedFrom() + 1,
          t.movedTo(),
          t.sourceFrom() + 1,
          t.sourceTo());
    }
  }
}
