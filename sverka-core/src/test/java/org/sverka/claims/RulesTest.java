package org.sverka.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.claims.Finding.Certainty;

/** Each rule with cases that must and must not give a finding. */
class RulesTest {
  @TempDir Path tmp;

  static final String HEAD =
      """
      places:
        copenhagen: {name: Copenhagen, lat: 55.676, lon: 12.568}
        hotel-bristol: {name: Hotel Bristol, within: copenhagen, existed: "../1917", cite: "trotsky-dewey-13:307"}
        grand-hotel: {name: Grand Hotel Copenhagen, within: copenhagen}
        berlin: {name: Berlin, lat: 52.520, lon: 13.405}
        paris: {name: Paris, lat: 48.857, lon: 2.352}
        coyoacan: {name: Coyoacán, lat: 19.350, lon: -99.162}
        new-hall: {name: New Hall, lat: 52.0, lon: 13.0, existed: 1920/1935}
      events:
        kirov-assassination: {single: [organizer], many: [victims]}
      """;

  List<Finding> check(String claims) {
    return check(HEAD, claims);
  }

  List<Finding> check(String head, String claims) {
    ClaimsFile f = CorpusSources.read(tmp, head + "claims:\n" + claims);
    assertThat(f.problems()).isEmpty();
    return Checker.check(f);
  }

  static String presence(String id, String who, String where, String when, boolean throughout) {
    return presence(id, who, where, when, throughout, "asserted");
  }

  static String presence(
      String id, String who, String where, String when, boolean throughout, String trust) {
    return String.format(
        "  - {id: %s, cite: \"trotsky-dewey-13:315\", said_by: holtzman, trust: %s, who: [%s],"
            + " where: %s, when: \"%s\", throughout: %s}%n",
        id, trust, who, where, when, throughout);
  }

  static List<Finding> of(List<Finding> fs, FindingType t) {
    return fs.stream().filter(f -> f.type() == t).toList();
  }

  /** The presence conflicts that two claims of presence make. */
  List<Finding> presenceConflicts(String a, String b) {
    return of(check(a + b), FindingType.PRESENCE_CONFLICT);
  }

  // ---- PRESENCE_CONFLICT

  @Test
  void aHotelWithinItsCityIsNoConflict() {
    List<Finding> fs =
        presenceConflicts(
            presence("a", "sedov", "copenhagen", "1932-11-20/1932-12-05", true),
            presence("b", "sedov", "grand-hotel", "1932-11-25", false));
    assertThat(fs).isEmpty();
  }

  @Test
  void twoHotelsOfOneCityThroughoutOverlappingPeriodsConflict() {
    List<Finding> fs =
        presenceConflicts(
            presence("a", "sedov", "grand-hotel", "1932-11-20/1932-11-30", true),
            presence("b", "sedov", "hotel-bristol", "1932-11-25/1932-12-05", true));
    assertThat(fs).hasSize(1);
  }

  @Test
  void throughoutAndThroughoutMustOverlap() {
    List<Finding> yes =
        presenceConflicts(
            presence("a", "sedov", "berlin", "1932-11-20/1932-12-05", true),
            presence("b", "sedov", "paris", "1932-12-01/1932-12-10", true));
    Finding f = yes.get(0);
    assertThat(f.certainty()).isEqualTo(Certainty.DEFINITE);
    assertThat(f.claims()).containsExactly("a", "b");
    assertThat(f.explanation()).contains("throughout").contains("overlap");
    assertThat(f.citations())
        .extracting(Finding.Citation::cite)
        .containsOnly("trotsky-dewey-13:315");
    assertThat(f.citations().get(0).text()).contains("Hotel Bristol");
    // a day apart: no overlap
    assertThat(
            presenceConflicts(
                presence("a", "sedov", "berlin", "1932-11-20/1932-12-04", true),
                presence("b", "sedov", "paris", "1932-12-05/1932-12-10", true)))
        .isEmpty();
  }

  @Test
  void atSomeTimeInsideAThroughoutPeriodConflictsButNotWhenItReachesOutside() {
    List<Finding> inside =
        presenceConflicts(
            presence("a", "sedov", "berlin", "1932-11-01/1932-11-30", true),
            presence("b", "sedov", "copenhagen", "1932-11-23/1932-11-28", false));
    assertThat(inside)
        .singleElement()
        .satisfies(f -> assertThat(f.certainty()).isEqualTo(Certainty.DEFINITE));
    List<Finding> reaching =
        presenceConflicts(
            presence("a", "sedov", "berlin", "1932-11-01/1932-11-25", true),
            presence("b", "sedov", "copenhagen", "1932-11-23/1932-11-28", false));
    assertThat(reaching).isEmpty();
    // two at-some-time claims over longer periods: he may have travelled between
    List<Finding> both =
        presenceConflicts(
            presence("a", "sedov", "berlin", "1932-11", false),
            presence("b", "sedov", "copenhagen", "1932-11", false));
    assertThat(both).isEmpty();
  }

  @Test
  void travelFeasibilityOnTheSameDay() {
    // Copenhagen to Berlin, 355 km: under 5 hours at 80 km/h
    assertThat(
            presenceConflicts(
                presence("a", "sedov", "berlin", "1932-11-25", false),
                presence("b", "sedov", "hotel-bristol", "1932-11-25", false)))
        .isEmpty();
    // Copenhagen to Coyoacán, 9,500 km: not in one day
    List<Finding> far =
        presenceConflicts(
            presence("a", "trotsky", "coyoacan", "1932-11-25", false),
            presence("b", "trotsky", "copenhagen", "1932-11-25", false));
    Finding f = far.get(0);
    assertThat(f.certainty()).isEqualTo(Certainty.DEFINITE);
    assertThat((Long) f.detail().get("distanceKm")).isBetween(9400L, 9600L);
    assertThat(f.explanation()).contains("at most 24 hours");
    // nor in two days (48 hours at most; 119 hours needed) ...
    assertThat(
            presenceConflicts(
                presence("a", "trotsky", "coyoacan", "1932-11-25", false),
                presence("b", "trotsky", "copenhagen", "1932-11-26", false)))
        .hasSize(1);
    // ... but in a week
    assertThat(
            presenceConflicts(
                presence("a", "trotsky", "coyoacan", "1932-11-25", false),
                presence("b", "trotsky", "copenhagen", "1932-12-02", false)))
        .isEmpty();
  }

  @Test
  void theSpeedLimitIsASetting() {
    String slow = "settings: {max_speed_kmh: 20}\n" + HEAD;
    // Copenhagen to Paris, 1,025 km: 51 hours at 20 km/h, 13 at the default 80
    String claims =
        presence("a", "sedov", "paris", "1932-12-05", false)
            + presence("b", "sedov", "copenhagen", "1932-12-05", false);
    assertThat(of(check(slow, claims), FindingType.PRESENCE_CONFLICT)).hasSize(1);
    assertThat(of(check(HEAD, claims), FindingType.PRESENCE_CONFLICT)).isEmpty();
  }

  @Test
  void uncertainDatesMakeAConflictPossibleOnly() {
    List<Finding> fs =
        check(
            presence("a", "trotsky", "coyoacan", "1932-11-25?", false)
                + presence("b", "trotsky", "copenhagen", "1932-11-25", false)
                + presence("c", "sedov", "berlin", "1932-11~", true)
                + presence("d", "sedov", "paris", "1932-11-10/1932-11-12", false));
    assertThat(of(fs, FindingType.PRESENCE_CONFLICT))
        .hasSize(2)
        .allSatisfy(f -> assertThat(f.certainty()).isEqualTo(Certainty.POSSIBLE));
  }

  @Test
  void differentPeopleDoNotConflict() {
    assertThat(
            check(
                presence("a", "sedov", "berlin", "1932-11", true)
                    + presence("b", "holtzman", "copenhagen", "1932-11", true)))
        .isEmpty();
  }

  // ---- PLACE_NOT_EXISTING

  @Test
  void aHotelDemolishedIn1917() {
    List<Finding> fs = check(presence("a", "sedov, holtzman", "hotel-bristol", "1932-11", false));
    Finding f = of(fs, FindingType.PLACE_NOT_EXISTING).get(0);
    assertThat(f.certainty()).isEqualTo(Certainty.DEFINITE);
    assertThat(f.explanation()).contains("existed only until 1917").contains("entirely outside");
    // the place's own citation is given with the claim's
    assertThat(f.citations())
        .extracting(Finding.Citation::cite)
        .containsExactly("trotsky-dewey-13:315", "trotsky-dewey-13:307");
    assertThat(f.citations().get(1).text()).contains("was demolished in the year 1917");
    assertThat(check(presence("a", "sedov", "hotel-bristol", "1910", false))).isEmpty();
  }

  @Test
  void partlyOutsideIsPossibleAndUncertainDatesArePossible() {
    assertThat(
            of(
                check(presence("a", "sedov", "new-hall", "1915/1925", true)),
                FindingType.PLACE_NOT_EXISTING))
        .singleElement()
        .satisfies(f -> assertThat(f.certainty()).isEqualTo(Certainty.POSSIBLE));
    assertThat(
            of(
                check(presence("a", "sedov", "new-hall", "1936?", false)),
                FindingType.PLACE_NOT_EXISTING))
        .singleElement()
        .satisfies(f -> assertThat(f.certainty()).isEqualTo(Certainty.POSSIBLE));
    assertThat(check(presence("a", "sedov", "new-hall", "1925/1930", true))).isEmpty();
  }

  // ---- VERSION_CONFLICT and VERSION_DRIFT

  static String version(String id, String by, String on, String slot, String value) {
    return String.format(
        "  - {id: %s, cite: \"trotsky-kirov-1935:71\", said_by: %s, said_on: \"%s\","
            + " event: kirov-assassination, slot: %s, value: %s}%n",
        id, by, on, slot, value);
  }

  @Test
  void versionsOfTheOrganizerListedInTheOrderSaid() {
    List<Finding> fs =
        check(
            version("trial", "vyshinsky", "1936-08", "organizer", "Trotskyite-Zinovievite center")
                + version(
                    "first", "official-dispatch", "1934-12-04", "organizer", "White Guard émigrés")
                + version("tass", "tass", "1934-12-27", "organizer", "Zinoviev group"));
    Finding f = of(fs, FindingType.VERSION_CONFLICT).get(0);
    assertThat(f.claims()).containsExactly("first", "tass", "trial");
    assertThat(f.explanation())
        .contains("3 different values for the organizer")
        .containsSubsequence(
            "1934-12-04, official-dispatch", "1934-12-27, tass", "1936-08, vyshinsky");
    // contradicting pairs are kept only where one side is established
    assertThat(f.conflicts()).isEmpty();
  }

  @Test
  void theSameValueTwiceIsNoConflict() {
    assertThat(
            check(
                version("a", "tass", "1934-12-27", "organizer", "Zinoviev group")
                    + version("b", "pravda", "1934-12-28", "organizer", "zinoviev  group")))
        .isEmpty();
  }

  @Test
  void anUndeclaredEventHasSingleValuedSlots() {
    String c =
        "  - {id: a, cite: \"trotsky-dewey-13:12\", said_by: x, event: other, slot: s, value: v1}\n"
            + "  - {id: b, cite: \"trotsky-dewey-13:12\", said_by: y, event: other, slot: s, value: v2}\n";
    assertThat(of(check(c), FindingType.VERSION_CONFLICT)).hasSize(1);
  }

  @Test
  void driftNamesWhatEachVersionAddedAndDropped() {
    List<Finding> fs =
        check(
            version("v3", "c", "1937-01", "victims", "[Stalin, Voroshilov]")
                + version("v1", "a", "1935-01", "victims", "[Kirov]")
                + version("v2", "b", "1936-08", "victims", "[Kirov, Stalin]"));
    Finding f = of(fs, FindingType.VERSION_DRIFT).get(0);
    assertThat(f.claims()).containsExactly("v1", "v2", "v3");
    assertThat(f.explanation())
        .contains("(claim v2) added Stalin")
        .contains("(claim v3) added Voroshilov and dropped Kirov");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> versions = (List<Map<String, Object>>) f.detail().get("versions");
    assertThat(versions.get(2).get("dropped")).isEqualTo(List.of("Kirov"));
    assertThat(of(fs, FindingType.VERSION_CONFLICT)).isEmpty();
    assertThat(
            check(
                version("v1", "a", "1935-01", "victims", "[Kirov]")
                    + version("v2", "b", "1936-08", "victims", "[Kirov]")))
        .isEmpty();
  }

  // ---- SELF_CONTRADICTION and DISPUTED

  /** The one finding that the claims make; fails unless they make exactly one. */
  Finding onlyFinding(String claims) {
    List<Finding> fs = check(claims);
    assertThat(fs).hasSize(1);
    return fs.get(0);
  }

  static String stance(String id, String by, String on, String stance) {
    return String.format(
        "  - {id: %s, cite: \"trotsky-dewey-13:354\", said_by: %s, said_on: \"%s\","
            + " proposition: recanting-is-falsehood, stance: %s}%n",
        id, by, on, stance);
  }

  @Test
  void oneSpeakerOnBothSidesWithBothDates() {
    Finding f =
        onlyFinding(
            stance("later", "radek", "1929-06", "denies")
                + stance("earlier", "radek", "1928-05-10", "affirms"));
    assertThat(f.type()).isEqualTo(FindingType.SELF_CONTRADICTION);
    assertThat(f.claims()).containsExactly("earlier", "later");
    assertThat(f.explanation())
        .contains("affirmed it on 1928-05-10")
        .contains("denied it on 1929-06");
    assertThat(
            check(
                stance("a", "radek", "1928-05-10", "affirms")
                    + stance("b", "radek", "1928-06-24", "affirms")))
        .isEmpty();
  }

  @Test
  void differentSourcesOnBothSidesAreDisputed() {
    Finding f =
        onlyFinding(
            stance("r", "radek", "1928-05-10", "affirms")
                + stance("v", "vyshinsky", "1937-01", "denies"));
    assertThat(f.type()).isEqualTo(FindingType.DISPUTED);
    assertThat(f.detail().get("affirmedBy")).isEqualTo(List.of("radek"));
    assertThat(f.detail().get("deniedBy")).isEqualTo(List.of("vyshinsky"));
  }

  // ---- CONTRADICTS_ESTABLISHED

  @Test
  void anAssertedClaimAgainstAnEstablishedOneIsReportedTwice() {
    List<Finding> fs =
        check(
            presence(
                    "sedov-berlin", "sedov", "berlin", "1932-11-20/1932-12-04", true, "established")
                + presence("holtzman-says", "sedov", "copenhagen", "1932-11-23/1932-12-02", false));
    assertThat(fs)
        .extracting(Finding::type)
        .containsExactly(FindingType.PRESENCE_CONFLICT, FindingType.CONTRADICTS_ESTABLISHED);
    Finding ce = fs.get(1);
    assertThat(ce.claims()).containsExactly("holtzman-says", "sedov-berlin");
    assertThat(ce.certainty()).isEqualTo(Certainty.DEFINITE);
    assertThat(ce.explanation()).contains("PRESENCE_CONFLICT");
    // two asserted claims in conflict: only the rule's own finding
    assertThat(
            check(
                presence("a", "sedov", "berlin", "1932-11-20/1932-12-04", true)
                    + presence("b", "sedov", "copenhagen", "1932-11-23/1932-12-02", false)))
        .extracting(Finding::type)
        .containsExactly(FindingType.PRESENCE_CONFLICT);
  }

  @Test
  void establishedVersionsAndStancesToo() {
    String est =
        "  - {id: court, cite: \"trotsky-dewey-13:12\", said_by: commission, trust: established,"
            + " said_on: 1937-09, event: kirov-assassination, slot: organizer, value: Nikolayev alone}\n";
    List<Finding> fs =
        check(
            est
                + version("tass", "tass", "1934-12-27", "organizer", "Zinoviev group")
                + version("pravda", "pravda", "1934-12-28", "organizer", "Zinoviev group"));
    assertThat(of(fs, FindingType.CONTRADICTS_ESTABLISHED))
        .extracting(f -> f.claims().get(0))
        .containsExactly("pravda", "tass");
    String stances =
        stance("r", "radek", "1928-05-10", "affirms")
            + "  - {id: fact, cite: \"trotsky-dewey-13:354\", said_by: analyst, trust: established,"
            + " proposition: recanting-is-falsehood, stance: denies}\n";
    assertThat(of(check(stances), FindingType.CONTRADICTS_ESTABLISHED))
        .singleElement()
        .satisfies(f -> assertThat(f.explanation()).contains("DISPUTED"));
  }
}
