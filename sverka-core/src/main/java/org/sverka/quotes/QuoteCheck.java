package org.sverka.quotes;

import java.util.List;

/**
 * The answer to "where does this come from, and how was it changed?": the best match's verdicts (or
 * NOT_FOUND) and every match, best first.
 */
public record QuoteCheck(List<Verdict> verdicts, List<SourceMatch> matches, String explanation) {
  public SourceMatch best() {
    return matches.isEmpty() ? null : matches.get(0);
  }
}
