package org.sverka.bench.reuse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The corpora passim was measured on: chunks of 2 to 20 KB cut from the demo texts at random places
 * (a text chosen with probability proportional to its length, the chunk clipped to the text, both
 * ends moved to whitespace), with about {@code editRate} of the words edited (half substitutions,
 * 30% OCR errors, 20% transliteration variants where a name has one; otherwise a substitution),
 * until the corpus has the requested size. The line breaks of the demo texts are kept.
 *
 * <p>The truth is the chunks' offsets in their source text: two chunks of the same text whose
 * ranges overlap by at least {@code minShared} characters share that many characters (the edits
 * aside). Files: {@code c<n>.txt} and {@code chunks.json} (id, source file, start, end).
 */
public final class PassimLikeCorpus {
  /** Where a chunk was cut from: [start, end) of the source text. */
  public record Chunk(String id, String source, int start, int end) {}

  private static final Pattern TOKEN = Pattern.compile("\\S+");

  private PassimLikeCorpus() {}

  /** Generates the corpus into {@code dir}; returns its chunks. */
  public static List<Chunk> generate(Path demo, Path dir, long chars, double editRate, long seed)
      throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(demo)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<String> texts = new ArrayList<>();
    long total = 0;
    for (Path f : files) {
      String t = Files.readString(f, StandardCharsets.UTF_8);
      texts.add(t);
      total += t.length();
    }
    SentencePool pool = SentencePool.fromTexts(texts);
    Random rnd = new Random(seed);
    Files.createDirectories(dir);
    List<Chunk> chunks = new ArrayList<>();
    long written = 0;
    while (written < chars) {
      long pick = (long) (rnd.nextDouble() * total);
      int doc = 0;
      while (pick >= texts.get(doc).length()) {
        pick -= texts.get(doc).length();
        doc++;
      }
      String text = texts.get(doc);
      int len = Math.min(text.length(), 2_000 + rnd.nextInt(18_001));
      int start = rnd.nextInt(text.length() - len + 1);
      int end = start + len;
      while (start > 0 && start < end && !Character.isWhitespace(text.charAt(start - 1))) {
        start++;
      }
      while (end < text.length() && end > start && !Character.isWhitespace(text.charAt(end))) {
        end--;
      }
      if (end - start < 1_000) {
        continue;
      }
      String chunk = edit(text.substring(start, end), editRate, rnd, pool.substitutes());
      String id = String.format(Locale.ROOT, "c%06d", chunks.size() + 1);
      Files.writeString(dir.resolve(id + ".txt"), chunk, StandardCharsets.UTF_8);
      chunks.add(new Chunk(id, files.get(doc).getFileName().toString(), start, end));
      written += chunk.length();
    }
    PlantedCorpus.json().writeValue(dir.resolve("chunks.json").toFile(), chunks);
    return chunks;
  }

  static String edit(String text, double rate, Random rnd, List<String> substitutes) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    Matcher m = TOKEN.matcher(text);
    int last = 0;
    while (m.find()) {
      out.append(text, last, m.start());
      String tok = m.group();
      if (rnd.nextDouble() < rate) {
        double kind = rnd.nextDouble();
        String edited = kind < 0.2 ? Edits.transliterate(tok, rnd) : null;
        if (edited == null && kind < 0.5) {
          edited = Edits.ocr(tok, rnd);
        }
        if (edited == null) {
          edited = Edits.substitute(tok, rnd, substitutes);
        }
        tok = edited;
      }
      out.append(tok);
      last = m.end();
    }
    out.append(text, last, text.length());
    return out.toString();
  }

  public static List<Chunk> readChunks(Path dir) throws IOException {
    return List.of(
        PlantedCorpus.json().readValue(dir.resolve("chunks.json").toFile(), Chunk[].class));
  }

  /** Pairs "idA idB" (idA < idB) of chunks of one source sharing at least {@code minShared}. */
  public static Set<String> sharingPairs(List<Chunk> chunks, int minShared) {
    List<Chunk> sorted = new ArrayList<>(chunks);
    sorted.sort(
        (x, y) ->
            x.source().equals(y.source())
                ? Integer.compare(x.start(), y.start())
                : x.source().compareTo(y.source()));
    Set<String> out = new HashSet<>();
    for (int i = 0; i < sorted.size(); i++) {
      Chunk x = sorted.get(i);
      for (int j = i + 1; j < sorted.size(); j++) {
        Chunk y = sorted.get(j);
        if (!y.source().equals(x.source()) || y.start() > x.end() - minShared) {
          break;
        }
        if (Math.min(x.end(), y.end()) - y.start() >= minShared) {
          out.add(key(x.id(), y.id()));
        }
      }
    }
    return out;
  }

  static String key(String a, String b) {
    return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
  }

  /** {@code PassimLikeCorpus <dir> --mb N [--edit-rate 0.01] [--seed S] [--from DIR]}. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    long chars = 1_000_000;
    double rate = 0.01;
    long seed = 1937;
    Path from = SentencePool.DEMO;
    for (int i = 1; i < args.length; i += 2) {
      switch (args[i]) {
        case "--mb" -> chars = (long) (Double.parseDouble(args[i + 1]) * 1_000_000);
        case "--edit-rate" -> rate = Double.parseDouble(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--from" -> from = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<Chunk> chunks = generate(from, dir, chars, rate, seed);
    System.err.printf(
        Locale.ROOT,
        "wrote %d chunks to %s; %d pairs share >= 500 characters%n",
        chunks.size(),
        dir,
        sharingPairs(chunks, 500).size());
  }
}
