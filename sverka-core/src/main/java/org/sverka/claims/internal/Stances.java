package org.sverka.claims.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sverka.claims.Claim;
import org.sverka.claims.Claim.Stance;
import org.sverka.claims.ClaimsFile;

/** Stance claims grouped by proposition, each list in said_on order. */
public final class Stances {
  private Stances() {}

  static Map<String, List<Claim>> byProposition(ClaimsFile file) {
    Map<String, List<Claim>> out = new TreeMap<>();
    for (Claim c : file.claims()) {
      if (c.shape() instanceof Stance s) {
        out.computeIfAbsent(s.proposition(), k -> new ArrayList<>()).add(c);
      }
    }
    out.values().forEach(l -> l.sort(Claim::bySaidOn));
    return out;
  }

  static boolean affirms(Claim c) {
    return ((Stance) c.shape()).affirms();
  }

  static String verb(Claim c) {
    return affirms(c) ? "affirmed" : "denied";
  }

  /** "affirmed it on 1928-05-10 (claim a)" */
  static String said(Claim c) {
    return verb(c) + " it on " + Rule.date(c.saidOn()) + " (claim " + c.id() + ")";
  }
}
