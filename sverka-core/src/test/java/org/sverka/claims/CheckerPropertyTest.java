package org.sverka.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sverka.time.Edtf;

/** Findings do not depend on the order of claims in the file, and the output is deterministic. */
class CheckerPropertyTest {
  static final Map<String, Place> PLACES =
      Map.of(
          "copenhagen",
              new Place("copenhagen", "Copenhagen", null, 55.676, 12.568, null, null, null, 1),
          "bristol",
              new Place(
                  "bristol",
                  "Hotel Bristol",
                  "copenhagen",
                  null,
                  null,
                  Edtf.parse("../1917"),
                  null,
                  null,
                  2),
          "berlin", new Place("berlin", "Berlin", null, 52.52, 13.405, null, null, null, 3),
          "coyoacan", new Place("coyoacan", "Coyoacán", null, 19.35, -99.162, null, null, null, 4));
  static final Map<String, EventDef> EVENTS =
      Map.of("kirov", new EventDef("kirov", List.of("organizer"), List.of("victims"), 1));
  static final List<String> WHEN =
      List.of(
          "1932-11",
          "1932-11-25",
          "1932-11-26?",
          "1932-11-20/1932-12-05",
          "1932~",
          "1910",
          "1932-11-23/1932-12-02");
  static final List<String> SAID = List.of("1934-12", "1934-12-27", "1936-08", "1937-01", "1935~");

  @Provide
  Arbitrary<List<Claim>> claimSets() {
    Arbitrary<Claim.Shape> presence =
        Combinators.combine(
                Arbitraries.of("sedov", "holtzman", "trotsky")
                    .list()
                    .ofMinSize(1)
                    .ofMaxSize(2)
                    .uniqueElements(),
                Arbitraries.of(PLACES.keySet()),
                Arbitraries.of(WHEN),
                Arbitraries.of(true, false))
            .as((who, where, when, t) -> new Claim.Presence(who, where, Edtf.parse(when), t));
    Arbitrary<Claim.Shape> event =
        Combinators.combine(
                Arbitraries.of("organizer", "victims"),
                Arbitraries.of("Zinoviev group", "consul", "GPU", "Kirov", "Stalin")
                    .list()
                    .ofMinSize(1)
                    .ofMaxSize(3)
                    .uniqueElements())
            .as(
                (slot, values) ->
                    new Claim.EventValue(
                        "kirov", slot, slot.equals("victims") ? values : values.subList(0, 1)));
    Arbitrary<Claim.Shape> stance =
        Combinators.combine(Arbitraries.of("p", "q"), Arbitraries.of(true, false))
            .as(Claim.Stance::new);
    Arbitrary<Claim.Shape> shape = Arbitraries.oneOf(presence, event, stance);
    Arbitrary<Claim> claim =
        Combinators.combine(
                shape,
                Arbitraries.of("radek", "tass", "holtzman", "olberg"),
                Arbitraries.of(SAID),
                Arbitraries.of(Claim.Trust.values()),
                Arbitraries.integers().between(1, 400))
            .as(
                (s, by, on, trust, line) ->
                    new Claim(
                        "x",
                        new Cite("trotsky-dewey-13", line, line),
                        "line " + line,
                        by,
                        Edtf.parse(on),
                        "claim",
                        trust,
                        s,
                        1));
    return claim.list().ofMinSize(0).ofMaxSize(14).map(CheckerPropertyTest::numbered);
  }

  static List<Claim> numbered(List<Claim> cs) {
    List<Claim> out = new ArrayList<>();
    for (int i = 0; i < cs.size(); i++) {
      Claim c = cs.get(i);
      out.add(
          new Claim(
              "c" + i,
              c.cite(),
              c.citedText(),
              c.saidBy(),
              c.saidOn(),
              c.saidOnSource(),
              c.trust(),
              c.shape(),
              i + 1));
    }
    return out;
  }

  static List<Finding> check(List<Claim> claims) {
    return Checker.check(ClaimsFile.of(PLACES, Map.of(), EVENTS, claims, 80));
  }

  @Property(tries = 300)
  void findingsDoNotDependOnTheOrderOfClaims(
      @ForAll("claimSets") List<Claim> claims, @ForAll Random random) {
    List<Claim> shuffled = new ArrayList<>(claims);
    Collections.shuffle(shuffled, random);
    assertThat(check(shuffled)).isEqualTo(check(claims));
  }

  @Property(tries = 100)
  void theSameClaimsGiveTheSameOutput(@ForAll("claimSets") List<Claim> claims) {
    assertThat(check(claims).toString()).isEqualTo(check(List.copyOf(claims)).toString());
  }

  @Property(tries = 200)
  void everyFindingCitesEachOfItsClaims(@ForAll("claimSets") List<Claim> claims) {
    for (Finding f : check(claims)) {
      assertThat(f.claims()).isNotEmpty();
      assertThat(
              f.citations().stream()
                  .filter(c -> c.claim() != null)
                  .map(Finding.Citation::claim)
                  .toList())
          .containsExactlyElementsOf(f.claims());
      assertThat(f.explanation()).isNotBlank();
    }
  }
}
