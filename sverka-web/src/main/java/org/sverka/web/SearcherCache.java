package org.sverka.web;

import java.io.IOException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.sverka.search.Searcher;
import org.sverka.store.CaseFile;

/**
 * One {@link Searcher} shared by all requests (it is thread-safe), opened on first use and opened
 * anew when {@code sverka analyze} has written a new index: whether the index changed is looked at
 * at most every {@link #CHECK_NANOS}. A replaced searcher is closed when its last request is done.
 */
final class SearcherCache implements AutoCloseable {
  static final long CHECK_NANOS = 1_000_000_000L;

  /** What a request does with the searcher. */
  @FunctionalInterface
  interface Work<T> {
    T apply(Searcher s) throws IOException, SQLException;
  }

  /** A searcher and how many hold it (the cache counts as one while it is current). */
  private static final class Entry {
    final Searcher searcher;
    final AtomicInteger refs = new AtomicInteger(1);

    Entry(Searcher searcher) {
      this.searcher = searcher;
    }

    void release() throws IOException {
      if (refs.decrementAndGet() == 0) {
        searcher.close();
      }
    }
  }

  private Entry current;
  private long checkedAt;
  private boolean closed;

  <T> T with(CaseFile cf, Work<T> work) throws IOException, SQLException {
    Entry e = acquire(cf);
    try {
      return work.apply(e.searcher);
    } finally {
      e.release();
    }
  }

  private synchronized Entry acquire(CaseFile cf) throws IOException, SQLException {
    if (closed) {
      throw new IOException("the server is stopping");
    }
    long now = System.nanoTime();
    if (current != null && now - checkedAt >= CHECK_NANOS) {
      checkedAt = now;
      if (!current.searcher.current()) {
        Entry old = current;
        current = null;
        old.release();
      }
    }
    if (current == null) {
      try {
        current = new Entry(Searcher.open(cf));
      } catch (IOException e) {
        // no index yet: the message says which command builds it
        throw new Guard.Refused(404, e.getMessage());
      }
      checkedAt = now;
    }
    current.refs.incrementAndGet();
    return current;
  }

  @Override
  public synchronized void close() throws IOException {
    closed = true;
    if (current != null) {
      current.release();
      current = null;
    }
  }
}
