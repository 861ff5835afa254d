package org.sverka.bench.reuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Filler sentences for corpora larger than the demo texts: a word-level Markov chain of order 1
 * over the pool's sentences (whitespace tokens with their punctuation), started at a real sentence
 * start and stopped at a real sentence end (6 to 60 words).
 *
 * <p>Order 1 and not 2: an order-2 chain trained on 1 MB reproduces long stretches of its training
 * text, which would be reuse nobody planted. Even order 1 would repeat the frequent paths ("the
 * Central Committee of the Party") thousands of times in 100 MB, so every word is checked against a
 * corpus-wide {@link ContentGrams} guard: a word that would complete a content-word {@value
 * ContentGrams#N}-gram already written anywhere (pool sentences included) is drawn again, from its
 * predecessor's successors (8 tries), then from the whole pool's word frequencies (8 tries). What
 * comes out reads like shuffled political prose with the demo texts' word frequencies, and no run
 * of {@value ContentGrams#N} content words occurs twice in a corpus except where a copy was
 * planted.
 */
final class MarkovFiller {
  private final String[] tokens;
  private final long[][] keys;
  private final int[][] successors;
  private final int[] starts;
  private final int[] unigram;
  private final boolean[] ends;
  private long guardMisses;

  MarkovFiller(List<String> sentences) {
    Map<String, Integer> ids = new HashMap<>();
    List<String> tokenList = new ArrayList<>();
    List<List<Integer>> succ = new ArrayList<>();
    List<Integer> startList = new ArrayList<>();
    List<Integer> all = new ArrayList<>();
    for (String s : sentences) {
      int prev = -1;
      for (String t : s.split(" ")) {
        Integer id = ids.get(t);
        if (id == null) {
          id = tokenList.size();
          ids.put(t, id);
          tokenList.add(t);
          succ.add(new ArrayList<>(2));
        }
        if (prev < 0) {
          startList.add(id);
        } else {
          succ.get(prev).add(id);
        }
        all.add(id);
        prev = id;
      }
    }
    tokens = tokenList.toArray(new String[0]);
    keys = new long[tokens.length][];
    successors = new int[tokens.length][];
    for (int i = 0; i < tokens.length; i++) {
      keys[i] = Words.contentKeys(tokens[i]).stream().mapToLong(Long::longValue).toArray();
      successors[i] = succ.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    starts = startList.stream().mapToInt(Integer::intValue).toArray();
    ends = new boolean[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      ends[i] = endsSentence(tokens[i]);
    }
    unigram = all.stream().mapToInt(Integer::intValue).toArray();
  }

  /** One sentence; its content grams are added to {@code guard}. */
  String sentence(Random rnd, ContentGrams guard) {
    StringBuilder out = new StringBuilder(200);
    long[] window = new long[ContentGrams.N - 1];
    int[] inWindow = {0};
    int words = 0;
    int tok = pick(starts[rnd.nextInt(starts.length)], null, rnd, guard, window, inWindow);
    while (true) {
      accept(tok, guard, window, inWindow);
      if (words > 0) {
        out.append(' ');
      }
      out.append(tokens[tok]);
      words++;
      int[] next = successors[tok];
      if (words >= 6 && ends[tok]) {
        break;
      }
      if (words >= 60) {
        break;
      }
      int candidate = next.length == 0 ? unigram[rnd.nextInt(unigram.length)] : -1;
      tok = pick(candidate, next, rnd, guard, window, inWindow);
    }
    if (!ends[tok]) {
      while (out.length() > 0 && !Character.isLetterOrDigit(out.charAt(out.length() - 1))) {
        out.setLength(out.length() - 1);
      }
      out.append('.');
    }
    return out.toString();
  }

  /** How many words were written although they repeat a gram (all draws failed). */
  long guardMisses() {
    return guardMisses;
  }

  private int pick(
      int first, int[] from, Random rnd, ContentGrams guard, long[] window, int[] inWindow) {
    int tok = first;
    for (int attempt = 0; attempt < 16; attempt++) {
      if (tok < 0 || attempt > 0) {
        tok =
            attempt < 8 && from != null && from.length > 0
                ? from[rnd.nextInt(from.length)]
                : unigram[rnd.nextInt(unigram.length)];
      }
      if (fresh(tok, guard, window, inWindow[0])) {
        return tok;
      }
    }
    guardMisses++;
    return tok;
  }

  private boolean fresh(int tok, ContentGrams guard, long[] window, int inWindow) {
    long[] w = window.clone();
    int n = inWindow;
    for (long k : keys[tok]) {
      if (n == w.length) {
        if (guard.contains(ContentGrams.gram(w[0], w[1], w[2], k))) {
          return false;
        }
        System.arraycopy(w, 1, w, 0, w.length - 1);
        w[w.length - 1] = k;
      } else {
        w[n++] = k;
      }
    }
    return true;
  }

  private void accept(int tok, ContentGrams guard, long[] window, int[] inWindow) {
    for (long k : keys[tok]) {
      if (inWindow[0] == window.length) {
        guard.add(ContentGrams.gram(window[0], window[1], window[2], k));
        System.arraycopy(window, 1, window, 0, window.length - 1);
        window[window.length - 1] = k;
      } else {
        window[inWindow[0]++] = k;
      }
    }
  }

  static boolean endsSentence(String token) {
    int i = token.length() - 1;
    while (i >= 0 && "\"”’)]*".indexOf(token.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0
        && ".!?".indexOf(token.charAt(i)) >= 0
        && !token.matches("(?i).*\\b(vol|no|pp?)\\.$");
  }
}
