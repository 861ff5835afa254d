package org.sverka.claims.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sverka.claims.Claim;
import org.sverka.claims.Claim.EventValue;
import org.sverka.claims.ClaimsFile;
import org.sverka.claims.Finding;
import org.sverka.claims.FindingType;

/**
 * {@link FindingType#VERSION_DRIFT}: for a many-valued slot of an event, which values each version
 * added or dropped compared with the version said before it.
 */
public final class VersionDriftRule implements Rule {
  @Override
  public List<Finding> apply(ClaimsFile file) {
    List<Finding> out = new ArrayList<>();
    for (List<Claim> claims : VersionConflictRule.group(file, true).values()) {
      if (claims.size() < 2) {
        continue;
      }
      EventValue first = (EventValue) claims.get(0).shape();
      StringBuilder why =
          new StringBuilder(
              String.format(
                  "The %s of %s change between versions: %s, %s (claim %s): %s",
                  first.slot(),
                  first.event(),
                  Rule.date(claims.get(0).saidOn()),
                  claims.get(0).saidBy(),
                  claims.get(0).id(),
                  String.join(", ", first.values())));
      List<Object> versions = new ArrayList<>();
      versions.add(VersionConflictRule.version(claims.get(0), first.values()));
      boolean changed = false;
      for (int i = 1; i < claims.size(); i++) {
        Claim c = claims.get(i);
        List<String> before = ((EventValue) claims.get(i - 1).shape()).values();
        List<String> now = ((EventValue) c.shape()).values();
        List<String> added = minus(now, before);
        List<String> dropped = minus(before, now);
        changed |= !added.isEmpty() || !dropped.isEmpty();
        why.append("; then ")
            .append(Rule.date(c.saidOn()))
            .append(", ")
            .append(c.saidBy())
            .append(" (claim ")
            .append(c.id())
            .append(")");
        if (added.isEmpty() && dropped.isEmpty()) {
          why.append(" the same");
        }
        if (!added.isEmpty()) {
          why.append(" added ").append(String.join(", ", added));
        }
        if (!dropped.isEmpty()) {
          why.append(added.isEmpty() ? " dropped " : " and dropped ")
              .append(String.join(", ", dropped));
        }
        Map<String, Object> v = VersionConflictRule.version(c, now);
        v.put("added", added);
        v.put("dropped", dropped);
        versions.add(v);
      }
      if (!changed) {
        continue;
      }
      why.append('.');
      out.add(
          VersionConflictRule.finding(
              FindingType.VERSION_DRIFT, claims, why.toString(), versions, List.of()));
    }
    return out;
  }

  /** The values of {@code a} not in {@code b} (compared as {@link VersionConflictRule#key}). */
  private static List<String> minus(List<String> a, List<String> b) {
    List<String> keys = b.stream().map(VersionConflictRule::key).toList();
    return a.stream().filter(v -> !keys.contains(VersionConflictRule.key(v))).toList();
  }
}
