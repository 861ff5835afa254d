package org.sverka.figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sverka.figures.Check.Kind;
import org.sverka.figures.Check.Verdict;
import org.sverka.text.Span;

/**
 * Checks the arithmetic of the figures of a paragraph, sentence by sentence (a sentence together
 * with the one before it, so that "In 1924-25 there were 8,215,000 wage-workers; in 1926-27 there
 * were 10,346,000. An increase of 25 per cent." is one check). Exact decimal arithmetic; each
 * stated figure allows half its rounding step either way, and the computed value is carried as the
 * interval its inputs' rounding allows. A check is {@code INCONSISTENT} only when the two intervals
 * do not meet and no input is hedged ("about", "over"); with a hedged input it is {@code
 * UNCHECKABLE}.
 */
public final class FigureChecker {
  private static final MathContext MC = MathContext.DECIMAL64;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Pattern RATIO =
      Pattern.compile(
          "(?i)\\b(?:(doubled|doubling)|(trebled|tripled)|(quadrupled)|(halved)"
              + "|(two|three|four|five|six|seven|eight|nine|ten|\\d+(?:\\.\\d+)?)\\stimes\\s"
              + "(?:as\\s(?:much|many|great|large|high)|more|greater|larger|higher|over))\\b");
  private static final Pattern TOTAL_BEFORE =
      Pattern.compile(
          "(?i)(?:^|[^\\w])(?:of\\s(?:the|these|this|a|all)?\\s?(?:total\\s(?:of\\s)?)?"
              + "|out\\sof\\s(?:the\\s)?|a\\stotal\\sof\\s|in\\sall\\s)$");
  private static final Pattern SHARE_WORDS =
      Pattern.compile("(?i)\\bshares?\\b|of\\sthe\\stotal|\\bproportion\\b");

  /**
   * A sentence's flattened text and figures, with the flat text itself when the caller has it
   * (needed to read the bare numbers that a relation stated in words names; null without).
   */
  public record Sentence(String text, List<Figure> figures, org.sverka.text.FlatText flat) {
    /** A sentence without its flat text: relations in words ({@link StatedRelations}) unread. */
    public Sentence(String text, List<Figure> figures) {
      this(text, figures, null);
    }
  }

  /**
   * More figures than this in one sentence make a table or a dump, not a statement whose arithmetic
   * can be read: such a sentence is not checked.
   */
  public static final int MAX_FIGURES = 60;

  /** The checks of one paragraph, in text order. */
  public List<Check> check(List<Sentence> paragraph) {
    List<Check> out = new ArrayList<>();
    List<Figure> earlier = new ArrayList<>();
    for (int i = 0; i < paragraph.size(); i++) {
      if (i > 1) {
        earlier.addAll(paragraph.get(i - 2).figures());
      }
      out.addAll(check(i > 0 ? paragraph.get(i - 1) : null, paragraph.get(i), earlier));
    }
    out.addAll(totalsAcross(paragraph));
    sort(out);
    return out;
  }

  /**
   * The checks of the totals of a paragraph whose parts are listed in the sentences after the
   * total's ({@link ParagraphTotals}); {@link #check(List)} includes them, a caller that checks
   * sentence by sentence calls this at the end of each paragraph.
   */
  public List<Check> totalsAcross(List<Sentence> paragraph) {
    List<Check> out = new ArrayList<>(ParagraphTotals.of(paragraph));
    sort(out);
    return out;
  }

  /**
   * The checks of a sentence, read with the sentence before it in the same paragraph ({@code
   * previous}, or null), in text order.
   */
  public List<Check> check(Sentence previous, Sentence s) {
    return check(previous, s, List.of());
  }

  /**
   * The checks of a sentence, read with the sentence before it ({@code previous}, or null) and the
   * figures of the paragraph's sentences before that ({@code earlier}, in text order): a difference
   * stated in words ("N more than") may refer to a figure several sentences back.
   */
  public List<Check> check(Sentence previous, Sentence s, List<Figure> earlier) {
    List<Check> out = new ArrayList<>();
    if (s.figures().size() <= MAX_FIGURES && s.flat() != null) {
      out.addAll(StatedRelations.of(previous, s, earlier));
    }
    if (s.figures().isEmpty() || s.figures().size() > MAX_FIGURES) {
      sort(out);
      return out;
    }
    List<Figure> window = new ArrayList<>();
    if (previous != null && previous.figures().size() <= MAX_FIGURES) {
      window.addAll(previous.figures());
    }
    int own = window.size();
    window.addAll(s.figures());
    int lastChange = -1;
    for (int k = own; k < window.size(); k++) {
      Figure p = window.get(k);
      if (p.change()) {
        // the sentence's own figures first; the sentence before only when they give no pair
        List<Check> found = percentChange(window, k, own, own, lastChange);
        if (found.isEmpty() && lastChange < 0) {
          found = percentChange(window, k, own, 0, lastChange);
        }
        out.addAll(found);
        lastChange = k;
      }
    }
    ratio(s).ifPresent(out::add);
    total(s).ifPresent(out::add);
    out.addAll(shares(s));
    sort(out);
    return out;
  }

  private static void sort(List<Check> out) {
    out.sort(
        java.util.Comparator.comparingInt(Check::start)
            .thenComparingInt(Check::end)
            .thenComparing(c -> c.kind().name()));
  }

  // ---- percentage change

  /**
   * The checks of the change stated by {@code window[at]} against the last two figures of a unit
   * before it (from index {@code from}), or the one before and the first after it. The later of the
   * two must come after the previous stated change ({@code lastChange}): that one has used the
   * figures before it.
   */
  private List<Check> percentChange(
      List<Figure> window, int at, int own, int from, int lastChange) {
    Figure p = window.get(at);
    Map<String, List<Figure>> before = new LinkedHashMap<>();
    Map<String, List<Figure>> after = new LinkedHashMap<>();
    for (int k = 0; k < window.size(); k++) {
      Figure f = window.get(k);
      if (k == at || k < from || f.change() || "fraction".equals(f.unit())) {
        continue;
      }
      if ("per cent".equals(f.unit()) && f.relation() == null) {
        continue; // plain percentages are shares, not the values that changed
      }
      if (k < at) {
        before.computeIfAbsent(f.unitKey(), x -> new ArrayList<>()).add(f);
      } else if (k >= own) {
        after.computeIfAbsent(f.unitKey(), x -> new ArrayList<>()).add(f);
      }
    }
    List<Check> out = new ArrayList<>();
    java.util.Set<String> keys = new java.util.TreeSet<>(before.keySet());
    for (String key : keys) {
      List<Figure> b = before.get(key);
      Figure a;
      Figure c;
      if (b.size() >= 2) {
        a = b.get(b.size() - 2);
        c = b.get(b.size() - 1);
        if (lastChange >= 0 && indexOf(window, c) < lastChange) {
          continue;
        }
      } else if (after.containsKey(key)) {
        a = b.get(0);
        c = after.get(key).get(0);
      } else {
        continue;
      }
      out.add(changeCheck(a, c, p));
    }
    return out;
  }

  private Check changeCheck(Figure a, Figure b, Figure p) {
    BigDecimal[] ra = range(a);
    BigDecimal[] rb = range(b);
    BigDecimal[] rp = range(p);
    List<Figure> figs = List.of(a, b, p);
    if (ra[0].signum() <= 0) {
      return check(
          figs,
          Kind.PERCENT_CHANGE,
          Verdict.UNCHECKABLE,
          say(p),
          null,
          null,
          "The change is stated against " + say(a) + ", which cannot be a base for a percentage.");
    }
    BigDecimal mid = pct(mid(b).subtract(mid(a)), mid(a));
    BigDecimal lo = pct(rb[0].subtract(ra[1]), ra[1]);
    BigDecimal hi = pct(rb[1].subtract(ra[0]), ra[0]);
    int scale = Math.max(1, p.step().stripTrailingZeros().scale() + 1);
    String computed = round(mid, scale) + " per cent";
    String range = round(lo, scale) + " to " + round(hi, scale);
    boolean meets = rp[0].compareTo(hi) <= 0 && lo.compareTo(rp[1]) <= 0;
    Verdict v = verdict(meets, a, b, p);
    String tol = "\u00b1" + half(p).toPlainString();
    String expl =
        "From "
            + say(a)
            + " to "
            + say(b)
            + " is a change of "
            + signed(round(mid, scale))
            + " per cent ("
            + range
            + " within the rounding of the figures); the text says "
            + signed(p.value().stripTrailingZeros().toPlainString())
            + (p.high() == null ? "" : " to " + p.high().toPlainString())
            + " per cent ("
            + tol
            + ")."
            + hedge(v, a, b, p);
    return check(figs, Kind.PERCENT_CHANGE, v, say(p), computed, tol, expl);
  }

  private static int indexOf(List<Figure> list, Figure f) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == f) {
        return i;
      }
    }
    return -1;
  }

  // ---- ratios

  private java.util.Optional<Check> ratio(Sentence s) {
    Matcher m = RATIO.matcher(s.text());
    if (!m.find()) {
      return java.util.Optional.empty();
    }
    BigDecimal stated;
    String word = m.group();
    if (m.group(1) != null) {
      stated = BigDecimal.valueOf(2);
    } else if (m.group(2) != null) {
      stated = BigDecimal.valueOf(3);
    } else if (m.group(3) != null) {
      stated = BigDecimal.valueOf(4);
    } else if (m.group(4) != null) {
      stated = new BigDecimal("0.5");
    } else {
      FigureFinder.Read r = FigureFinder.number(m.group(5));
      if (r == null) {
        return java.util.Optional.empty();
      }
      stated = r.value();
    }
    Map<String, List<Figure>> byUnit = new LinkedHashMap<>();
    for (Figure f : s.figures()) {
      if (!f.change() && !"fraction".equals(f.unit())) {
        byUnit.computeIfAbsent(f.unitKey(), x -> new ArrayList<>()).add(f);
      }
    }
    for (List<Figure> list : byUnit.values()) {
      if (list.size() != 2) {
        continue;
      }
      Figure a = list.get(0);
      Figure b = list.get(1);
      BigDecimal[] ra = range(a);
      BigDecimal[] rb = range(b);
      if (ra[0].signum() <= 0) {
        continue;
      }
      BigDecimal mid = mid(b).divide(mid(a), MC);
      BigDecimal lo = rb[0].divide(ra[1], MC);
      BigDecimal hi = rb[1].divide(ra[0], MC);
      BigDecimal tol = stated.scale() > 0 ? new BigDecimal("0.05") : new BigDecimal("0.5");
      boolean meets = stated.subtract(tol).compareTo(hi) <= 0 && lo.compareTo(stated.add(tol)) <= 0;
      Verdict v = verdict(meets, a, b, null);
      String expl =
          "From "
              + say(a)
              + " to "
              + say(b)
              + " is "
              + round(mid, 2)
              + " times ("
              + round(lo, 2)
              + " to "
              + round(hi, 2)
              + " within the rounding of the figures); the text says \u201c"
              + word
              + "\u201d ("
              + stated.toPlainString()
              + " \u00b1"
              + tol.toPlainString()
              + ")."
              + hedge(v, a, b, null);
      return java.util.Optional.of(
          check(
              List.of(a, b),
              Kind.RATIO,
              v,
              word,
              round(mid, 2) + " times",
              "\u00b1" + tol.toPlainString(),
              expl));
    }
    return java.util.Optional.empty();
  }

  // ---- parts of a stated total

  private java.util.Optional<Check> total(Sentence s) {
    List<Figure> figs = s.figures();
    String t = s.text();
    for (int i = 0; i < figs.size(); i++) {
      Figure total = figs.get(i);
      if ("per cent".equals(total.unit()) || "fraction".equals(total.unit())) {
        continue;
      }
      int at = t.indexOf(total.text());
      if (at < 0 || !TOTAL_BEFORE.matcher(t.substring(Math.max(0, at - 40), at)).find()) {
        continue;
      }
      List<Figure> parts = new ArrayList<>();
      for (int k = i + 1; k < figs.size(); k++) {
        Figure f = figs.get(k);
        if (f.unitKey().equals(total.unitKey()) && !f.change()) {
          parts.add(f);
        }
      }
      if (parts.size() < 2) {
        continue;
      }
      BigDecimal sum = BigDecimal.ZERO;
      BigDecimal slack = half(total);
      for (Figure f : parts) {
        sum = sum.add(mid(f));
        slack =
            slack
                .add(half(f))
                .add(
                    f.high() == null
                        ? BigDecimal.ZERO
                        : f.high().subtract(f.value()).divide(BigDecimal.valueOf(2), MC));
      }
      BigDecimal diff = sum.subtract(mid(total));
      boolean hedged = total.approximate() || parts.stream().anyMatch(Figure::approximate);
      Verdict v;
      if (diff.abs().compareTo(slack) <= 0) {
        v = Verdict.CONSISTENT;
      } else if (hedged) {
        v = Verdict.UNCHECKABLE;
      } else if (diff.signum() > 0 || parts.size() >= 3) {
        v = Verdict.INCONSISTENT;
      } else {
        v = Verdict.UNCHECKABLE;
      }
      List<Figure> all = new ArrayList<>();
      all.add(total);
      all.addAll(parts);
      String expl =
          "The "
              + parts.size()
              + " parts ("
              + String.join(" + ", parts.stream().map(FigureChecker::say).toList())
              + ") add up to "
              + plain(sum)
              + "; the stated total is "
              + say(total)
              + " (the rounding of the figures allows \u00b1"
              + plain(slack)
              + ")."
              + (v == Verdict.UNCHECKABLE
                  ? hedged
                      ? " Some figures are hedged, so the difference proves nothing."
                      : " The parts may not be all of the total."
                  : "");
      return java.util.Optional.of(
          check(
              all, Kind.PARTS_OF_TOTAL, v, say(total), plain(sum), "\u00b1" + plain(slack), expl));
    }
    return java.util.Optional.empty();
  }

  // ---- shares summing to 100

  private List<Check> shares(Sentence s) {
    if (!SHARE_WORDS.matcher(s.text()).find()) {
      return List.of();
    }
    Map<String, List<Figure>> byPeriod = new LinkedHashMap<>();
    for (Figure f : s.figures()) {
      if ("per cent".equals(f.unit()) && f.relation() == null && !f.change() && f.high() == null) {
        byPeriod.computeIfAbsent(String.valueOf(f.period()), x -> new ArrayList<>()).add(f);
      }
    }
    List<Check> out = new ArrayList<>();
    for (List<Figure> group : byPeriod.values()) {
      if (group.size() < 2) {
        continue;
      }
      BigDecimal sum = BigDecimal.ZERO;
      BigDecimal slack = BigDecimal.ZERO;
      for (Figure f : group) {
        sum = sum.add(f.value());
        slack = slack.add(half(f));
      }
      BigDecimal diff = sum.subtract(HUNDRED);
      if (diff.abs().compareTo(BigDecimal.valueOf(5)) > 0) {
        continue; // not the shares of one whole
      }
      boolean hedged = group.stream().anyMatch(Figure::approximate);
      Verdict v =
          diff.abs().compareTo(slack) <= 0
              ? Verdict.CONSISTENT
              : hedged ? Verdict.UNCHECKABLE : Verdict.INCONSISTENT;
      String period = group.get(0).period();
      String expl =
          "The shares "
              + String.join(" + ", group.stream().map(FigureChecker::say).toList())
              + (period == null ? "" : " (" + period + ")")
              + " add up to "
              + plain(sum)
              + " per cent; a whole is 100 (the rounding allows \u00b1"
              + plain(slack)
              + ")."
              + (v == Verdict.UNCHECKABLE ? " Some shares are hedged." : "");
      out.add(
          check(
              group,
              Kind.SHARES,
              v,
              "100 per cent",
              plain(sum) + " per cent",
              "\u00b1" + plain(slack),
              expl));
    }
    return out;
  }

  // ---- tables

  /**
   * The checks of a table of figures ({@link TableFinder}), in text order: products along its rows
   * ({@link Kind#PRODUCT}) and totals down its columns ({@link Kind#COLUMN_TOTAL}).
   *
   * <p>A row's last figure is a product of two others when the same two columns (counted from the
   * right) give it in two rows or more (or in one, when the line above the table or the row itself
   * names a rate: "at", "each", "per", "×", "Price"), in at least half of the rows that have them;
   * then every row is checked on those columns.
   *
   * <p>A total row is checked, column by column, against the sum of the figures above it in its
   * column (back to the table's start or the total before). Both checks use exact decimals and
   * interval arithmetic as the others do, with the rounding a table's figures state ({@link
   * #tableHalf}): whole numbers and sums of money are a table's counts and entries and are taken as
   * written (so "140l. + 40l. + 14l." is 194l., and a total of 192l. is wrong); decimals of a
   * measure and round thousands allow half their step; hedged figures make a miss UNCHECKABLE. A
   * total row's figures are put in the columns whose figures end where they end when the table is
   * aligned, else counted from the right. Sums of money in pounds and in pounds, shillings and
   * pence are compared in pence; other units must agree.
   */
  public List<Check> table(TableFinder.Table t) {
    List<Check> out = new ArrayList<>();
    out.addAll(products(t));
    out.addAll(columnTotals(t));
    sort(out);
    return out;
  }

  private static final BigDecimal PENCE_PER_POUND = BigDecimal.valueOf(240);

  private static boolean money(Figure f) {
    return "pounds".equals(f.unit()) || "pence".equals(f.unit());
  }

  /** What {@code f} is multiplied by to be compared: pounds in pence when pence are about. */
  private static BigDecimal scale(Figure f, boolean pence) {
    if (pence && "pounds".equals(f.unit())) {
      return PENCE_PER_POUND;
    }
    if ("per cent".equals(f.unit())) {
      return new BigDecimal("0.01");
    }
    return BigDecimal.ONE;
  }

  /**
   * How far a figure of a table may be from what it states: nothing for a whole number written
   * without round thousands ("390,054", "40") or a sum of money ("3l. 10s.", "$14.50"), which are
   * counts and account entries, added and multiplied as written; half its rounding step for a
   * figure that states rounding (decimals of a measure, "979,000"), as everywhere else.
   */
  static BigDecimal tableHalf(Figure f) {
    boolean rounded =
        f.step().compareTo(BigDecimal.ONE) > 0
            || (f.step().stripTrailingZeros().scale() > 0
                && !money(f)
                && !"dollars".equals(f.unit()));
    return rounded ? half(f) : BigDecimal.ZERO;
  }

  /** A table figure's interval, scaled for comparison. */
  private static BigDecimal[] scaledRange(Figure f, boolean pence) {
    BigDecimal k = scale(f, pence);
    BigDecimal[] r;
    if (f.approximate()) {
      r = range(f);
    } else {
      BigDecimal h = tableHalf(f);
      r = new BigDecimal[] {f.value().subtract(h), f.value().add(h)};
    }
    return new BigDecimal[] {r[0].multiply(k), r[1].multiply(k)};
  }

  private record Product(
      BigDecimal lo, BigDecimal hi, BigDecimal mid, BigDecimal[] stated, boolean pence) {
    boolean meets() {
      return lo.compareTo(stated[1]) <= 0 && stated[0].compareTo(hi) <= 0;
    }
  }

  /** {@code a × b} against {@code c}, or null when they cannot be a product. */
  private static Product product(Figure a, Figure b, Figure c) {
    if ((money(a) && money(b)) || a.value().signum() < 0 || b.value().signum() < 0) {
      return null;
    }
    if (c.unit() != null && !money(c) && !c.unit().equals(a.unit()) && !c.unit().equals(b.unit())) {
      return null;
    }
    boolean pence =
        "pence".equals(a.unit()) || "pence".equals(b.unit()) || "pence".equals(c.unit());
    if (money(c) != (money(a) || money(b)) && money(c) && pence && !"pence".equals(c.unit())) {
      return null;
    }
    BigDecimal[] ra = scaledRange(a, pence);
    BigDecimal[] rb = scaledRange(b, pence);
    BigDecimal mid =
        a.value().multiply(scale(a, pence)).multiply(b.value().multiply(scale(b, pence)));
    return new Product(
        ra[0].multiply(rb[0]), ra[1].multiply(rb[1]), mid, scaledRange(c, pence), pence);
  }

  private List<Check> products(TableFinder.Table t) {
    int[] best = productColumns(t);
    if (best == null) {
      return List.of();
    }
    List<Check> out = new ArrayList<>();
    for (TableFinder.Row r : t.rows()) {
      int n = r.cells().size();
      if (r.total() || n < 3 || n - 1 - best[0] < 0) {
        continue;
      }
      Figure a = r.cells().get(n - 1 - best[0]);
      Figure b = r.cells().get(n - 1 - best[1]);
      Figure c = r.cells().get(n - 1);
      Product p = product(a, b, c);
      if (p != null) {
        out.add(productCheck(a, b, c, p));
      }
    }
    return out;
  }

  /**
   * The pair of columns, counted from the right, whose product gives the last figure in most rows
   * (with the number of rows it gives it in, as {@code {i, j, rows}}); null when no pair does in
   * enough rows to be the table's product.
   */
  private static int[] productColumns(TableFinder.Table t) {
    Map<String, int[]> meets = new java.util.TreeMap<>();
    Map<String, Integer> having = new java.util.HashMap<>();
    boolean sign = t.productHeader();
    for (TableFinder.Row r : t.rows()) {
      sign |= r.productSign();
      int n = r.cells().size();
      if (r.total() || n < 3) {
        continue;
      }
      for (int i = 0; i < n - 1; i++) {
        for (int j = i + 1; j < n - 1; j++) {
          String key = String.format("%03d:%03d", n - 1 - j, n - 1 - i);
          having.merge(key, 1, Integer::sum);
          Product p = product(r.cells().get(i), r.cells().get(j), r.cells().get(n - 1));
          if (p != null && p.meets()) {
            int[] pair = {n - 1 - i, n - 1 - j, 0};
            meets.computeIfAbsent(key, k -> pair)[2]++;
          }
        }
      }
    }
    int[] best = null;
    for (int[] v : meets.values()) {
      if (best == null || v[2] > best[2]) {
        best = v;
      }
    }
    if (best == null) {
      return null;
    }
    String bestKey = String.format("%03d:%03d", best[1], best[0]);
    int rowsWithPair = having.getOrDefault(bestKey, 0);
    if (!(best[2] >= 2 || sign) || best[2] * 2 < rowsWithPair) {
      return null;
    }
    return best;
  }

  /** The check of one row's product {@code a × b} against its stated {@code c}. */
  private Check productCheck(Figure a, Figure b, Figure c, Product p) {
    boolean hedged = a.approximate() || b.approximate() || c.approximate();
    Verdict v =
        p.meets() ? Verdict.CONSISTENT : hedged ? Verdict.UNCHECKABLE : Verdict.INCONSISTENT;
    String unit = p.pence() ? " pence" : "";
    BigDecimal half = p.stated()[1].subtract(p.stated()[0]).divide(BigDecimal.valueOf(2), MC);
    String expl =
        say(a)
            + " \u00d7 "
            + say(b)
            + " is "
            + plain(p.mid())
            + unit
            + (p.lo().compareTo(p.hi()) == 0
                ? ""
                : " (" + plain(p.lo()) + " to " + plain(p.hi()) + " within their rounding)")
            + "; the row states "
            + say(c)
            + (p.pence() && !"pence".equals(c.unit())
                ? " (" + plain(c.value().multiply(scale(c, true))) + " pence)"
                : "")
            + " (\u00b1"
            + plain(half)
            + unit
            + ")."
            + (v == Verdict.UNCHECKABLE ? " Some figures are hedged." : "");
    return check(
        List.of(a, b, c),
        Kind.PRODUCT,
        v,
        say(c),
        plain(p.mid()) + unit,
        "\u00b1" + plain(half) + unit,
        expl);
  }

  private List<Check> columnTotals(TableFinder.Table t) {
    List<Check> out = new ArrayList<>();
    List<TableFinder.Row> parts = new ArrayList<>();
    for (TableFinder.Row r : t.rows()) {
      if (!r.total()) {
        parts.add(r);
        continue;
      }
      if (parts.size() >= 2) {
        for (int i = 0; i < r.cells().size(); i++) {
          int k = columnOf(parts, r, i);
          List<Figure> column = new ArrayList<>();
          for (TableFinder.Row p : parts) {
            int n = p.cells().size();
            if (n - 1 - k >= 0) {
              column.add(p.cells().get(n - 1 - k));
            }
          }
          if (column.size() >= 2) {
            Check c = columnTotal(r.cells().get(i), column);
            if (c != null) {
              out.add(c);
            }
          }
        }
      }
      parts = new ArrayList<>();
    }
    return out;
  }

  /**
   * The column (counted from the right) of a total row's {@code i}-th figure: the column whose
   * figures end where it ends, when the rows above are aligned; else counted from the right.
   */
  private static int columnOf(List<TableFinder.Row> parts, TableFinder.Row total, int i) {
    int m = total.cells().size();
    int fallback = m - 1 - i;
    int end = total.columns().get(i)[1];
    int best = -1;
    int bestDist = Integer.MAX_VALUE;
    for (int k = 0; ; k++) {
      int min = Integer.MAX_VALUE;
      int max = Integer.MIN_VALUE;
      int seen = 0;
      for (TableFinder.Row p : parts) {
        int n = p.cells().size();
        if (n - 1 - k >= 0) {
          int e = p.columns().get(n - 1 - k)[1];
          min = Math.min(min, e);
          max = Math.max(max, e);
          seen++;
        }
      }
      if (seen == 0) {
        break;
      }
      if (max - min > 3) {
        return fallback; // not aligned
      }
      int dist = Math.min(Math.abs(end - min), Math.abs(end - max));
      if (dist < bestDist) {
        bestDist = dist;
        best = k;
      }
    }
    return best >= 0 && bestDist <= 3 ? best : fallback;
  }

  private static Check columnTotal(Figure total, List<Figure> column) {
    List<Figure> all = new ArrayList<>(column);
    all.add(total);
    boolean pence = all.stream().anyMatch(f -> "pence".equals(f.unit()));
    for (Figure f : all) {
      boolean agrees =
          money(f) && money(total)
              || java.util.Objects.equals(f.unit(), total.unit())
              || f.unit() == null
              || total.unit() == null && !money(f);
      if (!agrees) {
        return null;
      }
    }
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal slack = tableHalf(total).multiply(scale(total, pence));
    for (Figure f : column) {
      BigDecimal k = scale(f, pence);
      sum = sum.add(f.value().multiply(k));
      slack = slack.add(tableHalf(f).multiply(k));
    }
    BigDecimal stated = total.value().multiply(scale(total, pence));
    BigDecimal diff = sum.subtract(stated);
    boolean hedged = all.stream().anyMatch(Figure::approximate);
    Verdict v =
        diff.abs().compareTo(slack) <= 0
            ? Verdict.CONSISTENT
            : hedged ? Verdict.UNCHECKABLE : Verdict.INCONSISTENT;
    String unit = pence ? " pence" : "";
    String expl =
        "The "
            + column.size()
            + " figures of the column ("
            + String.join(" + ", column.stream().map(FigureChecker::say).toList())
            + ") add up to "
            + plain(sum)
            + unit
            + "; the total row states "
            + say(total)
            + (pence && !"pence".equals(total.unit()) ? " (" + plain(stated) + " pence)" : "")
            + (slack.signum() == 0
                ? " (whole numbers and sums of money are added as written)."
                : " (the rounding of the figures allows \u00b1" + plain(slack) + unit + ").")
            + (v == Verdict.UNCHECKABLE ? " Some figures are hedged." : "");
    return check(
        all,
        Kind.COLUMN_TOTAL,
        v,
        say(total),
        plain(sum) + unit,
        "\u00b1" + plain(slack) + unit,
        expl);
  }

  // ---- arithmetic helpers

  static Check check(
      List<Figure> figs,
      Kind kind,
      Verdict v,
      String stated,
      String computed,
      String tol,
      String expl) {
    int start = figs.stream().mapToInt(Figure::start).min().orElse(0);
    int end = figs.stream().mapToInt(Figure::end).max().orElse(0);
    return new Check(new Span(start, end), kind, v, stated, computed, tol, expl, List.copyOf(figs));
  }

  private static Verdict verdict(boolean meets, Figure a, Figure b, Figure p) {
    if (meets) {
      return Verdict.CONSISTENT;
    }
    boolean hedged = a.approximate() || b.approximate() || (p != null && p.approximate());
    return hedged ? Verdict.UNCHECKABLE : Verdict.INCONSISTENT;
  }

  private static String hedge(Verdict v, Figure a, Figure b, Figure p) {
    return v == Verdict.UNCHECKABLE
        ? " The figures are hedged (\u201cabout\u201d, \u201cover\u201d), so the difference"
            + " proves nothing."
        : "";
  }

  /** Half the rounding step: how far a stated figure may be from what it rounds. */
  static BigDecimal half(Figure f) {
    return f.step().divide(BigDecimal.valueOf(2), MC).stripTrailingZeros();
  }

  /** The interval a stated figure allows: its range widened by half its step. */
  static BigDecimal[] range(Figure f) {
    BigDecimal lo = f.value();
    BigDecimal hi = f.high() == null ? f.value() : f.high();
    BigDecimal h = half(f);
    if (f.approximate()) {
      BigDecimal tenth = lo.abs().divide(BigDecimal.TEN, MC);
      String q = f.qualifier();
      if (q.equals("over")
          || q.equals("more than")
          || q.equals("at least")
          || q.equals("not less than")) {
        return new BigDecimal[] {lo, hi.add(tenth)};
      }
      if (q.equals("under")
          || q.equals("less than")
          || q.equals("up to")
          || q.equals("not more than")
          || q.equals("scarcely")
          || q.equals("barely")) {
        return new BigDecimal[] {lo.subtract(tenth), hi};
      }
      h = h.max(tenth.divide(BigDecimal.valueOf(2), MC));
    }
    return new BigDecimal[] {lo.subtract(h), hi.add(h)};
  }

  private static BigDecimal mid(Figure f) {
    return f.high() == null ? f.value() : f.value().add(f.high()).divide(BigDecimal.valueOf(2), MC);
  }

  private static BigDecimal pct(BigDecimal diff, BigDecimal base) {
    return diff.multiply(HUNDRED).divide(base, MC);
  }

  private static String round(BigDecimal v, int scale) {
    return v.setScale(scale, RoundingMode.HALF_UP).toPlainString();
  }

  private static String signed(String s) {
    return s.startsWith("-") ? "\u2212" + s.substring(1) : "+" + s;
  }

  static String plain(BigDecimal v) {
    BigDecimal r = v.round(MC).stripTrailingZeros();
    return r.scale() < 0 ? r.setScale(0).toPlainString() : r.toPlainString();
  }

  /** A figure as written, with its unit when it took it from an earlier figure. */
  static String say(Figure f) {
    String t = f.text().toLowerCase(java.util.Locale.ROOT);
    String u = f.unit();
    boolean named =
        u == null
            || switch (u) {
              case "roubles" -> t.contains("ub");
              case "per cent" -> t.contains("cent") || t.contains("%");
              case "km" -> t.contains("k");
              case "votes" -> t.contains("vot");
              case "pounds" -> t.contains("\u00a3") || t.contains("l.") || t.contains("pound");
              case "pence" -> true;
              case "dollars" -> t.contains("$") || t.contains("dollar");
              default -> t.contains(u);
            };
    return "\u201c" + f.text() + "\u201d" + (named ? "" : " (" + u + ")");
  }
}
