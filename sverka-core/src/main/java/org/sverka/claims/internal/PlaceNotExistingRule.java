package org.sverka.claims.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sverka.claims.Claim;
import org.sverka.claims.Claim.Presence;
import org.sverka.claims.ClaimsFile;
import org.sverka.claims.Finding;
import org.sverka.claims.Finding.Certainty;
import org.sverka.claims.FindingType;
import org.sverka.claims.Place;

/**
 * {@link FindingType#PLACE_NOT_EXISTING}: "the meeting place did not exist". A presence claim at a
 * place (or at a place within one) whose {@code existed} period does not cover the claim's time:
 * {@code DEFINITE} if the time lies entirely outside it, {@code POSSIBLE} if partly, or if either
 * date is approximate or uncertain.
 */
public final class PlaceNotExistingRule implements Rule {
  @Override
  public List<Finding> apply(ClaimsFile file) {
    List<Finding> out = new ArrayList<>();
    for (Claim c : file.claims()) {
      if (!(c.shape() instanceof Presence p)) {
        continue;
      }
      Set<String> seen = new HashSet<>();
      for (String id = p.where(); id != null && seen.add(id); ) {
        Place place = file.places().get(id);
        if (place == null) {
          break;
        }
        if (place.existed() != null && !place.existed().contains(p.when())) {
          boolean outside = !place.existed().overlaps(p.when());
          boolean qualified = Rule.qualified(p.when()) || Rule.qualified(place.existed());
          Certainty certainty = outside && !qualified ? Certainty.DEFINITE : Certainty.POSSIBLE;
          String at =
              id.equals(p.where())
                  ? place.label()
                  : file.placeName(p.where()) + ", within " + place.label() + ",";
          String why =
              String.format(
                  "Claim %s (said by %s) puts %s at %s %s %s, but %s existed only %s: %s.",
                  c.id(),
                  c.saidBy(),
                  String.join(" and ", p.who().stream().map(file::personName).toList()),
                  at,
                  p.throughout() ? "throughout" : "within",
                  p.when(),
                  place.label(),
                  existed(place),
                  outside ? "entirely outside" : "partly outside");
          if (qualified) {
            why += " An approximate or uncertain date makes this possible, not certain.";
          }
          List<Finding.Citation> cites = new ArrayList<>();
          cites.add(Rule.citation(c));
          if (place.cite() != null) {
            cites.add(new Finding.Citation(place.cite().toString(), place.citedText(), null));
          }
          Map<String, Object> detail = new LinkedHashMap<>();
          detail.put("place", id);
          detail.put("existed", place.existed().toString());
          detail.put("when", p.when().toString());
          out.add(
              new Finding(
                  FindingType.PLACE_NOT_EXISTING,
                  certainty,
                  List.of(c.id()),
                  why,
                  cites,
                  List.of(),
                  detail));
          break;
        }
        id = place.within();
      }
    }
    return out;
  }

  private static String existed(Place p) {
    var e = p.existed();
    boolean openStart = e.earliest().equals(java.time.LocalDate.MIN);
    boolean openEnd = e.latest().equals(java.time.LocalDate.MAX);
    String t = e.toString();
    if (openStart && !openEnd) {
      return "until " + t.substring(t.indexOf('/') + 1);
    }
    if (openEnd && !openStart) {
      return "from " + t.substring(0, t.indexOf('/'));
    }
    return "in " + t;
  }
}
