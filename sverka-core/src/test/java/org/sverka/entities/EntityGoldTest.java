package org.sverka.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.Corpus;
import org.sverka.pipeline.Analyzer;
import org.sverka.store.CaseFile;
import org.sverka.store.EntityTables;
import org.sverka.store.GoldMentions;

/**
 * The hand-made gold (src/test/resources/entities/gold-variants.tsv) against the resolver, on the
 * demo corpus through the real case file: mentions are every occurrence of the gold forms in the
 * documents, resolved without an authority file (automatic decisions only).
 */
class EntityGoldTest {
  @TempDir static Path tmp;
  static CaseFile cf;
  static List<String[]> gold;

  /** form -> entity ids of its mentions (null when unresolved), and its roles. */
  static Map<String, Set<String>> entitiesOf = new HashMap<>();

  static Map<String, Integer> occurrences = new HashMap<>();

  @BeforeAll
  static void analyse() throws Exception {
    cf = CaseFile.open(tmp.resolve("case"));
    new Analyzer(null)
        .run(
            cf,
            new Analyzer.Options(
                List.of(Corpus.DIR), null, Analyzer.Options.DEFAULT_MAX_FILE_BYTES, 2));
    gold = read();
    Set<GoldMentions.Form> forms = new LinkedHashSet<>();
    for (String[] g : gold) {
      forms.add(form(g[1], g[2], g[3]));
      forms.add(form(g[4], g[5], g[6]));
    }
    for (org.sverka.entities.Mention m : GoldMentions.insert(cf, new ArrayList<>(forms))) {
      occurrences.merge(m.form() + "|" + m.role(), 1, Integer::sum);
    }
    new EntityStage(Authority.NONE).run(cf);
    EntityTables t = new EntityTables(cf);
    for (EntityTables.StoredEntity e : t.entities(null)) {
      for (EntityTables.StoredMention m : t.mentionsOf(e.id(), true)) {
        entitiesOf
            .computeIfAbsent(m.mention().form() + "|" + m.mention().role(), k -> new HashSet<>())
            .add(m.entity());
      }
    }
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
    assertThat(linked)
        .as("unlinked: %s", unlinked)
        .isGreaterThanOrEqualTo((int) Math.ceil(0.8 * total));
  }
}
