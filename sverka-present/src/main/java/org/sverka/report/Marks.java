package org.sverka.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sverka.text.LineMap;
import org.sverka.text.Span;

/**
 * The findings over one document's text (quotations, reuse passages, entity mentions, dates, figure
 * checks) for its page: each line's text comes out escaped, with the stretches under a finding
 * highlighted and linked to the finding's detail, and each finding is listed in the margin of the
 * line where it starts. Lines must be asked for in order. The template {@code report/document.jte}
 * writes the pieces and the margin.
 */
public final class Marks {
  /**
   * A finding over {@code [start, end)} of the original text. {@code kind} is its CSS class ({@code
   * q} quotation, {@code r} reuse, {@code e} entity mention, {@code d} date, {@code f} figure
   * check, {@code o} a word OCR was unsure of); the first kind in {@link #PRIORITY} wins a
   * stretch's link, so a name or a date inside a quotation links to its entity or the timeline and
   * the rest of the quotation to the quotation. Kinds not in {@link #PRIORITY} are not highlighted
   * in the text, only listed in the margin. {@code sub} is an extra CSS class for the highlight (an
   * entity's type), or null.
   */
  public record Mark(Span span, String kind, String sub, String href, String label, String title) {
    Mark(Span span, String kind, String href, String label, String title) {
      this(span, kind, null, href, label, title);
    }
  }

  /**
   * A stretch of a line's text: {@code link} is the finding it links to and {@code cls} its CSS
   * classes, both null where no finding is over it.
   */
  public record Piece(String text, String cls, Mark link) {}

  /** Kinds highlighted in the text, innermost first. */
  static final List<String> PRIORITY = List.of("e", "o", "d", "q", "r");

  /** Kinds listed in the margin (a document names its entities too often to list them there). */
  static final List<String> MARGIN = List.of("q", "r", "d", "f");

  private static final Comparator<Mark> ORDER =
      Comparator.comparingInt((Mark m) -> m.span().start())
          .thenComparing(Comparator.comparingInt((Mark m) -> m.span().end()).reversed())
          .thenComparing(Mark::href);

  private final String text;
  private final List<Mark> marks;
  private final Map<Integer, List<Mark>> byFirstLine = new TreeMap<>();
  private final List<Mark> active = new ArrayList<>();
  private int next;

  Marks(String text, LineMap lines, List<Mark> all) {
    this.text = text;
    this.marks = new ArrayList<>(all.stream().filter(m -> PRIORITY.contains(m.kind())).toList());
    this.marks.sort(ORDER);
    List<Mark> listed = new ArrayList<>(all);
    listed.sort(ORDER);
    for (Mark m : listed) {
      if (!MARGIN.contains(m.kind())) {
        continue;
      }
      byFirstLine.computeIfAbsent(lines.lineOf(m.span().start()), k -> new ArrayList<>()).add(m);
    }
  }

  /** The findings that start on a line, for its margin. */
  List<Mark> startingOn(int line) {
    return byFirstLine.getOrDefault(line, List.of());
  }

  /** The pieces of {@code text[from, to)}, each under the findings over it (or none). */
  List<Piece> pieces(int from, int to) {
    while (next < marks.size() && marks.get(next).span().start() < to) {
      active.add(marks.get(next++));
    }
    active.removeIf(m -> m.span().end() <= from);
    if (active.isEmpty() || from >= to) {
      return List.of(new Piece(text.substring(from, to), null, null));
    }
    java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>();
    cuts.add(from);
    cuts.add(to);
    for (Mark m : active) {
      if (m.span().start() > from && m.span().start() < to) {
        cuts.add(m.span().start());
      }
      if (m.span().end() > from && m.span().end() < to) {
        cuts.add(m.span().end());
      }
    }
    List<Piece> out = new ArrayList<>();
    Integer s = cuts.first();
    for (Integer e = cuts.higher(s); e != null; s = e, e = cuts.higher(e)) {
      out.add(piece(s, e));
    }
    return out;
  }

  /** The piece {@code text[s, e)}: the innermost active finding over all of it links it. */
  private Piece piece(int s, int e) {
    Mark link = null;
    StringBuilder cls = new StringBuilder("hl");
    for (String kind : PRIORITY) {
      for (Mark m : active) {
        if (m.kind().equals(kind) && m.span().start() <= s && m.span().end() >= e) {
          if (link == null) {
            link = m;
          }
          cls.append(' ').append(kind);
          if (m.sub() != null) {
            cls.append(' ').append(m.sub());
          }
          break;
        }
      }
    }
    String t = text.substring(s, e);
    return link == null ? new Piece(t, null, null) : new Piece(t, cls.toString(), link);
  }
}
