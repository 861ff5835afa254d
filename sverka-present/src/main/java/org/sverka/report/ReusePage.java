package org.sverka.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sverka.reuse.AlignOp;
import org.sverka.reuse.Op;
import org.sverka.reuse.Passage;
import org.sverka.store.StoredPassage;
import org.sverka.text.Span;

/**
 * What the reuse page shows (template {@code report/reuse.jte}): every passage with its two sides
 * in parallel, each side's text in pieces by how the alignment read it.
 */
public record ReusePage(List<Item> passages) {

  /**
   * A passage, its identity as shown, its two sides' pieces, and the cluster whose collation it is
   * part of (null if none).
   */
  public record Item(
      StoredPassage stored, String identity, List<Piece> a, List<Piece> b, Integer cluster) {
    /** The page of its cluster's collation. */
    public String collation() {
      return cluster == null ? null : CollationPages.pageName(cluster);
    }

    /** The passage itself. */
    public Passage passage() {
      return stored.passage();
    }
  }

  /**
   * A stretch of one side: plain text ({@code cls} null), a highlighted stretch ({@code cls} the
   * CSS class), or a gap where the other side has words ({@code cls} {@code gap}, {@code title}
   * saying so).
   */
  public record Piece(String cls, String title, String text) {}

  private static final String GAP = "\u2041";

  /** The reuse page of {@code passages}; {@code texts} are the documents' original texts. */
  static ReusePage of(
      List<StoredPassage> passages, Map<String, String> texts, Map<Integer, Integer> clusters) {
    List<Item> items = new ArrayList<>();
    for (StoredPassage sp : passages) {
      Passage p = sp.passage();
      items.add(
          new Item(
              sp,
              String.format(Locale.ROOT, "%.2f", p.identity()),
              side(p, texts.get(p.docA()), true, "om", "words added on the right"),
              side(p, texts.get(p.docB()), false, "add", "words omitted here"),
              clusters.get(sp.id())));
    }
    return new ReusePage(items);
  }

  /**
   * One side's pieces: the words only this side has ({@code own}: OMITTED on the left, ADDED on the
   * right) are highlighted as {@code ownClass}, the other side's are a gap titled {@code gapTitle}.
   */
  private static List<Piece> side(
      Passage p, String text, boolean left, String ownClass, String gapTitle) {
    Op own = left ? Op.OMITTED : Op.ADDED;
    List<Piece> out = new ArrayList<>();
    for (AlignOp o : p.ops()) {
      Span span = left ? o.a() : o.b();
      String t = text.substring(span.start(), span.end());
      out.add(
          switch (o.op()) {
            case EQUAL -> new Piece(null, null, t);
            case CHANGED -> new Piece(o.spelling() ? "spell" : "chg", null, t);
            case OMITTED, ADDED ->
                o.op() == own ? new Piece(ownClass, null, t) : new Piece("gap", gapTitle, GAP);
          });
    }
    return out;
  }
}
