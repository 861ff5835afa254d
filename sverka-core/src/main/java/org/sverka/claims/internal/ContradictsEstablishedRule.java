package org.sverka.claims.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sverka.claims.Claim;
import org.sverka.claims.ClaimsFile;
import org.sverka.claims.Finding;
import org.sverka.claims.Finding.Certainty;
import org.sverka.claims.FindingType;

/**
 * {@link FindingType#CONTRADICTS_ESTABLISHED}: an asserted claim that another rule found in
 * conflict with a claim the analyst marked {@code trust: established}. Reported in addition to that
 * rule's finding, one per asserted claim and rule, as certain as the rule's finding.
 */
public final class ContradictsEstablishedRule {
  /** The findings of this rule, from the other rules' findings. */
  public List<Finding> apply(ClaimsFile file, List<Finding> findings) {
    Map<String, Claim> byId = new TreeMap<>();
    file.claims().forEach(c -> byId.put(c.id(), c));
    // (asserted claim, rule) -> established claims and certainty
    Map<String, TreeSet<String>> against = new TreeMap<>();
    Map<String, Certainty> certainty = new TreeMap<>();
    for (Finding f : findings) {
      for (List<String> pair : f.conflicts()) {
        Claim a = byId.get(pair.get(0));
        Claim b = byId.get(pair.get(1));
        if (a == null || b == null || a.established() == b.established()) {
          continue;
        }
        Claim asserted = a.established() ? b : a;
        Claim established = a.established() ? a : b;
        String key = asserted.id() + "\u0000" + f.type().name();
        against.computeIfAbsent(key, k -> new TreeSet<>()).add(established.id());
        certainty.merge(key, f.certainty(), (x, y) -> x == Certainty.DEFINITE ? x : y);
      }
    }
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<String, TreeSet<String>> e : against.entrySet()) {
      String[] k = e.getKey().split("\u0000");
      Claim asserted = byId.get(k[0]);
      List<String> ids = new ArrayList<>();
      ids.add(asserted.id());
      ids.addAll(e.getValue());
      List<String> named = new ArrayList<>();
      for (String id : e.getValue()) {
        named.add(id + " (" + byId.get(id).saidBy() + ", " + byId.get(id).cite() + ")");
      }
      String why =
          String.format(
              "Claim %s (said by %s) contradicts what is established by claim%s %s; see %s.",
              asserted.id(),
              asserted.saidBy(),
              named.size() == 1 ? "" : "s",
              String.join(", ", named),
              k[1]);
      Map<String, Object> detail = new LinkedHashMap<>();
      detail.put("rule", k[1]);
      detail.put("established", List.copyOf(e.getValue()));
      out.add(
          new Finding(
              FindingType.CONTRADICTS_ESTABLISHED,
              certainty.get(e.getKey()),
              ids,
              why,
              ids.stream().map(id -> Rule.citation(byId.get(id))).toList(),
              List.of(),
              detail));
    }
    return out;
  }
}
