package org.sverka.collate;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the words a witness moved: a run of columns that the witness opened (no earlier witness
 * reads anything there) whose words repeat, word for word, the other witnesses' words in a run of
 * columns it lacks. The longest common run of at least {@link Collator#MIN_TRANSPOSED} words, and
 * at least half the moved run, counts; among equals the nearest.
 */
final class Transpositions {
  private Transpositions() {}

  /** A run of columns {@code [from, to)}. */
  private record Run(int from, int to) {}

  static List<Transposition> find(int witnesses, List<Column> columns, Collator.Table table) {
    List<Transposition> out = new ArrayList<>();
    for (int w = 1; w < witnesses; w++) {
      List<Run> gaps = gaps(w, columns);
      for (Run moved : opened(w, table)) {
        Transposition best = null;
        for (Run gap : gaps) {
          Transposition t = common(w, moved, gap, columns);
          if (t != null && better(t, best, moved)) {
            best = t;
          }
        }
        if (best != null && 2 * best.length() >= moved.to() - moved.from()) {
          out.add(best);
        }
      }
    }
    return out;
  }

  private static boolean better(Transposition t, Transposition best, Run moved) {
    if (best == null || t.length() != best.length()) {
      return best == null || t.length() > best.length();
    }
    return Math.abs(t.sourceFrom() - moved.from()) < Math.abs(best.sourceFrom() - moved.from());
  }

  /** The runs of columns that witness {@code w} opened. */
  private static List<Run> opened(int w, Collator.Table table) {
    List<Run> out = new ArrayList<>();
    int n = table.columns();
    for (int c = 0; c < n; c++) {
      if (table.creator(c) == w) {
        int from = c;
        while (c + 1 < n && table.creator(c + 1) == w) {
          c++;
        }
        out.add(new Run(from, c + 1));
      }
    }
    return out;
  }

  /** The runs of columns witness {@code w} has no word in. */
  private static List<Run> gaps(int w, List<Column> columns) {
    List<Run> out = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c).cell(w) == null) {
        int from = c;
        while (c + 1 < columns.size() && columns.get(c + 1).cell(w) == null) {
          c++;
        }
        out.add(new Run(from, c + 1));
      }
    }
    return out;
  }

  /** The longest run of words common to the moved run and the others' words in the gap. */
  private static Transposition common(int w, Run moved, Run gap, List<Column> columns) {
    int n = moved.to() - moved.from();
    int m = gap.to() - gap.from();
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    int best = 0;
    int endI = 0;
    int endJ = 0;
    for (int i = 1; i <= n; i++) {
      String word = columns.get(moved.from() + i - 1).cell(w).norm();
      for (int j = 1; j <= m; j++) {
        cur[j] = reads(columns.get(gap.from() + j - 1), w, word) ? prev[j - 1] + 1 : 0;
        if (cur[j] > best) {
          best = cur[j];
          endI = i;
          endJ = j;
        }
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    if (best < Collator.MIN_TRANSPOSED) {
      return null;
    }
    return new Transposition(
        w,
        moved.from() + endI - best,
        moved.from() + endI,
        gap.from() + endJ - best,
        gap.from() + endJ);
  }

  /** Does a witness other than {@code w} read {@code word} in the column? */
  private static boolean reads(Column c, int w, String word) {
    for (int x = 0; x < c.cells().size(); x++) {
      Word cell = c.cell(x);
      if (x != w && cell != null && cell.norm().equals(word)) {
        return true;
      }
    }
    return false;
  }
}
