package org.sverka.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sverka.text.LineMap;

/**
 * The findings over one document's text (quotations, reuse passages; later entity mentions and
 * dates) for its page: each line's text comes out escaped, with the stretches under a finding
 * highlighted and linked to the finding's detail, and each finding is listed in the margin of the
 * line where it starts. Lines must be asked for in order.
 */
final class Marks {
  /**
   * A finding over {@code [start, end)} of the original text. {@code kind} is its CSS class ({@code
   * q} quotation, {@code r} reuse); the first kind in {@link #PRIORITY} wins a stretch's link.
   */
  record Mark(int start, int end, String kind, String href, String label, String title) {}

  private static final List<String> PRIORITY = List.of("q", "r");

  private final String text;
  private final List<Mark> marks;
  private final Map<Integer, List<Mark>> byFirstLine = new TreeMap<>();
  private final List<Mark> active = new ArrayList<>();
  private int next;

  Marks(String text, LineMap lines, List<Mark> all) {
    this.text = text;
    this.marks = new ArrayList<>(all);
    this.marks.sort(
        Comparator.comparingInt(Mark::start)
            .thenComparing(Comparator.comparingInt(Mark::end).reversed())
            .thenComparing(Mark::href));
    for (Mark m : marks) {
      byFirstLine.computeIfAbsent(lines.lineOf(m.start()), k -> new ArrayList<>()).add(m);
    }
  }

  /** The findings that start on a line, for its margin. */
  List<Mark> startingOn(int line) {
    return byFirstLine.getOrDefault(line, List.of());
  }

  /** The escaped HTML of {@code text[from, to)}, with findings highlighted and linked. */
  String html(int from, int to) {
    while (next < marks.size() && marks.get(next).start() < to) {
      active.add(marks.get(next++));
    }
    active.removeIf(m -> m.end() <= from);
    if (active.isEmpty() || from >= to) {
      return Html.esc(text.substring(from, to));
    }
    java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>();
    cuts.add(from);
    cuts.add(to);
    for (Mark m : active) {
      if (m.start() > from && m.start() < to) {
        cuts.add(m.start());
      }
      if (m.end() > from && m.end() < to) {
        cuts.add(m.end());
      }
    }
    StringBuilder b = new StringBuilder();
    Integer s = cuts.first();
    for (Integer e = cuts.higher(s); e != null; s = e, e = cuts.higher(e)) {
      String piece = Html.esc(text.substring(s, e));
      Mark link = null;
      StringBuilder cls = new StringBuilder("hl");
      for (String kind : PRIORITY) {
        for (Mark m : active) {
          if (m.kind().equals(kind) && m.start() <= s && m.end() >= e) {
            if (link == null) {
              link = m;
            }
            cls.append(' ').append(kind);
            break;
          }
        }
      }
      if (link == null) {
        b.append(piece);
      } else {
        b.append("<a class=\"")
            .append(cls)
            .append("\" href=\"")
            .append(Html.esc(link.href()))
            .append("\" title=\"")
            .append(Html.esc(link.title()))
            .append("\">")
            .append(piece)
            .append("</a>");
      }
    }
    return b.toString();
  }
}
