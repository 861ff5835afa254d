package org.sverka.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.ingest.Problem;

/** authority.yaml: what is read, and every problem with its file and line. */
class AuthorityFileTest {
  @TempDir Path dir;

  Authority read(String yaml) throws Exception {
    Path f = dir.resolve("authority.yaml");
    Files.writeString(f, yaml);
    return AuthorityFile.read(f);
  }

  static List<String> lines(Authority a) {
    return a.problems().stream().map(p -> p.line() + ": " + p.message()).toList();
  }

  @Test
  void readsEntriesWithRenamingsAndCoordinates() throws Exception {
    Authority a =
        read(
            """
            entities:
              leningrad:
                type: place
                name: Leningrad
                names:
                  - {name: Petrograd, when: 1914-08-31/1924-01-26}
                lat: 59.94
                lon: 30.31
                wikidata: Q656
              zinoviev:
                type: Person
                name: Grigory Zinoviev
                aliases: [Zinoviev]
            """);
    assertThat(a.problems()).isEmpty();
    assertThat(a.entries())
        .extracting(Authority.Entry::id)
        .containsExactly("place:leningrad", "person:zinoviev");
    Authority.Entry city = a.entries().get(0);
    assertThat(city.nameOn(org.sverka.time.Edtf.parse("1920"))).contains("Petrograd");
    assertThat(city.nameOn(org.sverka.time.Edtf.parse("1930"))).isEmpty();
    assertThat(city.lat()).isEqualTo(59.94);
    assertThat(a.gazetteer())
        .extracting(Authority.GazetteerEntry::form)
        .containsExactly("Leningrad", "Petrograd", "Grigory Zinoviev", "Zinoviev");
    assertThat(a.hash()).hasSize(64);
  }

  @Test
  void badYamlNamesItsLine() throws Exception {
    Authority a = read("entities:\n  x:\n    type: person\n    name: [unclosed\n");
    assertThat(a.problems()).hasSize(1);
    Problem p = a.problems().get(0);
    assertThat(p.file()).endsWith("authority.yaml");
    assertThat(p.line()).isGreaterThanOrEqualTo(4);
    assertThat(p.message()).startsWith("not valid YAML");
  }

  @Test
  void unknownKeysAndBadValuesAreReportedWithTheirLines() throws Exception {
    Authority a =
        read(
            """
            entities:
              sedov:
                type: person
                name: Leon Sedov
                nickname: Lyova
              moscow:
                type: city
                name: Moscow
              bad-date:
                type: place
                name: Petrograd
                names: [{name: Petrograd, when: 1914-13}]
              coords:
                type: person
                name: Someone
                lat: 50
                lon: 10
            people: {}
            """);
    assertThat(lines(a))
        .anySatisfy(s -> assertThat(s).startsWith("5: unknown key 'nickname'"))
        .anySatisfy(s -> assertThat(s).startsWith("7: entity 'moscow' needs 'type:'"))
        .anySatisfy(s -> assertThat(s).startsWith("12: 'when: 1914-13'"))
        .anySatisfy(s -> assertThat(s).startsWith("16: coordinates are for places"))
        .anySatisfy(s -> assertThat(s).startsWith("18: unknown key 'people'"));
    // the good entry is still used
    assertThat(a.entries()).extracting(Authority.Entry::id).containsExactly("person:sedov");
  }

  @Test
  void contradictionsAreReported() throws Exception {
    Authority a =
        read(
            """
            entities:
              leon-sedov:
                type: person
                name: Leon Sedov
                aliases: [Sedov]
              sergei-sedov:
                type: person
                name: Sergei Sedov
                aliases: [Sedov]
              lenin:
                type: person
                name: Lenin
                not_same_as: [lenin]
              stalin:
                type: person
                name: Joseph Stalin
                aliases: [Stalin]
                not_same_as: [Stalin, person:nobody]
            """);
    assertThat(lines(a))
        .anySatisfy(
            s ->
                assertThat(s)
                    .matches("6: 'Sedov' is a name of both 'person:leon-sedov' \\(line 2\\).*"))
        .anySatisfy(
            s ->
                assertThat(s).startsWith("10: 'person:lenin' is said to be not the same as itself"))
        .anySatisfy(
            s ->
                assertThat(s)
                    .startsWith(
                        "14: 'person:stalin' is said to be not the same as 'Stalin', which is one of its own names"))
        .anySatisfy(s -> assertThat(s).contains("names 'person:nobody', which is not an entity"));
    assertThat(a.entries()).extracting(Authority.Entry::id).containsExactly("person:leon-sedov");
  }

  @Test
  void aBareSurnameIsNeverTheOtherSedovWhenTheAuthoritySaysSo() {
    Authority a =
        new Authority(
            List.of(
                new Authority.Entry(
                    "person:leon-sedov",
                    EntityType.PERSON,
                    "Leon Sedov",
                    List.of(),
                    List.of(),
                    null,
                    null,
                    null,
                    List.of("Sedov"),
                    null,
                    1)),
            List.of(),
            null,
            "h");
    Resolver.Result r =
        new Resolver(a)
            .resolve(
                List.of(
                    new Resolver.Input(
                        1, "d", 0, "Leon Sedov", EntityType.PERSON, Mention.Role.NAME),
                    new Resolver.Input(2, "d", 1, "Sedov", EntityType.PERSON, Mention.Role.NAME)));
    assertThat(r.entityOf().get(1L)).isEqualTo("person:leon-sedov");
    assertThat(r.entityOf().get(2L)).isNotEqualTo("person:leon-sedov");
  }
}
