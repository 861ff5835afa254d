package org.sverka.figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.sverka.figures.Check.Kind;
import org.sverka.figures.Check.Verdict;

/**
 * A total stated in one sentence and its parts listed in the sentences after it, in the same
 * paragraph: "The parish counted 2,400 souls in all. Of these, 1,300 souls lived in the town. The
 * villages held 1,100 souls." The total is a figure marked as one ("in all", "altogether", "a total
 * of", "the whole number was", "making"), of a counted noun; its parts are the later figures of the
 * paragraph with the same unit, each smaller than it, of the same period, up to the next marked
 * total of that unit. A total whose own sentence lists two parts is the sentence's check ({@link
 * FigureChecker}), not this one's. Parts that add up to the total are {@code CONSISTENT}; a miss is
 * only {@code UNCHECKABLE}: across sentences, a figure of the same noun need not be a part.
 */
final class ParagraphTotals {
  private static final MathContext MC = MathContext.DECIMAL64;
  private static final Pattern MARK_BEFORE =
      Pattern.compile(
          "(?i)(?:\\ba\\stotal\\sof|\\bin\\sall|\\baltogether|\\bmaking(?:\\sin\\sall|\\sa\\stotal"
              + "\\sof)?|\\b(?:total|aggregate|sum|whole\\snumber)(?:\\s[a-z]+){0,2}"
              + "\\s(?:was|is|were|are|of|amounted\\sto|came\\sto))\\s(?:of\\s)?$");
  private static final Pattern MARK_AFTER =
      Pattern.compile(
          "(?i)^[,;]?\\s(?:in\\sall|altogether|in\\sthe\\saggregate|in\\stotal|all\\stold)\\b");

  private ParagraphTotals() {}

  private record Placed(Figure f, int sentence, boolean total) {}

  /** The checks of the totals of a paragraph whose parts lie in later sentences. */
  static List<Check> of(List<FigureChecker.Sentence> paragraph) {
    List<Placed> all = new ArrayList<>();
    for (int i = 0; i < paragraph.size(); i++) {
      FigureChecker.Sentence s = paragraph.get(i);
      if (s.figures().size() > FigureChecker.MAX_FIGURES) {
        continue;
      }
      for (Figure f : s.figures()) {
        all.add(new Placed(f, i, countable(f) && marked(s.text(), f)));
      }
    }
    List<Check> out = new ArrayList<>();
    for (int k = 0; k < all.size(); k++) {
      Placed t = all.get(k);
      if (!t.total()) {
        continue;
      }
      List<Figure> parts = new ArrayList<>();
      int sameSentence = 0;
      for (int j = k + 1; j < all.size(); j++) {
        Placed p = all.get(j);
        Figure f = p.f();
        if (!f.unitKey().equals(t.f().unitKey()) || f.change()) {
          continue;
        }
        if (p.total() || f.value().compareTo(t.f().value()) >= 0) {
          break;
        }
        if (!Objects.equals(f.period(), t.f().period())
            && f.period() != null
            && t.f().period() != null) {
          break;
        }
        parts.add(f);
        sameSentence += p.sentence() == t.sentence() ? 1 : 0;
      }
      if (parts.size() >= 2 && sameSentence < 2 && parts.size() > sameSentence) {
        out.add(check(t.f(), parts));
      }
    }
    return out;
  }

  private static boolean countable(Figure f) {
    return f.unit() != null
        && !"per cent".equals(f.unit())
        && !"fraction".equals(f.unit())
        && !f.change();
  }

  private static boolean marked(String text, Figure f) {
    int at = text.indexOf(f.text());
    if (at < 0) {
      return false;
    }
    int end = at + f.text().length();
    return MARK_BEFORE.matcher(text.substring(Math.max(0, at - 40), at)).find()
        || MARK_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 20))).find();
  }

  private static Check check(Figure total, List<Figure> parts) {
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal slack = FigureChecker.half(total);
    boolean hedged = total.approximate();
    for (Figure f : parts) {
      sum = sum.add(f.value());
      slack = slack.add(FigureChecker.half(f));
      hedged |= f.approximate() || f.high() != null;
    }
    boolean meets = sum.subtract(total.value()).abs().compareTo(slack) <= 0;
    Verdict v = meets ? Verdict.CONSISTENT : Verdict.UNCHECKABLE;
    List<Figure> figs = new ArrayList<>();
    figs.add(total);
    figs.addAll(parts);
    String expl =
        "The "
            + parts.size()
            + " figures after the stated total ("
            + String.join(" + ", parts.stream().map(FigureChecker::say).toList())
            + ") add up to "
            + FigureChecker.plain(sum.round(MC))
            + "; the total is "
            + FigureChecker.say(total)
            + " (the rounding of the figures allows \u00b1"
            + FigureChecker.plain(slack)
            + ")."
            + (meets
                ? ""
                : hedged
                    ? " Some figures are hedged, so the difference proves nothing."
                    : " Figures of later sentences need not all be parts of the total.");
    return FigureChecker.check(
        figs,
        Kind.PARTS_OF_TOTAL,
        v,
        FigureChecker.say(total),
        FigureChecker.plain(sum),
        "\u00b1" + FigureChecker.plain(slack),
        expl);
  }
}
