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
    int n = x.word().length;
    int m = y.word().length;
    int[] h = new int[m + 1]; // H of the previous row, then of this row
    int[] e = new int[m + 1]; // E: ends with a token of x alone (vertical)
    long[] hs = new long[m + 1]; // start of H's path, (i << 32) | j
    long[] es = new long[m + 1];
    int[] hq = new int[m + 1]; // equal words on H's path
    int[] eq = new int[m + 1];
    Map<Long, Hit> hits = new HashMap<>();
    int[] yw = y.word();
    int[] yk = y.key();
    for (int i = 1; i <= n; i++) {
      int xw = x.word()[i - 1];
      int xk = x.key()[i - 1];
      int matchScore = x.stop()[i - 1] ? MATCH_STOP : MATCH;
      int diagH = 0; // H[i-1][j-1]
      long diagS = 0;
      int diagQ = 0;
      int f = Integer.MIN_VALUE / 2; // F: ends with a token of y alone (horizontal)
      long fs = 0;
      int fq = 0;
      int hLeft = 0; // H[i][j-1]
      long hLeftS = 0;
      int hLeftQ = 0;
      int jFrom = self ? i + 1 : 1;
      for (int j = 1; j <= m; j++) {
        int upH = h[j];
        long upS = hs[j];
        int upQ = hq[j];
        if (j < jFrom) {
          diagH = upH;
          diagS = upS;
          diagQ = upQ;
          h[j] = 0;
          e[j] = Integer.MIN_VALUE / 2;
          hLeft = 0;
          continue;
        }
        // E from above
        int eOpen = upH + GAP_OPEN;
        int eExt = e[j] + GAP_EXTEND;
        int ev;
        long evS;
        int evQ;
        if (eOpen >= eExt) {
          ev = eOpen;
          evS = upS;
          evQ = upQ;
        } else {
          ev = eExt;
          evS = es[j];
          evQ = eq[j];
        }
        // F from the left
        int fOpen = hLeft + GAP_OPEN;
        int fExt = f + GAP_EXTEND;
        if (fOpen >= fExt) {
          f = fOpen;
          fs = hLeftS;
          fq = hLeftQ;
        } else {
          f = fExt;
        }
        // diagonal
        int yj = yw[j - 1];
        int s;
        boolean equal = false;
        if (xw == yj) {
          s = matchScore;
          equal = true;
        } else if (xk == yk[j - 1]) {
          s = VARIANT;
        } else {
          s = MISMATCH;
        }
        int dv = diagH + s;
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
    }
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
