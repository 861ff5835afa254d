package org.sverka.text;

import java.util.Arrays;

/**
 * Maps offsets in a normalised copy of a text back to offsets in the original, in the manner of
 * Lucene's {@code BaseCharFilter} offset corrections.
 *
 * <p>The copy is built left to right by a {@link Builder} from two kinds of step: {@code copy}
 * (original characters kept one for one) and {@code replace} (an original range becomes another
 * string, possibly empty). Only replacements are recorded, so a text that needs no normalisation
 * costs a handful of ints. A start offset maps to where its character came from; an end offset maps
 * to just past it. For a deletion at a boundary, a start maps past the deleted range and an end
 * maps before it, so that a token never claims characters that were deleted beside it.
 */
public final class OffsetMap {
  // Non-empty segments in normalised order, contiguous in the copy. A segment is a copy (normLen
  // == origLen, chars map 1:1) or a replacement (an original range became normLen > 0 chars,
  // which map to the whole range).
  // Deleted original ranges are the gaps between consecutive segments' original ranges.
  private final int[] normStart;
  private final int[] origStart;
  private final int[] normLen;
  private final int[] origLen;
  private final boolean[] copied;
  private final int size;
  private final int normLength;

  private OffsetMap(
      int[] ns, int[] os, int[] nl, int[] ol, boolean[] copied, int size, int normLength) {
    this.normStart = ns;
    this.origStart = os;
    this.normLen = nl;
    this.origLen = ol;
    this.copied = copied;
    this.size = size;
    this.normLength = normLength;
  }

  public int normalizedLength() {
    return normLength;
  }

  /** Original offset of the character at normalised offset {@code offset}. */
  public int toOriginalStart(int offset) {
    check(offset);
    if (size == 0) {
      return offset;
    }
    if (offset == normLength) {
      return origStart[size - 1] + origLen[size - 1];
    }
    int i = covering(offset);
    int d = offset - normStart[i];
    // inside a replacement, a start belongs to the whole replaced range
    return copied[i] ? origStart[i] + d : origStart[i];
  }

  /** Original offset just past the character that ends before normalised offset {@code offset}. */
  public int toOriginalEnd(int offset) {
    check(offset);
    if (size == 0) {
      return offset;
    }
    if (offset == 0) {
      return origStart[0];
    }
    int i = covering(offset - 1);
    int d = offset - normStart[i];
    return copied[i] ? origStart[i] + d : origStart[i] + origLen[i];
  }

  /** Maps a span of the normalised copy to the original. */
  public Span toOriginal(int normStartOffset, int normEndOffset) {
    int s = toOriginalStart(normStartOffset);
    int e = normEndOffset == normStartOffset ? s : toOriginalEnd(normEndOffset);
    return new Span(s, Math.max(s, e));
  }

  /** The segment that holds the normalised character at {@code p}: segments are never empty. */
  private int covering(int p) {
    int lo = 0;
    int hi = size - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (normStart[mid] <= p) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  private void check(int offset) {
    if (offset < 0 || offset > normLength) {
      throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + normLength);
    }
  }

  /** Builds a normalised copy and its map in one left-to-right pass. */
  public static final class Builder {
    private final StringBuilder out = new StringBuilder();
    private int[] ns = new int[8];
    private int[] os = new int[8];
    private int[] nl = new int[8];
    private int[] ol = new int[8];
    private boolean[] cp = new boolean[8];
    private int size;
    private int origPos = -1;

    /** Appends original characters {@code [from, to)} of {@code source} unchanged. */
    public Builder copy(CharSequence source, int from, int to) {
      if (to <= from) {
        return this;
      }
      advanceTo(from);
      if (size > 0 && cp[size - 1] && os[size - 1] + ol[size - 1] == from) {
        nl[size - 1] += to - from;
        ol[size - 1] += to - from;
      } else {
        add(out.length(), from, to - from, to - from, true);
      }
      out.append(source, from, to);
      origPos = to;
      return this;
    }

    /** Appends {@code replacement} in place of original characters {@code [from, to)}. */
    public Builder replace(int from, int to, CharSequence replacement) {
      if (to < from) {
        throw new IllegalArgumentException("replace needs from <= to, got " + from + ", " + to);
      }
      advanceTo(from);
      if (replacement.length() == 0) {
        origPos = to; // a deletion: the gap in original offsets records it
        return this;
      }
      add(out.length(), from, replacement.length(), to - from, false);
      out.append(replacement);
      origPos = to;
      return this;
    }

    private void advanceTo(int from) {
      if (origPos >= 0 && from < origPos) {
        throw new IllegalArgumentException(
            "OffsetMap.Builder goes left to right: " + from + " is before " + origPos);
      }
    }

    private void add(int nStart, int oStart, int nLen, int oLen, boolean copy) {
      if (size == ns.length) {
        int n = size * 2;
        ns = Arrays.copyOf(ns, n);
        os = Arrays.copyOf(os, n);
        nl = Arrays.copyOf(nl, n);
        ol = Arrays.copyOf(ol, n);
        cp = Arrays.copyOf(cp, n);
      }
      ns[size] = nStart;
      os[size] = oStart;
      nl[size] = nLen;
      ol[size] = oLen;
      cp[size] = copy;
      size++;
    }

    public int length() {
      return out.length();
    }

    public char lastChar() {
      return charBefore(0);
    }

    /** The character {@code back} places before the last one of the copy so far (0 if none). */
    public char charBefore(int back) {
      int i = out.length() - 1 - back;
      return i < 0 ? 0 : out.charAt(i);
    }

    public NormalizedText build() {
      return new NormalizedText(
          out.toString(),
          new OffsetMap(
              Arrays.copyOf(ns, size),
              Arrays.copyOf(os, size),
              Arrays.copyOf(nl, size),
              Arrays.copyOf(ol, size),
              Arrays.copyOf(cp, size),
              size,
              out.length()));
    }
  }
}
