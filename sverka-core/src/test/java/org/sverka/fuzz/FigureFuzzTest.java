package org.sverka.fuzz;

import static org.sverka.fuzz.Invariants.check;
import static org.sverka.fuzz.Invariants.inside;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import org.sverka.figures.Check;
import org.sverka.figures.Figure;
import org.sverka.figures.FigureChecker;
import org.sverka.figures.FigureFinder;
import org.sverka.text.FlatText;
import org.sverka.time.DateExpression;
import org.sverka.time.DateText;

/**
 * The figure finder and checker on arbitrary text, as {@code DatesFiguresStage} runs them: each
 * line of the input is a sentence of one paragraph, its dates found first. Seeds: {@code
 * FigureFuzzTestInputs/figures/}.
 */
class FigureFuzzTest {

  @FuzzTest(maxDuration = "10m") // in fuzzing mode (JAZZER_FUZZ=1) only
  void figures(byte[] input) {
    String text = Invariants.text(input);
    FigureFinder finder = new FigureFinder();
    List<FigureChecker.Sentence> paragraph = new ArrayList<>();
    List<Figure> every = new ArrayList<>();
    int from = 0;
    while (from <= text.length()) {
      int nl = text.indexOf('\n', from);
      int to = nl < 0 ? text.length() : nl;
      FlatText flat = FlatText.of(text, from, to);
      List<DateExpression> dates = DateText.findAll(flat, "1850-06-01", null);
      List<Figure> figs = finder.find(flat, dates);
      int lastEnd = from;
      for (Figure f : figs) {
        inside(f.start(), f.end(), from, to, "figure");
        check(f.start() < f.end(), "empty figure", f);
        check(f.start() >= lastEnd, "figures overlap or out of order", f);
        lastEnd = f.end();
        check(
            FlatText.of(text, f.start(), f.end()).text().equals(f.text()),
            "text is not what the offsets hold",
            f,
            text.substring(f.start(), f.end()));
        check(f.value() != null, "no value", f);
        check(f.high() == null || f.high().compareTo(f.value()) >= 0, "range high below low", f);
        check(
            f.step() == null || f.step().signum() >= 0, "negative step", f); // 0: an exact fraction
        for (DateExpression d : dates) {
          check(f.end() <= d.start() || d.end() <= f.start(), "figure inside a date", f, d);
        }
      }
      check(figs.equals(finder.find(flat, dates)), "not deterministic");
      every.addAll(figs);
      paragraph.add(new FigureChecker.Sentence(flat.text(), figs, flat));
      from = to + 1;
    }
    List<Check> checks = new FigureChecker().check(paragraph);
    for (Check c : checks) {
      inside(c.start(), c.end(), 0, text.length(), "check");
      check(c.kind() != null && c.verdict() != null, "check without kind or verdict", c);
      check(!c.figures().isEmpty(), "check of no figures", c);
      for (Figure f : c.figures()) {
        // a relation in words may name a bare number the finder leaves ("just 117 ... 470 to one")
        check(
            every.contains(f) || FlatText.of(text, f.start(), f.end()).text().equals(f.text()),
            "check of a figure neither found nor where its offsets say",
            f,
            c);
        check(c.start() <= f.start() && f.end() <= c.end(), "figure outside its check", f, c);
      }
      Invariants.oneLine(c.explanation(), "explanation");
      if (c.computed() != null) {
        check(c.computed().indexOf('\n') < 0, "computed not one line", c);
      }
    }
    check(checks.equals(new FigureChecker().check(paragraph)), "checks not deterministic");
  }
}
