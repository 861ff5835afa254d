package org.sverka.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.Corpus;
import org.sverka.eval.Gold;
import org.sverka.eval.GoldMentions;
import org.sverka.eval.Measure;
import org.sverka.eval.Scorer;
import org.sverka.pipeline.Analyzer;
import org.sverka.store.CaseFile;
import org.sverka.store.EntityTables;

/**
 * The demo corpus analysed for real with its authority.yaml (found beside sources.yaml), over the
 * gold forms plus the names only the authority can join (Petrograd / Leningrad, Ilyich / Lenin): it
 * overrides, and it keeps the gold's promises on the real finder's mentions.
 */
class EntityAuthorityTest {
  @TempDir static Path tmp;
  static CaseFile cf;
  static Authority authority;
  static Map<String, Set<String>> entitiesOf;
  static Measure recall;

  @BeforeAll
  static void analyse() throws Exception {
    cf = CaseFile.open(tmp.resolve("case"));
    Analyzer.Result r = GoldDemoCase.analyse(tmp, cf, true);
    assertThat(r.problems()).as("the demo authority.yaml reads cleanly").isEmpty();
    List<GoldMentions.Form> extra = new ArrayList<>();
    for (String f :
        List.of("Petrograd", "Petersburg", "Leningrad", "Copenhagen", "Hotel Bristol")) {
      extra.add(new GoldMentions.Form(f, EntityType.PLACE, Mention.Role.NAME));
    }
    for (String f : List.of("Vladimir Ilyich", "Ilyitsch", "Vladmir Illitch", "Lev Davidovitch")) {
      extra.add(new GoldMentions.Form(f, EntityType.PERSON, Mention.Role.NAME));
    }
    Scorer.Variants scored = GoldDemoCase.score(cf, extra);
    entitiesOf = scored.found().entities();
    recall = scored.mergeRecall();
    authority = AuthorityFile.read(Corpus.file("authority.yaml"));
    assertThat(authority.problems()).isEmpty();
  }

  @AfterAll
  static void close() throws Exception {
    cf.close();
  }

  static Set<String> of(String form) {
    return entitiesOf.getOrDefault(form + "|NAME", Set.of());
  }

  @Test
  void historicalNamesOfACityAreOneEntityAndNotThePerson() {
    assertThat(of("Petrograd")).containsExactly("place:leningrad");
    // the one "Petersburg" of the corpus is inside the "Petersburg Soviet of Workers' Deputies"
    // (trotsky-compilation:478), an organisation, so the place is not named there
    assertThat(of("Petersburg")).isEmpty();
    assertThat(of("Leningrad")).containsExactly("place:leningrad");
    assertThat(of("Lenin")).containsExactly("person:lenin");
  }

  @Test
  void aliasesOnlyTheAuthorityKnowsResolve() {
    for (String f : List.of("Vladimir Ilyich", "Ilyitsch", "Vladmir Illitch", "Ulianov")) {
      assertThat(of(f)).as(f).containsExactly("person:lenin");
    }
    assertThat(of("Lev Davidovitch")).containsExactly("person:trotsky");
    assertThat(of("M. I. Ulyanova")).containsExactly("person:ulyanova");
  }

  @Test
  void theTwoSedovsStayApartAndBareSedovIsLeon() {
    assertThat(of("Sergei Sedov")).containsExactly("person:sergei-sedov");
    assertThat(of("Sedov")).containsExactly("person:leon-sedov");
    assertThat(of("L. Sedov")).containsExactly("person:leon-sedov");
  }

  @Test
  void automaticVariantsJoinTheAuthorityEntity() {
    for (String f : List.of("Zinovieff", "Zinovier", "Zinovsev", "Zinoviev's")) {
      assertThat(of(f)).as(f).containsExactly("person:zinoviev");
    }
    assertThat(of("Nicolaiev")).containsExactly("person:nikolayev");
    assertThat(of("Kameney")).containsExactly("person:kamenev");
    assertThat(of("Kiroff")).containsExactly("person:kirov");
  }

  @Test
  void entitiesCarryTheAuthorityData() throws Exception {
    EntityTables.StoredEntity city =
        new EntityTables(cf)
            .entities(EntityType.PLACE).stream()
                .filter(e -> e.id().equals("place:leningrad"))
                .findFirst()
                .orElseThrow();
    assertThat(city.wikidata()).isEqualTo("Q656");
    assertThat(city.detail()).containsEntry("lat", 59.9375);
    assertThat(city.variants())
        .extracting(EntityTables.Variant::form)
        .contains("Petrograd", "Leningrad");
    assertThat(authority.gazetteer())
        .contains(new Authority.GazetteerEntry("Petrograd", EntityType.PLACE, "place:leningrad"));
  }

  @Test
  void withTheAuthorityNoMustNotPairIsMergedAndRecallHolds() throws Exception {
    for (Gold.Variant g : GoldDemoCase.gold()) {
      Set<String> a = entitiesOf.getOrDefault(g.a().key(), Set.of());
      Set<String> b = entitiesOf.getOrDefault(g.b().key(), Set.of());
      if (!g.merge() && g.a().role() == Mention.Role.NAME && g.b().role() == Mention.Role.NAME) {
        assertThat(a).as(g.a().form() + " / " + g.b().form()).doesNotContainAnyElementsOf(b);
      }
    }
    assertThat(recall.ratio()).as("missed: %s", recall.misses()).isGreaterThanOrEqualTo(0.9);
  }
}
