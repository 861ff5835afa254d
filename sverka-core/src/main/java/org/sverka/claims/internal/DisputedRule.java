package org.sverka.claims.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sverka.claims.Claim;
import org.sverka.claims.ClaimsFile;
import org.sverka.claims.Finding;
import org.sverka.claims.FindingType;

/**
 * {@link FindingType#DISPUTED}: different sources affirm and deny one proposition. One finding per
 * proposition, naming who affirms and who denies, in the order they said it.
 */
public final class DisputedRule implements Rule {
  @Override
  public List<Finding> apply(ClaimsFile file) {
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<String, List<Claim>> e : Stances.byProposition(file).entrySet()) {
      List<Claim> claims = e.getValue();
      List<List<String>> conflicts = new ArrayList<>();
      boolean disputed = false;
      for (int i = 0; i < claims.size(); i++) {
        for (int j = i + 1; j < claims.size(); j++) {
          Claim a = claims.get(i);
          Claim b = claims.get(j);
          if (Stances.affirms(a) != Stances.affirms(b) && !a.saidBy().equals(b.saidBy())) {
            disputed = true;
            if (a.established() != b.established()) {
              conflicts.add(List.of(a.id(), b.id()));
            }
          }
        }
      }
      if (!disputed) {
        continue;
      }
      TreeSet<String> yes = new TreeSet<>();
      TreeSet<String> no = new TreeSet<>();
      List<String> parts = new ArrayList<>();
      for (Claim c : claims) {
        (Stances.affirms(c) ? yes : no).add(c.saidBy());
        parts.add(file.personName(c.saidBy()) + " " + Stances.said(c));
      }
      String why =
          String.format(
              "Sources disagree on \u201c%s\u201d: %s.", e.getKey(), String.join("; ", parts));
      Map<String, Object> detail = new LinkedHashMap<>();
      detail.put("proposition", e.getKey());
      detail.put("affirmedBy", List.copyOf(yes));
      detail.put("deniedBy", List.copyOf(no));
      out.add(Rule.definite(FindingType.DISPUTED, claims, why, conflicts, detail));
    }
    return out;
  }
}
