package org.sverka.bench.reuse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.sverka.document.Document;
import org.sverka.document.DocumentBuilder;
import org.sverka.ingest.Extractor;
import org.sverka.json.CaseJson;
import org.sverka.pipeline.Analyzer;
import org.sverka.reuse.DocTokens;
import org.sverka.reuse.Passage;
import org.sverka.reuse.ReuseDetector;
import org.sverka.reuse.Vocabulary;
import org.sverka.stage.ReuseStage;
import org.sverka.text.LineMap;
import org.sverka.text.Segmenter;

/**
 * The embedded engine on a folder of {@code .txt} files, as {@code sverka analyze} runs it minus
 * the case file: ingestion (extract + build, on N threads as the analyzer does), the reuse stage's
 * tokens in id order into one vocabulary ({@code ReuseStage.load}), {@code ReuseDetector.detect} on
 * N threads, and the passages written as JSON Lines with their ids: the baseline of the Spark job
 * in docs/benchmarks.md, whose output it must equal byte for byte.
 *
 * <p>Usage: {@code EmbeddedFolderReuse DIR OUT.jsonl [--threads N]}. Prints one line of timings.
 */
public final class EmbeddedFolderReuse {
  private EmbeddedFolderReuse() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int threads = args.length > 3 && args[2].equals("--threads") ? Integer.parseInt(args[3]) : 2;
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    long t0 = System.nanoTime();
    HeapMeter heap = HeapMeter.start();
    Map<String, Document> docs = ingest(files, threads);
    long t1 = System.nanoTime();
    // the reuse stage: tokens in id order into one vocabulary, then detect
    Vocabulary v = new Vocabulary();
    Segmenter seg = new Segmenter();
    List<DocTokens> tokens = new ArrayList<>();
    Map<String, String> texts = new HashMap<>();
    for (Document d : docs.values()) {
      tokens.add(ReuseStage.tokens(d.id(), d.text(), d.meta().date(), d.parts(), seg, v));
      texts.put(d.id(), d.text());
    }
    docs = null;
    long t2 = System.nanoTime();
    List<Passage> passages =
        new ReuseDetector(ReuseDetector.Options.defaults().withThreads(threads)).detect(tokens, v);
    long t3 = System.nanoTime();
    write(passages, texts, out);
    long t4 = System.nanoTime();
    System.out.printf(
        Locale.ROOT,
        "embedded: %d documents, %d passages; ingest %.1f s, tokenise %.1f s, detect %.1f s,"
            + " write %.1f s, total %.1f s; peak heap %d MB, heap after GC %d MB (max heap %d MB)%n",
        tokens.size(),
        passages.size(),
        (t1 - t0) / 1e9,
        (t2 - t1) / 1e9,
        (t3 - t2) / 1e9,
        (t4 - t3) / 1e9,
        (t4 - t0) / 1e9,
        heap.peak() >> 20,
        heap.afterGc() >> 20,
        HeapMeter.maxHeap() >> 20);
    heap.close();
  }

  /** Extracts and builds the files' documents on {@code threads} threads, as the analyzer does. */
  private static Map<String, Document> ingest(List<Path> files, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    ThreadLocal<DocumentBuilder> builders = ThreadLocal.withInitial(DocumentBuilder::new);
    Extractor extractor = new Extractor(Analyzer.Options.DEFAULT_MAX_FILE_BYTES);
    List<Future<Document>> futures = new ArrayList<>();
    for (Path f : files) {
      String id = Analyzer.baseId(f.getFileName().toString());
      futures.add(
          pool.submit(
              () ->
                  builders
                      .get()
                      .build(
                          id,
                          f.getFileName().toString(),
                          "",
                          Files.size(f),
                          extractor.extract(f, null),
                          null,
                          new ArrayList<>())));
    }
    Map<String, Document> docs = new java.util.TreeMap<>();
    for (Future<Document> fu : futures) {
      Document d = fu.get();
      docs.put(d.id(), d);
    }
    pool.shutdown();
    return docs;
  }

  /** The passages as JSON Lines, numbered from 1, as {@code sverka reuse --format json}. */
  private static void write(List<Passage> passages, Map<String, String> texts, Path out)
      throws IOException {
    ObjectMapper json =
        new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false);
    Map<String, LineMap> lines = new HashMap<>();
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      long id = 1;
      for (Passage p : passages) {
        String ta = texts.get(p.docA());
        String tb = texts.get(p.docB());
        w.write(
            json.writeValueAsString(
                CaseJson.passage(
                    id++,
                    p,
                    ta,
                    lines.computeIfAbsent(p.docA(), k -> LineMap.of(ta)),
                    tb,
                    lines.computeIfAbsent(p.docB(), k -> LineMap.of(tb)))));
        w.write('\n');
      }
    }
  }
}
