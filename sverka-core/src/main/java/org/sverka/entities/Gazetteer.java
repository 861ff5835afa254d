package org.sverka.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sverka.text.Segmenter;

/**
 * Names known before the text is read: each entry is a form ("G.P.U.", "Bulletin of the
 * Opposition", "Berman-Yurin") with its type. The mention stage finds every occurrence of every
 * entry, written with a capital, in every document, compared word by word on Sverka's folded words
 * (case, NFKC and apostrophes folded; a possessive "'s" ignored).
 *
 * <p>Two kinds of entries feed it: the names the corpus itself taught ({@link MentionFinder} adds
 * them, source {@code propagated}), and names from outside the text — <b>the plug point for the
 * authority file</b>: whoever parses {@code authority.yaml} calls {@link #add(String, EntityType)}
 * for each name and variant (source {@code gazetteer}) and hands the gazetteer to {@code
 * MentionStage}. An entry from outside wins over a learned one of the same form.
 */
public final class Gazetteer {
  /** An entry: the form as given, its type and where it came from. */
  public record Entry(String form, EntityType type, String source) {}

  private final Node root = new Node();
  private final Map<String, Entry> entries = new LinkedHashMap<>();
  private final Segmenter segmenter = new Segmenter();

  private static final class Node {
    final Map<String, Node> next = new HashMap<>(4);
    Entry entry;
  }

  /** An empty gazetteer. */
  public Gazetteer() {}

  /** Adds a name from outside the text (the authority file): source {@code gazetteer}. */
  public Gazetteer add(String form, EntityType type) {
    return add(form, type, "gazetteer");
  }

  /** Adds a name; an existing entry of the same words is kept unless this one is not learned. */
  public synchronized Gazetteer add(String form, EntityType type, String source) {
    List<String> words = words(form);
    if (words.isEmpty()) {
      return this;
    }
    Node n = root;
    for (String w : words) {
      n = n.next.computeIfAbsent(w, k -> new Node());
    }
    if (n.entry == null || n.entry.source().equals("propagated")) {
      n.entry = new Entry(form, type, source);
      entries.put(String.join(" ", words), n.entry);
    }
    return this;
  }

  /** A copy with the same entries, to which learned names can be added. */
  public synchronized Gazetteer copy() {
    Gazetteer g = new Gazetteer();
    for (Entry e : entries.values()) {
      g.add(e.form(), e.type(), e.source());
    }
    return g;
  }

  public synchronized List<Entry> entries() {
    return new ArrayList<>(entries.values());
  }

  public synchronized boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The entry with exactly these words (folded), or null. */
  public synchronized Entry get(String form) {
    return entries.get(String.join(" ", words(form)));
  }

  /**
   * The longest entry that starts at word {@code from} of {@code folded} (words already folded), as
   * {@code [entry, number of words]}, or null.
   */
  synchronized Match longest(List<String> folded, int from) {
    Node n = root;
    Match best = null;
    for (int i = from; i < folded.size(); i++) {
      n = n.next.get(folded.get(i));
      if (n == null) {
        break;
      }
      if (n.entry != null) {
        best = new Match(n.entry, i - from + 1);
      }
    }
    return best;
  }

  record Match(Entry entry, int words) {}

  /** The folded words of a form, possessives dropped, as the stage compares them. */
  List<String> words(String form) {
    List<String> out = new ArrayList<>();
    synchronized (segmenter) {
      segmenter.words(form, (a, b) -> out.add(key(form.substring(a, b))));
    }
    return out;
  }

  /** The folded key of a word with its possessive ending dropped. */
  static String key(String word) {
    int end = NameTagger.possessive(word, 0, word.length());
    return Segmenter.fold(word.substring(0, end > 0 ? end : word.length()));
  }
}
