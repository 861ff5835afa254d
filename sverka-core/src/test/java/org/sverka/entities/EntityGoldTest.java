package org.sverka.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.Corpus;
import org.sverka.search.Hit;
import org.sverka.search.Searcher;
import org.sverka.store.CaseFile;
import org.sverka.store.EntityTables;
import org.sverka.store.GoldMentions;
import org.sverka.text.LineMap;

/**
 * The hand-made gold (src/test/resources/entities/gold-variants.tsv) against the whole system: the
 * demo corpus analysed for real (mention finder, then resolver) without its authority file
 * (automatic decisions only); each gold form's entities are those of the real mentions at its
 * occurrences, so a form the finder does not find is a miss.
 */
class EntityGoldTest {
  @TempDir static Path tmp;
  static CaseFile cf;
  static List<String[]> gold;

  static GoldMentions.Found found;

  /** form|role -> entity ids of the real mentions at its occurrences. */
  static Map<String, Set<String>> entitiesOf;

  static Map<String, Integer> occurrences;

  @BeforeAll
  static void analyse() throws Exception {
    cf = CaseFile.open(tmp.resolve("case"));
    GoldDemoCase.analyse(tmp, cf, false);
    gold = read();
    found = GoldDemoCase.find(cf, List.of());
    occurrences = found.occurrences();
    entitiesOf = found.entities();
  }

  @AfterAll
  static void close() throws Exception {
    cf.close();
  }

  static GoldMentions.Form form(String f, String type, String role) {
    return new GoldMentions.Form(f, EntityType.valueOf(type), Mention.Role.valueOf(role));
  }

  static List<String[]> read() throws Exception {
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                EntityGoldTest.class.getResourceAsStream("/entities/gold-variants.tsv"),
                StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        assertThat(f).as(line).hasSize(7);
        out.add(f);
      }
    }
    return out;
  }

  static Set<String> of(String form, String role) {
    return entitiesOf.getOrDefault(form + "|" + role, Set.of());
  }

  @Test
  void theGoldIsLargeEnoughAndEveryFormOccursInTheCorpus() {
    assertThat(gold.stream().filter(g -> g[0].equals("merge")).count()).isGreaterThanOrEqualTo(40);
    assertThat(gold.stream().filter(g -> g[0].equals("apart")).count()).isGreaterThanOrEqualTo(20);
    for (String[] g : gold) {
      assertThat(occurrences).as(g[1]).containsKey(g[1] + "|" + g[3]);
      assertThat(occurrences).as(g[4]).containsKey(g[4] + "|" + g[6]);
    }
  }

  @Test
  void mergeRecallIsAtLeastNinetyPercent() {
    int ok = 0;
    int total = 0;
    List<String> missed = new ArrayList<>();
    for (String[] g : gold) {
      if (!g[0].equals("merge")) {
        continue;
      }
      total++;
      Set<String> a = of(g[1], g[3]);
      Set<String> b = of(g[4], g[6]);
      if (a.size() == 1 && a.equals(b)) {
        ok++;
      } else {
        missed.add(g[1] + " " + a + " / " + g[4] + " " + b);
      }
    }
    double recall = ok / (double) total;
    System.out.printf(
        "entity gold: merge recall %d/%d = %.3f; missed %s%n", ok, total, recall, missed);
    System.out.printf(
        "entity gold: occurrences covered by a mention of the finder %s of %s%n",
        found.covered(), found.occurrences());
    assertThat(recall).as("missed: %s", missed).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void noMustNotPairIsMerged() throws Exception {
    Map<String, Set<String>> variantsOf = new HashMap<>();
    for (EntityTables.StoredEntity e : new EntityTables(cf).entities(null)) {
      Set<String> v = new HashSet<>();
      e.variants().forEach(x -> v.add(x.form()));
      variantsOf.put(e.id(), v);
    }
    for (String[] g : gold) {
      if (!g[0].equals("apart")) {
        continue;
      }
      boolean bothNames = g[3].equals("NAME") && g[6].equals("NAME");
      if (bothNames) {
        assertThat(of(g[1], g[3]))
            .as(g[1] + " / " + g[4])
            .doesNotContainAnyElementsOf(of(g[4], g[6]));
      } else {
        // a group or adjective may point to the entity it derives from, but is never a variant
        String name = g[3].equals("NAME") ? g[1] : g[4];
        String derived = g[3].equals("NAME") ? g[4] : g[1];
        Set<String> ids = new HashSet<>(of(g[1], g[3]));
        ids.addAll(of(g[4], g[6]));
        for (String id : ids) {
          assertThat(variantsOf.getOrDefault(id, Set.of()))
              .as(name + " / " + derived)
              .doesNotContain(derived);
        }
      }
    }
  }

  @Test
  void groupsAndAdjectivesPointToTheNameTheyDeriveFrom() {
    int linked = 0;
    int total = 0;
    List<String> unlinked = new ArrayList<>();
    for (String[] g : gold) {
      if (g[0].equals("apart") && g[3].equals("NAME") && !g[6].equals("NAME")) {
        total++;
        Set<String> base = of(g[1], g[3]);
        if (base.size() == 1 && of(g[4], g[6]).equals(base)) {
          linked++;
        } else {
          unlinked.add(g[4] + " " + of(g[4], g[6]) + " -> " + g[1] + " " + base);
        }
      }
    }
    System.out.printf(
        "entity gold: derived forms linked %d/%d; not: %s%n", linked, total, unlinked);
    // the resolver: a derived form the finder found points into the entity of its base name
    for (String[] g : gold) {
      if (g[0].equals("apart") && g[3].equals("NAME") && !g[6].equals("NAME")) {
        assertThat(of(g[1], g[3])).as(g[4] + " -> " + g[1]).containsAll(of(g[4], g[6]));
      }
    }
    // the whole system: the finder does not find every derived form (Staliinst, an OCR slip;
    // Zinovievite in "Zinovievite-Trotskyite"; Georgian, Germans: places), which counts here
    assertThat(linked)
        .as("unlinked: %s", unlinked)
        .isGreaterThanOrEqualTo((int) Math.ceil(0.5 * total));
  }

  @Test
  void searchingNikolayevFindsTheNicolaievLinesThroughTheEntity() throws Exception {
    String kirov = Corpus.text(Corpus.KIROV);
    LineMap lines = LineMap.of(kirov);
    Set<Integer> expected = new java.util.TreeSet<>();
    Matcher m = Pattern.compile("\\bNicolaiev(?!s)").matcher(kirov);
    while (m.find()) {
      expected.add(lines.lineOf(m.start()));
    }
    assertThat(expected).hasSizeGreaterThan(20);
    try (Searcher s = Searcher.open(cf)) {
      List<Hit.Match> found =
          s.search("Nikolayev", Searcher.Options.defaults(), 1000).hits().stream()
              .filter(h -> h.doc().equals("trotsky-kirov-1935"))
              .flatMap(h -> h.matches().stream())
              .toList();
      Set<Integer> got = new TreeSet<>();
      for (Hit.Match x : found) {
        got.add(x.line());
      }
      assertThat(got).isEqualTo(expected);
      assertThat(found)
          .allSatisfy(
              x -> {
                assertThat(x.via()).isEqualTo(Hit.Via.ENTITY);
                assertThat(Set.of(x.entity())).isEqualTo(of("Nikolayev", "NAME"));
              });
    }
  }
}
