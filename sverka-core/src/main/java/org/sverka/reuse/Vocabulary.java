package org.sverka.reuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sverka.text.FunctionWords;

/**
 * The words of a corpus as ids: each folded word has an id, a {@link MatchKey} id, a count, and a
 * flag for function words. Ids are assigned in order of first appearance, so that a corpus read in
 * a fixed order gets the same ids every time. Not thread-safe while it grows.
 */
public final class Vocabulary {
  /** English function words: they align but do not seed or weigh a passage. */
  static final Set<String> STOP =
      FunctionWords.union(
          Set.of(
              "a",
              "an",
              "the",
              "and",
              "or",
              "but",
              "nor",
              "of",
              "to",
              "in",
              "on",
              "at",
              "by",
              "for",
              "with",
              "from",
              "into",
              "onto",
              "upon",
              "as",
              "is",
              "are",
              "was",
              "were",
              "be",
              "been",
              "being",
              "am",
              "it",
              "its",
              "it's",
              "this",
              "that",
              "these",
              "those",
              "which",
              "who",
              "whom",
              "whose",
              "what",
              "he",
              "she",
              "they",
              "we",
              "you",
              "i",
              "me",
              "him",
              "her",
              "them",
              "us",
              "my",
              "our",
              "your",
              "his",
              "their",
              "not",
              "no",
              "so",
              "if",
              "then",
              "than",
              "there",
              "here",
              "has",
              "have",
              "had",
              "do",
              "does",
              "did",
              "all",
              "any",
              "some",
              "such",
              "also",
              "only",
              "even",
              "very",
              "more",
              "most",
              "much",
              "many",
              "one",
              "about",
              "over",
              "under",
              "between",
              "through",
              "during",
              "before",
              "after",
              "against",
              "without",
              "within",
              "out",
              "up",
              "down",
              "off",
              "again",
              "further",
              "once",
              "both",
              "each",
              "other",
              "same",
              "own",
              "too",
              "just",
              "now",
              "when",
              "where",
              "why",
              "how",
              "while",
              "because",
              "though",
              "although",
              "whether",
              "itself",
              "themselves",
              "himself",
              "ourselves",
              "myself"),
          FunctionWords.MODALS);

  private final Map<String, Integer> ids = new HashMap<>();
  private final Map<String, Integer> keyIds = new HashMap<>();
  private final List<String> words = new ArrayList<>();
  private final List<String> keys = new ArrayList<>();
  private int[] keyHash = new int[1024];
  private int[] keyOf = new int[1024];
  private boolean[] stop = new boolean[1024];
  private long[] counts = new long[1024];
  private int[] segmentCounts = new int[1024];
  private int[] lastSegment = new int[1024]; // segments are numbered from 1
  private int segments;
  private long total;

  /** The id of a folded word, adding it if new, and counting one occurrence. */
  public int add(String folded) {
    int id = intern(folded);
    counts[id]++;
    total++;
    if (lastSegment[id] != segments) {
      lastSegment[id] = segments;
      segmentCounts[id]++;
    }
    return id;
  }

  /**
   * The id of a folded word, adding it if new, without counting it: for a vocabulary that holds
   * part of a corpus whose counts come from elsewhere ({@link #useCorpusCounts}).
   */
  public int intern(String folded) {
    Integer id = ids.get(folded);
    if (id == null) {
      id = words.size();
      ids.put(folded, id);
      words.add(folded);
      if (id == keyOf.length) {
        keyOf = java.util.Arrays.copyOf(keyOf, id * 2);
        stop = java.util.Arrays.copyOf(stop, id * 2);
        counts = java.util.Arrays.copyOf(counts, id * 2);
        segmentCounts = java.util.Arrays.copyOf(segmentCounts, id * 2);
        lastSegment = java.util.Arrays.copyOf(lastSegment, id * 2);
      }
      String key = MatchKey.of(folded);
      Integer k = keyIds.get(key);
      if (k == null) {
        k = keys.size();
        keyIds.put(key, k);
        keys.add(key);
        if (k == keyHash.length) {
          keyHash = java.util.Arrays.copyOf(keyHash, k * 2);
        }
        keyHash[k] = hash(key);
      }
      keyOf[id] = k;
      stop[id] = STOP.contains(folded) || folded.length() == 1;
    }
    return id;
  }

  /**
   * A hash of a match key's characters (32-bit FNV-1a, then mixed): what seeds are hashed from, so
   * that a seed's hash depends on its words alone, not on the order in which a vocabulary met them
   * (a distributed run builds many vocabularies and must get the same seeds).
   */
  static int hash(String key) {
    int h = 0x811c9dc5;
    for (int i = 0; i < key.length(); i++) {
      h = (h ^ key.charAt(i)) * 0x01000193;
    }
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    return h;
  }

  /** The hash of the match key of a word ({@link #hash}). */
  public int keyHash(int id) {
    return keyHash[keyOf[id]];
  }

  /** In how many segments the word occurs (the count {@link #weight} is computed from). */
  public int segmentCount(int id) {
    return segmentCounts[id];
  }

  /** How many segments the corpus has. */
  public int segments() {
    return segments;
  }

  /**
   * Sets the segment counts from the whole corpus when this vocabulary holds only some of its
   * documents (a distributed run counts them as an aggregate): {@code segments} in all, and for
   * each word id below {@code segmentCounts.length} the segments it occurs in. {@link #weight} then
   * weighs as if the whole corpus had been read here.
   */
  public void useCorpusCounts(int segments, int[] segmentCounts) {
    this.segments = segments;
    for (int id = 0; id < segmentCounts.length; id++) {
      this.segmentCounts[id] = segmentCounts[id];
    }
  }

  /**
   * Starts a new segment (a paragraph, or a stretch of 200 tokens of a long one): weights are
   * inverse segment frequencies, so that words of the formulas a document repeats paragraph after
   * paragraph weigh little even when all of them are in one document.
   */
  public void newSegment() {
    segments++;
  }

  public String word(int id) {
    return words.get(id);
  }

  public int keyOf(int id) {
    return keyOf[id];
  }

  public String key(int keyId) {
    return keys.get(keyId);
  }

  public boolean isStop(int id) {
    return stop[id];
  }

  public long count(int id) {
    return counts[id];
  }

  public int size() {
    return words.size();
  }

  /**
   * How informative a word is in this corpus: its inverse segment frequency over the largest one
   * possible, so that a word found in a single segment weighs about 1 in a corpus of any size, a
   * word in every other segment next to nothing, and a function word 0.
   */
  public double weight(int id) {
    if (stop[id]) {
      return 0;
    }
    double max = Math.log((segments + 1.0) / 1.5);
    if (max <= 0) {
      return 1;
    }
    return Math.max(0, Math.log((segments + 1.0) / (segmentCounts[id] + 0.5))) / max;
  }
}
