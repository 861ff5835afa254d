package org.sverka.bench.reuse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A benchmark corpus with planted reuse and its ground truth: host documents made of real sentences
 * (and, past the size of the demo texts, generated filler), into which copies of passages of other
 * documents (or of the same one, later) are planted with controlled edits.
 *
 * <h2>Host text</h2>
 *
 * Host documents ({@code minDocChars} to {@code maxDocChars}, paragraphs of 1 to 6 sentences) are
 * made of sentences drawn from a {@link SentencePool} in a seeded random order, each pool sentence
 * at most once per corpus, so that two places share text only where a copy was planted. The demo
 * texts hold about 0.8 MB of usable sentences; a larger corpus mixes them with {@link MarkovFiller}
 * sentences in the proportion that spreads the real sentences over the whole corpus. A corpus-wide
 * guard keeps every content-word 4-gram (function words skipped, words compared by match key)
 * unique outside the planted copies: the pool drops near-duplicate sentences, the filler redraws a
 * word that would repeat a 4-gram. (Shuffling the sentences of the demo texts with repetition, the
 * other obvious way to reach 100 MB, would plant thousands of unrecorded one-sentence reuses;
 * shuffling words within sentences would make each sentence a bag of words that seeds by chance.)
 *
 * <h2>Planted copies</h2>
 *
 * A case copies a run of whole consecutive sentences of one document ({@code minWords} to {@code
 * maxWords} whitespace words, never text that is already a source or a copy) into another document
 * (with probability {@code selfShare} later in the same document), between two sentences or two
 * paragraphs, never inside another case. A pair of documents (or a document with itself) gets at
 * most one case: two cases between the same documents could lie close together in the same order on
 * both sides, and then they are one reuse with an insertion, which a detector rightly reports as
 * one passage. The copy keeps the source's paragraph breaks. Of {@code editRate} x words edits,
 * {@code sentenceEditShare} go to omitting one whole sentence and then inserting one unrelated
 * sentence (never the first or last sentence, never before the first or after the last one, so both
 * ends of the case stay anchored; a sentence is used only if it fits in that budget); the rest are
 * word edits: 15% transliteration variants of names where the passage has names that have one
 * (Nicolaiev / Nikolayev, Zinoviev / Zinovieff, Tsarist / Czarist, -sky / -ski, x / ks), 25% OCR
 * errors (rn / m, l / 1, e / c, a dropped or swapped letter), the rest substitutions by a random
 * word of the pool; shortfalls go to substitutions.
 *
 * <h2>Ground truth</h2>
 *
 * One {@link Case} per copy: source document and span (from the first character of its first
 * sentence to the last of its last), copy document and span (likewise, inserted sentences
 * included), and the edits made. Offsets are 0-based character offsets (UTF-16 units, which are
 * code points here: the text has no supplementary characters) into the written files, end
 * exclusive. Files are {@code <id>.txt} (UTF-8, paragraphs separated by a blank line, one line per
 * paragraph) and {@code truth.json}.
 */
public final class PlantedCorpus {

  /** What to generate. Sizes in characters (= bytes, give or take a few non-ASCII letters). */
  public record Spec(
      long seed,
      long chars,
      double editRate,
      int minDocChars,
      int maxDocChars,
      double casesPer100k,
      int minWords,
      int maxWords,
      double selfShare,
      double sentenceEditShare) {

    /** Documents of 2-20 KB, 10 cases per 100 KB, passages of 40-400 words. */
    public static Spec of(long seed, long chars, double editRate) {
      return new Spec(seed, chars, editRate, 2_000, 20_000, 10, 40, 400, 0.1, 0.3);
    }

    public Spec withCasesPer100k(double n) {
      return new Spec(
          seed,
          chars,
          editRate,
          minDocChars,
          maxDocChars,
          n,
          minWords,
          maxWords,
          selfShare,
          sentenceEditShare);
    }

    public Spec withDocChars(int min, int max) {
      return new Spec(
          seed,
          chars,
          editRate,
          min,
          max,
          casesPer100k,
          minWords,
          maxWords,
          selfShare,
          sentenceEditShare);
    }
  }

  /** A written document. */
  public record Doc(String id, String text) {}

  /**
   * A planted copy: side a is the source, side b the copy. {@code words} counts the source's
   * whitespace words; {@code editedWords} = substituted + ocr + transliterated + omittedWords +
   * insertedWords.
   */
  public record Case(
      int id,
      String docA,
      int startA,
      int endA,
      String docB,
      int startB,
      int endB,
      int words,
      int editedWords,
      int substituted,
      int ocr,
      int transliterated,
      int omittedSentences,
      int omittedWords,
      int insertedSentences,
      int insertedWords) {

    public PanMeasures.Pair pair() {
      return new PanMeasures.Pair(docA, startA, endA, docB, startB, endB);
    }
  }

  /** What was used to make the corpus. */
  public record Stats(
      int documents, long chars, int poolSentences, int fillerSentences, long guardMisses) {}

  /** The contents of {@code truth.json}. */
  public record Truth(Spec spec, Stats stats, List<String> documents, List<Case> cases) {}

  private final Spec spec;
  private final List<Doc> docs;
  private final List<Case> cases;
  private final Stats stats;

  private PlantedCorpus(Spec spec, List<Doc> docs, List<Case> cases, Stats stats) {
    this.spec = spec;
    this.docs = docs;
    this.cases = cases;
    this.stats = stats;
  }

  public Spec spec() {
    return spec;
  }

  public List<Doc> docs() {
    return docs;
  }

  public List<Case> cases() {
    return cases;
  }

  public Stats stats() {
    return stats;
  }

  /** One sentence of a document being built. */
  private static final class Piece {
    String text;
    boolean paragraphBefore;
    int plant = -1;
    boolean copy;
    int words;

    Piece(String text, boolean paragraphBefore) {
      this.text = text;
      this.paragraphBefore = paragraphBefore;
      this.words = text.split(" ").length;
    }
  }

  /** Generates a corpus; the same pool and spec give the same corpus. */
  public static PlantedCorpus generate(SentencePool pool, Spec spec) {
    return new Generator(pool, spec).run();
  }

  private static final class Generator {
    final SentencePool pool;
    final Spec spec;
    final Random rnd;
    final List<String> poolOrder;
    final ContentGrams guard;
    MarkovFiller filler;

    /** Document pairs (and single documents) that already have a case. */
    final Set<Long> pairs = new HashSet<>();

    int poolNext;
    int fillerSentences;
    double real;

    Generator(SentencePool pool, Spec spec) {
      this.pool = pool;
      this.spec = spec;
      this.rnd = new Random(spec.seed());
      this.poolOrder = new ArrayList<>(pool.sentences());
      Collections.shuffle(poolOrder, rnd);
      this.guard = pool.grams().copy(spec.chars() / 6);
    }

    String nextSentence() {
      if (poolNext < poolOrder.size() && rnd.nextDouble() < real) {
        return poolOrder.get(poolNext++);
      }
      return fillerSentence();
    }

    String fillerSentence() {
      if (filler == null) {
        filler = new MarkovFiller(pool.sentences());
      }
      fillerSentences++;
      return filler.sentence(rnd, guard);
    }

    /** A sentence of at most {@code words} words (the next pool sentence if it fits), or null. */
    String sentenceOfAtMost(int words) {
      if (words < 6) {
        return null;
      }
      if (poolNext < poolOrder.size() && poolOrder.get(poolNext).split(" ").length <= words) {
        return poolOrder.get(poolNext++);
      }
      for (int i = 0; i < 20; i++) {
        String s = fillerSentence();
        if (s.split(" ").length <= words) {
          return s;
        }
      }
      return null;
    }

    PlantedCorpus run() {
      int planned = (int) Math.round(spec.casesPer100k() * spec.chars() / 100_000.0);
      double copyChars = (spec.minWords() + spec.maxWords()) / 2.0 * 6.3;
      long hostChars = Math.max(spec.chars() / 2, spec.chars() - (long) (planned * copyChars));
      real = Math.min(1.0, pool.chars() / (double) hostChars);
      List<List<Piece>> docs = hosts(hostChars);
      List<int[]> plantEdits = new ArrayList<>();
      for (int p = 0; p < planned; p++) {
        int[] result = plant(docs, p);
        if (result != null) {
          plantEdits.add(result);
        }
      }
      Rendered r = render(docs, planned);
      List<Case> cases = new ArrayList<>();
      for (int[] e : plantEdits) {
        cases.add(plantedCase(e, r));
      }
      Stats stats =
          new Stats(
              r.docs().size(),
              r.chars(),
              poolNext,
              fillerSentences,
              filler == null ? 0 : filler.guardMisses());
      return new PlantedCorpus(spec, List.copyOf(r.docs()), List.copyOf(cases), stats);
    }

    /** Host documents of sentences, in paragraphs of one to six, until {@code hostChars}. */
    private List<List<Piece>> hosts(long hostChars) {
      List<List<Piece>> docs = new ArrayList<>();
      long written = 0;
      while (written < hostChars) {
        int size = spec.minDocChars() + rnd.nextInt(spec.maxDocChars() - spec.minDocChars() + 1);
        List<Piece> doc = new ArrayList<>();
        int len = 0;
        while (len < size) {
          int sentences = 1 + rnd.nextInt(6);
          for (int s = 0; s < sentences && len < size; s++) {
            Piece p = new Piece(nextSentence(), s == 0);
            doc.add(p);
            len += p.text.length() + (s == 0 ? 2 : 1);
          }
        }
        docs.add(doc);
        written += len;
      }
      return docs;
    }

    /**
     * The documents as text, and where each planted case's source (A) and copy (B) ended up: by
     * case, the document and its [start, end) span.
     */
    private record Rendered(
        List<Doc> docs, int[][] spanA, int[][] spanB, String[] docA, String[] docB, long chars) {}

    private static Rendered render(List<List<Piece>> docs, int planned) {
      List<Doc> out = new ArrayList<>();
      int width = Math.max(5, String.valueOf(docs.size()).length());
      int[][] spanA = new int[planned][];
      int[][] spanB = new int[planned][];
      String[] docA = new String[planned];
      String[] docB = new String[planned];
      long chars = 0;
      for (int d = 0; d < docs.size(); d++) {
        String id = String.format(Locale.ROOT, "d%0" + width + "d", d + 1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < docs.get(d).size(); i++) {
          Piece piece = docs.get(d).get(i);
          if (i > 0) {
            b.append(piece.paragraphBefore ? "\n\n" : " ");
          }
          int start = b.length();
          b.append(piece.text);
          if (piece.plant >= 0) {
            int[][] spans = piece.copy ? spanB : spanA;
            String[] ids = piece.copy ? docB : docA;
            ids[piece.plant] = id;
            if (spans[piece.plant] == null) {
              spans[piece.plant] = new int[] {start, b.length()};
            } else {
              spans[piece.plant][1] = b.length();
            }
          }
        }
        b.append('\n');
        chars += b.length();
        out.add(new Doc(id, b.toString()));
      }
      return new Rendered(out, spanA, spanB, docA, docB, chars);
    }

    /** The case of one planting's edits ({@link #plant}'s result) where it was rendered. */
    private static Case plantedCase(int[] e, Rendered r) {
      int p = e[2];
      return new Case(
          p + 1,
          r.docA()[p],
          r.spanA()[p][0],
          r.spanA()[p][1],
          r.docB()[p],
          r.spanB()[p][0],
          r.spanB()[p][1],
          e[3],
          e[4] + e[5] + e[6] + e[8] + e[10],
          e[4],
          e[5],
          e[6],
          e[7],
          e[8],
          e[9],
          e[10]);
    }

    /**
     * Plants case {@code p}: returns {source doc, target doc, p, words, substituted, ocr,
     * transliterated, omitted sentences, omitted words, inserted sentences, inserted words} or null
     * when no place was found.
     */
    int[] plant(List<List<Piece>> docs, int p) {
      for (int attempt = 0; attempt < 100; attempt++) {
        int src = rnd.nextInt(docs.size());
        List<Piece> s = docs.get(src);
        int want = spec.minWords() + rnd.nextInt(spec.maxWords() - spec.minWords() + 1);
        int from = rnd.nextInt(s.size());
        int to = from;
        int words = 0;
        while (to < s.size()
            && s.get(to).plant < 0
            && words < want
            && words + s.get(to).words <= spec.maxWords()) {
          words += s.get(to).words;
          to++;
        }
        if (words < spec.minWords() || to - from < 1) {
          continue;
        }
        boolean self = rnd.nextDouble() < spec.selfShare();
        int dst = self ? src : rnd.nextInt(docs.size());
        long pair = (long) Math.min(src, dst) * docs.size() + Math.max(src, dst);
        if (!self && dst == src || pairs.contains(pair)) {
          continue;
        }
        List<Piece> t = docs.get(dst);
        int gap = -1;
        for (int g = 0; g < 30 && gap < 0; g++) {
          int lo = self ? to + 1 : 0;
          if (lo > t.size()) {
            break;
          }
          int candidate = lo + rnd.nextInt(t.size() - lo + 1);
          boolean inside =
              candidate > 0
                  && candidate < t.size()
                  && t.get(candidate).plant >= 0
                  && t.get(candidate - 1).plant == t.get(candidate).plant;
          if (!inside) {
            gap = candidate;
          }
        }
        if (gap < 0) {
          continue;
        }
        List<Piece> source = s.subList(from, to);
        for (Piece x : source) {
          x.plant = p;
        }
        int[] stats = new int[11];
        stats[0] = src;
        stats[1] = dst;
        stats[2] = p;
        stats[3] = words;
        List<Piece> copy = edit(source, words, stats);
        for (Piece x : copy) {
          x.plant = p;
          x.copy = true;
        }
        copy.get(0).paragraphBefore = gap == t.size() || gap == 0 || t.get(gap).paragraphBefore;
        t.addAll(gap, copy);
        pairs.add(pair);
        return stats;
      }
      return null;
    }

    /** The edited copy of a run of sentences; fills stats[4..10]. */
    List<Piece> edit(List<Piece> source, int words, int[] stats) {
      List<Piece> copy = new ArrayList<>();
      for (Piece x : source) {
        copy.add(new Piece(x.text, x.paragraphBefore));
      }
      int budget = (int) Math.round(spec.editRate() * words);
      int sentenceBudget =
          copy.size() >= 3 ? (int) Math.round(budget * spec.sentenceEditShare()) : 0;
      int used = omitSentence(copy, sentenceBudget, stats);
      Set<Piece> inserted = new HashSet<>();
      used += insertSentence(copy, sentenceBudget - used, inserted, stats);
      editWords(copy, inserted, Math.max(0, budget - used), stats);
      return copy;
    }

    /** Omits one inner sentence that fits the budget, if any; returns its words. */
    private int omitSentence(List<Piece> copy, int sentenceBudget, int[] stats) {
      List<Integer> omittable = new ArrayList<>();
      for (int i = 1; i < copy.size() - 1; i++) {
        if (copy.get(i).words <= sentenceBudget) {
          omittable.add(i);
        }
      }
      if (omittable.isEmpty()) {
        return 0;
      }
      int i = omittable.get(rnd.nextInt(omittable.size()));
      Piece gone = copy.remove(i);
      copy.get(i).paragraphBefore |= gone.paragraphBefore;
      stats[7]++;
      stats[8] += gone.words;
      return gone.words;
    }

    /**
     * Inserts one unrelated sentence of at most {@code left} words between two sentences, if one is
     * found; returns its words.
     */
    private int insertSentence(List<Piece> copy, int left, Set<Piece> inserted, int[] stats) {
      if (copy.size() < 2 || left < 6) {
        return 0;
      }
      String s = sentenceOfAtMost(left);
      if (s == null) {
        return 0;
      }
      Piece x = new Piece(s, false);
      copy.add(1 + rnd.nextInt(copy.size() - 1), x);
      inserted.add(x);
      stats[9]++;
      stats[10] += x.words;
      return x.words;
    }

    /**
     * Up to {@code wordEdits} edits on the source's words (not the inserted sentence's), at random
     * places: transliterations (15%), OCR errors (25%), the rest substitutions.
     */
    private void editWords(List<Piece> copy, Set<Piece> inserted, int wordEdits, int[] stats) {
      List<int[]> positions = new ArrayList<>();
      List<String[]> tokens = new ArrayList<>();
      for (int i = 0; i < copy.size(); i++) {
        tokens.add(copy.get(i).text.split(" "));
        if (!inserted.contains(copy.get(i))) {
          for (int w = 0; w < tokens.get(i).length; w++) {
            positions.add(new int[] {i, w});
          }
        }
      }
      Collections.shuffle(positions, rnd);
      wordEdits = Math.min(wordEdits, positions.size());
      int translit = (int) Math.round(wordEdits * 0.15);
      int ocr = (int) Math.round(wordEdits * 0.25);
      boolean[] done = new boolean[positions.size()];
      int made = 0;
      for (int k = 0; k < positions.size() && stats[6] < translit; k++) {
        int[] at = positions.get(k);
        String v = Edits.transliterate(tokens.get(at[0])[at[1]], rnd);
        if (v != null) {
          tokens.get(at[0])[at[1]] = v;
          done[k] = true;
          stats[6]++;
          made++;
        }
      }
      for (int k = 0; k < positions.size() && stats[5] < ocr && made < wordEdits; k++) {
        if (done[k]) {
          continue;
        }
        int[] at = positions.get(k);
        String v = Edits.ocr(tokens.get(at[0])[at[1]], rnd);
        if (v != null) {
          tokens.get(at[0])[at[1]] = v;
          done[k] = true;
          stats[5]++;
          made++;
        }
      }
      for (int k = 0; k < positions.size() && made < wordEdits; k++) {
        if (done[k]) {
          continue;
        }
        int[] at = positions.get(k);
        tokens.get(at[0])[at[1]] =
            Edits.substitute(tokens.get(at[0])[at[1]], rnd, pool.substitutes());
        done[k] = true;
        stats[4]++;
        made++;
      }
      for (int i = 0; i < copy.size(); i++) {
        copy.get(i).text = String.join(" ", tokens.get(i));
      }
    }
  }

  /** Writes {@code <id>.txt} for every document and {@code truth.json} into {@code dir}. */
  public void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (Doc d : docs) {
      Files.writeString(dir.resolve(d.id() + ".txt"), d.text(), StandardCharsets.UTF_8);
    }
    Truth truth = new Truth(spec, stats, docs.stream().map(Doc::id).toList(), cases);
    json().writeValue(dir.resolve("truth.json").toFile(), truth);
  }

  /** Reads {@code truth.json} of a written corpus. */
  public static Truth readTruth(Path dir) throws IOException {
    return json().readValue(dir.resolve("truth.json").toFile(), Truth.class);
  }

  /** Reads the documents of a written corpus, in id order. */
  public static List<Doc> readDocs(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<Doc> docs = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      docs.add(
          new Doc(
              name.substring(0, name.length() - 4), Files.readString(f, StandardCharsets.UTF_8)));
    }
    return docs;
  }

  static ObjectMapper json() {
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }

  /**
   * {@code PlantedCorpus <dir> [--mb N | --kb N] [--edit-rate R] [--seed S] [--from DIR]}: writes a
   * corpus of N MB (default 1) with edit rate R (default 0.1) made from the demo texts.
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println(
          "usage: PlantedCorpus <dir> [--mb N | --kb N] [--edit-rate R] [--seed S] [--from DIR]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    long chars = 1_000_000;
    double rate = 0.1;
    long seed = 1926;
    Path from = SentencePool.DEMO;
    for (int i = 1; i < args.length; i += 2) {
      switch (args[i]) {
        case "--mb" -> chars = (long) (Double.parseDouble(args[i + 1]) * 1_000_000);
        case "--kb" -> chars = (long) (Double.parseDouble(args[i + 1]) * 1_000);
        case "--edit-rate" -> rate = Double.parseDouble(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--from" -> from = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    long t0 = System.nanoTime();
    SentencePool pool = SentencePool.fromDirectory(from);
    PlantedCorpus c = generate(pool, Spec.of(seed, chars, rate));
    c.write(dir);
    System.err.printf(
        Locale.ROOT,
        "wrote %d documents, %d chars, %d cases to %s (pool sentences %d, filler sentences %d,"
            + " guard misses %d) in %.1f s%n",
        c.stats().documents(),
        c.stats().chars(),
        c.cases().size(),
        dir,
        c.stats().poolSentences(),
        c.stats().fillerSentences(),
        c.stats().guardMisses(),
        (System.nanoTime() - t0) / 1e9);
  }
}
