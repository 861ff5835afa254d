package org.sverka.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sverka.entities.Mention.Role;

/** The keys and rules the resolver decides by, and the resolver's own guarantees. */
class VariantKeysTest {
  final VariantKeys keys = new VariantKeys();

  boolean same(String a, String b) {
    VariantKeys.Name x = VariantKeys.parse(a, EntityType.PERSON);
    VariantKeys.Name y = VariantKeys.parse(b, EntityType.PERSON);
    return keys.sameName(x.surname(), x.key(), y.surname(), y.key(), true);
  }

  @Test
  void parsesTitlesInitialsAndPossessives() {
    VariantKeys.Name n = VariantKeys.parse("Comrade L.D. Trotsky’s", EntityType.PERSON);
    assertThat(n.clean()).isEqualTo("L.D. Trotsky");
    assertThat(n.surname()).isEqualTo("Trotsky");
    assertThat(n.given()).extracting(VariantKeys.Given::initial).containsExactly(true, true);
    assertThat(VariantKeys.parse("the G.P.U.", EntityType.ORGANIZATION).key()).isEqualTo("gpu");
    assertThat(VariantKeys.parse("GPU", EntityType.ORGANIZATION).key()).isEqualTo("gpu");
    // a title in full and in an old spelling is no given name
    assertThat(VariantKeys.parse("Docter Fenwick", EntityType.PERSON).given()).isEmpty();
    assertThat(VariantKeys.parse("Doctor Fenwick", EntityType.PERSON).surname())
        .isEqualTo("Fenwick");
  }

  @Test
  void spellingTransliterationAndOcrVariantsAreOneName() {
    assertThat(same("Nicolaiev", "Nikolayev")).isTrue();
    assertThat(same("Nikolayev", "Николаев")).isTrue();
    assertThat(same("Zinoviev", "Zinovieff")).isTrue();
    assertThat(same("Zinoviev", "Zinovier")).isTrue();
    assertThat(same("Kamenev", "Kameney")).isTrue();
    assertThat(same("Bukharin", "Bucharin")).isTrue();
    assertThat(same("Postyshev", "Poslyshev")).isTrue();
  }

  @Test
  void differentNamesStayApart() {
    assertThat(same("Ulyanova", "Ulianov")).as("sister and brother").isFalse();
    assertThat(same("Sedova", "Sedov")).isFalse();
    assertThat(same("Stalin", "Stalinist")).isFalse();
    assertThat(same("Lenin", "Leningrad")).isFalse();
    assertThat(same("Radek", "Rykov")).isFalse();
    assertThat(same("Kirov", "Kosior")).isFalse();
  }

  @Test
  void periodSpellingsOfOneSurnameAreOneName() {
    // a parish register and a town's court book of the seventeenth century, made up
    assertThat(same("Thorndyke", "Thorndike")).isTrue();
    assertThat(same("Browne", "Brown")).as("a final silent e").isTrue();
    assertThat(same("Mayle", "Male")).as("a vowel doubled into a digraph").isTrue();
    assertThat(same("Bradey", "Brady")).isTrue();
    assertThat(same("Reading", "Reeding")).isTrue();
    assertThat(same("Fosdin", "Fosden")).as("a vowel for another").isTrue();
    assertThat(same("Halcut", "Holcott")).as("twice, in a longer name").isTrue();
    assertThat(same("Whitman", "Whitnam")).as("the nasals m and n").isTrue();
    assertThat(same("Dunnel", "Dunnell")).isTrue();
    // not variants: another consonant, a vowel dropped, a short name's vowel, a Greek ending
    assertThat(same("Alden", "Alton")).isFalse();
    assertThat(same("Amsby", "Amesby")).isFalse();
    assertThat(same("Hale", "Hole")).isFalse();
    assertThat(same("Lysis", "Lysias")).isFalse();
  }

  @Test
  void givenNamesAndInitials() {
    var leon = VariantKeys.parse("Leon Sedov", EntityType.PERSON).given();
    var sergei = VariantKeys.parse("Sergei Sedov", EntityType.PERSON).given();
    var l = VariantKeys.parse("L. Sedov", EntityType.PERSON).given();
    var lev = VariantKeys.parse("Lev Sedov", EntityType.PERSON).given();
    assertThat(VariantKeys.compatibleGiven(leon, sergei)).isFalse();
    assertThat(VariantKeys.compatibleGiven(l, leon)).isTrue();
    assertThat(VariantKeys.compatibleGiven(l, sergei)).isFalse();
    assertThat(VariantKeys.compatibleGiven(lev, leon)).as("Lev is Leon").isTrue();
    var in = VariantKeys.parse("I. N. Smirnov", EntityType.PERSON).given();
    var v = VariantKeys.parse("V. Smirnov", EntityType.PERSON).given();
    var ivan = VariantKeys.parse("Ivan Nikitich Smirnov", EntityType.PERSON).given();
    assertThat(VariantKeys.compatibleGiven(in, v)).isFalse();
    assertThat(VariantKeys.compatibleGiven(in, ivan)).isTrue();
    var jv = VariantKeys.parse("J. V. Stalin", EntityType.PERSON).given();
    var j = VariantKeys.parse("J. Stalin", EntityType.PERSON).given();
    assertThat(VariantKeys.compatibleGiven(jv, j)).isTrue();
  }

  @Test
  void derivedFormsFindTheirBase() {
    assertThat(VariantKeys.derivedBases("Zinovievists")).contains("Zinoviev");
    assertThat(VariantKeys.derivedBases("Trotskyites")).contains("Trotsky");
    assertThat(VariantKeys.derivedBases("the Nicolaievs")).contains("Nicolaiev");
    assertThat(VariantKeys.derivedBases("Georgian")).contains("Georgia");
  }

  @Test
  void ocrConfusionsCostHalf() {
    assertThat(VariantKeys.ocrDistance("kamenev", "kamenei", 3)).isEqualTo(1.0);
    assertThat(VariantKeys.ocrDistance("molotov", "molotoy", 3)).isEqualTo(0.5);
    assertThat(VariantKeys.ocrDistance("abc", "xyz", 1)).isGreaterThan(1);
  }

  static List<Resolver.Input> inputs() {
    String[][] ms = {
      {"d1", "0", "Leon Sedov"}, {"d1", "1", "Sedov"}, {"d1", "9", "Sergei Sedov"},
      {"d1", "10", "Sedov"}, {"d1", "30", "Sedov"}, {"d2", "0", "Sedov"},
      {"d2", "1", "Zinoviev"}, {"d2", "2", "Zinovieff"}, {"d3", "0", "Zinovier"},
      {"d3", "1", "Lenin"}, {"d3", "2", "Stalin"},
    };
    List<Resolver.Input> out = new ArrayList<>();
    long id = 1;
    for (String[] m : ms) {
      out.add(
          new Resolver.Input(
              id++, m[0], Integer.parseInt(m[1]), m[2], EntityType.PERSON, Role.NAME));
    }
    out.add(new Resolver.Input(id++, "d3", 3, "Leningrad", EntityType.PLACE, Role.NAME));
    out.add(new Resolver.Input(id++, "d3", 4, "Stalinist", EntityType.PERSON, Role.ADJECTIVE));
    out.add(new Resolver.Input(id, "d3", 5, "Zinovievists", EntityType.PERSON, Role.GROUP));
    return out;
  }

  @Test
  void contextDecidesABareSurnameSharedByTwoPeople() {
    Resolver.Result r = new Resolver(Authority.NONE).resolve(inputs());
    assertThat(r.entityOf().get(1L)).isEqualTo("person:leon-sedov");
    assertThat(r.entityOf().get(2L)).as("next sentence to Leon").isEqualTo("person:leon-sedov");
    assertThat(r.entityOf().get(3L)).isEqualTo("person:sergei-sedov");
    assertThat(r.entityOf().get(4L)).as("next sentence to Sergei").isEqualTo("person:sergei-sedov");
    assertThat(r.entityOf().get(5L)).as("far from both: the one named most").isNotNull();
    assertThat(r.entityOf().get(7L)).isEqualTo(r.entityOf().get(9L)).isEqualTo("person:zinoviev");
    assertThat(r.entityOf().get(12L)).isEqualTo("place:leningrad");
    assertThat(r.entityOf().get(13L)).as("Stalinist points to Stalin").isEqualTo("person:stalin");
    assertThat(r.entityOf().get(14L)).isEqualTo("person:zinoviev");
    assertThat(r.entities())
        .filteredOn(e -> e.id().equals("person:stalin"))
        .singleElement()
        .satisfies(e -> assertThat(e.name()).isEqualTo("Stalin"));
  }

  @Test
  void theResultDoesNotDependOnInputOrder() {
    Resolver.Result a = new Resolver(Authority.NONE).resolve(inputs());
    for (long seed = 1; seed <= 5; seed++) {
      List<Resolver.Input> shuffled = new ArrayList<>(inputs());
      Collections.shuffle(shuffled, new Random(seed));
      Resolver.Result b = new Resolver(Authority.NONE).resolve(shuffled);
      assertThat(b.entityOf()).isEqualTo(a.entityOf());
      assertThat(b.entities()).isEqualTo(a.entities());
    }
  }
}
