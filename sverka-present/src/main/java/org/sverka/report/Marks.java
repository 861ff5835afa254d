package org.sverka.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sverka.text.LineMap;

/**
 * The findings over one document's text (quotations, reuse passages, entity mentions, dates, figure
 * checks) for its page: each line's text comes out escaped, with the stretches under a finding
 * highlighted and linked to the finding's detail, and each finding is listed in the margin of the
 * line where it starts. Lines must be asked for in order.
 */
final class Marks {
  /**
   * A finding over {@code [start, end)} of the original text. {@code kind} is its CSS class ({@code
   * q} quotation, {@code r} reuse, {@code e} entity mention, {@code d} date, {@code f} figure
   * check); the first kind in {@link #PRIORITY} wins a stretch's link, so a name or a date inside a
   * quotation links to its entity or the timeline and the rest of the quotation to the quotation.
   * Kinds not in {@link #PRIORITY} are not highlighted in the text, only listed in the margin.
   * {@code sub} is an extra CSS class for the highlight (an entity's type), or null.
   */
  record Mark(
      int start, int end, String kind, String sub, String href, String label, String title) {
    Mark(int start, int end, String kind, String href, String label, String title) {
      this(start, end, kind, null, href, label, title);
    }
  }

  /** Kinds highlighted in the text, innermost first. */
  static final List<String> PRIORITY = List.of("e", "d", "q", "r");

  /** Kinds listed in the margin (a document names its entities too often to list them there). */
  static final List<String> MARGIN = List.of("q", "r", "d", "f");

  private static final Comparator<Mark> ORDER =
      Comparator.comparingInt(Mark::start)
          .thenComparing(Comparator.comparingInt(Mark::end).reversed())
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
            if (m.sub() != null) {
              cls.append(' ').append(m.sub());
            }
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
