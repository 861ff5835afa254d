package org.sverka.bench.web;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.sverka.store.CaseFile;
import org.sverka.store.DocumentTables;
import org.sverka.store.StoredDocument;
import org.sverka.web.SverkaServer;

/**
 * Load on {@code sverka serve} over loopback: {@code clients} threads, each sending one request
 * after another for {@code seconds}, over a mix of the API's read endpoints and a document page, in
 * the same JVM as the server (on this 2-core machine the clients take CPU from the server, so the
 * numbers are pessimistic). Prints latency percentiles per endpoint, errors, throughput and the
 * heap after a full GC before and after, and every 10 s during, as Markdown.
 *
 * <pre>java -cp "sverka-bench/target/sverka-bench.jar:sverka-bench/target/lib/*" \
 *   org.sverka.bench.web.ServeLoadBenchmark CASE_DIR [CLIENTS] [SECONDS] [MIX]</pre>
 *
 * MIX is {@code read} (the default: the mix above), {@code search} (only search: {@code
 * /api/search} with names in several spellings, phrases, filters, facets and pages 1-3, and the
 * {@code /search.html} page; see {@link #searchEndpoints}) or {@code baseline} (only {@code
 * /api/openapi.json}, a constant answer: what the server and the clients cost without any work).
 * Besides the heap, the process's resident set (RSS) is sampled every 5 s, and the load average is
 * printed at the start and the end.
 *
 * <p>Only 127.0.0.1 is ever contacted; the run is bounded in time and stops by itself.
 */
public final class ServeLoadBenchmark {
  private ServeLoadBenchmark() {}

  record Endpoint(String name, List<String> paths) {}

  private static final AtomicLong FAILURES = new AtomicLong();

  public static void main(String[] args) throws Exception {
    Path caseDir = Path.of(args[0]);
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    String mix = args.length > 3 ? args[3] : "read";

    List<Endpoint> endpoints = mix(mix, caseDir);
    System.out.printf(Locale.ROOT, "mix %s; load average at start: %s%n", mix, loadAverage());
    MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
    try (SverkaServer server =
        SverkaServer.start(new SverkaServer.Options(caseDir, "127.0.0.1", 0, null))) {
      String base = "http://127.0.0.1:" + server.port();
      HttpClient http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(5))
              .build();
      // warm-up: every path once, then 10 s of the same load, not measured
      for (Endpoint e : endpoints) {
        for (String p : e.paths()) {
          send(http, base + p);
        }
      }
      run(http, base, endpoints, clients, 10, new long[endpoints.size()][], null);
      long before = heapAfterGc(mem);
      long[][] lat = new long[endpoints.size()][];
      long[] errors = new long[1];
      long t0 = System.nanoTime();
      Sampler sampler = new Sampler(mem);
      Thread samplerThread = new Thread(sampler);
      samplerThread.setDaemon(true);
      samplerThread.start();
      long total = run(http, base, endpoints, clients, seconds, lat, errors);
      double wall = (System.nanoTime() - t0) / 1e9;
      samplerThread.interrupt();
      long after = heapAfterGc(mem);

      System.out.printf(
          Locale.ROOT,
          "%d clients, %d s on 127.0.0.1, %d requests (%.0f/s), %d errors%n%n",
          clients,
          seconds,
          total,
          total / wall,
          errors[0]);
      table(endpoints, lat);
      sampler.print(before, after);
      System.out.printf(Locale.ROOT, "load average at the end: %s%n", loadAverage());
    }
  }

  /** The endpoints of a MIX: read, search or baseline. */
  private static List<Endpoint> mix(String mix, Path caseDir) throws Exception {
    return switch (mix) {
      case "read" -> endpoints(caseDir);
      case "search" -> searchEndpoints(caseDir);
      case "baseline" -> List.of(new Endpoint("/api/openapi.json", List.of("/api/openapi.json")));
      default -> throw new IllegalArgumentException("MIX is read, search or baseline: " + mix);
    };
  }

  /** The latency table: a row per endpoint, then all requests together. */
  private static void table(List<Endpoint> endpoints, long[][] lat) {
    System.out.println("| endpoint | requests | p50 ms | p90 ms | p99 ms | max ms |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
    long[] all = new long[0];
    for (int i = 0; i < endpoints.size(); i++) {
      long[] l = lat[i];
      row(endpoints.get(i).name(), l);
      long[] merged = Arrays.copyOf(all, all.length + l.length);
      System.arraycopy(l, 0, merged, all.length, l.length);
      Arrays.sort(merged);
      all = merged;
    }
    row("all", all);
  }

  /** Samples the process's RSS every 5 s and the heap in use every 10 s, until interrupted. */
  private static final class Sampler implements Runnable {
    private final MemoryMXBean mem;
    private final List<Long> during = new ArrayList<>();
    private final List<Long> rss = new ArrayList<>();

    Sampler(MemoryMXBean mem) {
      this.mem = mem;
    }

    @Override
    public void run() {
      try {
        for (int tick = 1; ; tick++) {
          Thread.sleep(5_000);
          synchronized (during) {
            rss.add(rssBytes());
            if (tick % 2 == 0) {
              during.add(mem.getHeapMemoryUsage().getUsed());
            }
          }
        }
      } catch (InterruptedException e) {
        // done
      }
    }

    /** The heap after full GCs {@code before} and {@code after}, and what was sampled between. */
    void print(long before, long after) {
      System.out.printf(
          Locale.ROOT,
          "%nheap after full GC: before %.1f MB, after %.1f MB; used during (every 10 s): %s%n",
          before / 1e6,
          after / 1e6,
          during.stream().map(b -> String.format(Locale.ROOT, "%.0f", b / 1e6)).toList());
      synchronized (during) {
        System.out.printf(
            Locale.ROOT,
            "RSS of the process (server and clients), MB every 5 s: %s%n",
            rss.stream().map(b -> String.format(Locale.ROOT, "%.0f", b / 1e6)).toList());
      }
    }
  }

  private static List<Endpoint> endpoints(Path caseDir) throws Exception {
    List<String> show = new ArrayList<>();
    List<String> reuse = new ArrayList<>();
    List<String> quotes = new ArrayList<>();
    List<String> pages = new ArrayList<>();
    SplittableRandom rnd = new SplittableRandom(1926);
    try (CaseFile cf = CaseFile.openExisting(caseDir)) {
      for (StoredDocument d : new DocumentTables(cf).documents()) {
        for (int i = 0; i < 20; i++) {
          show.add("/api/show/" + d.id() + ":" + (1 + rnd.nextInt(d.lines())) + "?context=5");
        }
        reuse.add("/api/reuse?doc=" + d.id());
        quotes.add("/api/quotes?doc=" + d.id() + "&found=true");
        if (d.lines() < 1000) {
          pages.add("/doc/" + d.id() + ".html");
        }
      }
    }
    return List.of(
        new Endpoint("/api/show/DOC:LINE?context=5", show),
        new Endpoint("/api/reuse?doc=DOC", reuse),
        new Endpoint("/api/quotes?doc=DOC&found=true", quotes),
        new Endpoint("/doc/DOC.html (documents < 1000 lines)", pages));
  }

  /** Names of the demo corpus in several spellings, and two entity-typed ones. */
  private static final List<String> NAMES =
      List.of(
          "Nikolayev",
          "Nicolaiev",
          "Nikolaev",
          "Zinoviev",
          "Zinovieff",
          "Kamenev",
          "Kameneff",
          "Trotsky",
          "Trotzky",
          "Stalin",
          "Kirov",
          "Bukharin",
          "Radek",
          "Piatakov",
          "Pyatakov",
          "Lenin",
          "Sedov",
          "Yagoda",
          "person:Kirov",
          "place:Leningrad");

  /** Phrases, Boolean queries and a prefix. */
  private static final List<String> PHRASES =
      List.of(
          "\"Hotel Bristol\"",
          "\"permanent revolution\"",
          "\"socialism in one country\"",
          "\"united centre\"",
          "\"Central Committee\"",
          "terror AND Kirov",
          "opposition OR platform",
          "\"Nikolayev affair\"",
          "Copenhagen",
          "Thermidor*");

  /** Filters by date, entity type and author. */
  private static final List<String> FILTERS =
      List.of(
          "&from=1935&to=1935",
          "&from=1926&to=1928",
          "&type=person",
          "&type=place",
          "&type=org",
          "&author=Trotsky",
          "&author=Stalin");

  /**
   * A realistic search mix over the served case: names in several spellings (found through the
   * entity or the spelling key), phrases, words with filters (document, author, dates, entity
   * type), all with facets, pages 1 to 3, and the HTML page that renders the same.
   */
  static List<Endpoint> searchEndpoints(Path caseDir) throws Exception {
    List<String> docs = new ArrayList<>();
    try (CaseFile cf = CaseFile.openExisting(caseDir)) {
      for (StoredDocument d : new DocumentTables(cf).documents()) {
        docs.add(d.id());
      }
    }
    List<String> byName = new ArrayList<>();
    List<String> byPhrase = new ArrayList<>();
    List<String> filtered = new ArrayList<>();
    List<String> paged = new ArrayList<>();
    List<String> html = new ArrayList<>();
    for (String n : NAMES) {
      byName.add("/api/search?q=" + enc(n));
      for (String d : docs) {
        filtered.add("/api/search?q=" + enc(n) + "&doc=" + d);
      }
      for (int page = 2; page <= 3; page++) {
        paged.add("/api/search?q=" + enc(n) + "&page=" + page);
      }
      html.add("/search.html?q=" + enc(n));
    }
    for (String p : PHRASES) {
      byPhrase.add("/api/search?q=" + enc(p));
      for (String f : FILTERS) {
        filtered.add("/api/search?q=" + enc(p) + f);
      }
      paged.add("/api/search?q=" + enc(p) + "&page=2");
      html.add("/search.html?q=" + enc(p) + "&offset=20");
    }
    for (String n : NAMES) {
      for (String f : FILTERS) {
        filtered.add("/api/search?q=" + enc(n) + f);
        html.add("/search.html?q=" + enc(n) + f);
      }
    }
    return List.of(
        new Endpoint("/api/search names (several spellings)", byName),
        new Endpoint("/api/search phrases and words", byPhrase),
        new Endpoint("/api/search with a filter", filtered),
        new Endpoint("/api/search pages 2-3", paged),
        new Endpoint("/search.html (the page)", html));
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String loadAverage() {
    try {
      return java.nio.file.Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  private static long rssBytes() {
    try {
      for (String l : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
        if (l.startsWith("VmRSS:")) {
          return Long.parseLong(l.replaceAll("\\D", "")) * 1024;
        }
      }
    } catch (java.io.IOException | NumberFormatException e) {
      // not Linux
    }
    return 0;
  }

  /** Runs the load; fills {@code lat[i]} with the latencies (ns) of endpoint i. */
  private static long run(
      HttpClient http,
      String base,
      List<Endpoint> endpoints,
      int clients,
      int seconds,
      long[][] lat,
      long[] errors)
      throws InterruptedException {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<List<List<Long>>> perThread = new ArrayList<>();
    AtomicLong failed = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      List<List<Long>> mine = new ArrayList<>();
      for (int i = 0; i < endpoints.size(); i++) {
        mine.add(new ArrayList<>());
      }
      perThread.add(mine);
      SplittableRandom rnd = new SplittableRandom(c);
      Thread t =
          new Thread(
              () -> {
                while (System.nanoTime() < end) {
                  int e = rnd.nextInt(endpoints.size());
                  List<String> paths = endpoints.get(e).paths();
                  String path = paths.get(rnd.nextInt(paths.size()));
                  long s = System.nanoTime();
                  boolean ok = send(http, base + path);
                  mine.get(e).add(System.nanoTime() - s);
                  if (!ok) {
                    failed.incrementAndGet();
                  }
                }
              });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    long total = 0;
    for (int i = 0; i < endpoints.size(); i++) {
      List<Long> l = new ArrayList<>();
      for (List<List<Long>> mine : perThread) {
        l.addAll(mine.get(i));
      }
      lat[i] = l.stream().mapToLong(Long::longValue).sorted().toArray();
      total += lat[i].length;
    }
    if (errors != null) {
      errors[0] = failed.get();
    }
    return total;
  }

  private static boolean send(HttpClient http, String url) {
    try {
      HttpResponse<byte[]> r =
          http.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      boolean ok = r.statusCode() == 200 && r.body().length > 0;
      if (!ok && FAILURES.incrementAndGet() <= 5) {
        System.err.println("failed: " + r.statusCode() + " " + url);
      }
      return ok;
    } catch (Exception e) {
      return false;
    }
  }

  private static void row(String name, long[] sorted) {
    System.out.printf(
        Locale.ROOT,
        "| %s | %d | %.1f | %.1f | %.1f | %.1f |%n",
        name,
        sorted.length,
        pct(sorted, 0.50),
        pct(sorted, 0.90),
        pct(sorted, 0.99),
        sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
  }

  private static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  private static long heapAfterGc(MemoryMXBean mem) throws InterruptedException {
    System.gc();
    Thread.sleep(500);
    System.gc();
    return mem.getHeapMemoryUsage().getUsed();
  }
}
