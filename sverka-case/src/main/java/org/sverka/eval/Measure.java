package org.sverka.eval;

import java.util.List;

/**
 * One measure of an evaluation: {@code found} of {@code total}, and the gold records (or case
 * records) that were not counted, each as a one-line description starting with its citation.
 *
 * @param name as docs/gold.md names it ("variant merge recall", "dates exact", ...)
 * @param lowerIsBetter true for counts of errors (wrong merges, wrong attributions)
 * @param misses for a measure where higher is better, the records not found; otherwise the errors
 */
public record Measure(
    String name, int found, int total, boolean lowerIsBetter, List<String> misses) {

  /** found / total, or null when there is nothing to count. */
  public Double ratio() {
    return total == 0 ? null : found / (double) total;
  }
}
