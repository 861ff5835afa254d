package org.sverka.spark;

import java.io.Serializable;
import java.util.Arrays;

/** A growable array of longs: seed postings of one hash, or seed pairs of one document pair. */
final class LongBuf implements Serializable {
  private static final long serialVersionUID = 1L;

  long[] values = new long[4];
  int size;

  LongBuf() {}

  static LongBuf of(long v) {
    return new LongBuf().add(v);
  }

  LongBuf add(long v) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = v;
    return this;
  }

  LongBuf addAll(LongBuf o) {
    if (size + o.size > values.length) {
      values = Arrays.copyOf(values, Math.max(values.length * 2, size + o.size));
    }
    System.arraycopy(o.values, 0, values, size, o.size);
    size += o.size;
    return this;
  }

  long[] sorted() {
    long[] s = Arrays.copyOf(values, size);
    Arrays.sort(s);
    return s;
  }
}
