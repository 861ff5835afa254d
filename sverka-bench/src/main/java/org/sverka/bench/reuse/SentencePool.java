package org.sverka.bench.reuse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sverka.document.DocumentBuilder;
import org.sverka.text.LineMap;
import org.sverka.text.Paragraph;
import org.sverka.text.Segmenter;
import org.sverka.text.Sentence;

/**
 * The real sentences a planted corpus is made of: every sentence of the demo texts (as the
 * project's {@link Segmenter} splits them, whitespace collapsed) that looks like prose (6 to 80
 * words, mostly letters, at least 4 content words), without near-duplicates.
 *
 * <p>Near-duplicates are what would make two unrelated host documents share a passage by accident:
 * the demo corpus quotes itself (the 1928 letter is in two files, the Kirov articles in two
 * translations, the Stalin volume repeats its formulas). A sentence is dropped when any run of
 * {@value ContentGrams#N} consecutive content words in it (compared by {@link
 * org.sverka.reuse.MatchKey}, function words skipped, as the detector compares them) already occurs
 * in a sentence kept before it or twice in itself, or when it shares at least {@value #NEAR_SHARED}
 * distinct content words, and at least half of the smaller one's, with a sentence kept before it (a
 * paraphrase: "It turns out that if the enemy comes within, say, eighty kilometres of the walls of
 * the Kremlin ..." and "It turns out, then, that when the enemy comes within eighty kilometres of
 * the Kremlin ..." share no 4-gram, and the detector rightly pairs them). So no content {@value
 * ContentGrams#N}-gram occurs twice in the pool, and a corpus that uses each pool sentence at most
 * once shares no such run, nor a paraphrased sentence, between unrelated places.
 *
 * <p>The pool also holds, for generated filler text ({@link MarkovFiller}) and for word
 * substitutions, the sentences' whitespace tokens.
 */
public final class SentencePool {
  /** The folder of the demo corpus, relative to the repository root. */
  public static final Path DEMO = Path.of("examples", "opposition-1926-1937");

  private final List<String> sentences;
  private final ContentGrams grams;
  private final List<String> substitutes;
  private final long chars;

  private SentencePool(List<String> sentences, ContentGrams grams, List<String> substitutes) {
    this.sentences = List.copyOf(sentences);
    this.grams = grams;
    this.substitutes = List.copyOf(substitutes);
    this.chars = sentences.stream().mapToLong(s -> s.length() + 1).sum();
  }

  /** The pool of every {@code *.txt} file in {@code dir}, files in name order. */
  public static SentencePool fromDirectory(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException("no .txt files in " + dir);
    }
    List<String> texts = new ArrayList<>();
    for (Path f : files) {
      texts.add(Files.readString(f, StandardCharsets.UTF_8));
    }
    return fromTexts(texts);
  }

  /** The pool of these texts, in order. */
  public static SentencePool fromTexts(List<String> texts) {
    Segmenter segmenter = new Segmenter();
    ContentGrams grams = new ContentGrams(1 << 18);
    List<String> kept = new ArrayList<>();
    List<Integer> keptWords = new ArrayList<>();
    Map<Long, List<Integer>> byWord = new HashMap<>();
    java.util.LinkedHashSet<String> substitutes = new java.util.LinkedHashSet<>();
    for (String text : texts) {
      List<Paragraph> paragraphs =
          segmenter.paragraphs(text, LineMap.of(text), DocumentBuilder.normalizerFor(text));
      for (Paragraph p : paragraphs) {
        if (p.boilerplate()) {
          continue;
        }
        String nt = p.normalized().text();
        for (Sentence s : p.sentences()) {
          String sentence =
              nt.substring(s.normStart(), s.normEnd()).strip().replaceAll("\\s+", " ");
          if (!prose(sentence)) {
            continue;
          }
          long[] g = grams.of(sentence);
          if (g.length < 1 || grams.containsAny(g) || repeats(g)) {
            continue;
          }
          long[] words = distinctContentKeys(sentence);
          if (nearDuplicate(words, byWord, keptWords)) {
            continue;
          }
          grams.addAll(g);
          for (long w : words) {
            byWord.computeIfAbsent(w, x -> new ArrayList<>()).add(kept.size());
          }
          keptWords.add(words.length);
          kept.add(sentence);
          for (String w : sentence.split(" ")) {
            String bare = Words.bare(w);
            if (bare.length() >= 3 && bare.chars().allMatch(Character::isLetter)) {
              substitutes.add(bare.toLowerCase(java.util.Locale.ROOT));
            }
          }
        }
      }
    }
    return new SentencePool(kept, grams, new ArrayList<>(substitutes));
  }

  private static long[] distinctContentKeys(String sentence) {
    java.util.LinkedHashSet<Long> keys = new java.util.LinkedHashSet<>();
    for (String t : sentence.split(" ")) {
      keys.addAll(Words.contentKeys(t));
    }
    return keys.stream().mapToLong(Long::longValue).toArray();
  }

  /**
   * Does a kept sentence share at least {@value #NEAR_SHARED} distinct content words with this one,
   * and at least half of the smaller sentence's?
   */
  private static boolean nearDuplicate(
      long[] words, Map<Long, List<Integer>> byWord, List<Integer> keptWords) {
    Map<Integer, Integer> shared = new HashMap<>();
    for (long w : words) {
      for (int s : byWord.getOrDefault(w, List.of())) {
        shared.merge(s, 1, Integer::sum);
      }
    }
    for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
      int common = e.getValue();
      if (common >= NEAR_SHARED
          && common >= 0.5 * Math.min(words.length, keptWords.get(e.getKey()))) {
        return true;
      }
    }
    return false;
  }

  static final int NEAR_SHARED = 5;

  /**
   * Does a gram occur twice in the sentence ("from 81 per cent of the total ... to 14 per cent")?
   */
  private static boolean repeats(long[] grams) {
    return java.util.Arrays.stream(grams).distinct().count() < grams.length;
  }

  /** Prose: 6 to 80 words, at least 80% of its non-space characters letters, no surrogates. */
  static boolean prose(String s) {
    int words = s.split(" ").length;
    if (words < 6 || words > 80) {
      return false;
    }
    int letters = 0;
    int nonSpace = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c) || c < ' ') {
        return false;
      }
      if (c != ' ') {
        nonSpace++;
        letters += Character.isLetter(c) ? 1 : 0;
      }
    }
    return letters >= 0.8 * nonSpace && Words.contentWords(s) >= 4;
  }

  public List<String> sentences() {
    return sentences;
  }

  /** Sum of the sentences' lengths plus one separator each. */
  public long chars() {
    return chars;
  }

  /** The content grams of the pool (a copy may be grown into a corpus-wide guard). */
  ContentGrams grams() {
    return grams;
  }

  /** Distinct lower-case words of the pool (letters only, 3 or more), for word substitutions. */
  public List<String> substitutes() {
    return substitutes;
  }
}
