package org.sverka.claims.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sverka.claims.Claim;
import org.sverka.claims.ClaimsFile;
import org.sverka.claims.Finding;
import org.sverka.claims.FindingType;

/**
 * {@link FindingType#SELF_CONTRADICTION}: "he said the opposite in 1928". One {@code said_by}
 * affirms and denies one proposition; the finding gives both dates.
 */
public final class SelfContradictionRule implements Rule {
  @Override
  public List<Finding> apply(ClaimsFile file) {
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<String, List<Claim>> e : Stances.byProposition(file).entrySet()) {
      Map<String, List<Claim>> bySpeaker = new TreeMap<>();
      for (Claim c : e.getValue()) {
        bySpeaker.computeIfAbsent(c.saidBy(), k -> new ArrayList<>()).add(c);
      }
      for (Map.Entry<String, List<Claim>> s : bySpeaker.entrySet()) {
        List<Claim> claims = s.getValue();
        if (claims.stream().allMatch(Stances::affirms)
            || claims.stream().noneMatch(Stances::affirms)) {
          continue;
        }
        List<String> parts = new ArrayList<>();
        List<List<String>> conflicts = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
          parts.add(Stances.said(claims.get(i)));
          for (int j = i + 1; j < claims.size(); j++) {
            if (Stances.affirms(claims.get(i)) != Stances.affirms(claims.get(j))
                && claims.get(i).established() != claims.get(j).established()) {
              conflicts.add(List.of(claims.get(i).id(), claims.get(j).id()));
            }
          }
        }
        String why =
            String.format(
                "%s %s: \u201c%s\u201d.", file.personName(s.getKey()), joinThen(parts), e.getKey());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("proposition", e.getKey());
        detail.put("saidBy", s.getKey());
        List<Object> said = new ArrayList<>();
        for (Claim c : claims) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("claim", c.id());
          m.put("stance", Stances.affirms(c) ? "affirms" : "denies");
          m.put("saidOn", c.saidOn() == null ? null : c.saidOn().toString());
          said.add(m);
        }
        detail.put("stances", said);
        out.add(Rule.definite(FindingType.SELF_CONTRADICTION, claims, why, conflicts, detail));
      }
    }
    return out;
  }

  /** "a, then b, then c" */
  static String joinThen(List<String> parts) {
    return String.join(", then ", parts);
  }
}
