package org.sverka.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sverka.entities.Mention.Role;
import org.sverka.entities.PersonMarks.Sex;

/**
 * Women's titles and generational suffixes keep persons of one surname apart. The examples are made
 * up for these tests: a parish register, a county court, a society column, a family's letters.
 */
class PersonMarksTest extends ResolverCase {

  /** Adds a mention with the text around it. */
  long add(String doc, int sentence, String before, String form, String after) {
    long id = in.size() + 1;
    in.add(
        new Resolver.Input(id, doc, sentence, form, EntityType.PERSON, Role.NAME, before, after));
    return id;
  }

  @Test
  void aTitleOrAGivenNameShowsTheSex() {
    assertThat(PersonMarks.sex("called on ", "Mrs. Hartwell")).isEqualTo(Sex.FEMALE);
    assertThat(PersonMarks.sex("called on Mrs. ", "Hartwell")).isEqualTo(Sex.FEMALE);
    assertThat(PersonMarks.sex("and ", "Lady Ashcombe")).isEqualTo(Sex.FEMALE);
    assertThat(PersonMarks.sex("wrote to Fr\u00e4ulein ", "Kessel")).isEqualTo(Sex.FEMALE);
    assertThat(PersonMarks.sex("Goody ", "Thorne")).isEqualTo(Sex.FEMALE);
    assertThat(PersonMarks.sex("", "Mrs. Edward Hartwell")).isEqualTo(Sex.FEMALE);
    assertThat(PersonMarks.sex("asked Mr. ", "Hartwell")).isEqualTo(Sex.MALE);
    assertThat(PersonMarks.sex("", "Sir Giles Ashcombe")).isEqualTo(Sex.MALE);
    assertThat(PersonMarks.sex("Rev. ", "Josiah Thorne")).isEqualTo(Sex.MALE);
    assertThat(PersonMarks.sex("", "Hannah Thorne")).isEqualTo(Sex.FEMALE);
    assertThat(PersonMarks.sex("", "Wm. Thorne")).isEqualTo(Sex.MALE);
    // an initial, a name both sexes bear, a word in lower case: nothing shown
    assertThat(PersonMarks.sex("M. ", "Thorne")).isEqualTo(Sex.NONE);
    assertThat(PersonMarks.sex("", "M. Thorne")).isEqualTo(Sex.NONE);
    assertThat(PersonMarks.sex("to Mrs.\n", "Thorne")).isEqualTo(Sex.FEMALE);
    assertThat(PersonMarks.sex("the ", "J. Thorne")).isEqualTo(Sex.NONE);
    assertThat(PersonMarks.sex("", "Leslie Thorne")).isEqualTo(Sex.NONE);
    assertThat(PersonMarks.sex("his mother ", "Thorne")).isEqualTo(Sex.NONE);
  }

  @Test
  void aSuffixOrTheYoungerShowsTheGeneration() {
    assertThat(PersonMarks.generation("", "Amos Tilden", ", Jr., moved")).isEqualTo("2");
    assertThat(PersonMarks.generation("", "Amos Tilden Jr.", "")).isEqualTo("2");
    assertThat(PersonMarks.generation("", "Amos Tilden II", "")).isEqualTo("2");
    assertThat(PersonMarks.generation("the younger ", "Amos Tilden", "")).isEqualTo("2");
    assertThat(PersonMarks.generation("", "Amos Tilden III", "")).isEqualTo("3");
    // the elder is the man the name alone names
    assertThat(PersonMarks.generation("", "Amos Tilden", " Sr. said")).isEmpty();
    assertThat(PersonMarks.generationOf("Sr.")).isEqualTo("1");
    assertThat(PersonMarks.generation("", "Amos Tilden", " said")).isEmpty();
    // a surname is no suffix, and "Junior" is read only after the name
    assertThat(PersonMarks.generation("", "Amos Sener", "")).isEmpty();
    assertThat(VariantKeys.parse("Amos Tilden, Jr.", EntityType.PERSON).surname())
        .isEqualTo("Tilden");
  }

  @Test
  void aWomanByHerTitleIsNeverTheManOfHerSurname() {
    long giles = add("column", 1, "", "Sir Giles Ashcombe", "");
    long lady = add("column", 2, "", "Lady Ashcombe", "");
    long mr = add("court", 1, "before Mr. ", "Hartwell", "");
    long edward = add("court", 2, "", "Edward Hartwell", "");
    long mrs = add("court", 3, "the widow, Mrs. ", "Hartwell", "");
    long mrs2 = add("court", 20, "Mrs. ", "Hartwell", "");
    long mrsEdward = add("court", 30, "", "Mrs. Edward Hartwell", "");
    Map<Long, String> of = resolve();
    assertThat(of.get(lady)).isNotNull().isNotEqualTo(of.get(giles));
    assertThat(of.get(mr)).isEqualTo(of.get(edward));
    assertThat(of.get(mrs)).isNotNull().isNotEqualTo(of.get(edward)).isEqualTo(of.get(mrs2));
    assertThat(of.get(mrsEdward)).isNotEqualTo(of.get(edward));
  }

  @Test
  void aWomanByHerTitleIsNoPersonWhoseGivenNameShowsNoSex() {
    // a minister whose given name no list holds, his wife, and a widow of a town's records
    long ezra = add("diary", 1, "", "Zerubbabel Thaxter", "");
    long mr = add("diary", 5, "visited Mr. ", "Thaxter", "");
    long mrs = add("diary", 6, "and Mrs. ", "Thaxter", "");
    long mrs2 = add("diary", 40, "with Mrs. ", "Thaxter", "");
    long hannah = add("book", 1, "", "Hannah Colburne", "");
    long widow = add("book", 3, "the Widow ", "Colburne", "");
    Map<Long, String> of = resolve();
    assertThat(of.get(mr)).isEqualTo(of.get(ezra));
    assertThat(of.get(mrs)).isNotNull().isNotEqualTo(of.get(ezra)).isEqualTo(of.get(mrs2));
    assertThat(of.get(widow)).isEqualTo(of.get(hannah));
  }

  @Test
  void aWomansFullNameAndHerTitledSurnameStillMeet() {
    long hannah = add("register", 1, "", "Hannah Thorne", "");
    long josiah = add("register", 2, "", "Josiah Thorne", "");
    long goody = add("register", 3, "Goody ", "Thorne", "");
    long mr = add("register", 4, "Mr. ", "Thorne", "");
    Map<Long, String> of = resolve();
    assertThat(of.get(goody)).isEqualTo(of.get(hannah)).isNotEqualTo(of.get(josiah));
    assertThat(of.get(mr)).isEqualTo(of.get(josiah));
  }

  @Test
  void theSonIsNotHisFather() {
    long father = add("letters", 1, "", "Amos Tilden", "");
    add("letters", 2, "", "Amos Tilden", " wrote");
    long son = add("letters", 10, "", "Amos Tilden", ", Jr., replied");
    long son2 = add("letters", 30, "", "Amos Tilden Jr.", "");
    long younger = add("letters", 40, "the younger ", "Amos Tilden", "");
    long elder = add("letters", 50, "", "Amos Tilden", ", Sr.");
    Map<Long, String> of = resolve();
    assertThat(of.get(son)).isEqualTo(of.get(son2)).isEqualTo(of.get(younger));
    assertThat(of.get(son)).isNotNull().isNotEqualTo(of.get(father));
    assertThat(of.get(elder)).isEqualTo(of.get(father));
  }
}
