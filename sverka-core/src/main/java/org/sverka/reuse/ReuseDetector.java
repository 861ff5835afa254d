package org.sverka.reuse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sverka.reuse.internal.Alignment;
import org.sverka.reuse.internal.Postings;
import org.sverka.reuse.internal.SeedSpill;
import org.sverka.text.Span;

/**
 * Finds every passage that two documents share, or that one document repeats, in time near linear
 * in the size of the corpus (the passim approach, without its all-pairs alignment):
 *
 * <ol>
 *   <li><b>Seeds.</b> Every run of {@code seedLength} consecutive content words (function words
 *       skipped) is hashed by its words' {@link MatchKey}s, so spelling and transliteration
 *       variants seed too. A hash found in more than {@code maxDocFrequency} documents is a generic
 *       phrase and seeds nothing.
 *   <li><b>Chains.</b> For each pair of documents, seeds are chained along the diagonal, tolerating
 *       gaps of up to {@code maxGap} tokens on either side, so that a quotation with an omitted
 *       sentence or two stays one chain.
 *   <li><b>Alignment.</b> Between the chain's anchors, global alignment with affine gaps; beyond
 *       them, banded X-drop extension. A near-equal word counts as a variant, not a change.
 *   <li><b>Filter.</b> A passage needs {@code minWords} equal words and an informativeness weight
 *       of {@code minWeight}: the sum of its equal words' corpus weights, which generic phrases do
 *       not reach.
 * </ol>
 *
 * <p>Output is deterministic: passages are ordered by (docA, a.start, docB, b.start).
 */
public final class ReuseDetector {

  /** The knobs. The defaults are what {@code sverka analyze} uses. */
  public record Options(
      int minWords, int seedLength, int maxDocFrequency, int maxGap, double minWeight, int threads)
      implements java.io.Serializable {
    public static Options defaults() {
      return new Options(
          12, 3, 100, 150, 6.0, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public Options withMinWeight(double w) {
      return new Options(minWords, seedLength, maxDocFrequency, maxGap, w, threads);
    }

    public Options withMinWords(int n) {
      return new Options(n, seedLength, maxDocFrequency, maxGap, minWeight, threads);
    }

    public Options withThreads(int n) {
      return new Options(minWords, seedLength, maxDocFrequency, maxGap, minWeight, n);
    }
  }

  /**
   * How much heap the seed index may take while it is built, and where it spills beyond that: the
   * budget is {@value #PROPERTY} (bytes, or a number with {@code k}, {@code m} or {@code g}) when
   * that system property is set, else a quarter of the maximum heap; the directory is {@code
   * java.io.tmpdir}.
   */
  public record Spill(long budgetBytes, Path dir) {
    /** The system property that sets the budget. */
    public static final String PROPERTY = "sverka.reuse.memory";

    /** Heap the in-heap index takes per seed while it is sorted (two longs, an int and a long). */
    static final long HEAP_BYTES_PER_SEED = 28;

    /** Heap a spilled run takes per seed (two longs). */
    static final long RUN_BYTES_PER_SEED = 16;

    /** The fewest seeds a run holds, whatever the budget. */
    static final int MIN_RUN = 1024;

    public static Spill defaults() {
      String set = System.getProperty(PROPERTY);
      long budget =
          set == null || set.isBlank() ? Runtime.getRuntime().maxMemory() / 4 : parse(set);
      return new Spill(budget, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** Bytes from "512m", "2g", "65536": a clear error naming the property otherwise. */
    public static long parse(String s) {
      String t = s.strip().toLowerCase(java.util.Locale.ROOT);
      long unit = 1;
      char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
      if (last == 'k' || last == 'm' || last == 'g') {
        unit = last == 'k' ? 1L << 10 : last == 'm' ? 1L << 20 : 1L << 30;
        t = t.substring(0, t.length() - 1);
      }
      try {
        long n = Long.parseLong(t);
        if (n < 0) {
          throw new NumberFormatException();
        }
        return n * unit;
      } catch (NumberFormatException ex) {
        throw new IllegalArgumentException(
            PROPERTY + ": \"" + s + "\" is not a size (bytes, or a number with k, m or g)");
      }
    }
  }

  private final Options options;
  private final Spill spill;

  public ReuseDetector(Options options) {
    this(options, Spill.defaults());
  }

  /** With an explicit memory budget for the seed index. */
  public ReuseDetector(Options options, Spill spill) {
    this.options = options;
    this.spill = spill;
  }

  /** Content positions and seed hashes of one document. */
  private static final class Seeds {
    int[] pos; // token index of each content word
    int[] hash; // hash of the seed starting at each content word (length pos.length - k + 1)
  }

  /** A corpus indexed for seeding: built once, then queried for each document or quotation. */
  public static final class Indexed {
    final List<DocTokens> docs;
    final Vocabulary vocab;
    final Seeds[] seeds;
    final Index index;
    final int runs;

    Indexed(List<DocTokens> docs, Vocabulary vocab, Seeds[] seeds, Index index, int runs) {
      this.docs = docs;
      this.vocab = vocab;
      this.seeds = seeds;
      this.index = index;
      this.runs = runs;
    }

    /** How many seeds the index holds. */
    public int seeds() {
      return index.postings().size();
    }

    /** How many sorted runs the index was spilled to disk in; 0 if it was sorted in the heap. */
    public int spilledRuns() {
      return runs;
    }

    public List<DocTokens> docs() {
      return docs;
    }

    public Vocabulary vocabulary() {
      return vocab;
    }
  }

  public List<Passage> detect(List<DocTokens> docs, Vocabulary vocab) {
    return detect(index(docs, vocab));
  }

  /** All passages of an indexed corpus (the index can then serve quotation checks too). */
  public List<Passage> detect(Indexed ix) {
    int nd = ix.docs.size();
    List<Passage> all = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(options.threads());
    try {
      List<Future<List<Passage>>> futures = new ArrayList<>();
      for (int d = 0; d < nd; d++) {
        int docA = d;
        futures.add(pool.submit(() -> forDocument(docA, ix)));
      }
      for (Future<List<Passage>> f : futures) {
        all.addAll(f.get());
      }
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", ex);
    } catch (ExecutionException ex) {
      throw new IllegalStateException(ex.getCause());
    } finally {
      pool.shutdownNow();
    }
    all.sort(
        Comparator.comparing(Passage::docA)
            .thenComparingInt(p -> p.a().start())
            .thenComparing(Passage::docB)
            .thenComparingInt(p -> p.b().start())
            .thenComparingInt(p -> p.a().end()));
    return all;
  }

  /**
   * Where in the indexed corpus does {@code query} come from? Passages with the query on side a and
   * a corpus document on side b, best (highest weight) first; passages whose b side overlaps {@code
   * exclude} in {@code excludeDoc} (the query's own place) are left out. Words of the query must
   * have been added to the corpus's vocabulary. Not thread-safe with other queries.
   */
  public List<Passage> match(Indexed ix, DocTokens query, String excludeDoc, Span exclude) {
    Seeds sq = seeds(query, ix.vocab, options.seedLength());
    int nd = ix.docs.size();
    int[][] buf = new int[nd][];
    int[] len = new int[nd];
    collect(sq, ix.index, -1, buf, len);
    int need = seedsToFound(sq.hash.length);
    if (specificSeeds(sq, ix.index) < need) {
      // the quotation's words are all famous ones, quoted all over the corpus: its generic seeds
      // are what it has to be traced by
      for (int d = 0; d < nd; d++) {
        for (int i = 2; i < len[d]; i += 3) {
          buf[d][i] = 0;
        }
      }
    }
    List<Passage> out = new ArrayList<>();
    for (int d = 0; d < nd; d++) {
      if (len[d] == 0) {
        continue;
      }
      for (Passage p :
          pair(
              query,
              ix.docs.get(d),
              sq,
              ix.seeds[d],
              buf[d],
              len[d],
              ix.vocab,
              false,
              false,
              need)) {
        if (excludeDoc != null
            && p.docB().equals(excludeDoc)
            && exclude != null
            && p.b().overlaps(exclude)) {
          continue;
        }
        out.add(p);
      }
    }
    out.sort(
        Comparator.comparingDouble(Passage::weight)
            .reversed()
            .thenComparing(Passage::docB)
            .thenComparingInt(p -> p.b().start()));
    return out;
  }

  /**
   * How many seeds found a chain of a query with {@code querySeeds} seeds: two, as between
   * documents, but one for a quotation too short to have two (its content words are just one seed:
   * "all men are created equal").
   */
  static int seedsToFound(int querySeeds) {
    return Math.max(1, Math.min(2, querySeeds));
  }

  /** How many distinct seeds of a query occur in the corpus without being generic there. */
  private int specificSeeds(Seeds sq, Index index) {
    int n = 0;
    int[] hashes = Arrays.stream(sq.hash).distinct().toArray();
    for (int h : hashes) {
      int[] r = index.range(h);
      if (r != null && r[1] - r[0] <= index.generic() && r[1] - r[0] <= maxPostings()) {
        n++;
      }
    }
    return n;
  }

  /**
   * Indexes a corpus for seeding. The index is sorted in the heap when it fits in the {@link Spill}
   * budget, else sorted in runs on disk and merged into files mapped outside the heap; the passages
   * are the same either way.
   */
  public Indexed index(List<DocTokens> docs, Vocabulary vocab) {
    int k = options.seedLength();
    int nd = docs.size();
    Seeds[] seeds = new Seeds[nd];
    long total = 0;
    for (int d = 0; d < nd; d++) {
      seeds[d] = seeds(docs.get(d), vocab, k);
      total += seeds[d].hash.length;
    }
    if (total > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "the corpus has " + total + " seeds; the index holds at most " + Integer.MAX_VALUE);
    }
    if (total * Spill.HEAP_BYTES_PER_SEED <= spill.budgetBytes()) {
      return inHeap(docs, vocab, seeds, (int) total);
    }
    return spilled(docs, vocab, seeds, (int) total);
  }

  private Indexed inHeap(List<DocTokens> docs, Vocabulary vocab, Seeds[] seeds, int total) {
    // the index: entries sorted by hash; entry = doc << 32 | content index
    long[] packed = new long[total];
    long[] entryOf = new long[total];
    int e = 0;
    for (int d = 0; d < seeds.length; d++) {
      int[] h = seeds[d].hash;
      for (int c = 0; c < h.length; c++) {
        packed[e] = ((long) h[c] << 32) | (e & 0xffffffffL);
        entryOf[e] = ((long) d << 32) | c;
        e++;
      }
    }
    Arrays.sort(packed);
    int[] sortedHash = new int[total];
    long[] sortedEntry = new long[total];
    for (int i = 0; i < total; i++) {
      sortedHash[i] = (int) (packed[i] >> 32);
      sortedEntry[i] = entryOf[(int) packed[i]];
    }
    Index index = new Index(Postings.of(sortedHash, sortedEntry), genericThreshold(sortedHash));
    return new Indexed(docs, vocab, seeds, index, 0);
  }

  /**
   * The index sorted as an external sort does: runs of the budget's size on disk, merged into
   * mapped files. The seeds' hashes are dropped (a document's are computed again when it is
   * paired); their positions stay.
   */
  private Indexed spilled(List<DocTokens> docs, Vocabulary vocab, Seeds[] seeds, int total) {
    long perRun = spill.budgetBytes() / Spill.RUN_BYTES_PER_SEED;
    int capacity = (int) Math.max(Spill.MIN_RUN, Math.min(total, perRun));
    SeedSpill sp = new SeedSpill(spill.dir(), capacity);
    for (int d = 0; d < seeds.length; d++) {
      int[] h = seeds[d].hash;
      for (int c = 0; c < h.length; c++) {
        sp.add(h[c], ((long) d << 32) | c);
      }
      seeds[d].hash = null;
    }
    SeedSpill.Merged m = sp.finish();
    Index index = new Index(m.postings(), genericThreshold(m.repeats()));
    return new Indexed(docs, vocab, seeds, index, m.runs());
  }

  /** Document {@code d}'s seeds with their hashes (computed again if the index dropped them). */
  private Seeds seedsOf(Indexed ix, int d) {
    Seeds s = ix.seeds[d];
    return s.hash != null ? s : seeds(ix.docs.get(d), ix.vocab, options.seedLength());
  }

  /**
   * How many occurrences make a seed generic: five times the typical count of a repeated seed (its
   * median), and at least 10 (a famous sentence quoted five or six times is not generic). In an
   * ordinary corpus a shared phrase occurs twice and a formula ("Works, 4th Russ. ed., Vol.")
   * dozens of times; in a corpus of many copies every phrase occurs as often as there are copies,
   * and formulas still stand out above that.
   */
  static int genericThreshold(int[] sortedHash) {
    SortedMap<Integer, Long> repeats = new TreeMap<>();
    for (int i = 0; i < sortedHash.length; ) {
      int j = i + 1;
      while (j < sortedHash.length && sortedHash[j] == sortedHash[i]) {
        j++;
      }
      if (j - i >= 2) {
        repeats.merge(j - i, 1L, Long::sum);
      }
      i = j;
    }
    return genericThreshold(repeats);
  }

  /**
   * The generic-seed threshold ({@link #genericThreshold(int[])}) from how many seed hashes occur
   * how often: {@code repeats} maps an occurrence count of 2 or more to the number of hashes that
   * occur that often in the corpus. A distributed run counts these as an aggregate.
   */
  public static int genericThreshold(SortedMap<Integer, Long> repeats) {
    long n = 0;
    for (long c : repeats.values()) {
      n += c;
    }
    if (n == 0) {
      return 10;
    }
    long seen = 0;
    int median = 0;
    for (Map.Entry<Integer, Long> e : repeats.entrySet()) {
      seen += e.getValue();
      if (seen > n / 2) {
        median = e.getKey();
        break;
      }
    }
    return Math.max(10, 5 * median);
  }

  /** The most postings (occurrences in the corpus) a seed may have and still pair documents. */
  public int maxPostings() {
    return options.maxDocFrequency() * 4;
  }

  /**
   * Whether a seed found {@code postings} times in the corpus, in {@code docs} documents, pairs
   * documents: at least twice, at most {@link #maxPostings()} times, in at most {@code
   * maxDocFrequency} documents.
   */
  public boolean pairs(int postings, int docs) {
    return postings >= 2 && postings <= maxPostings() && docs <= options.maxDocFrequency();
  }

  /**
   * Whether seed {@code c} of a document and seed {@code cb} of the same or a later document (in
   * corpus order) make a seed pair: always between two documents, and within one document when
   * {@code cb} starts after {@code c} ends.
   */
  public boolean partners(boolean sameDoc, int c, int cb) {
    return !sameDoc || cb > c + options.seedLength();
  }

  /**
   * Whether a pair of documents with this many seed pairs that are not generic can yield a passage:
   * a chain is taken when it scores more than one seed ({@code seedLength + 1}), and a generic seed
   * adds nothing to a chain, so it takes two that are not generic. A distributed run drops the
   * other pairs before it ships their documents.
   */
  public static boolean mayChain(int specificSeeds) {
    return specificSeeds >= 2;
  }

  /**
   * The hash of every seed of a document, by content index (the index among its content words of
   * the seed's first word): what the corpus index is built from.
   */
  public int[] seedHashes(DocTokens t, Vocabulary v) {
    return seeds(t, v, options.seedLength()).hash;
  }

  /**
   * The passages of one pair of documents (or of one document with itself, when {@code ta == tb}),
   * from their seed pairs: {@code n / 3} triples (content index in a, content index in b, 1 if the
   * seed is generic else 0) in any order, as {@link #pairs} and {@link #partners} select them. This
   * is the step {@link #detect(Indexed)} runs for each pair; a distributed run calls it once per
   * pair of documents, with both documents in one vocabulary whose weights are the corpus's ({@link
   * Vocabulary#useCorpusCounts}).
   */
  public List<Passage> pairPassages(
      DocTokens ta, DocTokens tb, Vocabulary v, int[] seedPairs, int n) {
    int k = options.seedLength();
    Seeds sa = seeds(ta, v, k);
    Seeds sb = ta == tb ? sa : seeds(tb, v, k);
    return pair(ta, tb, sa, sb, seedPairs, n, v, ta == tb, true, 2);
  }

  /** The postings and the generic-seed threshold. */
  private record Index(Postings postings, int generic) {
    /** The range [from, to) of entries with this hash, or null: two binary searches. */
    int[] range(int h) {
      int from = lowerBound(h);
      if (from == postings.size() || postings.hash(from) != h) {
        return null;
      }
      int to = h == Integer.MAX_VALUE ? postings.size() : lowerBound(h + 1);
      return new int[] {from, to};
    }

    long entry(int x) {
      return postings.entry(x);
    }

    private int lowerBound(int h) {
      int lo = 0;
      int hi = postings.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (postings.hash(mid) < h) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }

  private static Seeds seeds(DocTokens t, Vocabulary v, int k) {
    int[] pos = new int[t.size];
    int n = 0;
    for (int i = 0; i < t.size; i++) {
      if (!v.isStop(t.word[i])) {
        pos[n++] = i;
      }
    }
    Seeds s = new Seeds();
    s.pos = Arrays.copyOf(pos, n);
    int m = Math.max(0, n - k + 1);
    s.hash = new int[m];
    for (int c = 0; c < m; c++) {
      int h = 0x9747b28c;
      for (int x = 0; x < k; x++) {
        h = (h ^ v.keyHash(t.word[s.pos[c + x]])) * 0x5bd1e995;
        h ^= h >>> 15;
      }
      s.hash[c] = h;
    }
    return s;
  }

  /** All passages between document {@code a} and the documents after it (and itself). */
  private List<Passage> forDocument(int a, Indexed ix) {
    int nd = ix.docs.size();
    // seed pairs per partner document: (content index in a, content index in partner, generic)
    int[][] buf = new int[nd][];
    int[] len = new int[nd];
    Seeds sa = seedsOf(ix, a);
    collect(sa, ix.index, a, buf, len);
    List<Passage> out = new ArrayList<>();
    for (int d = a; d < nd; d++) {
      if (len[d] == 0) {
        continue;
      }
      out.addAll(
          pair(
              ix.docs.get(a),
              ix.docs.get(d),
              sa,
              ix.seeds[d],
              buf[d],
              len[d],
              ix.vocab,
              a == d,
              true,
              2));
      buf[d] = null;
    }
    return out;
  }

  /**
   * Looks up every seed of {@code sa} and appends (content index in a, content index in the
   * partner, generic flag) to the partner's buffer. With {@code a >= 0} (a document of the corpus)
   * only partners from {@code a} on are kept, and within {@code a} only later seeds.
   */
  private void collect(Seeds sa, Index index, int a, int[][] buf, int[] len) {
    int maxPostings = maxPostings();
    for (int c = 0; c < sa.hash.length; c++) {
      int[] r = index.range(sa.hash[c]);
      if (r == null || r[1] - r[0] < (a >= 0 ? 2 : 1) || r[1] - r[0] > maxPostings) {
        continue;
      }
      int docs = distinctDocs(index, r);
      if (a >= 0 ? !pairs(r[1] - r[0], docs) : docs > options.maxDocFrequency()) {
        continue;
      }
      int generic = r[1] - r[0] > index.generic() ? 1 : 0;
      for (int x = r[0]; x < r[1]; x++) {
        int d = (int) (index.entry(x) >>> 32);
        int cb = (int) index.entry(x);
        if (a >= 0 && (d < a || !partners(d == a, c, cb))) {
          continue;
        }
        if (buf[d] == null) {
          buf[d] = new int[96];
        }
        if (len[d] + 3 > buf[d].length) {
          buf[d] = Arrays.copyOf(buf[d], buf[d].length * 2);
        }
        buf[d][len[d]++] = c;
        buf[d][len[d]++] = cb;
        buf[d][len[d]++] = generic;
      }
    }
  }

  private static int distinctDocs(Index index, int[] r) {
    int count = 0;
    int last = -1;
    for (int x = r[0]; x < r[1]; x++) {
      int d = (int) (index.entry(x) >>> 32);
      if (d != last) {
        count++;
        last = d;
      }
    }
    return count;
  }

  /**
   * The distinct seeds of a pair of documents, sorted by (p, q): the token positions of their first
   * words, their indices among each side's seeds, and whether each is generic.
   */
  private record SeedHits(int[] p, int[] q, int[] ca, int[] cb, boolean[] generic, int m) {}

  /** The best chain score ending at each seed, and the seed before it in that chain (or -1). */
  private record Chains(double[] f, int[] prev) {}

  /**
   * Chains and aligns the seeds of one pair of documents; a chain needs {@code need} seeds (two, or
   * one for a short quotation: {@link #seedsToFound}).
   */
  private List<Passage> pair(
      DocTokens ta,
      DocTokens tb,
      Seeds sa,
      Seeds sb,
      int[] raw,
      int n,
      Vocabulary vocab,
      boolean self,
      boolean orient,
      int need) {
    int k = options.seedLength();
    int count = n / 3;
    int specific = 0;
    for (int i = 0; i < count; i++) {
      specific += raw[3 * i + 2] == 0 ? 1 : 0;
    }
    if (need >= 2 ? !mayChain(specific) : specific < need) {
      return List.of();
    }
    SeedHits h = seedHits(sa, sb, raw, count);
    int m = h.m();
    Chains c = chains(h, k);
    double[] f = c.f();
    // take chains best first, each seed once
    Integer[] order = new Integer[m];
    for (int i = 0; i < m; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> f[x] != f[y] ? Double.compare(f[y], f[x]) : Integer.compare(x, y));
    boolean[] used = new boolean[m];
    List<Passage> out = new ArrayList<>();
    Alignment al = new Alignment(ta, tb, vocab);
    List<Span> takenA = new ArrayList<>();
    List<Span> takenB = new ArrayList<>();
    for (int end : order) {
      if (used[end] || f[end] < (need >= 2 ? k + 1 : k)) {
        continue;
      }
      List<Integer> chain = new ArrayList<>();
      for (int x = end; x >= 0 && !used[x]; x = c.prev()[x]) {
        chain.add(x);
      }
      for (int x : chain) {
        used[x] = true;
      }
      if (chain.size() < need) {
        // the tail of a chain already taken, or a lone seed: its score was borrowed from seeds
        // that are gone (three quarters of all alignments on repetitive corpora, for nothing)
        continue;
      }
      java.util.Collections.reverse(chain);
      for (Passage passage : align(al, ta, tb, sa, sb, chain, h.ca(), h.cb(), vocab, k)) {
        if (self && passage.a().overlaps(passage.b())) {
          continue;
        }
        if (overlapsTaken(passage, takenA, takenB)) {
          continue;
        }
        takenA.add(passage.a());
        takenB.add(passage.b());
        out.add(orient ? orient(passage, ta, tb) : passage);
      }
    }
    return out;
  }

  /**
   * The seeds as token positions of their first word, sorted by (p, q), each once; generic seeds
   * carry the low bit of q's slot shifted into a side array after sorting.
   */
  private static SeedHits seedHits(Seeds sa, Seeds sb, int[] raw, int count) {
    long[] s = new long[count];
    for (int i = 0; i < count; i++) {
      long p = raw[3 * i];
      long q = raw[3 * i + 1];
      s[i] = (p << 33) | (q << 1) | raw[3 * i + 2];
    }
    Arrays.sort(s);
    int[] p = new int[count];
    int[] q = new int[count];
    int[] ca = new int[count];
    int[] cb = new int[count];
    boolean[] generic = new boolean[count];
    int m = 0;
    for (int i = 0; i < count; i++) {
      if (i > 0 && (s[i] >>> 1) == (s[i - 1] >>> 1)) {
        continue;
      }
      ca[m] = (int) (s[i] >>> 33);
      cb[m] = (int) ((s[i] >>> 1) & 0xffffffffL);
      generic[m] = (s[i] & 1) == 1;
      p[m] = sa.pos[ca[m]];
      q[m] = sb.pos[cb[m]];
      m++;
    }
    return new SeedHits(p, q, ca, cb, generic, m);
  }

  /** Chaining DP (minimap2-style), looking back at most 64 seeds. */
  private Chains chains(SeedHits h, int k) {
    int m = h.m();
    int[] p = h.p();
    int[] q = h.q();
    double[] f = new double[m];
    int[] prev = new int[m];
    int maxGap = options.maxGap() + 4 * k;
    for (int j = 0; j < m; j++) {
      // a generic seed may link a chain but earns it nothing
      double own = h.generic()[j] ? 0 : k;
      f[j] = own;
      prev[j] = -1;
      for (int i = j - 1; i >= 0 && i >= j - 64; i--) {
        int dp = p[j] - p[i];
        int dq = q[j] - q[i];
        if (dp <= 0 || dq <= 0) {
          continue;
        }
        if (dp > maxGap || dq > maxGap) {
          continue;
        }
        int drift = Math.abs(dp - dq);
        if (drift > options.maxGap()) {
          continue;
        }
        double gain =
            h.generic()[j]
                ? 0
                : Math.min(k, Math.min(h.ca()[j] - h.ca()[i], h.cb()[j] - h.cb()[i]));
        double cost = drift == 0 ? 0 : 0.01 * drift + 0.5 * (Math.log(drift + 1) / Math.log(2));
        double score = f[i] + gain - cost;
        if (score > f[j]) {
          f[j] = score;
          prev[j] = i;
        }
      }
    }
    return new Chains(f, prev);
  }

  private static boolean overlapsTaken(Passage p, List<Span> takenA, List<Span> takenB) {
    for (int i = 0; i < takenA.size(); i++) {
      Span a = takenA.get(i);
      Span b = takenB.get(i);
      if (overlapShare(a, p.a()) > 0.5 && overlapShare(b, p.b()) > 0.5) {
        return true;
      }
    }
    return false;
  }

  private static double overlapShare(Span x, Span y) {
    int o = Math.min(x.end(), y.end()) - Math.max(x.start(), y.start());
    return o <= 0 ? 0 : (double) o / Math.max(1, Math.min(x.length(), y.length()));
  }

  /** Aligns one chain: anchors, gaps between them, extensions at both ends. */
  private List<Passage> align(
      Alignment al,
      DocTokens ta,
      DocTokens tb,
      Seeds sa,
      Seeds sb,
      List<Integer> chain,
      int[] ca,
      int[] cb,
      Vocabulary vocab,
      int k) {
    List<int[]> anchors = anchors(al, sa, sb, chain, ca, cb, k);
    if (anchors.isEmpty()) {
      return List.of();
    }
    List<int[]> cols = new ArrayList<>();
    int[] first = anchors.get(0);
    cols.addAll(al.extend(first[0] - 1, first[1] - 1, -1, 200, 12, 12));
    for (int i = 0; i < anchors.size(); i++) {
      int[] an = anchors.get(i);
      if (i > 0) {
        int[] pr = anchors.get(i - 1);
        al.global(pr[0] + 1, an[0], pr[1] + 1, an[1], cols);
      }
      cols.add(an);
    }
    int[] last = anchors.get(anchors.size() - 1);
    cols.addAll(al.extend(last[0] + 1, last[1] + 1, +1, 200, 12, 12));
    // trim leading and trailing columns that are not equal words or variants
    int lo = 0;
    int hi = cols.size() - 1;
    while (lo <= hi && !pairedSimilar(al, cols.get(lo))) {
      lo++;
    }
    while (hi >= lo && !pairedSimilar(al, cols.get(hi))) {
      hi--;
    }
    if (lo > hi) {
      return List.of();
    }
    return split(al, ta, tb, cols, lo, hi, vocab);
  }

  /** Anchor pairs: the seed's k content words on each side, strictly increasing. */
  private static List<int[]> anchors(
      Alignment al, Seeds sa, Seeds sb, List<Integer> chain, int[] ca, int[] cb, int k) {
    List<int[]> anchors = new ArrayList<>();
    int lastA = -1;
    int lastB = -1;
    for (int x : chain) {
      for (int y = 0; y < k; y++) {
        int ia = sa.pos[ca[x] + y];
        int ib = sb.pos[cb[x] + y];
        if (ia > lastA && ib > lastB && al.similarity(ia, ib) > 0) {
          anchors.add(new int[] {ia, ib});
          lastA = ia;
          lastB = ib;
        }
      }
    }
    return anchors;
  }

  /**
   * The passages of the columns lo to hi, split where both sides go on for a while without a shared
   * word: two reuses that a chain joined, not one with an omission (an omission leaves one side
   * matching on).
   */
  private List<Passage> split(
      Alignment al,
      DocTokens ta,
      DocTokens tb,
      List<int[]> cols,
      int lo,
      int hi,
      Vocabulary vocab) {
    List<Passage> out = new ArrayList<>();
    int pieceStart = lo;
    int lastSimilar = lo;
    for (int i = lo + 1; i <= hi; i++) {
      if (!pairedSimilar(al, cols.get(i))) {
        continue;
      }
      int gapA = 0;
      int gapB = 0;
      for (int x = lastSimilar + 1; x < i; x++) {
        gapA += cols.get(x)[0] >= 0 ? 1 : 0;
        gapB += cols.get(x)[1] >= 0 ? 1 : 0;
      }
      if (Math.min(gapA, gapB) >= SPLIT_GAP
          || quotedApart(ta, cols.get(lastSimilar)[0], cols.get(i)[0], gapA, gapB)
          || quotedApart(tb, cols.get(lastSimilar)[1], cols.get(i)[1], gapB, gapA)) {
        addIfKept(build(al, ta, tb, cols.subList(pieceStart, lastSimilar + 1), vocab), out);
        pieceStart = i;
      }
      lastSimilar = i;
    }
    addIfKept(build(al, ta, tb, cols.subList(pieceStart, hi + 1), vocab), out);
    return out;
  }

  /** Both sides this many tokens without a shared word end a passage. */
  static final int SPLIT_GAP = 15;

  /** Words of one side's own between two quotations of the other that end a passage. */
  static final int QUOTED_APART_GAP = 8;

  /**
   * Does one side have words of its own between tokens {@code from} and {@code to} that stand
   * outside quotation marks: the run before ends inside a quotation, then a closing mark, at least
   * {@value #QUOTED_APART_GAP} words outside marks (more words than the other side's gap), and the
   * run after stands inside a quotation again? Two clauses of the other text quoted apart, not one
   * quotation with words added.
   */
  static boolean quotedApart(DocTokens t, int from, int to, int gap, int otherGap) {
    if (gap < QUOTED_APART_GAP || gap <= otherGap || from < 0 || to <= from) {
      return false;
    }
    int a = t.end(from);
    int b = t.start(to);
    String s = t.text;
    // outside[x]: after a closing mark and before the next opening one; only once the first
    // matched run is seen to end inside a quotation (its closing mark comes first)
    boolean[] outside = new boolean[b - a];
    boolean out = false;
    boolean seenClose = false;
    for (int x = a; x < b; x++) {
      char c = s.charAt(x);
      if (isMark(c)) {
        boolean closing = x > 0 && !Character.isWhitespace(s.charAt(x - 1));
        if (!seenClose && !closing) {
          return false; // the first run is not inside a quotation
        }
        if (closing) {
          seenClose = true;
          out = true;
        } else {
          out = false;
        }
      }
      outside[x - a] = out;
    }
    if (out) {
      return false; // the second run is not inside a quotation
    }
    int words = 0;
    for (int x = from + 1; x < to; x++) {
      if (outside[t.start(x) - a]) {
        words++;
      }
    }
    return words >= QUOTED_APART_GAP;
  }

  private static boolean isMark(char c) {
    return "\"“”«»„".indexOf(c) >= 0;
  }

  private static void addIfKept(Passage p, List<Passage> out) {
    if (p != null) {
      out.add(p);
    }
  }

  private static boolean pairedSimilar(Alignment al, int[] c) {
    return c[0] >= 0 && c[1] >= 0 && al.similarity(c[0], c[1]) > 0;
  }

  /**
   * The op of every column (with whether a change is only of spelling), the first and last token on
   * each side, and the counts and weight the passage filters read.
   */
  private record Columns(
      Op[] colOp,
      boolean[] spelling,
      boolean[] ocr,
      int firstA,
      int lastA,
      int firstB,
      int lastB,
      int equal,
      int tokensA,
      int tokensB,
      double weight) {}

  /** The runs of one op as ops, and how many words are omitted, added and changed. */
  private record Runs(List<AlignOp> ops, int omitted, int added, int changed) {}

  /** Columns to ops with spans that tile both sides; applies the passage filters. */
  private Passage build(
      Alignment al, DocTokens ta, DocTokens tb, List<int[]> cols, Vocabulary vocab) {
    Columns c = columns(al, ta, tb, cols, vocab);
    if (c.equal() < options.minWords() || c.weight() < options.minWeight()) {
      return null;
    }
    if (contentIdentity(cols, c.colOp(), ta, tb, vocab) < MIN_CONTENT_IDENTITY) {
      return null;
    }
    Span spanA = new Span(ta.start[c.firstA()], ta.end[c.lastA()]);
    Span spanB = new Span(tb.start[c.firstB()], tb.end[c.lastB()]);
    Runs r = runs(ta, tb, cols, c, spanA, spanB);
    double identity = 2.0 * c.equal() / (c.tokensA() + c.tokensB());
    return new Passage(
        ta.doc,
        spanA,
        tb.doc,
        spanB,
        kind(r.omitted(), r.added(), r.changed()),
        identity,
        c.weight(),
        c.tokensA(),
        c.tokensB(),
        r.ops());
  }

  /** Classifies every column: equal, changed (perhaps only in spelling), omitted or added. */
  private static Columns columns(
      Alignment al, DocTokens ta, DocTokens tb, List<int[]> cols, Vocabulary vocab) {
    int firstA = -1;
    int lastA = -1;
    int firstB = -1;
    int lastB = -1;
    int equal = 0;
    int tokensA = 0;
    int tokensB = 0;
    double weight = 0;
    Op[] colOp = new Op[cols.size()];
    boolean[] spelling = new boolean[cols.size()];
    boolean[] ocr = new boolean[cols.size()];
    for (int i = 0; i < cols.size(); i++) {
      int[] c = cols.get(i);
      if (c[0] >= 0) {
        tokensA++;
        lastA = c[0];
        if (firstA < 0) {
          firstA = c[0];
        }
      }
      if (c[1] >= 0) {
        tokensB++;
        lastB = c[1];
        if (firstB < 0) {
          firstB = c[1];
        }
      }
      if (c[0] >= 0 && c[1] >= 0) {
        int sim = al.similarity(c[0], c[1]);
        if (sim == 2 || sim == 1 && sameFolded(vocab, ta.word[c[0]], tb.word[c[1]])) {
          colOp[i] = Op.EQUAL;
          equal++;
          weight += vocab.weight(ta.word[c[0]]);
        } else {
          colOp[i] = Op.CHANGED;
          ocr[i] = ta.doubtful(c[0]) || tb.doubtful(c[1]);
          spelling[i] = sim == 1 || ocr[i];
          if (sim == 1) {
            weight += 0.5 * vocab.weight(ta.word[c[0]]);
          }
        }
      } else {
        colOp[i] = c[0] >= 0 ? Op.OMITTED : Op.ADDED;
      }
    }
    return new Columns(
        colOp, spelling, ocr, firstA, lastA, firstB, lastB, equal, tokensA, tokensB, weight);
  }

  /** Runs of one op; each run's span reaches to the next run's first token on that side. */
  private static Runs runs(
      DocTokens ta, DocTokens tb, List<int[]> cols, Columns c, Span spanA, Span spanB) {
    Op[] colOp = c.colOp();
    boolean[] spelling = c.spelling();
    boolean[] ocr = c.ocr();
    List<AlignOp> ops = new ArrayList<>();
    int omitted = 0;
    int added = 0;
    int changed = 0;
    int i = 0;
    int posA = spanA.start();
    int posB = spanB.start();
    int nextTokA = c.firstA();
    int nextTokB = c.firstB();
    while (i < cols.size()) {
      Op op = colOp[i];
      boolean spell = spelling[i];
      boolean misread = ocr[i];
      int j = i;
      int na = 0;
      int nb = 0;
      while (j < cols.size()
          && colOp[j] == op
          && (op != Op.CHANGED || spelling[j] == spell && ocr[j] == misread)) {
        if (cols.get(j)[0] >= 0) {
          na++;
        }
        if (cols.get(j)[1] >= 0) {
          nb++;
        }
        j++;
      }
      nextTokA += na;
      nextTokB += nb;
      int endA = nextTokA > c.lastA() ? spanA.end() : ta.start[nextTokA];
      int endB = nextTokB > c.lastB() ? spanB.end() : tb.start[nextTokB];
      ops.add(
          new AlignOp(
              op,
              new Span(posA, endA),
              new Span(posB, endB),
              na,
              nb,
              op == Op.CHANGED && spell,
              op == Op.CHANGED && misread));
      posA = endA;
      posB = endB;
      switch (op) {
        case OMITTED -> omitted += na;
        case ADDED -> added += nb;
        case CHANGED -> changed += spell ? 0 : na;
        default -> {}
      }
      i = j;
    }
    return new Runs(ops, omitted, added, changed);
  }

  /**
   * Share of content words (not function words) that are equal on the two sides. Two unrelated
   * sentences on the same subject share function words and a few topic words; a reuse shares most
   * of its content words, even in another translation.
   */
  static final double MIN_CONTENT_IDENTITY = 0.4;

  static double contentIdentity(
      List<int[]> cols, Op[] colOp, DocTokens ta, DocTokens tb, Vocabulary v) {
    int equal = 0;
    int ca = 0;
    int cb = 0;
    for (int i = 0; i < cols.size(); i++) {
      int[] c = cols.get(i);
      boolean contentA = c[0] >= 0 && !v.isStop(ta.word[c[0]]);
      boolean contentB = c[1] >= 0 && !v.isStop(tb.word[c[1]]);
      ca += contentA ? 1 : 0;
      cb += contentB ? 1 : 0;
      if (colOp[i] == Op.EQUAL && contentA) {
        equal++;
      }
    }
    return ca + cb == 0 ? 0 : 2.0 * equal / (ca + cb);
  }

  private static boolean sameFolded(Vocabulary v, int wa, int wb) {
    return v.word(wa).equals(v.word(wb));
  }

  static Passage.Kind kind(int omitted, int added, int changed) {
    boolean abridged = omitted >= 5;
    boolean expanded = added >= 5;
    boolean variant = changed > 0 || (omitted > 0 && !abridged) || (added > 0 && !expanded);
    if (abridged && expanded) {
      return Passage.Kind.ABRIDGED_EXPANDED;
    }
    if (abridged) {
      return variant ? Passage.Kind.ABRIDGED_VARIANT : Passage.Kind.ABRIDGED;
    }
    if (expanded) {
      return variant ? Passage.Kind.EXPANDED_VARIANT : Passage.Kind.EXPANDED;
    }
    return variant ? Passage.Kind.VARIANT : Passage.Kind.VERBATIM;
  }

  /** Puts the earlier document (by the date of the passage's part) on side a. */
  private static Passage orient(Passage p, DocTokens ta, DocTokens tb) {
    String da = ta.dateAt(p.a().start());
    String db = tb.dateAt(p.b().start());
    boolean swap = da != null && db != null && db.compareTo(da) < 0;
    if (!swap) {
      return p;
    }
    List<AlignOp> ops = new ArrayList<>();
    for (AlignOp o : p.ops()) {
      Op op = o.op() == Op.OMITTED ? Op.ADDED : o.op() == Op.ADDED ? Op.OMITTED : o.op();
      ops.add(new AlignOp(op, o.b(), o.a(), o.tokensB(), o.tokensA(), o.spelling(), o.ocr()));
    }
    int omitted = 0;
    int added = 0;
    int changed = 0;
    for (AlignOp o : ops) {
      switch (o.op()) {
        case OMITTED -> omitted += o.tokensA();
        case ADDED -> added += o.tokensB();
        case CHANGED -> changed += o.spelling() ? 0 : o.tokensA();
        default -> {}
      }
    }
    return new Passage(
        p.docB(),
        p.b(),
        p.docA(),
        p.a(),
        kind(omitted, added, changed),
        p.identity(),
        p.weight(),
        p.tokensB(),
        p.tokensA(),
        ops);
  }
}
