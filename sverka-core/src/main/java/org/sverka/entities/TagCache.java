package org.sverka.entities;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The CRF's answers by sentence, so that a sentence is tagged once however often it occurs: in one
 * run across every document (a corpus of copies and editions repeats most of its sentences), and
 * across runs when the case keeps the entries ({@code ner_cache}). The key is a hash of exactly
 * what the CRF reads, the sentence's tokens as {@link NameTagger} gives them (their words, in
 * order), with {@link #VERSION} in it: the CRF tags each sentence on its own, so equal tokens get
 * equal tags, and a cached answer is the one the CRF would give again.
 *
 * <p>An answer is the runs of tokens the CRF gave one class: for each, the first token, the token
 * after the last, and the class ({@link #LABELS}); most sentences have none. Thread-safe: the
 * tagging threads share one cache.
 */
public final class TagCache {
  /**
   * In every key: a new model or a new way of making tokens must change it, so that no answer of
   * the old one is read.
   */
  public static final String VERSION = "ner-cache-1|" + NameTagger.MODEL;

  /** The CRF's classes, by their code in an answer. */
  public static final List<String> LABELS = List.of("PERSON", "LOCATION", "ORGANIZATION");

  private static final int[] NONE = new int[0];

  private final Map<Long, int[]> answers = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<Long> fresh = new ConcurrentLinkedQueue<>();
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();

  private static final ThreadLocal<MessageDigest> SHA =
      ThreadLocal.withInitial(
          () -> {
            try {
              MessageDigest d = MessageDigest.getInstance("SHA-256");
              return d;
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException(e);
            }
          });

  /** The key of a sentence given as its tokens' words: the first 8 bytes of a SHA-256. */
  public static long key(List<String> words) {
    MessageDigest d = SHA.get();
    d.reset();
    d.update(VERSION.getBytes(StandardCharsets.UTF_8));
    for (String w : words) {
      d.update((byte) 0);
      d.update(w.getBytes(StandardCharsets.UTF_8));
    }
    byte[] h = d.digest();
    long k = 0;
    for (int i = 0; i < 8; i++) {
      k = (k << 8) | (h[i] & 0xff);
    }
    return k;
  }

  /** The cached answer for a key, or null; counts the hit or miss. */
  public int[] get(long key) {
    int[] a = answers.get(key);
    (a == null ? misses : hits).incrementAndGet();
    return a;
  }

  /** Keeps the CRF's answer for a key; a new key is also queued to be stored ({@link #drain}). */
  public void put(long key, int[] runs) {
    if (answers.putIfAbsent(key, runs.length == 0 ? NONE : runs) == null) {
      fresh.add(key);
    }
  }

  /** Adds an answer read from the case (not queued to be stored again). */
  public void load(long key, int[] runs) {
    answers.put(key, runs.length == 0 ? NONE : runs);
  }

  /** Takes the answers added by {@link #put} since the last call, to be stored. */
  public List<Map.Entry<Long, int[]>> drain() {
    List<Map.Entry<Long, int[]>> out = new ArrayList<>();
    for (Long k = fresh.poll(); k != null; k = fresh.poll()) {
      out.add(Map.entry(k, answers.get(k)));
    }
    return out;
  }

  /** How many sentences were looked up and found. */
  public long hits() {
    return hits.get();
  }

  /** How many sentences were looked up and not found (and so given to the CRF). */
  public long misses() {
    return misses.get();
  }

  /** How many answers it holds. */
  public int size() {
    return answers.size();
  }

  /**
   * An answer as bytes for the case: five bytes a run (first token, end token: two each; class).
   */
  public static byte[] encode(int[] runs) {
    byte[] b = new byte[runs.length / 3 * 5];
    for (int r = 0, o = 0; r < runs.length; r += 3, o += 5) {
      b[o] = (byte) (runs[r] >>> 8);
      b[o + 1] = (byte) runs[r];
      b[o + 2] = (byte) (runs[r + 1] >>> 8);
      b[o + 3] = (byte) runs[r + 1];
      b[o + 4] = (byte) runs[r + 2];
    }
    return b;
  }

  /** The answer of {@link #encode}'s bytes. */
  public static int[] decode(byte[] b) {
    if (b == null || b.length == 0) {
      return NONE;
    }
    int[] runs = new int[b.length / 5 * 3];
    for (int r = 0, o = 0; o + 5 <= b.length; r += 3, o += 5) {
      runs[r] = (b[o] & 0xff) << 8 | (b[o + 1] & 0xff);
      runs[r + 1] = (b[o + 2] & 0xff) << 8 | (b[o + 3] & 0xff);
      runs[r + 2] = b[o + 4];
    }
    return runs;
  }
}
