package org.sverka.claims.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sverka.claims.Claim;
import org.sverka.claims.Claim.EventValue;
import org.sverka.claims.ClaimsFile;
import org.sverka.claims.EventDef;
import org.sverka.claims.Finding;
import org.sverka.claims.FindingType;

/**
 * {@link FindingType#VERSION_CONFLICT}: "seven trials, seven versions of who organised the murder,
 * at most one can be true". Claims that give different values for a single-valued slot of one event
 * make one finding listing every version in the order they were said, with who said each.
 */
public final class VersionConflictRule implements Rule {
  @Override
  public List<Finding> apply(ClaimsFile file) {
    Map<String, List<Claim>> bySlot = VersionConflictRule.group(file, false);
    List<Finding> out = new ArrayList<>();
    for (List<Claim> claims : bySlot.values()) {
      Set<String> distinct = new LinkedHashSet<>();
      for (Claim c : claims) {
        distinct.add(key(((EventValue) c.shape()).values().get(0)));
      }
      if (distinct.size() < 2) {
        continue;
      }
      EventValue first = (EventValue) claims.get(0).shape();
      StringBuilder why =
          new StringBuilder(
              String.format(
                  "%d different values for the %s of %s, which can have only one; at most one"
                      + " version is true:",
                  distinct.size(), first.slot(), first.event()));
      List<Object> versions = new ArrayList<>();
      List<List<String>> conflicts = new ArrayList<>();
      for (int i = 0; i < claims.size(); i++) {
        Claim c = claims.get(i);
        String v = ((EventValue) c.shape()).values().get(0);
        why.append(i == 0 ? " " : "; ")
            .append(Rule.date(c.saidOn()))
            .append(", ")
            .append(c.saidBy())
            .append(": \u201c")
            .append(v)
            .append("\u201d (claim ")
            .append(c.id())
            .append(')');
        versions.add(version(c, List.of(v)));
        for (int j = i + 1; j < claims.size(); j++) {
          Claim d = claims.get(j);
          if (c.established() != d.established()
              && !key(v).equals(key(((EventValue) d.shape()).values().get(0)))) {
            conflicts.add(List.of(c.id(), d.id()));
          }
        }
      }
      why.append('.');
      out.add(finding(FindingType.VERSION_CONFLICT, claims, why.toString(), versions, conflicts));
    }
    return out;
  }

  /**
   * The finding of a type about the versions of one event's slot that {@code claims} give (in the
   * order said), with the event, the slot and each version in its detail.
   */
  static Finding finding(
      FindingType type,
      List<Claim> claims,
      String why,
      List<Object> versions,
      List<List<String>> conflicts) {
    EventValue first = (EventValue) claims.get(0).shape();
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("event", first.event());
    detail.put("slot", first.slot());
    detail.put("versions", versions);
    return Rule.definite(type, claims, why, conflicts, detail);
  }

  /** Event claims by event and slot (single- or many-valued slots), each list in said_on order. */
  static Map<String, List<Claim>> group(ClaimsFile file, boolean many) {
    Map<String, List<Claim>> bySlot = new TreeMap<>();
    for (Claim c : file.claims()) {
      if (c.shape() instanceof EventValue e) {
        EventDef def = file.events().get(e.event());
        boolean isMany = def != null && def.isMany(e.slot());
        if (isMany == many) {
          bySlot.computeIfAbsent(e.event() + "\u0000" + e.slot(), k -> new ArrayList<>()).add(c);
        }
      }
    }
    bySlot.values().forEach(l -> l.sort(Claim::bySaidOn));
    return bySlot;
  }

  static Map<String, Object> version(Claim c, List<String> values) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("claim", c.id());
    m.put("saidBy", c.saidBy());
    m.put("saidOn", c.saidOn() == null ? null : c.saidOn().toString());
    m.put("cite", c.cite().toString());
    m.put("values", values);
    return m;
  }

  /** Values compare without regard to case and spacing. */
  static String key(String v) {
    return v.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
