package org.sverka.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A corpus's bounds on its measures ({@code thresholds.tsv}: {@code measure<TAB>min|max<TAB>value},
 * the value a ratio from 0 to 1). A bad line is an error naming file:line; the rest is read.
 */
public record Thresholds(List<Bound> bounds, List<String> errors) {
  public static final String FILE = "thresholds.tsv";

  /** A minimum (or, with {@code max}, a maximum) of a measure's ratio. */
  public record Bound(String measure, boolean max, double value, Gold.At at) {
    @Override
    public String toString() {
      return measure + " " + (max ? "max" : "min") + " " + value;
    }
  }

  public static Thresholds read(Path file) throws IOException {
    List<Bound> out = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String name = file.getFileName().toString();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.isBlank() || l.startsWith("#")) {
        continue;
      }
      Gold.At at = new Gold.At(name, i + 1);
      String[] f = l.split("\t", -1);
      if (f.length != 3) {
        errors.add(at + ": " + f.length + " fields, expected measure<TAB>min|max<TAB>value");
        continue;
      }
      String measure = f[0].strip();
      if (!Scorer.MEASURES.contains(measure)) {
        errors.add(at + ": unknown measure '" + measure + "' (one of " + Scorer.MEASURES + ")");
        continue;
      }
      String kind = f[1].strip().toLowerCase(Locale.ROOT);
      if (!kind.equals("min") && !kind.equals("max")) {
        errors.add(at + ": '" + f[1] + "' is neither min nor max");
        continue;
      }
      double v;
      try {
        v = Double.parseDouble(f[2].strip());
      } catch (NumberFormatException e) {
        errors.add(at + ": value '" + f[2] + "' is not a number");
        continue;
      }
      if (!(v >= 0 && v <= 1)) {
        errors.add(at + ": value " + v + " is not a ratio from 0 to 1");
        continue;
      }
      out.add(new Bound(measure, kind.equals("max"), v, at));
    }
    return new Thresholds(List.copyOf(out), List.copyOf(errors));
  }

  /**
   * The bounds the evaluation does not meet, one line each; a bound on a measure the evaluation has
   * not got (its gold file is missing, or it counted nothing) is not met either.
   */
  public List<String> unmet(Evaluation e) {
    List<String> out = new ArrayList<>();
    for (Bound b : bounds) {
      unmet(b, e).ifPresent(out::add);
    }
    return out;
  }

  /** Why the evaluation does not meet the bound, or empty when it does. */
  public static Optional<String> unmet(Bound b, Evaluation e) {
    Optional<Measure> m = e.measure(b.measure());
    if (m.isEmpty() || m.get().ratio() == null) {
      return Optional.of(b.at() + ": " + b + ": the measure was not scored");
    }
    double r = m.get().ratio();
    if (b.max() ? r > b.value() : r < b.value()) {
      return Optional.of(
          String.format(
              Locale.ROOT,
              "%s: %s: measured %d/%d = %.3f",
              b.at(),
              b,
              m.get().found(),
              m.get().total(),
              r));
    }
    return Optional.empty();
  }
}
