package org.sverka.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.sverka.text.FlatText;
import org.sverka.text.LineMap;
import org.sverka.text.Span;

/**
 * Finds the tables of figures in a plain text, line by line of the original (a table is not
 * sentences: the segmenter runs its rows together). A row is a line of figures in columns: an
 * optional label ("Wheat, bushels", "Rent of the glebe") and then numbers, with nothing between
 * them but white space, leaders ("....", "|", "=", "×", "at", "@") and at most two short words (a
 * unit); a row of one figure needs a leader or a gap of white space between its label and figure. A
 * table is two or more rows on consecutive lines (a single blank line or a ruled line may stand
 * between rows). A total row is a row whose label says so ("Total", "Sum", "Amount", "In all",
 * "Grand total", "Together") or that stands under a ruled line ("-----", "=====").
 */
public final class TableFinder {
  /** A line of a table. */
  public record Row(
      int line,
      Span span,
      String label,
      List<Figure> cells,
      List<int[]> columns,
      boolean total,
      boolean productSign) {}

  /** A table: its rows in order, and whether the line above names a product (rate, price, each). */
  public record Table(List<Row> rows, boolean productHeader) {}

  /** Lines longer than this are prose, not rows. */
  static final int MAX_LINE = 200;

  private static final Pattern RULE = Pattern.compile("^\\s*(?:[-_=\u2014\u2013.]\\s?){3,}\\s*$");
  private static final Pattern TOTAL =
      Pattern.compile(
          "(?i)^(?:the\\s)?(?:grand\\s|sum\\s)?(?:totals?|sum)\\b.{0,40}"
              + "|^(?:the\\s)?(?:total\\s)?(?:amount|in\\sall|together|whole)(?:\\s(?:total|sum))?,?");
  private static final Pattern PRODUCT_SIGN =
      Pattern.compile("(?i)[\u00d7@*]|\\s[x]\\s|\\bat\\b|\\bper\\b|\\beach\\b");
  private static final Pattern PRODUCT_HEADER =
      Pattern.compile(
          "(?i)\\b(?:rate|price|each|per|cost|unit|at|quantity|qty|value|amount|product)\\b"
              + "|[\u00d7@]");
  private static final Pattern WORD = Pattern.compile("[A-Za-z\u00c0-\u024f]+\\.?");

  private final FigureFinder finder;

  public TableFinder(FigureFinder finder) {
    this.finder = finder;
  }

  /** The tables of {@code text}, reading only the lines whose start {@code inBody} accepts. */
  public List<Table> find(String text, LineMap lines, IntPredicate inBody) {
    List<Table> out = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    int gap = 0; // lines since the last row that were blank or ruled
    boolean ruled = false;
    String header = null;
    String lastOther = null;
    for (int line = 1; line <= lines.lineCount(); line++) {
      int ls = lines.lineStart(line);
      int le = lines.contentEnd(text, line);
      String raw = text.substring(ls, le);
      boolean blank = raw.isBlank();
      boolean rule = !blank && RULE.matcher(raw).matches();
      int first = ls;
      while (first < le && Character.isWhitespace(text.charAt(first))) {
        first++;
      }
      // a ruled line makes the row under it a total only when there are rows above to add up
      Row row =
          blank || rule || !inBody.test(first)
              ? null
              : row(text, line, ls, le, ruled && !rows.isEmpty());
      if (row != null) {
        if (rows.isEmpty()) {
          header = lastOther;
        }
        rows.add(row);
        gap = 0;
        ruled = false;
        continue;
      }
      if ((blank || rule) && !rows.isEmpty() && gap < 1) {
        gap++;
        ruled = rule;
        continue;
      }
      if (rule && rows.isEmpty()) {
        ruled = true;
        continue;
      }
      close(out, rows, header, text);
      rows = new ArrayList<>();
      gap = 0;
      ruled = rule;
      lastOther = blank ? null : raw;
    }
    close(out, rows, header, text);
    return out;
  }

  private static void close(List<Table> out, List<Row> rows, String header, String text) {
    if (rows.size() >= 2) {
      List<Row> read = rows;
      if (header != null && LSD_HEADER.matcher(header).find()) {
        read = joined(rows, text, 3);
      } else if (header != null && DOLLARS_CENTS_HEADER.matcher(header).find()) {
        read = joined(rows, text, 2);
      }
      out.add(
          new Table(List.copyOf(read), header != null && PRODUCT_HEADER.matcher(header).find()));
    }
  }

  /** "£ s. d." over the last three columns: each row's last three numbers are one sum. */
  private static final Pattern LSD_HEADER =
      Pattern.compile("(?:\u00a3|\\bl\\.)\\s*s\\.\\s*d\\.?(?!\\w)");

  /** "Dolls. Cts." over the last two columns. */
  private static final Pattern DOLLARS_CENTS_HEADER =
      Pattern.compile("(?i)\\b(?:dolls?\\.?|dollars|\\$)\\s*(?:cts?\\.?|cents)(?!\\w)");

  /**
   * The rows with their last {@code n} numbers joined into one sum of money: pounds, shillings and
   * pence in pence ({@code n} 3), or dollars and cents in dollars ({@code n} 2). A row whose last
   * numbers are not whole numbers is left as it is.
   */
  private static List<Row> joined(List<Row> rows, String text, int n) {
    List<Row> out = new ArrayList<>();
    for (Row r : rows) {
      int k = r.cells().size();
      boolean whole = k >= n;
      for (int i = k - n; whole && i < k; i++) {
        Figure f = r.cells().get(i);
        whole = f.unit() == null && f.value().scale() <= 0 && f.value().signum() >= 0;
      }
      if (!whole) {
        out.add(r);
        continue;
      }
      List<Figure> last = r.cells().subList(k - n, k);
      java.math.BigDecimal value;
      java.math.BigDecimal step;
      String unit;
      if (n == 3) {
        value =
            last.get(0)
                .value()
                .multiply(java.math.BigDecimal.valueOf(240))
                .add(last.get(1).value().multiply(java.math.BigDecimal.valueOf(12)))
                .add(last.get(2).value());
        step = java.math.BigDecimal.ONE;
        unit = "pence";
      } else {
        value = last.get(0).value().add(last.get(1).value().movePointLeft(2));
        step = new java.math.BigDecimal("0.01");
        unit = "dollars";
      }
      int start = last.get(0).start();
      int end = last.get(n - 1).end();
      Figure sum =
          new Figure(
              new Span(start, end),
              text.substring(start, end).replaceAll("\\s+", " "),
              value.stripTrailingZeros(),
              null,
              step,
              unit,
              null,
              null,
              false,
              null,
              null);
      List<Figure> cells = new ArrayList<>(r.cells().subList(0, k - n));
      cells.add(sum);
      List<int[]> cols = new ArrayList<>(r.columns().subList(0, k - n));
      cols.add(new int[] {r.columns().get(k - n)[0], r.columns().get(k - 1)[1]});
      out.add(
          new Row(
              r.line(),
              r.span(),
              r.label(),
              List.copyOf(cells),
              List.copyOf(cols),
              r.total(),
              r.productSign()));
    }
    return out;
  }

  /** The line as a row of a table, or null. */
  private Row row(String text, int line, int ls, int le, boolean ruled) {
    if (le - ls > MAX_LINE) {
      return null;
    }
    boolean digit = false;
    for (int i = ls; i < le && !digit; i++) {
      char c = text.charAt(i);
      digit = c >= '0' && c <= '9';
    }
    if (!digit) {
      return null; // most lines: no number, no row
    }
    List<Figure> cells = finder.cells(FlatText.of(text, ls, le));
    if (cells.isEmpty()) {
      return null;
    }
    String label = text.substring(ls, cells.get(0).start()).strip();
    boolean sign = false;
    for (int i = 1; i < cells.size(); i++) {
      String between = text.substring(cells.get(i - 1).end(), cells.get(i).start());
      if (!separator(between)) {
        return null;
      }
      sign |= PRODUCT_SIGN.matcher(between).find();
    }
    if (!separator(text.substring(cells.get(cells.size() - 1).end(), le))) {
      return null;
    }
    String lead = label.replaceAll("[\\s.:\u2026|-]+$", "");
    boolean total = TOTAL.matcher(lead).matches() || (ruled && lead.isEmpty());
    if (cells.size() == 1 && !total) {
      String before = text.substring(ls, cells.get(0).start());
      boolean leader =
          before.contains("..")
              || before.contains("\t")
              || before.contains("  ")
              || before.contains("|")
              || before.contains("\u2026");
      if (!leader || label.isEmpty()) {
        return null;
      }
    }
    if (label.length() > 80 || label.matches(".*[;?!].*")) {
      return null;
    }
    List<int[]> cols = new ArrayList<>();
    for (Figure f : cells) {
      cols.add(new int[] {column(text, ls, f.start()), column(text, ls, f.end())});
    }
    return new Row(
        line,
        new Span(ls, le),
        lead.toLowerCase(Locale.ROOT),
        List.copyOf(cells),
        cols,
        total,
        sign);
  }

  /** White space, leaders, signs and at most two short words (a unit, "at", "per"). */
  private static boolean separator(String s) {
    if (s.indexOf(';') >= 0 || s.indexOf('?') >= 0 || s.indexOf('!') >= 0) {
      return false;
    }
    var m = WORD.matcher(s);
    int words = 0;
    while (m.find()) {
      if (++words > 2 || m.group().length() > 13) {
        return false;
      }
    }
    return true;
  }

  /** The display column of {@code at} in its line (tabs to the next multiple of 8). */
  private static int column(String text, int ls, int at) {
    int c = 0;
    for (int i = ls; i < at; i++) {
      c = text.charAt(i) == '\t' ? (c / 8 + 1) * 8 : c + 1;
    }
    return c;
  }
}
