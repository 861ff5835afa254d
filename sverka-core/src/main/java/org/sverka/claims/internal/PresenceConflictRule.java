package org.sverka.claims.internal;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sverka.claims.Claim;
import org.sverka.claims.Claim.Presence;
import org.sverka.claims.ClaimsFile;
import org.sverka.claims.Finding;
import org.sverka.claims.Finding.Certainty;
import org.sverka.claims.FindingType;
import org.sverka.claims.Place;

/**
 * {@link FindingType#PRESENCE_CONFLICT}: "a man cannot be in two places at once". Two presence
 * claims that put one person at two different places (neither within the other) conflict when
 *
 * <ul>
 *   <li>both are {@code throughout} and their periods overlap;
 *   <li>one is at some time within a period that lies inside the other's {@code throughout} period;
 *   <li>both are at some time on a single day, and the distance between the places (great circle,
 *       from the coordinates of the places or of the places that contain them) cannot be travelled
 *       at {@code settings.max_speed_kmh} in the time between the start of the earlier day and the
 *       end of the later one.
 * </ul>
 *
 * A conflict that rests on an approximate or uncertain date holds only under its stated reading:
 * {@code POSSIBLE}.
 */
public final class PresenceConflictRule implements Rule {
  private static final double EARTH_KM = 6371.0088;

  @Override
  public List<Finding> apply(ClaimsFile file) {
    List<Claim> presence = new ArrayList<>();
    for (Claim c : file.claims()) {
      if (c.shape() instanceof Presence) {
        presence.add(c);
      }
    }
    presence.sort(Claim::bySaidOn);
    // only claims that share a person can conflict: compare within each person's claims
    Map<String, List<Integer>> byPerson = new TreeMap<>();
    for (int i = 0; i < presence.size(); i++) {
      for (String p : ((Presence) presence.get(i).shape()).who()) {
        byPerson.computeIfAbsent(p, k -> new ArrayList<>()).add(i);
      }
    }
    Set<Long> seen = new HashSet<>();
    List<Finding> out = new ArrayList<>();
    for (List<Integer> idx : byPerson.values()) {
      for (int x = 0; x < idx.size(); x++) {
        for (int y = x + 1; y < idx.size(); y++) {
          int i = idx.get(x);
          int j = idx.get(y);
          if (seen.add(((long) i << 32) | j)) {
            conflict(file, presence.get(i), presence.get(j)).ifPresent(out::add);
          }
        }
      }
    }
    return out;
  }

  static Optional<Finding> conflict(ClaimsFile file, Claim ca, Claim cb) {
    Presence a = (Presence) ca.shape();
    Presence b = (Presence) cb.shape();
    TreeSet<String> shared = new TreeSet<>(a.who());
    shared.retainAll(b.who());
    if (shared.isEmpty()
        || file.isWithin(a.where(), b.where())
        || file.isWithin(b.where(), a.where())) {
      return Optional.empty();
    }
    List<String> names = shared.stream().map(file::personName).toList();
    String who = String.join(" and ", names);
    String at = " at " + file.placeName(a.where());
    String bt = " at " + file.placeName(b.where());
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("people", List.copyOf(shared));
    detail.put("places", List.of(a.where(), b.where()));
    String why;
    if (a.throughout() && b.throughout()) {
      why = bothThroughout(ca, cb, who, at, bt);
    } else if (a.throughout() != b.throughout()) {
      why = wholeAndInside(file, ca, cb, who, names.size());
    } else if (a.when().earliest().equals(a.when().latest())
        && b.when().earliest().equals(b.when().latest())) {
      why = tooFarApart(file, ca, cb, who, at, bt, detail);
    } else {
      why = null;
    }
    if (why == null) {
      return Optional.empty();
    }
    boolean possible = Rule.qualified(a.when()) || Rule.qualified(b.when());
    if (possible) {
      why += " The conflict holds only if the approximate or uncertain date is read as written.";
    }
    return Optional.of(
        new Finding(
            FindingType.PRESENCE_CONFLICT,
            possible ? Certainty.POSSIBLE : Certainty.DEFINITE,
            List.of(ca.id(), cb.id()),
            why,
            List.of(Rule.citation(ca), Rule.citation(cb)),
            List.of(List.of(ca.id(), cb.id())),
            detail));
  }

  /** Why two claims that put the same people elsewhere throughout overlapping periods conflict. */
  private static String bothThroughout(Claim ca, Claim cb, String who, String at, String bt) {
    Presence a = (Presence) ca.shape();
    Presence b = (Presence) cb.shape();
    if (!a.when().overlaps(b.when())) {
      return null;
    }
    return String.format(
        "%s cannot have been%s throughout %s (claim %s, said by %s) and%s throughout %s"
            + " (claim %s, said by %s): the two periods overlap.",
        who, at, a.when(), ca.id(), ca.saidBy(), bt, b.when(), cb.id(), cb.saidBy());
  }

  /**
   * Why a claim of presence at some time conflicts with one of presence elsewhere for the whole of
   * a period that contains it; null when it lies outside.
   */
  private static String wholeAndInside(
      ClaimsFile file, Claim ca, Claim cb, String who, int people) {
    boolean aWhole = ((Presence) ca.shape()).throughout();
    Claim inside = aWhole ? cb : ca;
    Claim whole = aWhole ? ca : cb;
    Presence pi = (Presence) inside.shape();
    Presence pw = (Presence) whole.shape();
    if (!pw.when().contains(pi.when())) {
      return null;
    }
    return String.format(
        "Claim %s (said by %s) puts %s at %s for the whole of %s; claim %s (said by %s)"
            + " puts %s at %s at some time within %s, which lies inside that period.",
        whole.id(),
        whole.saidBy(),
        who,
        file.placeName(pw.where()),
        pw.when(),
        inside.id(),
        inside.saidBy(),
        people == 1 ? "him" : "them",
        file.placeName(pi.where()),
        pi.when());
  }

  /**
   * Why two claims of presence on single days conflict: the places are farther apart than can be
   * travelled between them at the file's top speed. Writes the distance and hours into {@code
   * detail} when both places are located; null when there is time enough or a place is unknown.
   */
  private static String tooFarApart(
      ClaimsFile file,
      Claim ca,
      Claim cb,
      String who,
      String at,
      String bt,
      Map<String, Object> detail) {
    Presence a = (Presence) ca.shape();
    Presence b = (Presence) cb.shape();
    Optional<Place> pa = file.located(a.where());
    Optional<Place> pb = file.located(b.where());
    if (pa.isEmpty() || pb.isEmpty()) {
      return null;
    }
    double km = distanceKm(pa.get(), pb.get());
    long days = Math.abs(ChronoUnit.DAYS.between(a.when().earliest(), b.when().earliest()));
    double hours = (days + 1) * 24.0;
    double needed = km / file.maxSpeedKmh();
    detail.put("distanceKm", Math.round(km));
    detail.put("hoursNeeded", round1(needed));
    detail.put("hoursAvailable", (long) hours);
    detail.put("maxSpeedKmh", file.maxSpeedKmh());
    if (needed <= hours) {
      return null;
    }
    return String.format(
        Locale.ROOT,
        "Claim %s (said by %s) puts %s%s on %s and claim %s (said by %s)%s on %s; the"
            + " places are %,d km apart, %.1f hours at %s km/h, but at most %d hours lie"
            + " between.",
        ca.id(),
        ca.saidBy(),
        who,
        at,
        a.when(),
        cb.id(),
        cb.saidBy(),
        bt,
        b.when(),
        Math.round(km),
        needed,
        fmt(file.maxSpeedKmh()),
        (long) hours);
  }

  /** Great-circle distance (haversine) in kilometres. */
  public static double distanceKm(Place a, Place b) {
    double la1 = Math.toRadians(a.lat());
    double la2 = Math.toRadians(b.lat());
    double dLat = la2 - la1;
    double dLon = Math.toRadians(b.lon() - a.lon());
    double h =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(la1) * Math.cos(la2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  private static double round1(double d) {
    return Math.round(d * 10) / 10.0;
  }

  static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}
