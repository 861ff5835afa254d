package org.sverka.eval;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@link Scorer} measured of a case against a gold folder: the measures of the gold files
 * present, in the order of docs/gold.md, and the gold's reading errors.
 */
public record Evaluation(List<Measure> measures, List<String> goldErrors) {

  public Optional<Measure> measure(String name) {
    return measures.stream().filter(m -> m.name().equals(name)).findFirst();
  }

  /** The table of {@code sverka eval}: measure, found/total, ratio (3 decimals, "-" for 0/0). */
  public String table() {
    int width = "measure".length();
    for (Measure m : measures) {
      width = Math.max(width, m.name().length());
    }
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT, "%-" + width + "s  %11s  %s%n", "measure", "found/total", "ratio"));
    for (Measure m : measures) {
      b.append(
          String.format(
              Locale.ROOT,
              "%-" + width + "s  %11s  %s%n",
              m.name(),
              m.found() + "/" + m.total(),
              m.ratio() == null ? "-" : String.format(Locale.ROOT, "%.3f", m.ratio())));
    }
    return b.toString();
  }
}
