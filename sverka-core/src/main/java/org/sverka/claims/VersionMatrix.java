package org.sverka.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sverka.claims.Claim.EventValue;

/**
 * The versions of one event side by side, as the commission compared seven trials: one row per
 * source (who said it, when), ordered by when it was said, one column per slot (the declared
 * single-valued slots, then the many-valued ones, then undeclared slots by name).
 */
public record VersionMatrix(String event, List<String> slots, List<Row> rows) {

  /**
   * One source's version.
   *
   * @param cells slot to the values this source gives (empty when it says nothing about the slot)
   * @param claims slot to the claim ids that give them
   */
  public record Row(
      String saidBy,
      String saidOn,
      List<String> cites,
      Map<String, List<String>> cells,
      Map<String, List<String>> claims) {}

  /** Events that have claims or are declared, sorted. */
  public static List<String> events(ClaimsFile file) {
    TreeSet<String> out = new TreeSet<>(file.events().keySet());
    for (Claim c : file.claims()) {
      if (c.shape() instanceof EventValue e) {
        out.add(e.event());
      }
    }
    return List.copyOf(out);
  }

  public static VersionMatrix of(ClaimsFile file, String event) {
    List<Claim> claims = new ArrayList<>();
    TreeSet<String> undeclared = new TreeSet<>();
    EventDef def = file.events().get(event);
    for (Claim c : file.claims()) {
      if (c.shape() instanceof EventValue e && e.event().equals(event)) {
        claims.add(c);
        if (def == null || (!def.single().contains(e.slot()) && !def.many().contains(e.slot()))) {
          undeclared.add(e.slot());
        }
      }
    }
    claims.sort(Claim::bySaidOn);
    List<String> slots = new ArrayList<>();
    if (def != null) {
      slots.addAll(def.single());
      slots.addAll(def.many());
    }
    slots.addAll(undeclared);
    Map<String, Row> rows = new LinkedHashMap<>();
    for (Claim c : claims) {
      EventValue e = (EventValue) c.shape();
      String saidOn = c.saidOn() == null ? null : c.saidOn().toString();
      Row r =
          rows.computeIfAbsent(
              c.saidBy() + "\u0000" + saidOn,
              k -> new Row(c.saidBy(), saidOn, new ArrayList<>(), cells(slots), cells(slots)));
      if (!r.cites().contains(c.cite().toString())) {
        r.cites().add(c.cite().toString());
      }
      for (String v : e.values()) {
        if (!r.cells().get(e.slot()).contains(v)) {
          r.cells().get(e.slot()).add(v);
        }
      }
      r.claims().get(e.slot()).add(c.id());
    }
    return new VersionMatrix(event, List.copyOf(slots), List.copyOf(rows.values()));
  }

  private static Map<String, List<String>> cells(List<String> slots) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    slots.forEach(s -> m.put(s, new ArrayList<>()));
    return m;
  }
}
