package org.sverka.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.Corpus;

/** Text-level edits of the demo's real claims.yaml, copied into a temporary folder. */
class ClaimsEditorTest {
  @TempDir Path tmp;
  Path file;
  String original;

  @BeforeEach
  void copyTheDemoFile() throws Exception {
    file = tmp.resolve("claims.yaml");
    Files.copy(Corpus.file("claims.yaml"), file);
    original = Files.readString(file);
  }

  static List<String> lines(String text) {
    return List.of(text.split("\n", -1));
  }

  /** A claim's text as written: its lines from its first comment to its last line. */
  static String written(ClaimsEditor.Text t, String id) {
    ClaimsEditor.Entry e = t.claim(id).orElseThrow();
    return String.join("\n", lines(t.text()).subList(e.firstLine() - 1, e.lastLine()));
  }

  /** Every claim but {@code except}, as written, by id. */
  static Map<String, String> others(ClaimsEditor.Text t, String except) {
    Map<String, String> m = new LinkedHashMap<>();
    for (ClaimsEditor.Entry e : t.claims()) {
      if (!e.id().equals(except)) {
        m.put(e.id(), written(t, e.id()));
      }
    }
    return m;
  }

  static Map<String, Object> fields(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  @Test
  void findsEveryClaimOfTheDemoFileWithItsLeadingComments() throws Exception {
    ClaimsEditor.Text t = ClaimsEditor.read(file);
    assertThat(t.claims()).hasSize(34);
    assertThat(t.version()).isEqualTo(ClaimsEditor.version(Files.readAllBytes(file)));
    ClaimsEditor.Entry first = t.claims().get(0);
    assertThat(first.id()).isEqualTo("holtzman-at-bristol");
    List<String> l = lines(original);
    // the section comment directly above the dash belongs to the claim
    assertThat(l.get(first.firstLine() - 1)).contains("---- Copenhagen, November 1932");
    assertThat(l.get(first.dashLine() - 1)).isEqualTo("  - id: holtzman-at-bristol");
    assertThat(l.get(first.lastLine() - 1)).startsWith("    when: 1932-11 ");
    assertThat(first.fields().get("who")).isEqualTo(List.of("holtzman", "sedov"));
    assertThat(first.fields().get("cite")).isEqualTo("trotsky-dewey-13:315");
    ClaimsEditor.Entry last = t.claims().get(33);
    assertThat(last.id()).isEqualTo("trotsky-against-individual-terror");
    assertThat(l.get(last.lastLine() - 1)).isEqualTo("    stance: denies");
    // the claims are contiguous: each ends before the next one's first line
    for (int i = 1; i < t.claims().size(); i++) {
      assertThat(t.claims().get(i).firstLine()).isGreaterThan(t.claims().get(i - 1).lastLine());
    }
  }

  @Test
  void anEditRewritesOnlyTheChangedKeysAndKeepsEveryOtherByte() throws Exception {
    ClaimsEditor.Text t = ClaimsEditor.read(file);
    Map<String, String> before = others(t, "holtzman-at-bristol");
    Map<String, Object> f = new LinkedHashMap<>(t.claim("holtzman-at-bristol").get().fields());
    f.put("where", "bristol-konditori");
    f.put("note", "the place as the Comintern press later put it");
    f.remove("said_on");
    ClaimsEditor.Saved saved =
        ClaimsEditor.save(
            file, t.version(), x -> x.replace("holtzman-at-bristol", f), CorpusSources.DEMO);
    String after = Files.readString(file);
    ClaimsEditor.Text t2 = ClaimsEditor.read(file);
    assertThat(others(t2, "holtzman-at-bristol")).isEqualTo(before);
    assertThat(written(t2, "holtzman-at-bristol"))
        .isEqualTo(
            String.join(
                "\n",
                "  # ---- Copenhagen, November 1932"
                    + " -------------------------------------------------------",
                "  - id: holtzman-at-bristol",
                "    cite: \"trotsky-dewey-13:315\"",
                "    said_by: holtzman",
                "    who: [holtzman, sedov]",
                "    where: bristol-konditori",
                "    when: 1932-11                  # \"In November, 1932\" (trotsky-dewey-13:313)",
                "    note: the place as the Comintern press later put it"));
    // the header, places and people are untouched too
    assertThat(after).startsWith(original.substring(0, original.indexOf("  # ---- Copenhagen")));
    assertThat(saved.claims().ok()).isTrue();
    assertThat(saved.version()).isEqualTo(t2.version());
    assertThat(saved.backup()).isEqualTo(tmp.resolve("claims.yaml.bak.1"));
    assertThat(Files.readString(saved.backup())).isEqualTo(original);
    Presence p = presence(saved.claims(), "holtzman-at-bristol");
    assertThat(p.where()).isEqualTo("bristol-konditori");
  }

  record Presence(String where) {}

  static Presence presence(ClaimsFile f, String id) {
    Claim c = f.claims().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    return new Presence(((Claim.Presence) c.shape()).where());
  }

  @Test
  void deleteRemovesTheClaimsLinesAndNothingElse() throws Exception {
    ClaimsEditor.Text t = ClaimsEditor.read(file);
    Map<String, String> before = others(t, "comintern-konditori");
    String claimText = written(t, "comintern-konditori");
    ClaimsEditor.save(file, t.version(), x -> x.delete("comintern-konditori"), CorpusSources.DEMO);
    String after = Files.readString(file);
    assertThat(after).doesNotContain("comintern-konditori\n");
    // exactly its lines and one blank line are gone
    assertThat(after).isEqualTo(original.replace("\n\n" + claimText + "\n", "\n"));
    assertThat(lines(after)).hasSize(lines(original).size() - lines(claimText).size() - 1);
    assertThat(others(ClaimsEditor.read(file), "comintern-konditori")).isEqualTo(before);
  }

  @Test
  void aNewClaimGoesAfterTheLastInTheFilesOwnStyle() throws Exception {
    ClaimsEditor.Text t = ClaimsEditor.read(file);
    ClaimsEditor.Saved saved =
        ClaimsEditor.save(
            file,
            t.version(),
            x ->
                x.append(
                    fields(
                        "id", "holtzman-in-paris",
                        "cite", "trotsky-dewey-13:313",
                        "said_by", "trotsky",
                        "who", List.of("holtzman"),
                        "where", "paris",
                        "when", "1932-11",
                        "throughout", "true",
                        "note", "a test: \"quoted\", with #, [brackets] and: colons")),
            CorpusSources.DEMO);
    String after = Files.readString(file);
    assertThat(after)
        .isEqualTo(
            original
                + """

                  - id: holtzman-in-paris
                    cite: "trotsky-dewey-13:313"
                    said_by: trotsky
                    who: [holtzman]
                    where: paris
                    when: 1932-11
                    throughout: true
                    note: "a test: \\"quoted\\", with #, [brackets] and: colons"
                """);
    assertThat(saved.claims().claims()).hasSize(35);
    assertThat(ClaimsEditor.read(file).claim("holtzman-in-paris").orElseThrow().fields())
        .containsEntry("note", "a test: \"quoted\", with #, [brackets] and: colons");
    // and the checker finds what it contradicts: Holtzman in Copenhagen in November 1932
    assertThat(Checker.check(saved.claims()))
        .anySatisfy(
            f -> {
              assertThat(f.type()).isEqualTo(FindingType.PRESENCE_CONFLICT);
              assertThat(f.claims()).contains("holtzman-in-paris", "holtzman-at-bristol");
              assertThat(f.citations())
                  .extracting(Finding.Citation::cite)
                  .contains("trotsky-dewey-13:313");
            });
  }

  @Test
  void anInvalidEditIsRefusedWithItsProblemsAndTheFileIsUntouched() throws Exception {
    ClaimsEditor.Text t = ClaimsEditor.read(file);
    Map<String, Object> f = new LinkedHashMap<>(t.claim("sedov-in-berlin").get().fields());
    f.put("where", "atlantis");
    f.put("cite", "trotsky-dewey-13:99999");
    assertThatThrownBy(
            () ->
                ClaimsEditor.save(
                    file, t.version(), x -> x.replace("sedov-in-berlin", f), CorpusSources.DEMO))
        .isInstanceOfSatisfying(
            ClaimsEditor.Refused.class,
            r -> {
              assertThat(r.kind()).isEqualTo(ClaimsEditor.Refused.Kind.INVALID);
              assertThat(r.problems())
                  .anySatisfy(p -> assertThat(p).contains("unknown place 'atlantis'"))
                  .anySatisfy(p -> assertThat(p).contains("is outside its document"))
                  .allSatisfy(p -> assertThat(p).doesNotContain("\n").contains("claims.yaml:"));
            });
    assertThat(Files.readString(file)).isEqualTo(original);
    assertThat(tmp.resolve("claims.yaml.bak.1")).doesNotExist();
    try (var list = Files.list(tmp)) {
      assertThat(list.map(p -> p.getFileName().toString()).toList()).containsExactly("claims.yaml");
    }
  }

  @Test
  void aFileChangedOnDiskSinceItWasReadIsNotOverwritten() throws Exception {
    ClaimsEditor.Text t = ClaimsEditor.read(file);
    String byHand = original.replace("max_speed_kmh: 80", "max_speed_kmh: 90");
    Files.writeString(file, byHand);
    assertThatThrownBy(
            () ->
                ClaimsEditor.save(
                    file, t.version(), x -> x.delete("sedov-in-berlin"), CorpusSources.DEMO))
        .isInstanceOfSatisfying(
            ClaimsEditor.Refused.class,
            r -> {
              assertThat(r.kind()).isEqualTo(ClaimsEditor.Refused.Kind.STALE);
              assertThat(r.getMessage()).contains("changed on disk since it was read");
            });
    assertThat(Files.readString(file)).isEqualTo(byHand);
  }

  @Test
  void everySaveKeepsANumberedBackupOfThePreviousFile() throws Exception {
    ClaimsEditor.Text t = ClaimsEditor.read(file);
    ClaimsEditor.save(file, t.version(), x -> x.delete("organizer-gpu"), CorpusSources.DEMO);
    String second = Files.readString(file);
    ClaimsEditor.Text t2 = ClaimsEditor.read(file);
    ClaimsEditor.Saved s =
        ClaimsEditor.save(
            file, t2.version(), x -> x.delete("organizer-consul"), CorpusSources.DEMO);
    assertThat(s.backup()).isEqualTo(tmp.resolve("claims.yaml.bak.2"));
    assertThat(Files.readString(tmp.resolve("claims.yaml.bak.1"))).isEqualTo(original);
    assertThat(Files.readString(tmp.resolve("claims.yaml.bak.2"))).isEqualTo(second);
    assertThat(ClaimsEditor.read(file).claims()).hasSize(32);
  }

  @Test
  void concurrentWritesFromOneVersionAreSerializedAndOnlyTheFirstLands() throws Exception {
    ClaimsEditor.Text t = ClaimsEditor.read(file);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<String>> results = new ArrayList<>();
    for (String id :
        List.of("targets-radek-1937", "organizer-gpu", "implicated-consul", "sedov-in-berlin")) {
      Callable<String> task =
          () -> {
            go.await();
            try {
              ClaimsEditor.save(file, t.version(), x -> x.delete(id), CorpusSources.DEMO);
              return "saved";
            } catch (ClaimsEditor.Refused r) {
              return r.kind().name();
            }
          };
      results.add(pool.submit(task));
    }
    go.countDown();
    List<String> outcomes = new ArrayList<>();
    for (Future<String> f : results) {
      outcomes.add(f.get());
    }
    pool.shutdown();
    assertThat(outcomes).containsOnlyOnce("saved");
    assertThat(outcomes.stream().filter(o -> o.equals("STALE"))).hasSize(3);
    assertThat(ClaimsEditor.read(file).claims()).hasSize(33);
  }

  @Test
  void anEmptyClaimsListAndAMissingOneGetABlockList() throws Exception {
    ClaimsEditor.Text empty =
        ClaimsEditor.parse("# mine\nplaces:\n  paris: {name: Paris}\nclaims:\n", null);
    String added =
        empty.append(
            fields(
                "id",
                "x",
                "cite",
                "trotsky-dewey-13:1",
                "said_by",
                "me",
                "proposition",
                "p",
                "stance",
                "affirms"));
    assertThat(added)
        .isEqualTo(
            "# mine\nplaces:\n  paris: {name: Paris}\nclaims:\n  - id: x\n    cite:"
                + " \"trotsky-dewey-13:1\"\n    said_by: me\n    proposition: p\n    stance: affirms\n");
    assertThat(ClaimsEditor.parse(added, null).claims()).hasSize(1);
    String none = ClaimsEditor.parse("places: {}", null).append(fields("id", "y"));
    assertThat(none).isEqualTo("places: {}\n\nclaims:\n  - id: y\n");
  }

  @Test
  void aClaimWrittenOnOneLineIsWrittenAnewAsABlockInItsPlace() throws Exception {
    String text =
        "claims:\n  # the GPU\n  - {id: organizer-gpu, cite: \"trotsky-kirov-1935:245\","
            + " said_by: trotsky, event: kirov-assassination, slot: organizer, value: the G.P.U.}\n"
            + "  - id: other\n    cite: x\n";
    ClaimsEditor.Text t = ClaimsEditor.parse(text, null);
    Map<String, Object> f = new LinkedHashMap<>(t.claim("organizer-gpu").orElseThrow().fields());
    f.put("value", "the Leningrad G.P.U.");
    assertThat(t.replace("organizer-gpu", f))
        .isEqualTo(
            "claims:\n  # the GPU\n  - id: organizer-gpu\n    cite: \"trotsky-kirov-1935:245\"\n"
                + "    said_by: trotsky\n    event: kirov-assassination\n    slot: organizer\n"
                + "    value: the Leningrad G.P.U.\n  - id: other\n    cite: x\n");
    assertThatThrownBy(() -> t.delete("nobody"))
        .isInstanceOfSatisfying(
            ClaimsEditor.Refused.class,
            r -> assertThat(r.kind()).isEqualTo(ClaimsEditor.Refused.Kind.NOT_FOUND));
  }

  @Test
  void windowsLineEndsStayWindowsLineEnds() throws Exception {
    ClaimsEditor.Text t =
        ClaimsEditor.parse("claims:\r\n  - id: a\r\n    cite: x # mine\r\n", null);
    assertThat(t.replace("a", fields("id", "a", "cite", "y", "said_by", "me")))
        .isEqualTo("claims:\r\n  - id: a\r\n    cite: y # mine\r\n    said_by: me\r\n");
    assertThat(t.append(fields("id", "b")))
        .isEqualTo("claims:\r\n  - id: a\r\n    cite: x # mine\r\n  - id: b\r\n");
  }
}
