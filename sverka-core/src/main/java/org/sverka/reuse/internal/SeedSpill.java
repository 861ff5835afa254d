package org.sverka.reuse.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The seed index built as an external sort does when it would not fit in its memory budget: seeds
 * are added in corpus order (by document, then content index) into a buffer of {@code capacity}
 * entries; a full buffer is sorted by hash and written to a temporary file as a sorted run; at the
 * end the runs are merged (at most {@value #FAN_IN} at a time) into the postings files, which are
 * mapped into memory outside the heap and deleted. Ties in hash keep corpus order (within a run by
 * position, between runs by run number, and runs are written in corpus order), so the postings are
 * entry for entry those of the in-heap sort.
 */
public final class SeedSpill {
  /** Runs merged at once: each holds a file open and a read buffer. */
  static final int FAN_IN = 64;

  private static final int BUFFER = 1 << 16;

  /** What {@link #finish} gives: the postings and how many hashes occur how often (≥ 2). */
  public record Merged(Postings postings, SortedMap<Integer, Long> repeats, int runs) {}

  private final Path dir;
  private final long[] keys;
  private final long[] entries;
  private int n;
  private final List<Path> runs = new ArrayList<>();
  private int runsWritten;

  /** A spill into temporary files under {@code dir}, {@code capacity} entries in memory. */
  public SeedSpill(Path dir, int capacity) {
    this.dir = dir;
    this.keys = new long[capacity];
    this.entries = new long[capacity];
  }

  /** Adds one seed; seeds must come in corpus order. */
  public void add(int hash, long entry) {
    if (n == keys.length) {
      flush();
    }
    keys[n] = ((long) hash << 32) | n;
    entries[n] = entry;
    n++;
  }

  private void flush() {
    Arrays.sort(keys, 0, n);
    try {
      Path run = Files.createTempFile(dir, "sverka-seeds-", ".run");
      runs.add(run);
      runsWritten++;
      try (DataOutputStream out = output(run)) {
        for (int i = 0; i < n; i++) {
          out.writeInt((int) (keys[i] >> 32));
          out.writeLong(entries[(int) keys[i]]);
        }
      }
    } catch (IOException ex) {
      deleteAll(runs);
      throw new UncheckedIOException("cannot write the seed index's runs under " + dir, ex);
    }
    n = 0;
  }

  /** Writes the last run, merges all runs into mapped postings and deletes every file. */
  public Merged finish() {
    if (n > 0 || runs.isEmpty()) {
      flush();
    }
    Path hashFile = null;
    Path entryFile = null;
    try {
      while (runs.size() > FAN_IN) {
        List<Path> next = new ArrayList<>();
        for (int i = 0; i < runs.size(); i += FAN_IN) {
          List<Path> group = new ArrayList<>(runs.subList(i, Math.min(runs.size(), i + FAN_IN)));
          Path merged = Files.createTempFile(dir, "sverka-seeds-", ".run");
          next.add(merged);
          try (DataOutputStream out = output(merged)) {
            merge(group, (h, e) -> writeRecord(out, h, e));
          }
          deleteAll(group);
        }
        runs.clear();
        runs.addAll(next);
      }
      hashFile = Files.createTempFile(dir, "sverka-seeds-", ".hash");
      entryFile = Files.createTempFile(dir, "sverka-seeds-", ".entry");
      SortedMap<Integer, Long> repeats = new TreeMap<>();
      int size;
      try (DataOutputStream h = output(hashFile);
          DataOutputStream e = output(entryFile)) {
        Counter c = new Counter(repeats);
        size =
            merge(
                runs,
                (hash, entry) -> {
                  h.writeInt(hash);
                  e.writeLong(entry);
                  c.see(hash);
                });
        c.end();
      }
      Postings postings = Postings.mapped(hashFile, entryFile, size);
      return new Merged(postings, repeats, runsWritten);
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot merge the seed index's runs under " + dir, ex);
    } finally {
      deleteAll(runs);
      List<Path> out = new ArrayList<>();
      if (hashFile != null) {
        out.add(hashFile);
      }
      if (entryFile != null) {
        out.add(entryFile);
      }
      deleteAll(out);
    }
  }

  /** Counts, hash by hash in sorted order, how many hashes occur how often. */
  private static final class Counter {
    private final SortedMap<Integer, Long> repeats;
    private boolean any;
    private int last;
    private long count;

    Counter(SortedMap<Integer, Long> repeats) {
      this.repeats = repeats;
    }

    void see(int hash) {
      if (any && hash == last) {
        count++;
        return;
      }
      end();
      any = true;
      last = hash;
      count = 1;
    }

    void end() {
      if (any && count >= 2) {
        repeats.merge((int) count, 1L, Long::sum);
      }
      count = 0;
    }
  }

  private interface Sink {
    void accept(int hash, long entry) throws IOException;
  }

  /** One run being read: its number (for ties) and its current record. */
  private static final class Reader {
    final int run;
    final DataInputStream in;
    int hash;
    long entry;

    Reader(int run, DataInputStream in) {
      this.run = run;
      this.in = in;
    }

    boolean next() throws IOException {
      try {
        hash = in.readInt();
      } catch (EOFException end) {
        return false;
      }
      entry = in.readLong();
      return true;
    }
  }

  /** Merges sorted runs (in corpus order) into the sink; returns how many records. */
  private static int merge(List<Path> runs, Sink sink) throws IOException {
    PriorityQueue<Reader> queue =
        new PriorityQueue<>(
            (x, y) -> x.hash != y.hash ? Integer.compare(x.hash, y.hash) : x.run - y.run);
    List<Reader> open = new ArrayList<>();
    int n = 0;
    try {
      for (int r = 0; r < runs.size(); r++) {
        Reader reader =
            new Reader(
                r,
                new DataInputStream(
                    new BufferedInputStream(Files.newInputStream(runs.get(r)), BUFFER)));
        open.add(reader);
        if (reader.next()) {
          queue.add(reader);
        }
      }
      while (!queue.isEmpty()) {
        Reader top = queue.poll();
        sink.accept(top.hash, top.entry);
        n++;
        if (top.next()) {
          queue.add(top);
        }
      }
    } finally {
      for (Reader r : open) {
        r.in.close();
      }
    }
    return n;
  }

  private static void writeRecord(DataOutputStream out, int hash, long entry) throws IOException {
    out.writeInt(hash);
    out.writeLong(entry);
  }

  private static DataOutputStream output(Path p) throws IOException {
    return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(p), BUFFER));
  }

  private static void deleteAll(List<Path> files) {
    for (Path p : files) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        p.toFile().deleteOnExit();
      }
    }
  }
}
