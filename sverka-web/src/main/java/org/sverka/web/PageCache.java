package org.sverka.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.sverka.store.CaseFile;

/**
 * Rendered pages, kept for one state of the case so that a page is rendered once, not on every
 * visit (the Stalin volume's page is 4 MB of HTML and takes about a second to render). The state is
 * read on every request from the case file itself: the size and modification time of {@code
 * sverka.db} and of its write-ahead log (every committed write changes one of them), plus whatever
 * else a page depends on ({@code extra}, e.g. the claims file's hash). Any change starts a new,
 * empty generation. Holds at most {@link #MAX_CHARS} characters; beyond that, pages are rendered
 * per request.
 */
final class PageCache {
  static final long MAX_CHARS = 64L * 1024 * 1024;

  /** How a page is rendered on a miss: null when there is no such page. */
  @FunctionalInterface
  interface Render {
    String page() throws IOException, SQLException;
  }

  private final Path db;
  private final Path wal;
  private final Supplier<String> extra;
  private final Generations<String> generations = new Generations<>(MAX_CHARS);
  private final AtomicLong hits = new AtomicLong();

  PageCache(Path caseDir, Supplier<String> extra) {
    this.db = caseDir.resolve(CaseFile.DB_NAME);
    this.wal = caseDir.resolve(CaseFile.DB_NAME + "-wal");
    this.extra = extra;
  }

  /**
   * The page at {@code path}, from the cache when the case has not changed since it was made;
   * {@code path} null renders without the cache (a page that depends on the request's query).
   */
  String page(String path, Render render) throws IOException, SQLException {
    if (path == null) {
      return render.page();
    }
    String state = state();
    String html = generations.of(state).get(path);
    if (html != null) {
      hits.incrementAndGet();
      return html;
    }
    html = render.page();
    if (html != null && state.equals(state())) {
      generations.keep(state, path, html, html.length());
    }
    return html;
  }

  /** How many requests the cache answered (for tests and benchmarks). */
  long hits() {
    return hits.get();
  }

  private String state() {
    return fileState(db) + "|" + fileState(wal) + "|" + extra.get();
  }

  /** A file's size, modification time and key, or "-" when it is missing or unreadable. */
  static String fileState(Path p) {
    try {
      BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
      // the file key (device and inode on Unix) changes when a file is replaced by a move
      return a.size() + "@" + a.lastModifiedTime().toInstant() + "#" + a.fileKey();
    } catch (IOException e) {
      return "-";
    }
  }
}
