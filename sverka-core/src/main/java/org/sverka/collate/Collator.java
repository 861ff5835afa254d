package org.sverka.collate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sverka.collate.internal.ProfileAligner;
import org.sverka.reuse.DocTokens;
import org.sverka.reuse.MatchKey;

/**
 * Collates many witnesses of one passage into one alignment table, all at once rather than
 * pairwise: the witnesses are ordered by date (the earliest is the base text), the base's words
 * make the first columns, and each later witness is aligned against every column so far (a word
 * matches a column when any earlier witness reads it there, so a reading two late witnesses share
 * against the base is one column, as in CollateX's variant graph). A word no column holds opens a
 * new column; a column a witness has no word for is missing in it. Afterwards, runs of words a
 * witness alone placed in new columns that repeat, word for word, a run it lacks elsewhere are
 * reported as {@link Transposition}s.
 *
 * <p>Deterministic: the same witnesses in any order give the same table.
 */
public final class Collator {
  /** Moved runs shorter than this are not called transpositions (a lone "the" moves by chance). */
  static final int MIN_TRANSPOSED = 2;

  /** The order of witnesses: by date (undated last), then document, then offset. */
  public static final Comparator<Witness> BY_DATE =
      Comparator.comparing(
              (Witness w) -> DocTokens.sortable(w.date()),
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(w -> w.place().doc())
          .thenComparing(w -> w.place().span());

  /** Collates the witnesses (at least one). */
  public Collation collate(List<Witness> witnesses) {
    if (witnesses.isEmpty()) {
      throw new IllegalArgumentException("a collation needs at least one witness");
    }
    List<Witness> ordered = new ArrayList<>(witnesses);
    ordered.sort(BY_DATE);
    Table table = new Table(ordered);
    ProfileAligner aligner = new ProfileAligner();
    for (int w = 0; w < ordered.size(); w++) {
      table.add(w, aligner);
    }
    List<Column> columns = table.table();
    return new Collation(ordered, columns, Transpositions.find(ordered.size(), columns, table));
  }

  /** The table while it is built: per column the word ids and keys read there, and its cells. */
  static final class Table implements ProfileAligner.Profile {
    private final List<Witness> witnesses;
    private final Map<String, Integer> wordIds = new HashMap<>();
    private final Map<String, Integer> keyIds = new HashMap<>();
    private int[] keyOf = new int[64];
    private final int[][] ids;
    private List<int[]> colWords = new ArrayList<>();
    private List<int[]> colKeys = new ArrayList<>();
    private List<Word[]> cells = new ArrayList<>();
    private List<Integer> creators = new ArrayList<>();
    private int[][] holding = new int[0][];
    private int[][] spelling = new int[0][];
    private static final int[] NONE = new int[0];

    Table(List<Witness> witnesses) {
      this.witnesses = witnesses;
      this.ids = new int[witnesses.size()][];
      for (int w = 0; w < witnesses.size(); w++) {
        List<Word> words = witnesses.get(w).words();
        ids[w] = new int[words.size()];
        for (int i = 0; i < words.size(); i++) {
          ids[w][i] = intern(words.get(i).norm());
        }
      }
    }

    private int intern(String norm) {
      Integer id = wordIds.get(norm);
      if (id != null) {
        return id;
      }
      int next = wordIds.size();
      wordIds.put(norm, next);
      if (next == keyOf.length) {
        keyOf = Arrays.copyOf(keyOf, next * 2);
      }
      keyOf[next] = keyIds.computeIfAbsent(MatchKey.of(norm), k -> keyIds.size());
      return next;
    }

    int word(int witness, int i) {
      return ids[witness][i];
    }

    /** The witness that opened column {@code c}. */
    int creator(int c) {
      return creators.get(c);
    }

    @Override
    public int columns() {
      return cells.size();
    }

    @Override
    public int[] holding(int word) {
      return word < holding.length && holding[word] != null ? holding[word] : NONE;
    }

    @Override
    public int[] spelling(int word) {
      int key = keyOf[word];
      return key < spelling.length && spelling[key] != null ? spelling[key] : NONE;
    }

    /** Indexes the columns by the words and keys they hold, for the next witness's alignment. */
    private void index() {
      holding = postings(colWords, wordIds.size());
      spelling = postings(colKeys, keyIds.size());
    }

    private static int[][] postings(List<int[]> sets, int ids) {
      int[] count = new int[ids];
      for (int[] set : sets) {
        for (int x : set) {
          count[x]++;
        }
      }
      int[][] out = new int[ids][];
      for (int c = 0; c < sets.size(); c++) {
        for (int x : sets.get(c)) {
          if (out[x] == null) {
            out[x] = new int[count[x]];
            count[x] = 0;
          }
          out[x][count[x]++] = c;
        }
      }
      return out;
    }

    /** Aligns witness {@code w} against the columns so far and rebuilds the columns with it. */
    void add(int w, ProfileAligner aligner) {
      index();
      byte[] steps = aligner.align(ids[w], this);
      List<int[]> words = new ArrayList<>();
      List<int[]> keys = new ArrayList<>();
      List<Word[]> cellsNext = new ArrayList<>();
      List<Integer> creatorsNext = new ArrayList<>();
      int i = 0;
      int j = 0;
      for (byte step : steps) {
        if (step == ProfileAligner.WORD_ALONE) {
          words.add(new int[0]);
          keys.add(new int[0]);
          cellsNext.add(new Word[witnesses.size()]);
          creatorsNext.add(w);
        } else {
          words.add(colWords.get(j));
          keys.add(colKeys.get(j));
          cellsNext.add(cells.get(j));
          creatorsNext.add(creators.get(j));
          j++;
        }
        if (step != ProfileAligner.COLUMN_SKIPPED) {
          int c = cellsNext.size() - 1;
          cellsNext.get(c)[w] = witnesses.get(w).words().get(i);
          words.set(c, with(words.get(c), ids[w][i]));
          keys.set(c, with(keys.get(c), keyOf[ids[w][i]]));
          i++;
        }
      }
      colWords = words;
      colKeys = keys;
      cells = cellsNext;
      creators = creatorsNext;
    }

    private static int[] with(int[] set, int x) {
      for (int y : set) {
        if (y == x) {
          return set;
        }
      }
      int[] out = Arrays.copyOf(set, set.length + 1);
      out[set.length] = x;
      return out;
    }

    List<Column> table() {
      List<Column> out = new ArrayList<>(cells.size());
      for (Word[] c : cells) {
        out.add(new Column(Arrays.asList(c), kind(c)));
      }
      return out;
    }

    private static Column.Kind kind(Word[] c) {
      String first = null;
      String firstKey = null;
      boolean spelling = false;
      for (Word x : c) {
        if (x == null) {
          return Column.Kind.MISSING;
        }
      }
      for (Word x : c) {
        if (first == null) {
          first = x.norm();
          firstKey = MatchKey.of(first);
        } else if (!x.norm().equals(first)) {
          if (!MatchKey.similar(first, x.norm(), firstKey, MatchKey.of(x.norm()))) {
            return Column.Kind.VARIANT;
          }
          spelling = true;
        }
      }
      return spelling ? Column.Kind.SPELLING : Column.Kind.EQUAL;
    }
  }
}
