package org.sverka.claims;

import java.util.ArrayList;
import java.util.List;
import org.sverka.claims.internal.ContradictsEstablishedRule;
import org.sverka.claims.internal.DisputedRule;
import org.sverka.claims.internal.PlaceNotExistingRule;
import org.sverka.claims.internal.PresenceConflictRule;
import org.sverka.claims.internal.Rule;
import org.sverka.claims.internal.SelfContradictionRule;
import org.sverka.claims.internal.VersionConflictRule;
import org.sverka.claims.internal.VersionDriftRule;

/**
 * Runs every rule over a claims file and gives the findings in a fixed order (type, claims,
 * explanation), so the same claims give the same output whatever their order in the file.
 */
public final class Checker {
  /** The rules, each in its own class. */
  public static final List<Rule> RULES =
      List.of(
          new PresenceConflictRule(),
          new PlaceNotExistingRule(),
          new VersionConflictRule(),
          new VersionDriftRule(),
          new SelfContradictionRule(),
          new DisputedRule());

  private Checker() {}

  public static List<Finding> check(ClaimsFile file) {
    if (!file.ok()) {
      throw new IllegalArgumentException(
          "the claims file has problems; check only a file without them");
    }
    List<Finding> out = new ArrayList<>();
    for (Rule r : RULES) {
      out.addAll(r.apply(file));
    }
    out.addAll(new ContradictsEstablishedRule().apply(file, out));
    out.sort(Finding::compare);
    return List.copyOf(out);
  }
}
