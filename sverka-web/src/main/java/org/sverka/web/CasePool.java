package org.sverka.web;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.sverka.store.CaseFile;

/**
 * Connections to the case for the request threads: a {@link CaseFile} is used by one thread at a
 * time, so each request borrows one and gives it back. At most {@code size} are open; a request
 * that finds none free waits for one.
 */
final class CasePool implements AutoCloseable {
  /** What a request does with its case. */
  @FunctionalInterface
  interface Work<T> {
    T apply(CaseFile cf) throws IOException, SQLException;
  }

  private final Path dir;
  private final BlockingQueue<CaseFile> idle;
  private final java.util.List<CaseFile> all = new java.util.ArrayList<>();
  private int open;
  private final int size;

  CasePool(Path dir, int size) throws IOException {
    this.dir = dir;
    this.size = size;
    this.idle = new ArrayBlockingQueue<>(size);
    CaseFile first = CaseFile.openExisting(dir); // fails clearly when there is no case
    synchronized (this) {
      all.add(first);
      open = 1;
    }
    idle.add(first);
  }

  <T> T with(Work<T> work) throws IOException, SQLException {
    CaseFile cf = borrow();
    try {
      return work.apply(cf);
    } finally {
      idle.add(cf);
    }
  }

  private CaseFile borrow() throws IOException {
    CaseFile cf = idle.poll();
    if (cf != null) {
      return cf;
    }
    synchronized (this) {
      if (open < size) {
        CaseFile created = CaseFile.openExisting(dir);
        all.add(created);
        open++;
        return created;
      }
    }
    try {
      return idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the case", e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    for (CaseFile cf : all) {
      cf.close();
    }
    all.clear();
  }
}
