package org.sverka.collate.internal;

import java.util.Arrays;

/**
 * Global alignment of one witness's words against the columns of the table built so far (a
 * profile): Gotoh's three matrices with affine gaps, where a word matches a column that holds the
 * same word in any witness, is a variant of a column that holds the same spelling key, and is
 * changed otherwise. A gap on the witness's side is a column it lacks; a gap on the table's side is
 * a word no column holds yet (it will open a new column).
 *
 * <p>A row's scores are set from the columns holding its word (so a cell costs no look-up); scores
 * are the reuse aligner's: a match 4, a spelling variant 2, a change -2, a gap opens at -4 and
 * grows by -1 a word, so that a dropped sentence is one gap and a change beats two gaps. Scores are
 * kept in two rows per matrix and the trace-back in one byte per cell, so a 2,000-word witness
 * against 2,000 columns needs 4 MB.
 */
public final class ProfileAligner {
  static final int MATCH = 4;
  static final int VARIANT = 2;
  static final int MISMATCH = -2;
  static final int GAP_OPEN = -4;
  static final int GAP_EXTEND = -1;
  private static final int NEG = Integer.MIN_VALUE / 4;

  /** A step of the alignment: the word is placed in the column, or alone, or the column skipped. */
  public static final int PAIR = 0;

  public static final int WORD_ALONE = 1;
  public static final int COLUMN_SKIPPED = 2;

  /**
   * What the aligner needs to know of the table: which columns hold a word, and which a spelling of
   * it (the same key); every other column scores the word as a change.
   */
  public interface Profile {
    int columns();

    /** The columns that hold {@code word}, ascending. */
    int[] holding(int word);

    /** The columns that hold a word with {@code word}'s spelling key, ascending. */
    int[] spelling(int word);
  }

  private byte[] trace = new byte[0];

  /**
   * The alignment of {@code words} (the witness's word ids, in order) against the profile, as steps
   * in text order: {@link #PAIR}, {@link #WORD_ALONE}, {@link #COLUMN_SKIPPED}.
   */
  public byte[] align(int[] words, Profile profile) {
    int n = words.length;
    int m = profile.columns();
    int width = m + 1;
    if (trace.length < (n + 1) * width) {
      trace = new byte[(n + 1) * width];
    }
    int last = fill(words, profile, n, m);
    return traceBack(n, m, width, last);
  }

  /**
   * Fills the matrices row by row (row i = first i words, column j = first j columns). The trace
   * byte of a cell: bits 0-1 the state M came from, bit 2 set if X (word alone) extends X, bit 3
   * set if Y (column skipped) extends Y, bits 4-5 the state X opened from, bits 6-7 Y's. Returns
   * the best state at the end.
   */
  private int fill(int[] words, Profile profile, int n, int m) {
    int width = m + 1;
    int[] mPrev = new int[width];
    int[] xPrev = new int[width];
    int[] yPrev = new int[width];
    int[] mCur = new int[width];
    int[] xCur = new int[width];
    int[] yCur = new int[width];
    Arrays.fill(mPrev, NEG);
    Arrays.fill(xPrev, NEG);
    mPrev[0] = 0;
    yPrev[0] = NEG;
    for (int j = 1; j <= m; j++) {
      yPrev[j] = GAP_OPEN + (j - 1) * GAP_EXTEND;
      trace[j] = (byte) ((j > 1 ? 8 : 0));
    }
    int[] score = new int[m];
    Arrays.fill(score, MISMATCH);
    for (int i = 1; i <= n; i++) {
      int row = i * width;
      int w = words[i - 1];
      mark(score, profile.spelling(w), VARIANT);
      mark(score, profile.holding(w), MATCH);
      mCur[0] = NEG;
      yCur[0] = NEG;
      xCur[0] = GAP_OPEN + (i - 1) * GAP_EXTEND;
      trace[row] = (byte) (i > 1 ? 4 : 0);
      for (int j = 1; j <= m; j++) {
        int t = 0;
        int s = score[j - 1];
        int pm = mPrev[j - 1];
        int px = xPrev[j - 1];
        int py = yPrev[j - 1];
        int from = pm >= px && pm >= py ? 0 : px >= py ? 1 : 2;
        mCur[j] = (from == 0 ? pm : from == 1 ? px : py) + s;
        t |= from;
        // X: word i alone, from (i-1, j)
        int xOpenM = mPrev[j];
        int xOpenY = yPrev[j];
        int xOpen = Math.max(xOpenM, xOpenY) + GAP_OPEN;
        int xExt = xPrev[j] + GAP_EXTEND;
        if (xExt >= xOpen) {
          xCur[j] = xExt;
          t |= 4;
        } else {
          xCur[j] = xOpen;
          t |= (xOpenM >= xOpenY ? 0 : 2) << 4;
        }
        // Y: column j skipped, from (i, j-1)
        int yOpenM = mCur[j - 1];
        int yOpenX = xCur[j - 1];
        int yOpen = Math.max(yOpenM, yOpenX) + GAP_OPEN;
        int yExt = yCur[j - 1] + GAP_EXTEND;
        if (yExt >= yOpen) {
          yCur[j] = yExt;
          t |= 8;
        } else {
          yCur[j] = yOpen;
          t |= (yOpenM >= yOpenX ? 0 : 1) << 6;
        }
        trace[row + j] = (byte) t;
      }
      mark(score, profile.spelling(w), MISMATCH);
      int[] swap = mPrev;
      mPrev = mCur;
      mCur = swap;
      swap = xPrev;
      xPrev = xCur;
      xCur = swap;
      swap = yPrev;
      yPrev = yCur;
      yCur = swap;
    }
    int bm = mPrev[m];
    int bx = xPrev[m];
    int by = yPrev[m];
    return bm >= bx && bm >= by ? 0 : bx >= by ? 1 : 2;
  }

  /** Sets the scores of {@code columns} in a row to {@code value}. */
  private static void mark(int[] score, int[] columns, int value) {
    for (int c : columns) {
      score[c] = value;
    }
  }

  private byte[] traceBack(int n, int m, int width, int state) {
    byte[] rev = new byte[n + m];
    int k = 0;
    int i = n;
    int j = m;
    while (i > 0 || j > 0) {
      if (i == 0) {
        state = 2;
      } else if (j == 0) {
        state = 1;
      }
      int t = trace[i * width + j] & 0xff;
      switch (state) {
        case 0 -> {
          rev[k++] = PAIR;
          state = t & 3;
          i--;
          j--;
        }
        case 1 -> {
          rev[k++] = WORD_ALONE;
          state = (t & 4) != 0 ? 1 : (t >> 4) & 3;
          i--;
        }
        default -> {
          rev[k++] = COLUMN_SKIPPED;
          state = (t & 8) != 0 ? 2 : (t >> 6) & 3;
          j--;
        }
      }
    }
    byte[] out = new byte[k];
    for (int x = 0; x < k; x++) {
      out[x] = rev[k - 1 - x];
    }
    return out;
  }
}
