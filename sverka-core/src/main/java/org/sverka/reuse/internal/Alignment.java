package org.sverka.reuse.internal;

import java.util.ArrayList;
import java.util.List;
import org.sverka.reuse.DocTokens;
import org.sverka.reuse.MatchKey;
import org.sverka.reuse.Vocabulary;

/**
 * Aligns stretches of two token sequences: global alignment with affine gaps between anchors
 * (Gotoh), and X-drop extension beyond the outermost anchors. Columns are produced as (i, j) pairs
 * of token indices with -1 for a gap. Scores favour a variant (same {@link MatchKey} or a small
 * edit) over a change, and a change over two gaps.
 */
public final class Alignment {
  static final int MATCH = 4;
  static final int VARIANT = 2;
  static final int MISMATCH = -2;
  static final int GAP_OPEN = -4;
  static final int GAP_EXTEND = -1;
  private static final int NEG = Integer.MIN_VALUE / 4;

  private final DocTokens a;
  private final DocTokens b;
  private final Vocabulary v;

  public Alignment(DocTokens a, DocTokens b, Vocabulary v) {
    this.a = a;
    this.b = b;
    this.v = v;
  }

  /** 2 = the same word, 1 = a spelling variant, 0 = different. */
  public int similarity(int i, int j) {
    int wa = a.word[i];
    int wb = b.word[j];
    if (wa == wb) {
      return 2;
    }
    int ka = v.keyOf(wa);
    int kb = v.keyOf(wb);
    if (ka == kb) {
      return 1;
    }
    return MatchKey.similar(v.word(wa), v.word(wb), v.key(ka), v.key(kb)) ? 1 : 0;
  }

  int score(int i, int j) {
    return switch (similarity(i, j)) {
      case 2 -> v.isStop(a.word[i]) ? MATCH / 2 : MATCH;
      case 1 -> VARIANT;
      default -> MISMATCH;
    };
  }

  /**
   * Global alignment of a[i0, i1) with b[j0, j1), appended to {@code out} as columns {i, j}. Large
   * boxes (over 90,000 cells) fall back to a diagonal pairing with the surplus as one gap.
   */
  public void global(int i0, int i1, int j0, int j1, List<int[]> out) {
    int n = i1 - i0;
    int m = j1 - j0;
    if (n == 0 || m == 0) {
      unpaired(i0, i1, j0, j1, out);
      return;
    }
    if ((long) n * m > 90_000) {
      int k = Math.min(n, m);
      for (int d = 0; d < k; d++) {
        out.add(new int[] {i0 + d, j0 + d});
      }
      unpaired(i0 + k, i1, j0 + k, j1, out);
      return;
    }
    int[][][] g = gotoh(i0, j0, n, m);
    List<int[]> rev = traceBackGlobal(i0, j0, n, m, g[0], g[1], g[2]);
    for (int k = rev.size() - 1; k >= 0; k--) {
      out.add(rev.get(k));
    }
  }

  /** Columns for a[i0, i1) alone, then b[j0, j1) alone. */
  private static void unpaired(int i0, int i1, int j0, int j1, List<int[]> out) {
    for (int i = i0; i < i1; i++) {
      out.add(new int[] {i, -1});
    }
    for (int j = j0; j < j1; j++) {
      out.add(new int[] {-1, j});
    }
  }

  /**
   * Gotoh's matrices for a[i0, i0 + n) and b[j0, j0 + m): M = ends in a pair, X = ends in a gap in
   * b (a token of a alone), Y = gap in a.
   */
  private int[][][] gotoh(int i0, int j0, int n, int m) {
    int[][] mm = new int[n + 1][m + 1];
    int[][] xx = new int[n + 1][m + 1];
    int[][] yy = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      for (int j = 0; j <= m; j++) {
        mm[i][j] = NEG;
        xx[i][j] = NEG;
        yy[i][j] = NEG;
      }
    }
    mm[0][0] = 0;
    for (int i = 1; i <= n; i++) {
      xx[i][0] = GAP_OPEN + (i - 1) * GAP_EXTEND;
    }
    for (int j = 1; j <= m; j++) {
      yy[0][j] = GAP_OPEN + (j - 1) * GAP_EXTEND;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        int s = score(i0 + i - 1, j0 + j - 1);
        mm[i][j] = max3(mm[i - 1][j - 1], xx[i - 1][j - 1], yy[i - 1][j - 1]) + s;
        xx[i][j] =
            Math.max(Math.max(mm[i - 1][j], yy[i - 1][j]) + GAP_OPEN, xx[i - 1][j] + GAP_EXTEND);
        yy[i][j] =
            Math.max(Math.max(mm[i][j - 1], xx[i][j - 1]) + GAP_OPEN, yy[i][j - 1] + GAP_EXTEND);
      }
    }
    return new int[][][] {mm, xx, yy};
  }

  /** The columns of the best global alignment, traced back from the end (so in reverse order). */
  private List<int[]> traceBackGlobal(
      int i0, int j0, int n, int m, int[][] mm, int[][] xx, int[][] yy) {
    List<int[]> rev = new ArrayList<>();
    int i = n;
    int j = m;
    int state = argmax3(mm[n][m], xx[n][m], yy[n][m]);
    while (i > 0 || j > 0) {
      if (i == 0) {
        state = 2;
      } else if (j == 0) {
        state = 1;
      }
      switch (state) {
        case 0 -> {
          int s = score(i0 + i - 1, j0 + j - 1);
          int prev = mm[i][j] - s;
          rev.add(new int[] {i0 + i - 1, j0 + j - 1});
          i--;
          j--;
          state = prev == mm[i][j] ? 0 : prev == xx[i][j] ? 1 : 2;
        }
        case 1 -> {
          rev.add(new int[] {i0 + i - 1, -1});
          int cur = xx[i][j];
          i--;
          if (i > 0 && cur == xx[i][j] + GAP_EXTEND) {
            state = 1;
          } else {
            state = cur == mm[i][j] + GAP_OPEN ? 0 : 2;
          }
        }
        default -> {
          rev.add(new int[] {-1, j0 + j - 1});
          int cur = yy[i][j];
          j--;
          if (j > 0 && cur == yy[i][j] + GAP_EXTEND) {
            state = 2;
          } else {
            state = cur == mm[i][j] + GAP_OPEN ? 0 : 1;
          }
        }
      }
    }
    return rev;
  }

  /** A banded extension's scores and trace-back steps, and the cell where it scores best. */
  private record Band(int[][] h, byte[][] tb, int bi, int bj) {}

  /**
   * Extends an alignment from just past (i0, j0) in direction {@code dir} (+1 forward, -1
   * backward), with a band of ±{@code band} around the diagonal and linear gaps, stopping when the
   * score falls {@code xdrop} below the best. Returns the columns of the best-scoring extension, in
   * the order of the text (forward order for both directions).
   */
  public List<int[]> extend(int i0, int j0, int dir, int maxLen, int band, int xdrop) {
    int n = dir > 0 ? Math.min(maxLen, a.size - i0) : Math.min(maxLen, i0 + 1);
    int m = dir > 0 ? Math.min(maxLen, b.size - j0) : Math.min(maxLen, j0 + 1);
    List<int[]> out = new ArrayList<>();
    if (n <= 0 || m <= 0) {
      return out;
    }
    Band filled = fillBand(i0, j0, dir, n, m, band, xdrop);
    // trace back from the best cell
    int i = filled.bi();
    int j = filled.bj();
    List<int[]> cols = new ArrayList<>();
    while (i > 0 || j > 0) {
      int d = j - i + band;
      byte from = filled.tb()[i][d];
      if (i > 0 && j > 0 && from == 0) {
        cols.add(new int[] {i0 + dir * (i - 1), j0 + dir * (j - 1)});
        i--;
        j--;
      } else if (j > 0 && (from == 2 || i == 0)) {
        cols.add(new int[] {-1, j0 + dir * (j - 1)});
        j--;
      } else {
        cols.add(new int[] {i0 + dir * (i - 1), -1});
        i--;
      }
    }
    // cols runs from the far end back to the start; forward extension wants start -> far end
    if (dir > 0) {
      for (int k = cols.size() - 1; k >= 0; k--) {
        out.add(cols.get(k));
      }
    } else {
      out.addAll(cols);
    }
    return out;
  }

  /** Fills the band of an extension row by row, until a whole row drops below the x-drop. */
  private Band fillBand(int i0, int j0, int dir, int n, int m, int band, int xdrop) {
    int w = 2 * band + 1;
    int[][] h = new int[n + 1][w];
    byte[][] tb = new byte[n + 1][w];
    for (int[] row : h) {
      java.util.Arrays.fill(row, NEG);
    }
    // cell (i, j) lives at h[i][j - i + band]
    h[0][band] = 0;
    for (int j = 1; j <= Math.min(band, m); j++) {
      h[0][j + band] = j * (GAP_OPEN / 2);
      tb[0][j + band] = 2;
    }
    int best = 0;
    int bi = 0;
    int bj = 0;
    for (int i = 1; i <= n; i++) {
      int rowBest = NEG;
      int lo = Math.max(0, i - band);
      int hi = Math.min(m, i + band);
      for (int j = lo; j <= hi; j++) {
        int d = j - i + band;
        int val = NEG;
        byte from = 0;
        if (j > 0) {
          int diag = h[i - 1][d]; // (i-1, j-1) has the same offset
          if (diag > NEG) {
            int ai = i0 + dir * (i - 1);
            int bj2 = j0 + dir * (j - 1);
            val = diag + score(ai, bj2);
            from = 0;
          }
          if (d - 1 >= 0 && h[i][d - 1] > NEG && h[i][d - 1] + GAP_OPEN / 2 > val) {
            val = h[i][d - 1] + GAP_OPEN / 2; // gap in a: b[j-1] alone
            from = 2;
          }
        }
        if (d + 1 < w && h[i - 1][d + 1] > NEG && h[i - 1][d + 1] + GAP_OPEN / 2 > val) {
          val = h[i - 1][d + 1] + GAP_OPEN / 2; // gap in b: a[i-1] alone
          from = 1;
        }
        if (val < best - xdrop) {
          val = NEG;
        }
        h[i][d] = val;
        tb[i][d] = from;
        if (val > rowBest) {
          rowBest = val;
        }
        if (val > best) {
          best = val;
          bi = i;
          bj = j;
        }
      }
      if (rowBest == NEG) {
        break;
      }
    }
    return new Band(h, tb, bi, bj);
  }

  private static int max3(int x, int y, int z) {
    return Math.max(x, Math.max(y, z));
  }

  private static int argmax3(int x, int y, int z) {
    return x >= y && x >= z ? 0 : y >= z ? 1 : 2;
  }
}
