package org.sverka.reuse.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The seed index's postings: entries sorted by seed hash, each entry {@code doc << 32 | content
 * index}. Held in the heap ({@link #of}) or in files mapped into memory outside it ({@link
 * #mapped}), which the operating system pages in and out as the lookups need them.
 */
public abstract class Postings {
  /** How many entries. */
  public abstract int size();

  /** The seed hash of entry {@code i}. */
  public abstract int hash(int i);

  /** Entry {@code i}: {@code doc << 32 | content index}. */
  public abstract long entry(int i);

  /** Postings in two arrays of the same length, sorted by hash. */
  public static Postings of(int[] hash, long[] entry) {
    return new Postings() {
      @Override
      public int size() {
        return hash.length;
      }

      @Override
      public int hash(int i) {
        return hash[i];
      }

      @Override
      public long entry(int i) {
        return entry[i];
      }
    };
  }

  /** Elements per mapped chunk: a mapping holds at most 2 GB. */
  private static final int CHUNK_BITS = 27;

  private static final int CHUNK_MASK = (1 << CHUNK_BITS) - 1;

  /**
   * Postings of {@code size} entries read from two files: big-endian ints (the hashes) and longs
   * (the entries). The files may be deleted once this returns: the mappings stay readable.
   */
  public static Postings mapped(Path hashFile, Path entryFile, int size) throws IOException {
    int chunks = (int) (((long) size + CHUNK_MASK) >>> CHUNK_BITS);
    IntBuffer[] hashes = new IntBuffer[chunks];
    LongBuffer[] entries = new LongBuffer[chunks];
    try (FileChannel h = FileChannel.open(hashFile, StandardOpenOption.READ);
        FileChannel e = FileChannel.open(entryFile, StandardOpenOption.READ)) {
      for (int c = 0; c < chunks; c++) {
        long from = (long) c << CHUNK_BITS;
        long n = Math.min(size - from, 1L << CHUNK_BITS);
        hashes[c] = map(h, from * Integer.BYTES, n * Integer.BYTES).asIntBuffer();
        entries[c] = map(e, from * Long.BYTES, n * Long.BYTES).asLongBuffer();
      }
    }
    return new Postings() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public int hash(int i) {
        return hashes[i >>> CHUNK_BITS].get(i & CHUNK_MASK);
      }

      @Override
      public long entry(int i) {
        return entries[i >>> CHUNK_BITS].get(i & CHUNK_MASK);
      }
    };
  }

  private static ByteBuffer map(FileChannel ch, long from, long bytes) throws IOException {
    return ch.map(FileChannel.MapMode.READ_ONLY, from, bytes);
  }
}
