package org.sverka.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.sverka.document.Document;
import org.sverka.document.DocumentBuilder;
import org.sverka.ingest.Extracted;
import org.sverka.ingest.Extractor;
import org.sverka.ingest.Problem;
import org.sverka.ingest.SourceCatalog;
import org.sverka.ingest.SourceEntry;
import org.sverka.ingest.UnusableInputException;
import org.sverka.pipeline.Analyzer;
import org.sverka.reuse.DocTokens;
import org.sverka.reuse.Vocabulary;
import org.sverka.stage.ReuseStage;
import org.sverka.text.Segmenter;

/**
 * Reads the job's input into tokenised documents, on the executors: a folder of files (any Hadoop
 * file system; ingested as {@code sverka analyze} ingests them, with ids from the folder's {@code
 * sources.yaml} or the file names), or JSON Lines of {@code {id, text, date?, ...}} as passim reads
 * them. Bad input becomes one problem line each; the other documents are still read.
 */
final class Ingest {
  private Ingest() {}

  /** A document read, or the problems that kept it (or parts of it) from being read. */
  static final class Read implements Serializable {
    private static final long serialVersionUID = 1L;
    TokDoc doc;

    /** Where the document came from, for problems: a file, or file:line of a JSON line. */
    String origin;

    List<String> problems = new ArrayList<>();
  }

  /** A file to read: where it is, its path under the folder, and its document id. */
  record FileTask(String path, String relative, String id, long bytes) implements Serializable {}

  /** Orders origins (file, or file:line) by file, then line. */
  static int compareOrigin(String x, String y) {
    int cx = x.lastIndexOf(':');
    int cy = y.lastIndexOf(':');
    if (cx > 0 && cy > 0 && x.regionMatches(0, y, 0, Math.max(cx, cy)) && cx == cy) {
      try {
        return Long.compare(
            Long.parseLong(x.substring(cx + 1)), Long.parseLong(y.substring(cy + 1)));
      } catch (NumberFormatException e) {
        return x.compareTo(y);
      }
    }
    return x.compareTo(y);
  }

  static String problem(String file, int line, String message) {
    return file + ":" + line + ": " + message;
  }

  static String problem(Problem p) {
    return problem(p.file(), p.line(), p.message());
  }

  // ---- a folder of files

  /**
   * Lists a folder on the driver (the listing is small next to the files), assigns ids in path
   * order as the embedded engine does, and reads the files on the executors.
   */
  static JavaRDD<Read> folder(
      JavaSparkContext sc, String dir, long maxFileBytes, int slices, List<String> problems)
      throws IOException {
    Configuration conf = sc.hadoopConfiguration();
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(dir);
    FileSystem fs = root.getFileSystem(conf);
    FileStatus rootStatus = fs.getFileStatus(root);
    root = rootStatus.getPath();
    String rootStr = root.toString();
    if (rootStatus.isFile()) {
      throw new IOException(dir + " is a file; give a folder of documents, or --jsonl");
    }
    List<FileStatus> files = new ArrayList<>();
    for (FileStatus f : walk(fs, root)) {
      String rel = f.getPath().toString().substring(rootStr.length() + 1);
      if (hidden(rel)
          || Analyzer.CONTROL_FILES.contains(f.getPath().getName().toLowerCase(Locale.ROOT))) {
        continue;
      }
      files.add(f);
    }
    files.sort(java.util.Comparator.comparing(f -> f.getPath().toString()));
    // the folder's sources.yaml, read here for the ids and shipped to the executors for the rest
    org.apache.hadoop.fs.Path yamlPath = new org.apache.hadoop.fs.Path(root, "sources.yaml");
    byte[] yaml = null;
    SourceCatalog catalog = SourceCatalog.empty();
    if (fs.exists(yamlPath)) {
      try (InputStream in = fs.open(yamlPath)) {
        yaml = in.readAllBytes();
      }
      catalog = readCatalog(yaml);
      for (Problem p : catalog.problems()) {
        problems.add(problem(yamlPath.toString(), p.line(), p.message()));
      }
    }
    List<FileTask> tasks = new ArrayList<>();
    Map<String, String> idOwner = new HashMap<>();
    for (FileStatus f : files) {
      String path = f.getPath().toString();
      String rel = path.substring(rootStr.length() + 1);
      SourceEntry entry = catalog.entryFor(rel).orElse(null);
      String id;
      if (entry != null && entry.id() != null) {
        id = entry.id();
        if (idOwner.containsKey(id)) {
          problems.add(
              problem(
                  yamlPath.toString(),
                  entry.yamlLine(),
                  "id '"
                      + id
                      + "' is already used by "
                      + idOwner.get(id)
                      + "; "
                      + rel
                      + " skipped"));
          continue;
        }
      } else {
        String base = Analyzer.baseId(f.getPath().getName());
        id = base;
        for (int n = 2; idOwner.containsKey(id); n++) {
          id = base + "-" + n;
        }
      }
      idOwner.put(id, path);
      tasks.add(new FileTask(path, rel, id, f.getLen()));
    }
    Broadcast<byte[]> yamlB = sc.broadcast(yaml);
    org.apache.spark.util.SerializableConfiguration sconf =
        new org.apache.spark.util.SerializableConfiguration(conf);
    Broadcast<org.apache.spark.util.SerializableConfiguration> confB = sc.broadcast(sconf);
    return sc.parallelize(tasks, Math.max(1, Math.min(slices, tasks.size())))
        .mapPartitions(part -> readFiles(part, yamlB.value(), confB.value().value(), maxFileBytes));
  }

  private static boolean hidden(String rel) {
    for (String part : rel.split("/")) {
      if (part.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static SourceCatalog readCatalog(byte[] yaml) throws IOException {
    Path tmp = Files.createTempFile("sverka-sources", ".yaml");
    try {
      Files.write(tmp, yaml);
      return SourceCatalog.read(tmp);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static Iterator<Read> readFiles(
      Iterator<FileTask> tasks, byte[] yaml, Configuration conf, long maxFileBytes)
      throws IOException {
    SourceCatalog catalog = yaml == null ? SourceCatalog.empty() : readCatalog(yaml);
    Extractor extractor = new Extractor(maxFileBytes);
    DocumentBuilder builder = new DocumentBuilder();
    Segmenter segmenter = new Segmenter();
    Path tmpDir = Files.createTempDirectory("sverka-ingest");
    List<Read> out = new ArrayList<>();
    try {
      while (tasks.hasNext()) {
        FileTask t = tasks.next();
        out.add(readFile(t, catalog, conf, extractor, builder, segmenter, tmpDir, maxFileBytes));
      }
    } finally {
      try (var s = Files.list(tmpDir)) {
        for (Path p : (Iterable<Path>) s::iterator) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(tmpDir);
    }
    return out.iterator();
  }

  private static Read readFile(
      FileTask t,
      SourceCatalog catalog,
      Configuration conf,
      Extractor extractor,
      DocumentBuilder builder,
      Segmenter segmenter,
      Path tmpDir,
      long maxFileBytes) {
    Read r = new Read();
    Path local = tmpDir.resolve(new org.apache.hadoop.fs.Path(t.path()).getName());
    try {
      if (t.bytes() > maxFileBytes) {
        r.problems.add(
            problem(t.path(), 0, "larger than " + maxFileBytes + " bytes (--max-file-size)"));
        return r;
      }
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(t.path());
      byte[] bytes;
      try (InputStream in = p.getFileSystem(conf).open(p)) {
        bytes = in.readAllBytes();
      }
      // Tika and the extractor read local files: the file is copied next to the task
      Files.write(local, bytes);
      SourceEntry entry = catalog.entryFor(t.relative()).orElse(null);
      String declared = entry == null ? null : entry.encoding();
      Extracted ex = extractor.extract(local, declared);
      List<Problem> docProblems = new ArrayList<>();
      Document d =
          builder.build(t.id(), t.relative(), sha256(bytes), bytes.length, ex, entry, docProblems);
      for (Problem dp : docProblems) {
        r.problems.add(problem(dp));
      }
      Vocabulary own = new Vocabulary();
      DocTokens tokens =
          ReuseStage.tokens(d.id(), d.text(), d.meta().date(), d.parts(), segmenter, own);
      r.doc = TokDoc.of(tokens, own);
      r.origin = t.path();
    } catch (UnusableInputException e) {
      r.problems.add(problem(t.path(), e.line(), e.getMessage()));
    } catch (IOException e) {
      r.problems.add(
          problem(
              t.path(), 0, "cannot read file: " + UnusableInputException.oneLine(e.getMessage())));
    } catch (RuntimeException | StackOverflowError e) {
      r.problems.add(
          problem(
              t.path(),
              0,
              "could not be analysed ("
                  + e.getClass().getSimpleName()
                  + ": "
                  + UnusableInputException.oneLine(String.valueOf(e.getMessage()))
                  + ")"));
    } finally {
      try {
        Files.deleteIfExists(local);
      } catch (IOException ignored) {
        // the folder goes at the end of the partition
      }
    }
    return r;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- JSON Lines

  /**
   * The files below {@code dir}, at any depth. {@code listStatus}, not {@code listFiles}: on the
   * local file system without Hadoop's native library, {@code listFiles} builds a {@code
   * LocatedFileStatus} per file, which reads the file's permissions by running {@code ls -ld} once
   * per file (77,729 processes for the 1 GB benchmark's folder); only paths and lengths are needed.
   */
  static List<FileStatus> walk(FileSystem fs, org.apache.hadoop.fs.Path dir) throws IOException {
    List<FileStatus> out = new ArrayList<>();
    java.util.ArrayDeque<org.apache.hadoop.fs.Path> todo = new java.util.ArrayDeque<>();
    todo.add(dir);
    while (!todo.isEmpty()) {
      for (FileStatus f : fs.listStatus(todo.poll())) {
        if (f.isDirectory()) {
          todo.add(f.getPath());
        } else {
          out.add(f);
        }
      }
    }
    return out;
  }

  /**
   * JSON Lines, one document a line: {@code id} and {@code text} (strings) are required, {@code
   * date} (EDTF, as passim's) is used when present, other fields are ignored. {@code path} is a
   * file or a folder of them (files read in name order; hidden ones skipped).
   */
  static JavaRDD<Read> jsonLines(JavaSparkContext sc, String path, int slices) throws IOException {
    Configuration conf = sc.hadoopConfiguration();
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(path);
    FileSystem fs = root.getFileSystem(conf);
    List<String> files = new ArrayList<>();
    if (fs.getFileStatus(root).isFile()) {
      files.add(fs.getFileStatus(root).getPath().toString());
    } else {
      for (FileStatus f : fs.listStatus(root)) {
        String name = f.getPath().getName();
        if (f.isFile() && !name.startsWith(".") && !name.startsWith("_")) {
          files.add(f.getPath().toString());
        }
      }
      files.sort(null);
    }
    JavaRDD<Read> all = null;
    for (String file : files) {
      JavaRDD<Read> one =
          sc.textFile(file, Math.max(1, slices / Math.max(1, files.size())))
              .zipWithIndex()
              .mapPartitions(
                  lines -> {
                    ObjectMapper json = new ObjectMapper();
                    Segmenter segmenter = new Segmenter();
                    List<Read> out = new ArrayList<>();
                    while (lines.hasNext()) {
                      var l = lines.next();
                      Read r = jsonLine(file, (int) (l._2() + 1), l._1(), json, segmenter);
                      if (r != null) {
                        out.add(r);
                      }
                    }
                    return out.iterator();
                  });
      all = all == null ? one : all.union(one);
    }
    return all == null ? sc.emptyRDD() : all;
  }

  private static Read jsonLine(
      String file, int line, String s, ObjectMapper json, Segmenter segmenter) {
    if (s.isBlank()) {
      return null;
    }
    Read r = new Read();
    JsonNode n;
    try {
      n = json.readTree(s);
    } catch (IOException e) {
      r.problems.add(
          problem(file, line, "not valid JSON: " + UnusableInputException.oneLine(e.getMessage())));
      return r;
    }
    if (n == null || !n.isObject()) {
      r.problems.add(problem(file, line, "expected a JSON object {\"id\": ..., \"text\": ...}"));
      return r;
    }
    JsonNode id = n.get("id");
    JsonNode text = n.get("text");
    if (id == null || !(id.isTextual() || id.isNumber()) || id.asText().isEmpty()) {
      r.problems.add(problem(file, line, "no \"id\" (a string)"));
      return r;
    }
    if (text == null || !text.isTextual()) {
      r.problems.add(problem(file, line, "no \"text\" (a string)"));
      return r;
    }
    JsonNode date = n.get("date");
    Vocabulary own = new Vocabulary();
    DocTokens t =
        ReuseStage.tokens(
            id.asText(),
            text.asText(),
            date != null && date.isTextual() ? date.asText() : null,
            List.of(),
            segmenter,
            own);
    r.doc = TokDoc.of(t, own);
    r.origin = file + ":" + line;
    return r;
  }
}
