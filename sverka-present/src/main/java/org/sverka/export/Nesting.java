package org.sverka.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;
import org.sverka.text.LineMap;

/**
 * Overlapping stretches of a text laid out as one tree, as XML needs: a stretch that starts inside
 * another and ends after it is split where the other ends, and the rest goes on as a second part
 * (the writer links the parts with {@code @prev}/{@code @next}); a stretch that may not stand
 * inside another ({@link Level#QUOTE} inside a {@link Level#PHRASE}) splits the other instead.
 * Every character of the text is in exactly one {@link Text} event, in order, so the text comes
 * back whole; each line's start is a {@link Line} event.
 */
final class Nesting {
  private Nesting() {}

  /**
   * What may contain what: {@link #SEG} (a reuse side) and {@link #QUOTE} (a quotation) may hold
   * anything; a {@link #PHRASE} (a name, date or figure) holds no quotation. At equal spans the
   * earlier level is the outer element.
   */
  enum Level {
    SEG,
    QUOTE,
    PHRASE
  }

  /** A stretch {@code [start, end)} of the text with what it is. */
  record Mark<T>(int start, int end, Level level, T what) {}

  /** An event of the layout. */
  sealed interface Event<T> permits Text, Line, Open, Close {}

  /** The characters {@code [from, to)} of the text. */
  record Text<T>(int from, int to) implements Event<T> {}

  /** The start of line {@code number} (1-based). */
  record Line<T>(int number) implements Event<T> {}

  /**
   * Part {@code part} (0-based) of mark number {@code index} opens; {@code parts} is how many parts
   * the mark has in all.
   */
  record Open<T>(Mark<T> mark, int index, int part, int[] partCounts) implements Event<T> {
    int parts() {
      return partCounts[index];
    }
  }

  /** The innermost open part closes. */
  record Close<T>(Mark<T> mark) implements Event<T> {}

  private record Frag(int mark, int start, int end) {}

  /**
   * The layout of {@code text} with {@code marks} (empty marks and what lies outside the text are
   * left out; the rest keep every character).
   */
  static <T> List<Event<T>> layout(String text, List<Mark<T>> marks) {
    return new Run<>(text, marks).run();
  }

  private static boolean contains(Level outer, Level inner) {
    return !(outer == Level.PHRASE && inner == Level.QUOTE);
  }

  /** One layout in progress. */
  private static final class Run<T> {
    private final String text;
    private final LineMap lines;
    private final List<Mark<T>> marks;
    private final int[] parts;
    private final PriorityQueue<Frag> pending;
    private final Deque<Frag> open = new ArrayDeque<>();
    private final List<Event<T>> out = new ArrayList<>();

    Run(String text, List<Mark<T>> all) {
      this.text = text;
      this.lines = LineMap.of(text);
      this.marks = all;
      this.parts = new int[all.size()];
      this.pending =
          new PriorityQueue<>(
              Comparator.comparingInt(Frag::start)
                  .thenComparing(Comparator.comparingInt(Frag::end).reversed())
                  .thenComparing(f -> all.get(f.mark()).level())
                  .thenComparingInt(Frag::mark));
      for (int i = 0; i < all.size(); i++) {
        Mark<T> m = all.get(i);
        int s = Math.max(0, m.start());
        int e = Math.min(text.length(), m.end());
        if (s < e) {
          pending.add(new Frag(i, s, e));
        }
      }
    }

    List<Event<T>> run() {
      int pos = 0;
      int nextLine = 1;
      while (true) {
        int lineAt = nextLine <= lines.lineCount() ? lines.lineStart(nextLine) : Integer.MAX_VALUE;
        int p = Math.min(lineAt, text.length());
        if (!pending.isEmpty()) {
          p = Math.min(p, pending.peek().start());
        }
        if (!open.isEmpty()) {
          p = Math.min(p, open.peek().end());
        }
        if (p > pos) {
          out.add(new Text<>(pos, p));
          pos = p;
        }
        while (!open.isEmpty() && open.peek().end() == p) {
          out.add(new Close<>(marks.get(open.pop().mark())));
        }
        if (lineAt == p) {
          out.add(new Line<>(nextLine++));
        }
        while (!pending.isEmpty() && pending.peek().start() == p) {
          start(pending.poll(), p);
        }
        if (pos == text.length() && pending.isEmpty() && open.isEmpty() && lineAt > p) {
          return out;
        }
      }
    }

    /** Opens {@code f} at {@code p}, first closing (and later reopening) what may not hold it. */
    private void start(Frag f, int p) {
      Level level = marks.get(f.mark()).level();
      List<Frag> reopen = new ArrayList<>();
      while (!open.isEmpty() && !contains(marks.get(open.peek().mark()).level(), level)) {
        Frag top = open.pop();
        out.add(new Close<>(marks.get(top.mark())));
        reopen.add(0, new Frag(top.mark(), p, top.end()));
      }
      place(f);
      for (Frag r : reopen) {
        place(r);
      }
    }

    /** Opens {@code f}, cut where the innermost open part ends; the rest waits. */
    private void place(Frag f) {
      int end = open.isEmpty() ? f.end() : Math.min(f.end(), open.peek().end());
      if (end < f.end()) {
        pending.add(new Frag(f.mark(), end, f.end()));
      }
      open.push(new Frag(f.mark(), f.start(), end));
      out.add(new Open<>(marks.get(f.mark()), f.mark(), parts[f.mark()]++, parts));
    }
  }
}
