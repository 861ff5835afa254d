package org.sverka.bench.reuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sverka.reuse.DocTokens;
import org.sverka.reuse.Vocabulary;

/**
 * The naive reference for benchmark (c): every pair of documents (and every document with itself,
 * above the main diagonal) aligned in full, O(n x m) cells per pair, with no index and no seeds.
 *
 * <p>Smith-Waterman local alignment with affine gaps (Gotoh) on tokens, scored as the detector's
 * aligner scores: the same word +4 (+2 for a function word), the same match key (a spelling or
 * transliteration variant) +2, a different word -2, a gap -4 to open and -1 per further token.
 * Every cell carries the start of its best path, so one pass over the matrix yields all local
 * alignments: for each start, the cell where its path scores best. An alignment is kept if it
 * scores at least {@value #MIN_SCORE} with at least {@value #MIN_EQUAL} equal words (the detector's
 * {@code minWords}); overlapping alignments of one pair are resolved greedily, best score first.
 * Spelling variants found by edit distance (the detector's OCR tolerance) are not scored: that
 * would only make this baseline slower.
 */
public final class NaiveAllPairs {
  static final int MATCH = 4;
  static final int MATCH_STOP = 2;
  static final int VARIANT = 2;
  static final int MISMATCH = -2;
  static final int GAP_OPEN = -4;
  static final int GAP_EXTEND = -1;
  static final int MIN_SCORE = 60;
  static final int MIN_EQUAL = 12;

  private final int threads;

  public NaiveAllPairs(int threads) {
    this.threads = threads;
  }

  /** How many cells the last {@link #detect} filled. */
  private long cells;

  public long cells() {
    return cells;
  }

  private record Seq(String id, int[] word, int[] key, boolean[] stop, int[] start, int[] end) {}

  public List<PanMeasures.Pair> detect(List<DocTokens> docs, Vocabulary v) throws Exception {
    List<Seq> seqs = new ArrayList<>();
    for (DocTokens d : docs) {
      int n = d.size();
      int[] w = new int[n];
      int[] k = new int[n];
      boolean[] s = new boolean[n];
      int[] st = new int[n];
      int[] en = new int[n];
      for (int i = 0; i < n; i++) {
        w[i] = d.word(i);
        k[i] = v.keyOf(w[i]);
        s[i] = v.isStop(w[i]);
        st[i] = d.start(i);
        en[i] = d.end(i);
      }
      seqs.add(new Seq(d.doc, w, k, s, st, en));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<List<PanMeasures.Pair>>> futures = new ArrayList<>();
    cells = 0;
    for (int a = 0; a < seqs.size(); a++) {
      for (int b = a; b < seqs.size(); b++) {
        Seq x = seqs.get(a);
        Seq y = seqs.get(b);
        cells += (long) x.word().length * y.word().length / (a == b ? 2 : 1);
        futures.add(pool.submit(() -> pair(x, y, x == y)));
      }
    }
    List<PanMeasures.Pair> out = new ArrayList<>();
    try {
      for (Future<List<PanMeasures.Pair>> f : futures) {
        out.addAll(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    return out;
  }

  /** A local alignment: score, equal words, start and end cells (inclusive). */
  private static final class Hit {
    int score;
    int equal;
    int i0;
    int j0;
    int i1;
    int j1;
  }

  static List<PanMeasures.Pair> pair(Seq x, Seq y, boolean self) {
    return nonOverlapping(new Matrix(x, y, self).fill(), x, y);
  }

  /**
   * The Smith-Waterman matrix of one pair, filled row by row in two rows of cells, each cell with
   * the start and the equal words of its best path; collects, for each start, its best end.
   */
  private static final class Matrix {
    private final Seq x;
    private final Seq y;
    private final boolean self;
    private final int[] yw;
    private final int[] yk;
    private final int[] h; // H of the previous row, then of this row
    private final int[] e; // E: ends with a token of x alone (vertical)
    private final long[] hs; // start of H's path, (i << 32) | j
    private final long[] es;
    private final int[] hq; // equal words on H's path
    private final int[] eq;
    private final Map<Long, Hit> hits = new HashMap<>();

    // the row's token of x
    private int xw;
    private int xk;
    private int matchScore;
    // H[i-1][j-1]
    private int diagH;
    private long diagS;
    private int diagQ;
    // F: ends with a token of y alone (horizontal)
    private int f;
    private long fs;
    private int fq;
    // H[i][j-1]
    private int hLeft;
    private long hLeftS;
    private int hLeftQ;
    // E of this cell
    private int ev;
    private long evS;
    private int evQ;

    Matrix(Seq x, Seq y, boolean self) {
      this.x = x;
      this.y = y;
      this.self = self;
      int m = y.word().length;
      yw = y.word();
      yk = y.key();
      h = new int[m + 1];
      e = new int[m + 1];
      hs = new long[m + 1];
      es = new long[m + 1];
      hq = new int[m + 1];
      eq = new int[m + 1];
    }

    /** Fills every cell; the best end of each local alignment, by its start cell. */
    Map<Long, Hit> fill() {
      int n = x.word().length;
      int m = y.word().length;
      for (int i = 1; i <= n; i++) {
        startRow(i);
        int jFrom = self ? i + 1 : 1;
        for (int j = 1; j <= m; j++) {
          if (j < jFrom) {
            belowDiagonal(j);
          } else {
            cell(i, j);
          }
        }
      }
      return hits;
    }

    private void startRow(int i) {
      xw = x.word()[i - 1];
      xk = x.key()[i - 1];
      matchScore = x.stop()[i - 1] ? MATCH_STOP : MATCH;
      diagH = 0;
      diagS = 0;
      diagQ = 0;
      f = Integer.MIN_VALUE / 2;
      fs = 0;
      fq = 0;
      hLeft = 0;
      hLeftS = 0;
      hLeftQ = 0;
    }

    /** A cell a document's alignment with itself does not fill (at or below the diagonal). */
    private void belowDiagonal(int j) {
      diagH = h[j];
      diagS = hs[j];
      diagQ = hq[j];
      h[j] = 0;
      e[j] = Integer.MIN_VALUE / 2;
      hLeft = 0;
    }

    private void cell(int i, int j) {
      int upH = h[j];
      long upS = hs[j];
      int upQ = hq[j];
      fromAbove(j, upH, upS, upQ);
      fromLeft();
      // diagonal
      boolean equal = xw == yw[j - 1];
      int dv = diagH + substitution(equal, j);
      long dS = diagH == 0 ? ((long) i << 32) | j : diagS;
      int dQ = (diagH == 0 ? 0 : diagQ) + (equal ? 1 : 0);
      int best = 0;
      long bestS = 0;
      int bestQ = 0;
      if (dv > best) {
        best = dv;
        bestS = dS;
        bestQ = dQ;
      }
      if (ev > best) {
        best = ev;
        bestS = evS;
        bestQ = evQ;
      }
      if (f > best) {
        best = f;
        bestS = fs;
        bestQ = fq;
      }
      diagH = upH;
      diagS = upS;
      diagQ = upQ;
      h[j] = best;
      hs[j] = bestS;
      hq[j] = bestQ;
      e[j] = ev;
      es[j] = evS;
      eq[j] = evQ;
      hLeft = best;
      hLeftS = bestS;
      hLeftQ = bestQ;
      if (best >= MIN_SCORE) {
        record(i, j, best, bestS, bestQ);
      }
    }

    /** E from above: a gap opened after H[i-1][j] or E[i-1][j] extended. */
    private void fromAbove(int j, int upH, long upS, int upQ) {
      int eOpen = upH + GAP_OPEN;
      int eExt = e[j] + GAP_EXTEND;
      if (eOpen >= eExt) {
        ev = eOpen;
        evS = upS;
        evQ = upQ;
      } else {
        ev = eExt;
        evS = es[j];
        evQ = eq[j];
      }
    }

    /** F from the left: a gap opened after H[i][j-1] or F extended. */
    private void fromLeft() {
      int fOpen = hLeft + GAP_OPEN;
      int fExt = f + GAP_EXTEND;
      if (fOpen >= fExt) {
        f = fOpen;
        fs = hLeftS;
        fq = hLeftQ;
      } else {
        f = fExt;
      }
    }

    private int substitution(boolean equal, int j) {
      if (equal) {
        return matchScore;
      }
      return xk == yk[j - 1] ? VARIANT : MISMATCH;
    }

    private void record(int i, int j, int best, long bestS, int bestQ) {
      Hit hit = hits.get(bestS);
      if (hit == null) {
        hit = new Hit();
        hit.i0 = (int) (bestS >>> 32);
        hit.j0 = (int) bestS;
        hits.put(bestS, hit);
      }
      if (best > hit.score) {
        hit.score = best;
        hit.equal = bestQ;
        hit.i1 = i;
        hit.j1 = j;
      }
    }
  }

  /**
   * The alignments with enough equal words, best score first, each dropped where it overlaps one
   * kept before it; as passages of the two documents.
   */
  private static List<PanMeasures.Pair> nonOverlapping(Map<Long, Hit> hits, Seq x, Seq y) {
    List<Hit> sorted = new ArrayList<>(hits.values());
    sorted.sort((p, q) -> Integer.compare(q.score, p.score));
    List<Hit> kept = new ArrayList<>();
    List<PanMeasures.Pair> out = new ArrayList<>();
    for (Hit hit : sorted) {
      if (hit.equal < MIN_EQUAL) {
        continue;
      }
      boolean overlaps = false;
      for (Hit k : kept) {
        if (hit.i0 <= k.i1 && k.i0 <= hit.i1 || hit.j0 <= k.j1 && k.j0 <= hit.j1) {
          overlaps = true;
          break;
        }
      }
      if (overlaps) {
        continue;
      }
      kept.add(hit);
      // cells are 1-based: token i-1 of x, j-1 of y
      out.add(
          new PanMeasures.Pair(
              x.id(),
              x.start()[hit.i0 - 1],
              x.end()[hit.i1 - 1],
              y.id(),
              y.start()[hit.j0 - 1],
              y.end()[hit.j1 - 1]));
    }
    return out;
  }
}
