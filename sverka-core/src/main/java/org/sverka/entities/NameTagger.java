package org.sverka.entities;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.sverka.text.Paragraph;
import org.sverka.text.Segmenter;
import org.sverka.text.Sentence;
import org.sverka.text.Span;

/**
 * The expensive half of entity finding: Stanford CoreNLP's 3-class CRF (person, location,
 * organisation; {@value #MODEL}) run directly on Sverka's own sentences and words, without
 * CoreNLP's tokenizer, tagger, lemmatiser, SUTime or numeric classifiers, none of which the name
 * model reads. The words are Sverka's ({@link Segmenter#words}); what lies between them
 * (punctuation) is given to the CRF as tokens too, a possessive "'s" is split off and an acronym
 * keeps its final dot ("G.P.U."), so that the CRF sees text as it was trained on (Penn Treebank
 * tokens). Every tag is mapped back to the paragraph's normalised text and to original offsets.
 *
 * <p>The classifier is loaded once per JVM (about 5 s on a quiet machine, 126 MB of heap) and
 * shared: CoreNLP's CRF classifies concurrently. A tagger itself holds a {@link Segmenter}, so use
 * one per thread.
 */
public final class NameTagger {
  /** The CRF model, from CoreNLP's models jar. */
  public static final String MODEL =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  /**
   * One run of words the CRF gave the same class.
   *
   * @param paragraph the paragraph's index in its document
   * @param normStart start in the paragraph's normalised text
   * @param normEnd end in the paragraph's normalised text
   * @param span the original span
   * @param label the CRF's class: PERSON, LOCATION or ORGANIZATION
   */
  public record Tagged(int paragraph, int normStart, int normEnd, Span span, String label) {}

  /**
   * The loaded model, or null before the first load. Not a class-initialisation holder: a load that
   * runs out of heap (a huge file read at the same time) must not leave the class unusable for the
   * rest of the run, so a failed load is tried again by the next caller.
   */
  private static volatile CRFClassifier<CoreLabel> crf;

  private static synchronized CRFClassifier<CoreLabel> load() {
    if (crf == null) {
      try {
        crf = CRFClassifier.getClassifier(MODEL);
      } catch (Exception e) {
        throw new IllegalStateException(
            "cannot load the CoreNLP name model "
                + MODEL
                + " (is the models jar on the class path?)",
            e);
      }
    }
    return crf;
  }

  /** Starts loading the model on a background thread, so that it overlaps other work. */
  public static void preload() {
    Thread t =
        new Thread(
            () -> {
              try {
                classifier();
              } catch (OutOfMemoryError e) {
                // the first file that needs the model loads it again
              }
            },
            "sverka-ner-load");
    t.setDaemon(true);
    t.start();
  }

  /** The shared classifier (loads it on first use). */
  public static CRFClassifier<CoreLabel> classifier() {
    CRFClassifier<CoreLabel> c = crf;
    return c != null ? c : load();
  }

  private final Segmenter segmenter = new Segmenter();

  /**
   * Whether a sentence with no capitalised word but a small first word ("The", "It") goes to the
   * CRF anyway. Off by default: the CRF tags no such sentence in the demo corpus (tested), and they
   * are a third of all sentences.
   */
  private final boolean everySentence;

  public NameTagger() {
    this(false);
  }

  /**
   * @param everySentence give the CRF every sentence, even one without a capitalised word
   */
  public NameTagger(boolean everySentence) {
    this.everySentence = everySentence;
  }

  /** Tags every sentence of every paragraph that is not boilerplate. */
  public List<Tagged> tag(List<Paragraph> paragraphs) {
    return tag(paragraphs, (TagCache) null);
  }

  /**
   * As {@link #tag(List)}, taking the CRF's answer for a sentence from {@code cache} when it has
   * one and keeping there the answers it had not; the tags are the same.
   *
   * @param cache the answers by sentence, shared by the threads; null to give the CRF every
   *     sentence
   */
  public List<Tagged> tag(List<Paragraph> paragraphs, TagCache cache) {
    List<Tagged> out = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      if (!p.boilerplate()) {
        tag(p, out, cache);
      }
    }
    return out;
  }

  /**
   * The taggers of {@link #tag(List, ExecutorService, TagCache)}. The system property {@code
   * sverka.names.everySentence=true} gives them every sentence, to measure what the sentence filter
   * costs of recall (docs/benchmarks.md).
   */
  private static final ThreadLocal<NameTagger> PER_THREAD =
      ThreadLocal.withInitial(
          () -> new NameTagger(Boolean.getBoolean("sverka.names.everySentence")));

  /**
   * The paragraphs that are not boilerplate, in slices of about 20,000 characters, in order: the
   * units {@link #tag(List, ExecutorService)} shares out over its threads.
   */
  public static List<List<Paragraph>> slices(List<Paragraph> paragraphs) {
    List<List<Paragraph>> slices = new ArrayList<>();
    List<Paragraph> slice = new ArrayList<>();
    int chars = 0;
    for (Paragraph p : paragraphs) {
      if (p.boilerplate()) {
        continue;
      }
      slice.add(p);
      chars += p.normalized().text().length();
      if (chars >= 20_000) {
        slices.add(slice);
        slice = new ArrayList<>();
        chars = 0;
      }
    }
    if (!slice.isEmpty()) {
      slices.add(slice);
    }
    return slices;
  }

  /**
   * As {@link #tag(List)}, with the paragraphs shared out in slices of about 20,000 characters over
   * {@code pool}, so that one large document keeps every core busy. The result is the same, in the
   * same order.
   */
  public static List<Tagged> tag(List<Paragraph> paragraphs, ExecutorService pool) {
    return tag(paragraphs, pool, null);
  }

  /**
   * As {@link #tag(List, ExecutorService)}, through {@code cache} (see {@link #tag(List,
   * TagCache)}).
   */
  public static List<Tagged> tag(List<Paragraph> paragraphs, ExecutorService pool, TagCache cache) {
    List<List<Paragraph>> slices = slices(paragraphs);
    if (slices.size() <= 1) {
      return PER_THREAD.get().tag(paragraphs, cache);
    }
    List<Future<List<Tagged>>> parts = new ArrayList<>();
    for (List<Paragraph> sl : slices) {
      parts.add(pool.submit(() -> PER_THREAD.get().tag(sl, cache)));
    }
    List<Tagged> out = new ArrayList<>();
    try {
      for (Future<List<Tagged>> f : parts) {
        out.addAll(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while tagging names", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err; // an OutOfMemoryError is the caller's to report
      }
      throw new IllegalStateException(e.getCause());
    }
    return out;
  }

  private void tag(Paragraph p, List<Tagged> out, TagCache cache) {
    String s = p.normalized().text();
    IntList bounds = new IntList();
    segmenter.words(s, (a, b) -> bounds.add2(a, b));
    int w = 0;
    int nWords = bounds.size / 2;
    List<CoreLabel> tokens = new ArrayList<>();
    IntList pos = new IntList();
    for (Sentence sent : p.sentences()) {
      tokens.clear();
      pos.size = 0;
      int at = sent.normStart();
      while (w < nWords && bounds.get(2 * w) < sent.normStart()) {
        w++;
      }
      while (w < nWords && bounds.get(2 * w + 1) <= sent.normEnd()) {
        int ws = bounds.get(2 * w);
        int we = bounds.get(2 * w + 1);
        at = punctuation(s, at, ws, tokens, pos);
        if (acronym(s, ws, we) && we < s.length() && s.charAt(we) == '.') {
          we++; // "G.P.U." keeps its last dot, as in CoreNLP's own tokens
        }
        int poss = possessive(s, ws, we);
        if (poss > ws) {
          add(s, ws, poss, tokens, pos);
          add(s, poss, we, tokens, pos);
        } else {
          add(s, ws, we, tokens, pos);
        }
        at = we;
        w++;
        if (tokens.size() >= WINDOW) {
          classify(p, tokens, pos, out, cache);
          tokens.clear();
          pos.size = 0;
        }
      }
      punctuation(s, at, sent.normEnd(), tokens, pos);
      classify(p, tokens, pos, out, cache);
    }
  }

  /**
   * The most tokens given to the CRF at once. A longer sentence (a text without full stops, a table
   * run together) is tagged in windows of this many tokens, so that the memory for one sentence
   * stays bounded whatever the input; a name cut by a window's edge is the only cost.
   */
  static final int WINDOW = 1_000;

  /** Tags one sentence, or one window of a long sentence, unless it cannot hold a name. */
  private void classify(
      Paragraph p, List<CoreLabel> tokens, IntList pos, List<Tagged> out, TagCache cache) {
    if (tokens.isEmpty() || !everySentence && !mayName(tokens)) {
      return;
    }
    int[] runs = answer(tokens, cache);
    for (int r = 0; r < runs.length; r += 3) {
      int from = pos.get(2 * runs[r]);
      int to = pos.get(2 * (runs[r + 1] - 1) + 1);
      out.add(
          new Tagged(
              p.index(),
              from,
              to,
              p.normalized().toOriginal(from, to),
              TagCache.LABELS.get(runs[r + 2])));
    }
  }

  /**
   * The CRF's runs for the tokens: from the cache, or from the CRF (and then kept in the cache).
   */
  private static int[] answer(List<CoreLabel> tokens, TagCache cache) {
    if (cache == null || tokens.size() > 0xffff) {
      return runs(classifier().classifySentence(tokens));
    }
    List<String> words = new ArrayList<>(tokens.size());
    for (CoreLabel l : tokens) {
      words.add(l.word());
    }
    long key = TagCache.key(words);
    int[] runs = cache.get(key);
    if (runs == null) {
      runs = runs(classifier().classifySentence(tokens));
      cache.put(key, runs);
    }
    return runs;
  }

  /**
   * The runs of tokens of one class in the CRF's answer: for each the first token, the token after
   * the last and the class's code in {@link TagCache#LABELS}.
   */
  static int[] runs(List<CoreLabel> tagged) {
    IntList runs = new IntList();
    int code = -1;
    int start = 0;
    for (int i = 0; i <= tagged.size(); i++) {
      String label =
          i < tagged.size() ? tagged.get(i).get(CoreAnnotations.AnswerAnnotation.class) : null;
      int c = label == null ? -1 : TagCache.LABELS.indexOf(label);
      if (code >= 0 && code != c) {
        runs.add3(start, i, code);
      }
      if (c >= 0 && c != code) {
        start = i;
      }
      code = c;
    }
    return java.util.Arrays.copyOf(runs.a, runs.size);
  }

  /** Small words that begin sentences with a capital and are never a name. */
  private static final java.util.Set<String> SMALL =
      java.util.Set.of(
          "The",
          "A",
          "An",
          "It",
          "In",
          "On",
          "At",
          "This",
          "That",
          "These",
          "Those",
          "He",
          "She",
          "We",
          "They",
          "I",
          "You",
          "But",
          "And",
          "Or",
          "If",
          "When",
          "What",
          "Why",
          "How",
          "Is",
          "Was",
          "There",
          "Such",
          "Here",
          "Then",
          "Thus",
          "So",
          "As",
          "For",
          "Not",
          "No",
          "Yes",
          "All",
          "Of",
          "To",
          "By",
          "With",
          "From",
          "After",
          "Before",
          "Who",
          "Which",
          "Our",
          "My",
          "His",
          "Her",
          "Their",
          "Its",
          "Let",
          "Do",
          "Does",
          "Did",
          "Can",
          "Could",
          "Would",
          "Should",
          "Will",
          "Now",
          "Only",
          "Even",
          "Yet",
          "Hence",
          "However",
          "Therefore",
          "Moreover",
          "Nor",
          "Where",
          "Since",
          "While",
          "Although",
          "Because",
          "Some",
          "Every",
          "Each",
          "One",
          "Two",
          "Well",
          "Very",
          "Again",
          "First",
          "Secondly",
          "Finally");

  /**
   * Whether the CRF could find a name in the sentence: some word other than a small sentence-opener
   * ("The", "It") or "I" begins with a capital or is a number-letter mix.
   */
  static boolean mayName(List<CoreLabel> tokens) {
    for (CoreLabel l : tokens) {
      String w = l.word();
      if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && !SMALL.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Adds the punctuation in {@code [from, to)} as tokens (a run of one character is one token). */
  private static int punctuation(String s, int from, int to, List<CoreLabel> tokens, IntList pos) {
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < to && s.charAt(j) == c) {
        j++;
      }
      add(s, i, j, tokens, pos);
      i = j;
    }
    return Math.max(from, to);
  }

  private static void add(String s, int from, int to, List<CoreLabel> tokens, IntList pos) {
    String w = ptb(s.substring(from, to));
    CoreLabel l = new CoreLabel();
    l.setWord(w);
    l.setValue(w);
    l.setOriginalText(s.substring(from, to));
    tokens.add(l);
    pos.add2(from, to);
  }

  /** Typographic quotes and dashes as the Penn Treebank writes them. */
  private static String ptb(String w) {
    if (w.length() != 1) {
      return w.replace('’', '\'');
    }
    return switch (w.charAt(0)) {
      case '“', '„', '«' -> "``";
      case '”', '»' -> "''";
      case '‘' -> "`";
      case '’' -> "'";
      case '—', '–' -> "--";
      case '(' -> "-LRB-";
      case ')' -> "-RRB-";
      default -> w;
    };
  }

  /** "G.P.U", "U.S.S.R": capitals joined by dots. */
  static boolean acronym(String s, int from, int to) {
    if (to - from < 3) {
      return false;
    }
    for (int i = from; i < to; i++) {
      boolean letter = (i - from) % 2 == 0;
      char c = s.charAt(i);
      if (letter ? !Character.isUpperCase(c) : c != '.') {
        return false;
      }
    }
    return (to - from) % 2 == 1;
  }

  /** Where a possessive ending ('s, ’s, or a plural's bare apostrophe) begins, or {@code from}. */
  static int possessive(String s, int from, int to) {
    int n = to - from;
    if (n > 2) {
      char a = s.charAt(to - 2);
      char b = s.charAt(to - 1);
      if ((a == '\'' || a == '’') && (b == 's' || b == 'S')) {
        return to - 2;
      }
    }
    if (n > 1 && (s.charAt(to - 1) == '\'' || s.charAt(to - 1) == '’')) {
      return to - 1;
    }
    return from;
  }

  /** A growable int array. */
  static final class IntList {
    int[] a = new int[64];
    int size;

    void add2(int x, int y) {
      if (size + 2 > a.length) {
        a = java.util.Arrays.copyOf(a, a.length * 2);
      }
      a[size++] = x;
      a[size++] = y;
    }

    void add3(int x, int y, int z) {
      add2(x, y);
      if (size + 1 > a.length) {
        a = java.util.Arrays.copyOf(a, a.length * 2);
      }
      a[size++] = z;
    }

    int get(int i) {
      return a[i];
    }
  }
}
