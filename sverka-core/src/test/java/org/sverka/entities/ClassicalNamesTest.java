package org.sverka.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sverka.entities.MentionFinderTest.find;
import static org.sverka.entities.MentionTypingTest.of;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names of Greek and biblical persons as translations of several centuries write them: variant
 * transliterations, a name with its epithet, its place or its father, and the contexts that say a
 * name is a man's. The examples are made up for these tests.
 */
class ClassicalNamesTest extends ResolverCase {
  private final VariantKeys keys = new VariantKeys();

  private boolean same(String a, String b) {
    return keys.sameName(a, VariantKeys.spelling(a), b, VariantKeys.spelling(b), true);
  }

  @Test
  void transliterationsOfOneGreekNameAreOneName() {
    assertThat(same("Kleitos", "Clitus")).isTrue();
    assertThat(same("Hieron", "Hiero")).isTrue();
    assertThat(same("Aristeides", "Aristides")).isTrue();
    assertThat(same("Phaidros", "Phaedrus")).isTrue();
    assertThat(same("Thoukydides", "Thucydides")).isTrue();
    assertThat(same("Alcibiades", "Alcibiad")).as("-es after five letters").isTrue();
    // names alike but not one
    assertThat(same("Xenophon", "Xenophanes")).isFalse();
    assertThat(same("Crito", "Critias")).isFalse();
    assertThat(same("Lysias", "Lysanias")).isFalse();
    assertThat(same("Callias", "Calliades")).isFalse();
    assertThat(same("Apollo", "Apollodorus")).isFalse();
    assertThat(keys.sameName("Hieron", "hieron", "Hiero", "hiero", false))
        .as("places and works keep their letters")
        .isFalse();
  }

  @Test
  void aNameWithItsEpithetPlaceOrFatherIsThatPerson() {
    long dion = add("lives", 1, "Dion the Syracusan", EntityType.PERSON);
    long dionOf = add("letters", 2, "Dion of Syracuse", EntityType.PERSON);
    long bare = add("letters", 3, "Dion", EntityType.PERSON);
    long tobias = add("tale", 1, "Tobias, the son of Tobit", EntityType.PERSON);
    long tobias2 = add("tale", 9, "Tobias", EntityType.PERSON);
    long tobit = add("tale", 12, "Tobit", EntityType.PERSON);
    long ruth = add("tale", 20, "Ruth the daughter of Naomi", EntityType.PERSON);
    Map<Long, String> of = resolve();
    assertThat(of.get(dion)).isNotNull().isEqualTo(of.get(dionOf)).isEqualTo(of.get(bare));
    assertThat(of.get(tobias)).isNotNull().isEqualTo(of.get(tobias2)).isNotEqualTo(of.get(tobit));
    assertThat(of.get(ruth)).isEqualTo("person:ruth");
  }

  @Test
  void aSpellingThatTheFinderCallsAPlaceIsThePersonItsOtherSpellingsName() {
    long kleitos = add("lives", 1, "Kleitos", EntityType.PLACE);
    long clitus = add("history", 2, "Clitus", EntityType.PERSON);
    add("history", 5, "Clitus", EntityType.PERSON);
    Map<Long, String> of = resolve();
    assertThat(of.get(kleitos)).isEqualTo(of.get(clitus)).startsWith("person:");
  }

  @Test
  void fathersPupilsAndListsSayANameIsAPersons() {
    String text =
        "Then came Tobias, the son of Tobit, and his dog.\n"
            + "Among the pupils of Zenodotus was a boy. The notions of Zenodotus were odd.\n"
            + "There were Dion of Syracuse, and Praxilla of Sicyon, and Hieron the Elder.\n";
    MentionTypingTest.LineTags lt = new MentionTypingTest.LineTags(text);
    lt.tag("Zenodotus", "LOCATION", 0, 1);
    lt.tag("Dion of Syracuse", "PERSON", 0);
    lt.tag("Hieron the Elder", "PERSON", 0);
    List<Mention> ms = find(text, new Gazetteer(), lt.out);
    Mention tobias = MentionFinderTest.only(ms, "Tobias, the son of Tobit");
    assertThat(tobias.type()).isEqualTo(EntityType.PERSON);
    assertThat(tobias.source()).isEqualTo("patronymic");
    assertThat(of(ms, "Zenodotus"))
        .hasSize(2)
        .allSatisfy(m -> assertThat(m.type()).isEqualTo(EntityType.PERSON));
    assertThat(MentionFinderTest.only(ms, "Praxilla").type()).isEqualTo(EntityType.PERSON);
    assertThat(of(ms, "Sicyon")).isEmpty();
  }
}
