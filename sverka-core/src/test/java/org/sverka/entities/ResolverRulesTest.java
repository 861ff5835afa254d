package org.sverka.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The resolver's rules for what the real finder produces (seen on the demo corpus). */
class ResolverRulesTest extends ResolverCase {
  @Test
  void aDoubleSurnameIsThePersonOfItsLastPartUnlessBothAreSurnames() {
    long lenin = add("a", 1, "Lenin", EntityType.PERSON);
    long ulianov = add("a", 2, "V. Ulianov-Lenin", EntityType.PERSON);
    long maslow = add("a", 3, "Maslow", EntityType.PERSON);
    long fischer = add("a", 4, "Ruth Fischer", EntityType.PERSON);
    long pair = add("a", 5, "Ruth Fischer-Maslow", EntityType.PERSON);
    Map<Long, String> of = resolve();
    assertThat(of.get(ulianov)).isEqualTo(of.get(lenin));
    assertThat(of.get(pair)).isNotEqualTo(of.get(maslow));
    assertThat(of.get(fischer)).isNotEqualTo(of.get(maslow));
  }

  @Test
  void aSurnameReadOnceAsAPlaceIsThePerson() {
    long person = add("a", 1, "Kameney", EntityType.PERSON);
    long place = add("b", 1, "Kameney", EntityType.PLACE);
    long city = add("b", 2, "Tverskoy", EntityType.PLACE);
    add("b", 3, "Tverskoy", EntityType.PLACE);
    long tverskoy = add("b", 4, "Tverskoy", EntityType.PERSON);
    Map<Long, String> of = resolve();
    assertThat(of.get(place)).isEqualTo(of.get(person)).startsWith("person:");
    assertThat(of.get(city)).startsWith("place:");
    assertThat(of.get(tverskoy)).startsWith("person:");
  }

  @Test
  void aNameNoPersonHasIsLeftUnresolved() {
    long junk = add("a", 1, "Marx-Engels-Lenin Institute of the C.C.", EntityType.PERSON);
    long lenin = add("a", 2, "Lenin", EntityType.PERSON);
    Map<Long, String> of = resolve();
    assertThat(of).doesNotContainKey(junk);
    assertThat(of.get(lenin)).isEqualTo("person:lenin");
  }

  @Test
  void aFullNameMetOnceDoesNotTakeTheBareSurnamesOfTheManTheSurnameNames() {
    List<Long> vi = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      vi.add(add("a", i * 20, "V. I. Lenin", EntityType.PERSON));
    }
    long jibe = add("b", 10, "Maximilien Lenin", EntityType.PERSON);
    long bare = add("b", 11, "Lenin", EntityType.PERSON);
    // but two people of one surname both named by full name: context decides
    long leon = add("c", 1, "Leon Sedov", EntityType.PERSON);
    add("c", 30, "Leon Sedov", EntityType.PERSON);
    long sergei = add("c", 10, "Sergei Sedov", EntityType.PERSON);
    long sedov = add("c", 11, "Sedov", EntityType.PERSON);
    Map<Long, String> of = resolve();
    assertThat(of.get(bare)).isEqualTo(of.get(vi.get(0))).isNotEqualTo(of.get(jibe));
    assertThat(of.get(sedov)).isEqualTo(of.get(sergei)).isNotEqualTo(of.get(leon));
  }
}
