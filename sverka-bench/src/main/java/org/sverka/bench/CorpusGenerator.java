package org.sverka.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a synthetic corpus of plain-text files made from real documents (by default the demo
 * corpus), for benchmarks that need more text than the demo has.
 *
 * <p>The source texts are read as one circular sequence of paragraphs (a paragraph ends at a run of
 * blank lines). Each output file starts at a random paragraph and takes consecutive paragraphs,
 * continuing into the next source document, until it holds a random size between {@value
 * #MIN_FILE_BYTES} and {@value #MAX_FILE_BYTES} bytes; it is cut at a paragraph boundary. Each
 * paragraph gets light random edits so that no two files are copies: an occasional dropped
 * sentence, word substitutions (about {@value #WORD_SUBSTITUTION_PER_MILLE} per thousand words,
 * from the source vocabulary) and OCR-like character errors (about one per {@value
 * #CHARS_PER_OCR_ERROR} characters: rn/m, l/1, O/0, e/c, ...).
 *
 * <p>The output depends only on the source files, the size and the seed: the same inputs give the
 * same bytes (the generator uses {@link java.util.Random}, whose algorithm is fixed by its
 * specification). No {@code sources.yaml} is written, so the analyser detects every document's
 * metadata itself. Sizes are decimal: 1 MB = 1,000,000 bytes.
 */
public final class CorpusGenerator {
  /** The smallest file (before the last paragraph is added). */
  public static final int MIN_FILE_BYTES = 20_000;

  /** The largest target size of a file; a file may exceed it by less than one paragraph. */
  public static final int MAX_FILE_BYTES = 495_000;

  static final int WORD_SUBSTITUTION_PER_MILLE = 15;
  static final int CHARS_PER_OCR_ERROR = 2_500;
  static final double DROP_SENTENCE_PROBABILITY = 0.10;

  /** Where the demo corpus lives, relative to the repository root. */
  public static final Path DEMO_CORPUS = Path.of("examples", "opposition-1926-1937");

  private static final Pattern WORD = Pattern.compile("\\b[A-Za-z]{4,}\\b");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?]) +(?=[A-Z\"“])");

  /** OCR confusions: each pair is (what is in the text, what the scanner read). */
  private static final String[][] OCR = {
    {"m", "rn"},
    {"rn", "m"},
    {"l", "1"},
    {"I", "l"},
    {"O", "0"},
    {"e", "c"},
    {"c", "e"},
    {"h", "b"},
    {"u", "n"},
    {"n", "u"},
    {"i", "í"},
    {",", "."},
    {".", ","},
    {"S", "5"},
    {"B", "8"},
    {"t", "f"},
    {"a", "o"},
    {"ff", "ﬀ"},
    {"fi", "ﬁ"}
  };

  private CorpusGenerator() {}

  /** What {@link #generate} wrote. */
  public record Summary(Path dir, int files, long bytes) {}

  /**
   * Writes files {@code gen-00001.txt}, {@code gen-00002.txt}, ... into {@code out} until they hold
   * at least {@code targetBytes} bytes in all.
   *
   * @param sources a folder of UTF-8 {@code .txt} files (read in name order)
   * @param out the folder to write; created if missing; must not already hold files
   * @param targetBytes how many bytes to write at least (the last file may go over by less than
   *     {@value #MIN_FILE_BYTES} bytes plus one paragraph)
   * @param seed the same seed, sources and size give the same bytes
   */
  public static Summary generate(Path sources, Path out, long targetBytes, long seed)
      throws IOException {
    if (targetBytes <= 0) {
      throw new IllegalArgumentException("targetBytes must be positive: " + targetBytes);
    }
    List<String> paragraphs = new ArrayList<>();
    List<Path> texts;
    try (Stream<Path> s = Files.list(sources)) {
      texts =
          s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
    }
    for (Path t : texts) {
      paragraphs.addAll(paragraphs(Files.readString(t, StandardCharsets.UTF_8)));
    }
    if (paragraphs.isEmpty()) {
      throw new IOException("no .txt files with text in " + sources);
    }
    List<String> vocabulary = vocabulary(paragraphs);
    int[] utf8 = new int[paragraphs.size()];
    long total = 0;
    for (int i = 0; i < utf8.length; i++) {
      utf8[i] = paragraphs.get(i).getBytes(StandardCharsets.UTF_8).length;
      total += utf8[i];
    }

    Files.createDirectories(out);
    try (Stream<Path> s = Files.list(out)) {
      if (s.findAny().isPresent()) {
        throw new IOException("output folder is not empty: " + out);
      }
    }

    Random rnd = new Random(seed);
    long written = 0;
    int files = 0;
    while (written < targetBytes) {
      int size = MIN_FILE_BYTES + rnd.nextInt(MAX_FILE_BYTES - MIN_FILE_BYTES + 1);
      long remaining = targetBytes - written;
      if (remaining < size) {
        size = (int) Math.max(remaining, MIN_FILE_BYTES);
      }
      // a start paragraph chosen in proportion to the bytes before it: longer documents are
      // sampled more often
      long at = (long) (rnd.nextDouble() * total);
      int p = 0;
      for (long acc = 0; p < utf8.length - 1 && acc + utf8[p] <= at; p++) {
        acc += utf8[p];
      }
      StringBuilder text = new StringBuilder(size + 4096);
      int bytes = 0;
      while (bytes < size) {
        String edited = edit(paragraphs.get(p), vocabulary, rnd);
        text.append(edited);
        bytes += utf8Length(edited);
        p = (p + 1) % paragraphs.size();
      }
      files++;
      byte[] b = text.toString().getBytes(StandardCharsets.UTF_8);
      Files.write(out.resolve(String.format(Locale.ROOT, "gen-%05d.txt", files)), b);
      written += b.length;
    }
    return new Summary(out, files, written);
  }

  /**
   * Splits a text into paragraphs, each with its line terminators and the blank lines after it, so
   * that the paragraphs concatenated give the text back.
   */
  static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int i = 0;
    int n = text.length();
    boolean sawBlank = false;
    while (i < n) {
      int eol = text.indexOf('\n', i);
      int next = eol < 0 ? n : eol + 1;
      boolean blank = text.substring(i, next).isBlank();
      if (!blank && sawBlank && i > start) {
        out.add(text.substring(start, i));
        start = i;
      }
      sawBlank = blank;
      i = next;
    }
    if (start < n) {
      String last = text.substring(start);
      out.add(last.endsWith("\n") ? last : last + "\n\n");
    }
    return out;
  }

  private static List<String> vocabulary(List<String> paragraphs) {
    Set<String> words = new LinkedHashSet<>();
    for (String p : paragraphs) {
      Matcher m = WORD.matcher(p);
      while (m.find()) {
        words.add(m.group());
      }
    }
    return new ArrayList<>(words);
  }

  /** One paragraph with its random edits. */
  static String edit(String paragraph, List<String> vocabulary, Random rnd) {
    String s = paragraph;
    if (rnd.nextDouble() < DROP_SENTENCE_PROBABILITY) {
      s = dropSentence(s, rnd);
    }
    Matcher m = WORD.matcher(s);
    StringBuilder sb = null;
    int last = 0;
    while (m.find()) {
      if (rnd.nextInt(1000) < WORD_SUBSTITUTION_PER_MILLE) {
        if (sb == null) {
          sb = new StringBuilder(s.length() + 32);
        }
        sb.append(s, last, m.start()).append(vocabulary.get(rnd.nextInt(vocabulary.size())));
        last = m.end();
      }
    }
    if (sb != null) {
      s = sb.append(s, last, s.length()).toString();
    }
    return ocrErrors(s, rnd);
  }

  private static String dropSentence(String s, Random rnd) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    Matcher m = SENTENCE_END.matcher(s);
    while (m.find()) {
      starts.add(m.end());
    }
    if (starts.size() < 3) {
      return s; // keep the first and last sentence of a paragraph
    }
    int k = 1 + rnd.nextInt(starts.size() - 2);
    return s.substring(0, starts.get(k)) + s.substring(starts.get(k + 1));
  }

  private static String ocrErrors(String s, Random rnd) {
    StringBuilder sb = null;
    int last = 0;
    // the gap to the next error is geometric, so the rate is the same for short and long text
    int i = nextGap(rnd);
    while (i < s.length()) {
      String[] c = OCR[rnd.nextInt(OCR.length)];
      if (i >= last && s.startsWith(c[0], i)) {
        if (sb == null) {
          sb = new StringBuilder(s.length() + 16);
        }
        sb.append(s, last, i).append(c[1]);
        last = i + c[0].length();
        i += nextGap(rnd);
      } else {
        i++; // try the next character with another confusion
      }
    }
    if (sb == null) {
      return s;
    }
    return sb.append(s, Math.min(last, s.length()), s.length()).toString();
  }

  private static int nextGap(Random rnd) {
    double u = rnd.nextDouble();
    return 1 + (int) Math.min(1e7, -Math.log(1 - u) * CHARS_PER_OCR_ERROR);
  }

  private static int utf8Length(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  /**
   * {@code CorpusGenerator OUT_DIR MEGABYTES [--seed N] [--from SOURCE_DIR]}: writes MEGABYTES
   * (decimal) of text into OUT_DIR, which must be empty or missing. SOURCE_DIR defaults to the demo
   * corpus, found from the current folder or its parents.
   */
  public static void main(String[] args) throws IOException {
    Path out = null;
    Double mb = null;
    long seed = 1926;
    Path from = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--from" -> from = Path.of(args[++i]);
        default -> {
          if (out == null) {
            out = Path.of(args[i]);
          } else if (mb == null) {
            mb = Double.parseDouble(args[i]);
          } else {
            usage("unexpected argument: " + args[i]);
          }
        }
      }
    }
    if (out == null || mb == null) {
      usage("give OUT_DIR and MEGABYTES");
    }
    if (from == null) {
      from = findDemoCorpus();
    }
    long t0 = System.nanoTime();
    Summary s = generate(from, out, Math.round(mb * 1_000_000), seed);
    System.out.printf(
        Locale.ROOT,
        "wrote %d files, %d bytes (%.1f MB) into %s from %s, seed %d, in %.1f s%n",
        s.files(),
        s.bytes(),
        s.bytes() / 1e6,
        s.dir(),
        from,
        seed,
        (System.nanoTime() - t0) / 1e9);
  }

  static Path findDemoCorpus() throws IOException {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path c = d.resolve(DEMO_CORPUS);
      if (Files.isDirectory(c)) {
        return c;
      }
    }
    throw new IOException("cannot find " + DEMO_CORPUS + " here or above; give --from DIR");
  }

  private static void usage(String why) {
    System.err.println(why);
    System.err.println("usage: CorpusGenerator OUT_DIR MEGABYTES [--seed N] [--from SOURCE_DIR]");
    System.exit(2);
  }
}
