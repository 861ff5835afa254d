package org.sverka.quotes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.sverka.reuse.AlignOp;
import org.sverka.reuse.Op;
import org.sverka.text.Span;

/**
 * Reads a quotation's alignment with its source in stretches rather than op by op, where the ops
 * one by one would say more than happened:
 *
 * <ul>
 *   <li><b>Spelling.</b> A run of differing ops whose letters are the same on both sides is one
 *       word written two ways ("self-evident" / "self evident", "to-day" / "today", "can not" /
 *       "cannot"): no difference.
 *   <li><b>Rewording.</b> A run of differing ops, one after another with no equal word between,
 *       that changes words and also leaves some out or adds some ("throws ... into turmoil"
 *       rendered "introduces confusion in") puts other words in the place of the source's: a change
 *       of wording, neither an abridgement nor an interpolation, unless one side is {@value #SLACK}
 *       or more words longer than the other (then the ops are read one by one).
 *   <li><b>Moved words.</b> Words the quotation leaves out at one place and has at a place at most
 *       {@value #MOVE_REACH} words away ("ever to be" / "to ever be") were moved: a change of
 *       wording.
 *   <li><b>Balanced.</b> Words left out a few equal words away from a rewording that has as many
 *       words too many (or a run added of about as many words) were put elsewhere in the sentence:
 *       part of the rewording.
 * </ul>
 *
 * Ops the caller reads in its own way (a note number, "&amp;", an editor's bracket, an ellipsis)
 * are never part of a stretch.
 */
public final class Rewordings {
  private Rewordings() {}

  /** How many more words one side of a rewording may have before it is read op by op. */
  public static final int SLACK = 5;

  /** How far apart the two places of moved words may be, in equal words between them. */
  public static final int MOVE_REACH = 3;

  /** What a stretch of ops is. */
  public enum Kind {
    SPELLING,
    REWORDED,
    MOVED
  }

  /**
   * A stretch: the ops it covers (indices into the passage's ops), and its words on each side (for
   * a move, the quotation's words where they stand and the source's where they stood).
   */
  public record Stretch(Kind kind, List<Integer> ops, Span quote, Span source) {}

  /**
   * The stretches of an alignment.
   *
   * @param ops the passage's ops, quotation on side a
   * @param q the quotation's text, {@code s} the source's
   * @param own ops the caller reads itself (by index)
   */
  public static List<Stretch> of(List<AlignOp> ops, String q, String s, IntPredicate own) {
    List<Stretch> out = new ArrayList<>();
    boolean[] taken = new boolean[ops.size()];
    int i = 0;
    while (i < ops.size()) {
      if (!differs(ops.get(i)) || own.test(i)) {
        i++;
        continue;
      }
      int j = i;
      while (j < ops.size() && differs(ops.get(j)) && !own.test(j)) {
        j++;
      }
      Stretch st = run(ops, i, j, q, s);
      if (st != null) {
        out.add(st);
        for (int x = i; x < j; x++) {
          taken[x] = true;
        }
      }
      i = j;
    }
    moves(ops, q, s, own, taken, out);
    balance(ops, own, taken, out);
    return out;
  }

  /**
   * Words left out (or added) a few equal words away from a rewording that has as many words too
   * many (or too few), give or take one, were put elsewhere in the sentence ("throws the valley
   * into turmoil" rendered "brings confusion to the valley"): part of that rewording. Two such runs
   * with no rewording, one left out and one added, are a rewording of their own.
   */
  private static void balance(
      List<AlignOp> ops, IntPredicate own, boolean[] taken, List<Stretch> out) {
    for (int i = 0; i < ops.size(); i++) {
      AlignOp o = ops.get(i);
      if (taken[i] || own.test(i) || o.op() != Op.ADDED && o.op() != Op.OMITTED) {
        continue;
      }
      int words = o.op() == Op.ADDED ? o.tokensB() : o.tokensA();
      for (int dir : new int[] {-1, 1}) {
        int j = nearDiffering(ops, i, dir);
        if (j < 0 || own.test(j)) {
          continue;
        }
        int at = stretchOf(out, j);
        int excess = at >= 0 ? excess(ops, out.get(at), o.op()) : loose(ops, j, o.op(), taken);
        if (excess <= 0 || Math.abs(excess - words) > 1) {
          continue;
        }
        List<Integer> idx = new ArrayList<>(at >= 0 ? out.get(at).ops() : List.of(j));
        idx.add(i);
        Stretch st =
            at >= 0
                ? out.get(at)
                : new Stretch(Kind.REWORDED, List.of(), ops.get(j).a(), ops.get(j).b());
        Span qs = cover(st.quote(), o.a());
        Span ss = cover(st.source(), o.b());
        Stretch merged = new Stretch(Kind.REWORDED, List.copyOf(idx), qs, ss);
        if (at >= 0) {
          out.set(at, merged);
        } else {
          out.add(merged);
          taken[j] = true;
        }
        taken[i] = true;
        break;
      }
    }
  }

  /**
   * The first differing op from {@code i} in direction {@code dir} past at most a few equal words.
   */
  private static int nearDiffering(List<AlignOp> ops, int i, int dir) {
    int between = 0;
    for (int j = i + dir; j >= 0 && j < ops.size(); j += dir) {
      AlignOp t = ops.get(j);
      if (t.op() != Op.EQUAL) {
        return j;
      }
      between += t.tokensA();
      if (between > MOVE_REACH) {
        return -1;
      }
    }
    return -1;
  }

  private static int stretchOf(List<Stretch> out, int op) {
    for (int k = 0; k < out.size(); k++) {
      if (out.get(k).kind() == Kind.REWORDED && out.get(k).ops().contains(op)) {
        return k;
      }
    }
    return -1;
  }

  /** How many words a rewording has too many on the side that {@code other} lacks. */
  private static int excess(List<AlignOp> ops, Stretch st, Op other) {
    int qa = 0;
    int sb = 0;
    for (int x : st.ops()) {
      qa += ops.get(x).tokensA();
      sb += ops.get(x).tokensB();
    }
    return other == Op.ADDED ? qa - sb : sb - qa;
  }

  /** The words of a lone run of the opposite kind to {@code other} at {@code j}, else 0. */
  private static int loose(List<AlignOp> ops, int j, Op other, boolean[] taken) {
    AlignOp t = ops.get(j);
    if (taken[j]) {
      return 0;
    }
    if (other == Op.ADDED && t.op() == Op.OMITTED) {
      return t.tokensA();
    }
    if (other == Op.OMITTED && t.op() == Op.ADDED) {
      return t.tokensB();
    }
    return 0;
  }

  private static Span cover(Span x, Span y) {
    if (x.length() == 0) {
      return y;
    }
    if (y.length() == 0) {
      return x;
    }
    return new Span(Math.min(x.start(), y.start()), Math.max(x.end(), y.end()));
  }

  private static boolean differs(AlignOp o) {
    return o.op() != Op.EQUAL;
  }

  /** The stretch of ops {@code [i, j)}, or null when they are to be read one by one. */
  private static Stretch run(List<AlignOp> ops, int i, int j, String q, String s) {
    Span qs = new Span(ops.get(i).a().start(), ops.get(j - 1).a().end());
    Span ss = new Span(ops.get(i).b().start(), ops.get(j - 1).b().end());
    List<Integer> idx = new ArrayList<>();
    boolean changed = false;
    boolean added = false;
    boolean left = false;
    int qa = 0;
    int sb = 0;
    for (int x = i; x < j; x++) {
      AlignOp o = ops.get(x);
      idx.add(x);
      changed |= o.op() == Op.CHANGED;
      added |= o.op() == Op.OMITTED;
      left |= o.op() == Op.ADDED;
      qa += o.tokensA();
      sb += o.tokensB();
    }
    if (letters(q, qs).equals(letters(s, ss))) {
      return new Stretch(Kind.SPELLING, idx, qs, ss);
    }
    boolean mixed = (added || left) && (changed || added && left);
    if (mixed && Math.abs(qa - sb) < SLACK) {
      return new Stretch(Kind.REWORDED, idx, qs, ss);
    }
    return null;
  }

  /** Pairs of a left-out and an added run with the same words, a few equal words apart. */
  private static void moves(
      List<AlignOp> ops, String q, String s, IntPredicate own, boolean[] taken, List<Stretch> out) {
    for (int i = 0; i < ops.size(); i++) {
      AlignOp o = ops.get(i);
      if (taken[i] || own.test(i) || o.op() != Op.ADDED && o.op() != Op.OMITTED) {
        continue;
      }
      int between = 0;
      for (int j = i + 1; j < ops.size() && between <= MOVE_REACH; j++) {
        AlignOp t = ops.get(j);
        if (t.op() == Op.EQUAL) {
          between += t.tokensA();
          continue;
        }
        if (!taken[j] && !own.test(j) && isPair(o, t) && sameWords(o, t, q, s)) {
          taken[i] = true;
          taken[j] = true;
          AlignOp inQuote = o.op() == Op.OMITTED ? o : t;
          AlignOp inSource = o.op() == Op.ADDED ? o : t;
          out.add(new Stretch(Kind.MOVED, List.of(i, j), inQuote.a(), inSource.b()));
        }
        break;
      }
    }
  }

  private static boolean isPair(AlignOp a, AlignOp b) {
    return a.op() == Op.ADDED && b.op() == Op.OMITTED || a.op() == Op.OMITTED && b.op() == Op.ADDED;
  }

  private static boolean sameWords(AlignOp a, AlignOp b, String q, String s) {
    String x = a.op() == Op.OMITTED ? letters(q, a.a()) : letters(s, a.b());
    String y = b.op() == Op.OMITTED ? letters(q, b.a()) : letters(s, b.b());
    return !x.isEmpty() && x.equals(y);
  }

  /** The letters and digits of a span, in lower case. */
  static String letters(String t, Span sp) {
    StringBuilder b = new StringBuilder();
    for (int i = sp.start(); i < sp.end(); i++) {
      char c = t.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }
}
