package org.sverka.figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sverka.figures.Check.Kind;
import org.sverka.figures.Check.Verdict;
import org.sverka.text.FlatText;
import org.sverka.text.NumberWords;
import org.sverka.text.Span;

/**
 * Relations between figures that a text states in words rather than as a percentage or a total, the
 * way writers of every era compare two counts:
 *
 * <ul>
 *   <li>a ratio "N to one" of the two figures before it in its sentence ("300 soldiers against
 *       6,000 townsfolk, some 20 to one");
 *   <li>an apposition "ten, its double" ("its half", "its treble") to the number just before it;
 *   <li>a multiple with a remainder, "twice as many as B, and N over" (A = 2 × B + N), against the
 *       last two figures of a unit before it in the sentence or the one before;
 *   <li>a difference, "A, being N more than ..." (or "fewer", "less"), against an earlier figure of
 *       the paragraph with the same unit that gives A exactly; nothing is said when none does, as
 *       the text does not say which figure it means.
 * </ul>
 *
 * Small bare numbers that {@link FigureFinder} does not take for figures ("just 117") are read here
 * from the sentence's flat text when a relation names them. A miss is {@code INCONSISTENT} only
 * when the figures compared are unambiguous and none is hedged.
 */
final class StatedRelations {
  private static final MathContext MC = MathContext.DECIMAL64;
  private static final String DIGITS =
      "(?<![\\w.,$\u00a3])(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?![\\w%]|[.,]\\d)";
  private static final String QUAL =
      "(?:(?<qual>about|nearly|almost|some|roughly|over|more\\sthan|less\\sthan|fully)\\s)?";
  private static final Pattern TO_ONE =
      Pattern.compile("(?i)\\b" + QUAL + "(?<n>" + DIGITS + ")\\s(?:to|for)\\sone\\b");
  private static final Pattern BARE = Pattern.compile(DIGITS);
  private static final Pattern APPOSITION =
      Pattern.compile(
          "(?i)(?<n>"
              + DIGITS
              + "|"
              + NumberWords.CARDINAL
              + "),\\s(?:its|their)\\s(?<f>double|half|treble|triple)\\b");
  private static final Pattern NUMBER_BEFORE =
      Pattern.compile("(?i)(?:" + DIGITS + "|" + NumberWords.CARDINAL + ")");
  private static final Pattern MULTIPLE =
      Pattern.compile(
          "(?i)\\b(?<k>twice|thrice|two\\stimes|three\\stimes|four\\stimes|five\\stimes)"
              + "\\sas\\s(?:many|much|great|large|numerous)\\b[^.;:]{0,80}?,?\\s(?:and|with)\\s"
              + "(?<r>"
              + DIGITS
              + ")\\s(?:over|more|besides|to\\sspare)\\b");
  private static final Pattern MORE_THAN =
      Pattern.compile(
          "(?i)(?<a>"
              + DIGITS
              + ")(?:\\s[a-z]+)?,?\\s(?:being|or|which\\sis|that\\sis)\\s(?<d>"
              + DIGITS
              + ")(?:\\s[a-z]+)?\\s(?<w>more|fewer|less)\\sthan\\b");

  private StatedRelations() {}

  /**
   * The relations stated in {@code s}, read with the sentence before it ({@code previous}, or null)
   * and the figures of the paragraph's earlier sentences ({@code earlier}).
   */
  static List<Check> of(
      FigureChecker.Sentence previous, FigureChecker.Sentence s, List<Figure> earlier) {
    List<Check> out = new ArrayList<>();
    if (s.flat() == null) {
      return out;
    }
    toOne(s, out);
    apposition(s, out);
    multiple(previous, s, out);
    moreThan(previous, s, earlier, out);
    return out;
  }

  // ---- "N to one"

  private static void toOne(FigureChecker.Sentence s, List<Check> out) {
    Matcher m = TO_ONE.matcher(s.text());
    if (!m.find()) {
      return;
    }
    Figure stated = bare(s, m.start("n"), m.end("n"), m.group("qual"), m.start());
    List<Figure> before = new ArrayList<>();
    for (Figure f : numbersBefore(s, m.start())) {
      if (!f.change() && !"per cent".equals(f.unit()) && !"fraction".equals(f.unit())) {
        before.add(f);
      }
    }
    if (stated == null || before.size() != 2) {
      return;
    }
    Figure a = before.get(0);
    Figure b = before.get(1);
    Figure big = a.value().compareTo(b.value()) >= 0 ? a : b;
    Figure small = big == a ? b : a;
    BigDecimal[] rs = FigureChecker.range(small);
    BigDecimal[] rb = FigureChecker.range(big);
    if (rs[0].signum() <= 0) {
      return;
    }
    BigDecimal lo = rb[0].divide(rs[1], MC);
    BigDecimal hi = rb[1].divide(rs[0], MC);
    BigDecimal mid = big.value().divide(small.value(), MC);
    BigDecimal[] rp = FigureChecker.range(stated);
    // "470 to one" may be truncated: 470.9 to one is still said "470 to one"
    BigDecimal top = rp[1].add(stated.step().divide(BigDecimal.valueOf(2), MC));
    boolean meets = rp[0].compareTo(hi) <= 0 && lo.compareTo(top) < 0;
    Verdict v = verdict(meets, a, b, stated);
    String expl =
        FigureChecker.say(big)
            + " to "
            + FigureChecker.say(small)
            + " is "
            + FigureChecker.plain(mid.setScale(2, java.math.RoundingMode.HALF_UP))
            + " to one; the text says "
            + FigureChecker.say(stated)
            + " to one."
            + hedged(v);
    out.add(
        FigureChecker.check(
            List.of(a, b, stated),
            Kind.RATIO,
            v,
            m.group().trim(),
            FigureChecker.plain(mid.setScale(2, java.math.RoundingMode.HALF_UP)) + " to one",
            null,
            expl));
  }

  // ---- "ten, its double"

  private static void apposition(FigureChecker.Sentence s, List<Check> out) {
    Matcher m = APPOSITION.matcher(s.text());
    while (m.find()) {
      Figure stated = bare(s, m.start("n"), m.end("n"), null, m.start("n"));
      Figure base = nearestNumberBefore(s, m.start("n"));
      if (stated == null || base == null) {
        continue;
      }
      BigDecimal factor =
          switch (m.group("f").toLowerCase(java.util.Locale.ROOT)) {
            case "double" -> BigDecimal.valueOf(2);
            case "half" -> new BigDecimal("0.5");
            default -> BigDecimal.valueOf(3);
          };
      BigDecimal want = base.value().multiply(factor);
      boolean meets = want.compareTo(stated.value()) == 0;
      Verdict v = verdict(meets, base, stated, null);
      String expl =
          FigureChecker.say(stated)
              + " is called \u201c"
              + m.group("f")
              + "\u201d of "
              + FigureChecker.say(base)
              + ", which gives "
              + FigureChecker.plain(want)
              + "."
              + hedged(v);
      out.add(
          FigureChecker.check(
              List.of(base, stated),
              Kind.RATIO,
              v,
              s.text().substring(m.start("n"), m.end()),
              FigureChecker.plain(want),
              null,
              expl));
    }
  }

  /** The number (a figure, or a bare number in digits or words) nearest before {@code at}. */
  private static Figure nearestNumberBefore(FigureChecker.Sentence s, int at) {
    String t = s.text();
    int from = Math.max(0, at - 200);
    Matcher m = NUMBER_BEFORE.matcher(t).region(from, at);
    int bs = -1;
    int be = -1;
    while (m.find()) {
      if (m.end() <= at && m.end() > m.start()) {
        bs = m.start();
        be = m.end();
      }
    }
    if (bs < 0) {
      return null;
    }
    // a figure stored there is that figure; else the bare number
    return figureAt(s, bs, be);
  }

  // ---- "twice as many as B, and N over"

  private static void multiple(
      FigureChecker.Sentence previous, FigureChecker.Sentence s, List<Check> out) {
    Matcher m = MULTIPLE.matcher(s.text());
    if (!m.find()) {
      return;
    }
    Figure rest = figureAt(s, m.start("r"), m.end("r"));
    if (rest == null) {
      return;
    }
    int k =
        switch (m.group("k").toLowerCase(java.util.Locale.ROOT).split("\\s")[0]) {
          case "twice", "two" -> 2;
          case "thrice", "three" -> 3;
          case "four" -> 4;
          default -> 5;
        };
    List<Figure> window = new ArrayList<>();
    if (previous != null) {
      window.addAll(previous.figures());
    }
    for (Figure f : s.figures()) {
      if (f != rest && f.start() < s.flat().start(m.start())) {
        window.add(f);
      }
    }
    window.removeIf(f -> f.change() || "per cent".equals(f.unit()) || f == rest);
    if (window.size() < 2) {
      return;
    }
    Figure a = window.get(window.size() - 2);
    Figure b = window.get(window.size() - 1);
    if (!a.unitKey().equals(b.unitKey())) {
      return;
    }
    Figure big = a.value().compareTo(b.value()) >= 0 ? a : b;
    Figure small = big == a ? b : a;
    BigDecimal want = small.value().multiply(BigDecimal.valueOf(k)).add(rest.value());
    BigDecimal slack =
        FigureChecker.half(small)
            .multiply(BigDecimal.valueOf(k))
            .add(FigureChecker.half(rest))
            .add(FigureChecker.half(big));
    boolean meets = want.subtract(big.value()).abs().compareTo(slack) <= 0;
    // with more candidates than the two, a miss may be the wrong pair: say nothing
    if (!meets && window.size() != 2) {
      return;
    }
    Verdict v = verdict(meets, small, rest, big);
    String expl =
        FigureChecker.say(big)
            + " is stated as "
            + k
            + " \u00d7 "
            + FigureChecker.say(small)
            + " + "
            + FigureChecker.say(rest)
            + " = "
            + FigureChecker.plain(want)
            + "."
            + hedged(v);
    out.add(
        FigureChecker.check(
            List.of(a, b, rest),
            Kind.RATIO,
            v,
            m.group("k"),
            FigureChecker.plain(want),
            slack.signum() == 0 ? null : "\u00b1" + FigureChecker.plain(slack),
            expl));
  }

  // ---- "A, being N more than ..."

  private static void moreThan(
      FigureChecker.Sentence previous,
      FigureChecker.Sentence s,
      List<Figure> earlier,
      List<Check> out) {
    Matcher m = MORE_THAN.matcher(s.text());
    while (m.find()) {
      Figure a = figureAt(s, m.start("a"), m.end("a"));
      Figure d = figureAt(s, m.start("d"), m.end("d"));
      if (a == null || d == null || a.approximate() || d.approximate()) {
        continue;
      }
      int sign = m.group("w").equalsIgnoreCase("more") ? 1 : -1;
      BigDecimal base = a.value().subtract(d.value().multiply(BigDecimal.valueOf(sign)));
      List<Figure> candidates = new ArrayList<>(earlier);
      if (previous != null) {
        candidates.addAll(previous.figures());
      }
      for (Figure f : s.figures()) {
        if (f.start() < a.start()) {
          candidates.add(f);
        }
      }
      Figure found = null;
      for (int i = candidates.size() - 1; i >= 0 && found == null; i--) {
        Figure c = candidates.get(i);
        BigDecimal slack = FigureChecker.half(c).add(FigureChecker.half(a));
        if (c.unitKey().equals(a.unitKey())
            && !c.change()
            && !c.approximate()
            && c.value().subtract(base).abs().compareTo(slack.add(FigureChecker.half(d))) <= 0) {
          found = c;
        }
      }
      if (found == null) {
        continue;
      }
      String expl =
          FigureChecker.say(found)
              + (sign > 0 ? " + " : " \u2212 ")
              + FigureChecker.say(d)
              + " = "
              + FigureChecker.plain(base.add(d.value().multiply(BigDecimal.valueOf(sign))))
              + "; the text gives "
              + FigureChecker.say(a)
              + ", "
              + FigureChecker.say(d)
              + " "
              + m.group("w")
              + " than the earlier figure.";
      out.add(
          FigureChecker.check(
              List.of(found, d, a),
              Kind.PARTS_OF_TOTAL,
              Verdict.CONSISTENT,
              FigureChecker.say(a),
              FigureChecker.plain(found.value().add(d.value().multiply(BigDecimal.valueOf(sign)))),
              null,
              expl));
    }
  }

  // ---- helpers

  /** The figure of {@code s} written at flat offsets {@code from}..{@code to}, or a bare one. */
  private static Figure figureAt(FigureChecker.Sentence s, int from, int to) {
    int origFrom = s.flat().start(from);
    for (Figure f : s.figures()) {
      if (f.start() <= origFrom && origFrom < f.end()) {
        return f;
      }
    }
    return bare(s, from, to, null, from);
  }

  /** The figures and bare numbers of {@code s} before flat offset {@code at}, in text order. */
  private static List<Figure> numbersBefore(FigureChecker.Sentence s, int at) {
    List<Figure> out = new ArrayList<>();
    int origAt = s.flat().start(at);
    for (Figure f : s.figures()) {
      if (f.end() <= origAt) {
        out.add(f);
      }
    }
    Matcher m = BARE.matcher(s.text()).region(0, at);
    while (m.find()) {
      int o = s.flat().start(m.start());
      boolean known = false;
      for (Figure f : s.figures()) {
        known |= f.start() <= o && o < f.end();
      }
      String digits = m.group().replace(",", "");
      boolean year = digits.length() == 4 && !m.group().contains(",") && !digits.contains(".");
      if (!known && !year) {
        Figure b = bare(s, m.start(), m.end(), null, m.start());
        if (b != null) {
          out.add(b);
        }
      }
    }
    out.sort(java.util.Comparator.comparingInt(Figure::start));
    return out;
  }

  /** A bare number of {@code s} (flat offsets) as a figure without a unit, or null. */
  private static Figure bare(FigureChecker.Sentence s, int from, int to, String qual, int start) {
    FigureFinder.Read r = FigureFinder.number(s.text().substring(from, to));
    if (r == null) {
      return null;
    }
    FlatText flat = s.flat();
    String q = qual == null ? null : qual.toLowerCase(java.util.Locale.ROOT);
    return new Figure(
        new Span(flat.start(start), flat.end(to)),
        s.text().substring(start, to),
        r.value().stripTrailingZeros(),
        null,
        r.step().stripTrailingZeros(),
        null,
        null,
        q,
        false,
        null,
        null);
  }

  private static Verdict verdict(boolean meets, Figure a, Figure b, Figure c) {
    if (meets) {
      return Verdict.CONSISTENT;
    }
    boolean h = a.approximate() || b.approximate() || (c != null && c.approximate());
    return h ? Verdict.UNCHECKABLE : Verdict.INCONSISTENT;
  }

  private static String hedged(Verdict v) {
    return v == Verdict.UNCHECKABLE ? " Some figures are hedged, so the miss proves nothing." : "";
  }
}
