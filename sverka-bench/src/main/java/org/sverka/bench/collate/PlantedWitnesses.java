package org.sverka.bench.collate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Witnesses of one passage with planted edits, copied from one another as a tradition is: the base
 * is a real stretch of the demo corpus (its words of letters only, so that every word is one token
 * for both collators); each later witness copies a random earlier one and changes words (2% of
 * them, to a word of the same corpus), drops runs of 5-20 words (one per 500 words), adds runs of
 * 1-8 words (one per 330), and, in three witnesses of ten, moves a phrase of 3-8 words by 10-50
 * words. Every word carries its origin: the base word it descends from (a changed word keeps it),
 * or a fresh id for an added word (inherited by the copies); moved words have origin -1 (in no
 * table do they share a column with their source, so they are left out of the truth).
 */
final class PlantedWitnesses {
  /** One witness: its words and each word's origin. */
  record Planted(List<String> words, List<Integer> origins) {
    /** The witness's text: its words, fifteen to a line. */
    String text() {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < words.size(); i++) {
        b.append(words.get(i)).append(i % 15 == 14 ? '\n' : ' ');
      }
      return b.toString();
    }
  }

  private PlantedWitnesses() {}

  /** The letter-only words of a text file, in order. */
  static List<String> words(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    Matcher m =
        Pattern.compile("(?<![\\p{L}\\p{N}.'’-])\\p{IsLatin}+(?![\\p{L}\\p{N}'’-])")
            .matcher(Files.readString(file));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  static List<Planted> generate(List<String> corpus, int witnesses, int length, long seed) {
    Random r = new Random(seed);
    int from = corpus.size() / 3;
    List<String> base = new ArrayList<>(corpus.subList(from, from + length));
    List<Integer> origins = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      origins.add(i);
    }
    List<Planted> out = new ArrayList<>();
    out.add(new Planted(base, origins));
    int[] fresh = {length};
    for (int w = 1; w < witnesses; w++) {
      Planted parent = out.get(r.nextInt(out.size()));
      out.add(copy(parent, corpus, r, fresh));
    }
    return out;
  }

  private static Planted copy(Planted parent, List<String> corpus, Random r, int[] fresh) {
    List<String> words = new ArrayList<>();
    List<Integer> origins = new ArrayList<>();
    for (int i = 0; i < parent.words().size(); i++) {
      double x = r.nextDouble();
      if (x < 0.002) {
        i += 4 + r.nextInt(16); // drop 5-20 words
        continue;
      }
      if (x < 0.005) {
        for (int k = 1 + r.nextInt(8); k > 0; k--) {
          words.add(corpus.get(r.nextInt(corpus.size())));
          origins.add(fresh[0]++);
        }
      }
      words.add(x < 0.025 ? corpus.get(r.nextInt(corpus.size())) : parent.words().get(i));
      origins.add(parent.origins().get(i));
    }
    if (r.nextDouble() < 0.3 && words.size() > 100) {
      move(words, origins, r);
    }
    return new Planted(words, origins);
  }

  /** Moves a phrase of 3-8 words 10-50 words later; its words lose their origin. */
  private static void move(List<String> words, List<Integer> origins, Random r) {
    int len = 3 + r.nextInt(6);
    int at = r.nextInt(words.size() - len - 60);
    int to = at + 10 + r.nextInt(41);
    List<String> phrase = new ArrayList<>(words.subList(at, at + len));
    words.subList(at, at + len).clear();
    origins.subList(at, at + len).clear();
    words.addAll(to, phrase);
    for (int k = 0; k < len; k++) {
      origins.add(to, -1);
    }
  }
}
