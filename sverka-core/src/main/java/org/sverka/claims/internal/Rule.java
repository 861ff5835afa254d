package org.sverka.claims.internal;

import java.util.List;
import java.util.Map;
import org.sverka.claims.Claim;
import org.sverka.claims.ClaimsFile;
import org.sverka.claims.Finding;
import org.sverka.claims.FindingType;

/** One rule of the check: reads the claims, gives its findings (in any order). */
public interface Rule {
  List<Finding> apply(ClaimsFile claims);

  /** A claim's citation for a finding. */
  static Finding.Citation citation(Claim c) {
    return new Finding.Citation(c.cite().toString(), c.citedText(), c.id());
  }

  /** A date for the explanation: its EDTF text, or "an unknown date". */
  static String date(org.sverka.time.Edtf d) {
    return d == null ? "an unknown date" : d.toString();
  }

  /** Whether a date is written as approximate or uncertain, so a conflict may not hold. */
  static boolean qualified(org.sverka.time.Edtf d) {
    return d != null && (d.approximate() || d.uncertain());
  }

  /**
   * A definite finding about {@code claims}: their ids and citations in order, the explanation, the
   * pairs of them that conflict with an established claim, and the detail.
   */
  static Finding definite(
      FindingType type,
      List<Claim> claims,
      String why,
      List<List<String>> conflicts,
      Map<String, Object> detail) {
    return new Finding(
        type,
        Finding.Certainty.DEFINITE,
        claims.stream().map(Claim::id).toList(),
        why,
        claims.stream().map(Rule::citation).toList(),
        conflicts,
        detail);
  }
}
