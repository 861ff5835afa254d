package org.sverka.claims;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a rule found: its type, how certain it is, the claims involved (in the order the explanation
 * names them), a plain-words explanation, and a citation per claim with the cited line's original
 * text.
 *
 * @param conflicts pairs of claim ids, one of them established and one asserted, that cannot both
 *     be true (read by {@link FindingType#CONTRADICTS_ESTABLISHED}); a presence conflict always
 *     gives its pair
 * @param detail what the finding is about, for JSON (versions, distances, ...), in a fixed order
 */
public record Finding(
    FindingType type,
    Certainty certainty,
    List<String> claims,
    String explanation,
    List<Citation> citations,
    List<List<String>> conflicts,
    Map<String, Object> detail) {

  public Finding {
    claims = List.copyOf(claims);
    citations = List.copyOf(citations);
    conflicts = conflicts.stream().map(List::copyOf).toList();
    detail = Collections.unmodifiableMap(new LinkedHashMap<>(detail));
  }

  /** How sure a finding is. */
  public enum Certainty {
    /** Holds under every reading of the dates given. */
    DEFINITE,
    /** Holds under some readings only (approximate or uncertain dates, a partial overlap). */
    POSSIBLE
  }

  /**
   * A cited line with its original text, and the claim it is the source of (null when it cites a
   * place's facts).
   */
  public record Citation(String cite, String text, String claim) {}

  /** The order of findings: type, then claims, then explanation. */
  public static int compare(Finding a, Finding b) {
    int c = a.type.compareTo(b.type);
    if (c != 0) {
      return c;
    }
    for (int i = 0; i < Math.min(a.claims.size(), b.claims.size()); i++) {
      c = a.claims.get(i).compareTo(b.claims.get(i));
      if (c != 0) {
        return c;
      }
    }
    c = Integer.compare(a.claims.size(), b.claims.size());
    return c != 0 ? c : a.explanation.compareTo(b.explanation);
  }
}
