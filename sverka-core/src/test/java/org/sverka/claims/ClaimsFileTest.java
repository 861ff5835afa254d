package org.sverka.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.claims.Claim.EventValue;
import org.sverka.claims.Claim.Presence;
import org.sverka.claims.Claim.Stance;
import org.sverka.ingest.Problem;

class ClaimsFileTest {
  @TempDir Path tmp;

  static final String PLACES =
      """
      places:
        copenhagen: {name: Copenhagen, lat: 55.676, lon: 12.568}
        hotel-bristol: {name: Hotel Bristol, within: copenhagen, existed: "../1917"}
      people:
        holtzman: {name: E. S. Holtzman}
        sedov: {name: Leon Sedov}
      events:
        kirov-assassination: {single: [organizer], many: [victims]}
      """;

  @Test
  void readsAllThreeShapesWithTheCitedLineText() {
    ClaimsFile f =
        CorpusSources.read(
            tmp,
            PLACES
                + """
                claims:
                  - id: holtzman-meeting
                    cite: trotsky-dewey-13:315
                    said_by: holtzman
                    said_on: 1936-08
                    who: [holtzman, sedov]
                    where: hotel-bristol
                    when: 1932-11-23/1932-12-02
                  - id: tass-organizer
                    cite: trotsky-kirov-1935:71
                    said_by: tass
                    event: kirov-assassination
                    slot: organizer
                    value: Zinoviev group
                  - id: radek-1928
                    cite: trotsky-dewey-13:354
                    said_by: radek
                    said_on: 1928-05-10
                    proposition: recanting-is-falsehood
                    stance: affirms
                """);
    assertThat(f.problems()).isEmpty();
    assertThat(f.claims()).hasSize(3);
    Claim c = f.claims().get(0);
    assertThat(c.cite().toString()).isEqualTo("trotsky-dewey-13:315");
    assertThat(c.citedText()).isEqualTo(CorpusSources.line("trotsky-dewey-13", 315));
    assertThat(c.citedText()).contains("to put up at the Hotel Bristol");
    Presence p = (Presence) c.shape();
    assertThat(p.who()).containsExactly("holtzman", "sedov");
    assertThat(p.when().earliest()).hasToString("1932-11-23");
    assertThat(p.throughout()).isFalse();
    assertThat(((EventValue) f.claims().get(1).shape()).values()).containsExactly("Zinoviev group");
    assertThat(((Stance) f.claims().get(2).shape()).affirms()).isTrue();
    assertThat(f.isWithin("hotel-bristol", "copenhagen")).isTrue();
    assertThat(f.isWithin("copenhagen", "hotel-bristol")).isFalse();
    assertThat(f.located("hotel-bristol").orElseThrow().id()).isEqualTo("copenhagen");
  }

  @Test
  void saidOnDefaultsToTheCitedPartsDateElseTheDocuments() {
    ClaimsFile f =
        CorpusSources.read(
            tmp,
            """
            claims:
              - {id: in-part, cite: "trotsky-kirov-1935:233", said_by: trotsky, proposition: p, stance: affirms}
              - {id: in-doc, cite: "trotsky-kirov-1935:71", said_by: trotsky, proposition: p, stance: affirms}
              - {id: stalin, cite: "stalin-works-10:9100", said_by: stalin, proposition: p, stance: denies}
              - {id: given, cite: "stalin-works-10:9100", said_by: stalin, said_on: 1927, proposition: p, stance: denies}
            """);
    assertThat(f.problems()).isEmpty();
    // line 233 lies in the postscript part dated 1935-01; line 71 in no part: the pamphlet's date
    assertThat(f.claims().get(0).saidOn()).hasToString("1935-01");
    assertThat(f.claims().get(0).saidOnSource()).isEqualTo("part");
    assertThat(f.claims().get(1).saidOn()).hasToString("1934-12-28");
    assertThat(f.claims().get(1).saidOnSource()).isEqualTo("document");
    assertThat(f.claims().get(2).saidOn()).hasToString("1927-10-23");
    assertThat(f.claims().get(3).saidOn()).hasToString("1927");
    assertThat(f.claims().get(3).saidOnSource()).isEqualTo("claim");
  }

  @Test
  void reportsEveryProblemAtOnceWithFileAndLine() {
    String yaml =
        PLACES
            + """
            settings: {max_speed_kmh: fast}
            claims:
              - id: a
                cite: trotsky-dewey-13:315
                said_by: holtzman
                who: [holtzman, trotsky]
                where: hotel-grand
                when: 1932-13
              - id: a
                cite: trotsky-dewey-13:9999
                said_by: holtzman
                proposition: p
                stance: affirms
              - id: c
                cite: no-such-doc:3
                said_by: x
                proposition: p
                stance: maybe
              - id: d
                cite: trotsky-dewey-13:315
                said_by: x
                who: [sedov]
                where: copenhagen
                when: 1932-11
                event: kirov-assassination
                slot: organizer
                value: x
              - id: e
                cite: "trotsky-dewey-13"
                said_by: x
                event: kirov-assassination
                slot: organizer
                value: [a, b]
              - id: f
                said_by: x
                said_on: 1936-8
                proposition: p
                stance: affirms
            """;
    ClaimsFile f = CorpusSources.read(tmp, yaml);
    List<String> lines = f.problems().stream().map(Problem::toString).toList();
    String file = f.file().toString();
    assertThat(lines)
        .allSatisfy(l -> assertThat(l).startsWith(file + ":").doesNotContain("\n"))
        .anySatisfy(l -> assertThat(l).contains(":9: max_speed_kmh must be a number"))
        .anySatisfy(l -> assertThat(l).contains(":14: claim 'a': unknown person 'trotsky'"))
        .anySatisfy(l -> assertThat(l).contains(":15: claim 'a': unknown place 'hotel-grand'"))
        .anySatisfy(l -> assertThat(l).contains(":16: when: invalid EDTF date '1932-13'"))
        .anySatisfy(l -> assertThat(l).contains(":17: claim id 'a' is used twice"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .contains(":18: cite 'trotsky-dewey-13:9999' is outside its document")
                    .contains("438 lines"))
        .anySatisfy(
            l -> assertThat(l).contains(":23: cite 'no-such-doc:3': the case has no document"))
        .anySatisfy(l -> assertThat(l).contains(":26: claim 'c': stance must be 'affirms'"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .contains(":27: claim 'd' has 2 shapes, presence (who) and event (event)"))
        .anySatisfy(l -> assertThat(l).contains("cite 'trotsky-dewey-13' is not DOC:LINE"))
        .anySatisfy(l -> assertThat(l).contains("single-valued; give one value, not a list"))
        .anySatisfy(l -> assertThat(l).contains("claim 'f' has no 'cite'"))
        .anySatisfy(l -> assertThat(l).contains("said_on: invalid EDTF date '1936-8'"));
    assertThat(f.claims()).isEmpty();
    // in line order
    assertThat(f.problems()).isSorted();
  }

  @Test
  void unknownKeysAndBadYamlAreOneLineEach() {
    ClaimsFile typo =
        CorpusSources.read(
            tmp,
            """
            claims:
              - id: a
                cite: trotsky-dewey-13:315
                said_by: holtzman
                proposition: p
                stanse: affirms
            """);
    assertThat(typo.problems())
        .extracting(Problem::toString)
        .anySatisfy(l -> assertThat(l).contains(":6: unknown key of a claim 'stanse'"));
    ClaimsFile broken = CorpusSources.read(tmp, "claims:\n  - id: [a\n");
    assertThat(broken.problems()).hasSize(1);
    assertThat(broken.problems().get(0).toString()).contains("not valid YAML").doesNotContain("\n");
  }

  @Test
  void placeProblems() {
    ClaimsFile f =
        CorpusSources.read(
            tmp,
            """
            places:
              a: {within: b}
              b: {within: a}
              c: {lat: 95, lon: 10}
              d: {lat: 50}
              e: {within: nowhere, existed: 1917-99}
            claims: []
            """);
    assertThat(f.problems())
        .extracting(Problem::toString)
        .anySatisfy(l -> assertThat(l).contains(":2: place 'a' lies within itself"))
        .anySatisfy(l -> assertThat(l).contains(":4: lat must be between -90 and 90"))
        .anySatisfy(l -> assertThat(l).contains(":5: place 'd' needs both lat and lon"))
        .anySatisfy(l -> assertThat(l).contains(":6: place 'e' is within unknown place 'nowhere'"))
        .anySatisfy(l -> assertThat(l).contains(":6: existed: invalid EDTF date '1917-99'"));
  }

  @Test
  void anEmptyClaimsSectionIsNoProblemButAMissingOneIs() {
    assertThat(CorpusSources.read(tmp, "claims:\n  # none yet\n").problems()).isEmpty();
    assertThat(CorpusSources.read(tmp, "places:\n  x: {name: X}\n").problems())
        .extracting(Problem::toString)
        .singleElement()
        .satisfies(l -> assertThat(l).contains(":1: no 'claims:' list"));
  }
}
