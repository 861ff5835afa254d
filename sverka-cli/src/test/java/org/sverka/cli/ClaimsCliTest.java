package org.sverka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check, versions and the claims pages of the report, on the demo and its claims.yaml. */
class ClaimsCliTest {
  @TempDir static Path tmp;
  static Path demo;
  static Path claims;

  @BeforeAll
  static void runDemo() {
    demo = tmp.resolve("sverka-demo");
    Cli.Run r = Cli.run("demo", "--case", demo.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("claims checked (claims.yaml)");
    claims = demo.resolve("corpus/opposition-1926-1937/claims.yaml");
  }

  @Test
  void suggestClaimsPrintsOrWritesANewFileButNeverOverwrites() throws Exception {
    // the mentions and entities the demo's analyze wrote; ids are the resolver's
    Cli.Run r = Cli.run("suggest-claims", "--case", demo.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("  # trotsky-dewey-13:277: A fourth terrorist, Olberg, declared")
        .contains("    cite: \"trotsky-dewey-13:277\"\n")
        .contains("    when: 1936-08-20\n")
        .containsPattern("    who: \\[[^\\]]*olberg[^\\]]*sedov[^\\]]*\\]\n");
    Path out = tmp.resolve("drafts.yaml");
    Cli.Run w = Cli.run("suggest-claims", "--case", demo.toString(), "--out", out.toString());
    assertThat(w.code()).isZero();
    assertThat(Files.readString(out)).isEqualTo(r.out());
    // the drafts are a valid claims file
    Cli.Run check = withClaims("check", out);
    assertThat(check.code()).as(check.err()).isZero();
    Files.writeString(out, "mine");
    Cli.Run again = Cli.run("suggest-claims", "--case", demo.toString(), "--out", out.toString());
    assertThat(again.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(again.err()).contains("never overwrites");
    assertThat(Files.readString(out)).isEqualTo("mine");
    Cli.Run other =
        Cli.run("suggest-claims", "--case", demo.toString(), "--doc", "stalin-works-10");
    // --doc keeps that document's drafts only
    assertThat(other.code()).as(other.err()).isZero();
    assertThat(other.out().lines().filter(l -> l.startsWith("    cite: ")))
        .isNotEmpty()
        .allMatch(l -> l.startsWith("    cite: \"stalin-works-10:"));
  }

  @Test
  void driftShowsWhoAppearsAndVanishes() throws Exception {
    Cli.Run r = Cli.run("drift", "--case", demo.toString(), "--focus", "Kirov");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .containsSubsequence("1934-12-28", "1935-01", "1937-04-17")
        .contains("  appear:  ")
        .contains("  vanish:  ")
        .containsPattern("Vyshinsky ×\\d+ \\(trotsky-dewey-13:96\\)");
    JsonNode json =
        new ObjectMapper()
            .readTree(
                Cli.run("drift", "--case", demo.toString(), "--focus", "Kirov", "--format", "json")
                    .out());
    assertThat(r.out()).contains(json.get("parts").size() + " parts");
    // the second part's vanished are the first part's cast members that it lacks
    JsonNode first = json.get("parts").get(0);
    JsonNode second = json.get("parts").get(1);
    for (JsonNode v : second.get("vanished")) {
      assertThat(first.toString()).contains(v.toString());
      assertThat(second.get("cast").toString()).doesNotContain(v.toString());
    }
    Cli.Run csv =
        Cli.run("drift", "--case", demo.toString(), "--focus", "Kirov", "--format", "csv");
    assertThat(csv.out())
        .startsWith("date,doc,lineStart,lineEnd,entity,name,type,count,change,cite\r\n");
  }

  @Test
  void checkFindsTheBristolAndTheVersionsWithCitations() throws Exception {
    Cli.Run text = withClaims("check", claims);
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out())
        .contains("DEFINITE PLACE_NOT_EXISTING  holtzman-at-bristol")
        .contains("Hotel Bristol existed only until 1917")
        .contains("trotsky-dewey-13:307")
        .contains("5 different values for the organizer of kirov-assassination")
        .contains("DEFINITE CONTRADICTS_ESTABLISHED  holtzman-at-bristol, sedov-in-berlin");
    Cli.Run json = withClaims("check", claims, "--format", "json");
    JsonNode root = new ObjectMapper().readTree(json.out());
    JsonNode findings = root.get("findings");
    assertThat(findings.size()).isGreaterThanOrEqualTo(10);
    for (JsonNode f : findings) {
      assertThat(f.get("type").asText()).isNotEmpty();
      assertThat(f.get("certainty").asText()).isIn("DEFINITE", "POSSIBLE");
      assertThat(f.get("explanation").asText()).isNotEmpty();
      for (JsonNode c : f.get("citations")) {
        assertThat(c.get("cite").asText()).matches(".+:\\d+(-\\d+)?");
        assertThat(c.get("text").asText()).isNotBlank();
      }
    }
    // the cited text is the original line, as `show` prints it
    JsonNode bristol = null;
    for (JsonNode f : findings) {
      if (f.get("type").asText().equals("PLACE_NOT_EXISTING")) {
        bristol = f;
      }
    }
    assertThat(bristol.get("citations").get(1).get("text").asText())
        .contains("was demolished in the year 1917");
    Cli.Run again = withClaims("check", claims, "--format", "json");
    assertThat(again.out()).isEqualTo(json.out());
  }

  @Test
  void failOnFindingsExitsFourOnlyForADefiniteFinding() throws Exception {
    Cli.Run fail = withClaims("check", claims, "--fail-on", "findings");
    assertThat(fail.code()).isEqualTo(ExitCodes.FINDINGS);
    Path quiet = tmp.resolve("possible.yaml");
    Files.writeString(
        quiet,
        """
        places:
          x: {name: New Hall, existed: 1920/1935}
        claims:
          - {id: a, cite: "trotsky-dewey-13:315", said_by: h, who: [s], where: x, when: "1936?"}
        """);
    Cli.Run possible = withClaims("check", quiet, "--fail-on", "findings");
    assertThat(possible.out()).contains("POSSIBLE PLACE_NOT_EXISTING");
    assertThat(possible.code()).isZero();
  }

  @Test
  void anInvalidClaimsFileExitsOneWithOneLinePerProblem() throws Exception {
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(
        bad,
        """
        claims:
          - {id: a, cite: "trotsky-dewey-13:9999", said_by: h, proposition: p, stance: affirms}
          - {id: a, cite: "nowhere:1", said_by: h, proposition: p, stance: affirms}
          - {id: b, cite: "trotsky-dewey-13:3", said_by: h, said_on: "1936-13", proposition: p, stance: both}
        """);
    Cli.Run r = withClaims("check", bad);
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().filter(l -> l.startsWith(bad.toString() + ":")))
        .hasSize(5)
        .anySatisfy(l -> assertThat(l).startsWith(bad + ":2: cite 'trotsky-dewey-13:9999'"))
        .anySatisfy(l -> assertThat(l).startsWith(bad + ":3: claim id 'a' is used twice"))
        .anySatisfy(l -> assertThat(l).startsWith(bad + ":3: cite 'nowhere:1'"))
        .anySatisfy(l -> assertThat(l).startsWith(bad + ":4: said_on: invalid EDTF date"))
        .anySatisfy(l -> assertThat(l).startsWith(bad + ":4: claim 'b': stance must be"));
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    Cli.Run missing = withClaims("check", tmp.resolve("none.yaml"));
    assertThat(missing.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(missing.err().strip().lines()).hasSize(1);
    Cli.Run usage = Cli.run("check", "--case", demo.toString());
    assertThat(usage.code()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void versionsMatrixInTextCsvAndJson() throws Exception {
    String[] base = {
      "versions",
      "--case",
      demo.toString(),
      "--claims",
      claims.toString(),
      "--event",
      "kirov-assassination"
    };
    Cli.Run text = Cli.run(base);
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out().lines().skip(2).findFirst().orElseThrow())
        .startsWith("said on")
        .contains("organizer")
        .contains("implicated");
    // ordered by said_on
    assertThat(text.out())
        .containsSubsequence("1934-12 ", "1934-12-27", "1934-12-28", "1935-01", "1936-08");
    Cli.Run csv = Cli.run(concat(base, "--format", "csv"));
    assertThat(csv.out()).startsWith("saidOn,saidBy,organizer,implicated,claims,cites\r\n");
    JsonNode json = new ObjectMapper().readTree(Cli.run(concat(base, "--format", "json")).out());
    assertThat(json.get("rows").size()).isEqualTo(5);
    assertThat(json.get("rows").get(0).get("saidBy").asText()).isEqualTo("first-official-dispatch");
    Cli.Run unknown = withClaims("versions", claims, "--event", "nope");
    assertThat(unknown.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(unknown.err()).contains("kirov-assassination");
  }

  @Test
  void theReportHasTheFindingsAndVersionsPages() throws Exception {
    String findings = Files.readString(demo.resolve("report/findings.html"));
    assertThat(findings)
        .contains("PLACE_NOT_EXISTING")
        .contains("href=\"doc/trotsky-dewey-13.html#L307\"")
        .contains("was demolished in the year 1917")
        .contains("versions-kirov-assassination.html");
    String versions = Files.readString(demo.resolve("report/versions-kirov-assassination.html"));
    assertThat(versions).contains("White Guard émigrés").contains("indictment-zinoviev");
    assertThat(Files.readString(demo.resolve("report/index.html"))).contains("findings.html");
    // the claims page lists every claim with its cited line; the static report edits nothing
    String list = Files.readString(demo.resolve("report/claims.html"));
    assertThat(list.split("<tr id=\"C-", -1)).hasSize(35);
    assertThat(list)
        .contains("E. S. Holtzman, Leon Sedov at Hotel Bristol, within 1932-11")
        .contains("href=\"doc/trotsky-dewey-13.html#L315\"")
        .doesNotContain("data-claims=")
        .doesNotContain("<button");
    assertThat(demo.resolve("report/claims.js")).exists();
  }

  /** {@code sverka COMMAND --case DEMO --claims FILE ARGS...}. */
  static Cli.Run withClaims(String command, Path file, String... args) throws Exception {
    return Cli.run(
        concat(
            new String[] {command, "--case", demo.toString(), "--claims", file.toString()}, args));
  }

  static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
