package org.sverka.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resolver on corpora Sverka was not built on: further given names, places with and without a
 * qualifying word, names in capitals, names with an epithet, and an authority entry's type. The
 * examples are made up for these tests, from several centuries and kinds of writing.
 */
class NameFormsTest extends ResolverCase {
  @TempDir Path tmp;

  @Test
  void aFurtherGivenNameWrittenInFullIsAnotherPersonUnlessInitialsLinkThem() {
    // a pamphlet of the early republic
    long john = add("pamphlet", 1, "John Adams", EntityType.PERSON);
    add("pamphlet", 40, "John Adams", EntityType.PERSON);
    long quincy = add("pamphlet", 20, "John Quincy Adams", EntityType.PERSON);
    long q = add("pamphlet", 30, "John Q. Adams", EntityType.PERSON);
    long bareNearQuincy = add("pamphlet", 21, "Adams", EntityType.PERSON);
    long bareNearJohn = add("pamphlet", 41, "Adams", EntityType.PERSON);
    // a planter's letters
    long charles = add("letters", 1, "Charles Pinckney", EntityType.PERSON);
    long cotesworth = add("letters", 10, "Charles Cotesworth Pinckney", EntityType.PERSON);
    long cc = add("letters", 11, "Charles C. Pinckney", EntityType.PERSON);
    // a Soviet memoir: a patronymic may be left out, it is not a further given name
    long ivan = add("memoir", 1, "Ivan Smirnov", EntityType.PERSON);
    long nikitich = add("memoir", 5, "Ivan Nikitich Smirnov", EntityType.PERSON);
    Map<Long, String> of = resolve();
    assertThat(of.get(quincy)).isEqualTo(of.get(q)).isNotEqualTo(of.get(john));
    assertThat(of.get(bareNearQuincy)).isEqualTo(of.get(quincy));
    assertThat(of.get(bareNearJohn)).isEqualTo(of.get(john));
    assertThat(of.get(cotesworth)).isEqualTo(of.get(cc)).isNotEqualTo(of.get(charles));
    assertThat(of.get(ivan)).isEqualTo(of.get(nikitich));
  }

  @Test
  void aBareSurnameGoesToTheManWhoseSpellingItHas() {
    // two men whose surnames share a spelling key, in a nineteenth-century newspaper
    assertThat(VariantKeys.spelling("Phillips")).isEqualTo(VariantKeys.spelling("Philips"));
    long wendell = add("paper", 1, "Wendell Phillips", EntityType.PERSON);
    long frederick = add("paper", 40, "Frederick Philips", EntityType.PERSON);
    add("paper", 80, "Frederick Philips", EntityType.PERSON);
    long phillips = add("paper", 42, "Phillips", EntityType.PERSON);
    long philips = add("paper", 2, "Philips", EntityType.PERSON);
    Map<Long, String> of = resolve();
    assertThat(of.get(wendell)).isNotEqualTo(of.get(frederick));
    assertThat(of.get(phillips)).isEqualTo(of.get(wendell));
    assertThat(of.get(philips)).isEqualTo(of.get(frederick));
  }

  @Test
  void givenNameListsWithAFurtherFullName() {
    var john = VariantKeys.parse("John Adams", EntityType.PERSON).given();
    var quincy = VariantKeys.parse("John Quincy Adams", EntityType.PERSON).given();
    var q = VariantKeys.parse("John Q. Adams", EntityType.PERSON).given();
    var j = VariantKeys.parse("J. Adams", EntityType.PERSON).given();
    assertThat(VariantKeys.compatibleGiven(john, quincy)).isFalse();
    assertThat(VariantKeys.compatibleGiven(q, quincy)).isTrue();
    assertThat(VariantKeys.compatibleGiven(j, quincy)).as("J. may be either").isTrue();
    assertThat(VariantKeys.furtherGiven(john, q)).as("an initial is no proof").isFalse();
    var pyotr = VariantKeys.parse("Pyotr Arkadyevich Stolypin", EntityType.PERSON).given();
    var p = VariantKeys.parse("Pyotr Stolypin", EntityType.PERSON).given();
    assertThat(VariantKeys.compatibleGiven(pyotr, p)).isTrue();
  }

  @Test
  void aPlaceWithAQualifierIsThePlaceUnlessTheCorpusShowsTwoPlaces() {
    // an eighteenth-century essay and a nineteenth-century travel letter
    long great = add("essay", 1, "Great Britain", EntityType.PLACE);
    long britain = add("letter", 3, "Britain", EntityType.PLACE);
    long hyphen = add("letter", 4, "Great-Britain", EntityType.PLACE);
    // "New" makes other place names too: New York is not York
    long newYork = add("essay", 2, "New York", EntityType.PLACE);
    add("essay", 3, "New-Jersey", EntityType.PLACE);
    long york = add("letter", 9, "York", EntityType.PLACE);
    // named in one sentence ("Lower Canada is not all of Canada"): two places
    long canada = add("essay", 5, "Canada", EntityType.PLACE);
    long lower = add("essay", 5, "Lower Canada", EntityType.PLACE);
    add("letter", 7, "Canada", EntityType.PLACE);
    // one name, two qualifiers: three places
    long north = add("report", 1, "North Dakota", EntityType.PLACE);
    long south = add("report", 2, "South Dakota", EntityType.PLACE);
    long dakota = add("report", 3, "Dakota", EntityType.PLACE);
    // the qualifier is a place's name: a part of that place, not the bare word
    add("atlas", 1, "Bavaria", EntityType.PLACE);
    long bavarianForest = add("atlas", 2, "Bavarian Forest", EntityType.PLACE);
    long forest = add("atlas", 8, "Forest", EntityType.PLACE);
    Map<Long, String> of = resolve();
    assertThat(of.get(great)).isEqualTo(of.get(britain)).isEqualTo(of.get(hyphen));
    assertThat(of.get(bavarianForest)).isNotEqualTo(of.get(forest));
    assertThat(of.get(newYork)).isNotEqualTo(of.get(york));
    assertThat(of.get(canada)).isNotEqualTo(of.get(lower));
    assertThat(List.of(of.get(north), of.get(south), of.get(dakota))).doesNotHaveDuplicates();
  }

  @Test
  void aNameInCapitalsIsTheSameNameInMixedCase() {
    long heading = add("sermon", 0, "BOSTON", EntityType.PLACE);
    long city = add("sermon", 4, "Boston", EntityType.PLACE);
    long signature = add("review", 9, "EDMUND BURKE", EntityType.PERSON);
    long burke = add("review", 2, "Edmund Burke", EntityType.PERSON);
    long acronym = add("review", 5, "NATO", EntityType.ORGANIZATION);
    Map<Long, String> of = resolve();
    assertThat(of.get(heading)).isEqualTo(of.get(city)).isEqualTo("place:boston");
    assertThat(of.get(signature)).isEqualTo(of.get(burke));
    assertThat(of.get(acronym)).isNotNull();
  }

  @Test
  void aGivenNameWithAPlaceIsOnePersonNotAnInstitution() {
    long philip = add("chronicle", 1, "Philip of Macedon", EntityType.PERSON);
    long again = add("chronicle", 9, "Philip of Macedon", EntityType.PERSON);
    long macedon = add("chronicle", 2, "Macedon", EntityType.PLACE);
    long bare = add("chronicle", 10, "Philip", EntityType.PERSON);
    long junk = add("chronicle", 3, "Institute of Marx", EntityType.PERSON);
    Map<Long, String> of = resolve();
    assertThat(of.get(philip))
        .isEqualTo(of.get(again))
        .isEqualTo(of.get(bare))
        .startsWith("person:");
    assertThat(of.get(macedon)).startsWith("place:");
    assertThat(of).doesNotContainKey(junk);
  }

  @Test
  void anAuthorityEntrysTypeWinsOverTheMentionsTypes() throws Exception {
    Path file = tmp.resolve("authority.yaml");
    Files.writeString(
        file,
        "entities:\n"
            + "  sparta:\n"
            + "    type: place\n"
            + "    name: Sparta\n"
            + "    aliases: [Lacedaemon]\n");
    Authority authority = AuthorityFile.read(file);
    long asPerson = add("oration", 1, "Lacedaemon", EntityType.PERSON);
    long asPlace = add("oration", 2, "Lacedaemon", EntityType.PLACE);
    long asOrg = add("history", 1, "Sparta", EntityType.ORGANIZATION);
    long sparta = add("history", 2, "Sparta", EntityType.PLACE);
    Resolver.Result r = new Resolver(authority).resolve(in);
    Map<Long, String> of = r.entityOf();
    assertThat(List.of(of.get(asPerson), of.get(asPlace), of.get(asOrg), of.get(sparta)))
        .containsOnly("place:sparta");
    assertThat(r.entities()).extracting(Resolver.Entity::id).containsExactly("place:sparta");
  }

  @Test
  void abbreviatedAndPetGivenNamesAreTheNameTheyShorten() {
    // a vestry book and a county newspaper of the nineteenth century
    long thos = add("vestry", 1, "Thos. Whitcombe", EntityType.PERSON);
    long thomas = add("vestry", 30, "Thomas R. Whitcombe", EntityType.PERSON);
    long tom = add("paper", 2, "Tom Whitcombe", EntityType.PERSON);
    long wm = add("vestry", 4, "Wm. Farrant", EntityType.PERSON);
    long bill = add("paper", 8, "Bill Farrant", EntityType.PERSON);
    long william = add("paper", 40, "William Farrant", EntityType.PERSON);
    long jim = add("paper", 12, "Jim Lowther", EntityType.PERSON);
    long jas = add("vestry", 14, "Jas. K. Lowther", EntityType.PERSON);
    long tompson = add("paper", 50, "Thompson Ashby", EntityType.PERSON);
    long tomA = add("paper", 52, "Tom Ashby", EntityType.PERSON);
    long steph = add("vestry", 60, "Steph. Crane", EntityType.PERSON);
    long stephen = add("paper", 61, "Stephen Crane", EntityType.PERSON);
    // a further given name written out still makes another man
    long edgar = add("paper", 70, "Thomas Edgar Whitcombe", EntityType.PERSON);
    Map<Long, String> of = resolve();
    assertThat(of.get(thos)).isEqualTo(of.get(thomas)).isEqualTo(of.get(tom));
    assertThat(of.get(wm)).isEqualTo(of.get(bill)).isEqualTo(of.get(william));
    assertThat(of.get(jim)).isEqualTo(of.get(jas));
    assertThat(of.get(tomA)).isEqualTo(of.get(tompson));
    assertThat(of.get(steph)).isEqualTo(of.get(stephen));
    assertThat(of.get(edgar)).isNotEqualTo(of.get(thomas)).isNotEqualTo(of.get(tom));
  }

  @Test
  void initialsStandForThePersonNamedInFullWithThoseLettersInTheDocument() {
    // a magistrate's narrative naming the accused in full, then by initials; a diary that uses
    // the same initials for two men, and one whose initials name nobody named in full
    long gideon = add("narrative", 1, "Gideon Marsh", EntityType.PERSON);
    long gm = add("narrative", 30, "G. M.", EntityType.PERSON);
    long gm2 = add("narrative", 60, "G.M.", EntityType.PERSON);
    add("narrative", 2, "Hester Marsh", EntityType.PERSON);
    long george = add("diary", 1, "George Mott", EntityType.PERSON);
    long grace = add("diary", 2, "Grace Milton", EntityType.PERSON);
    long gmDiary = add("diary", 10, "G. M.", EntityType.PERSON);
    long tw = add("diary", 11, "T. W.", EntityType.PERSON);
    long gmElsewhere = add("letters", 1, "G. M.", EntityType.PERSON);
    Map<Long, String> of = resolve();
    assertThat(of.get(gm)).isEqualTo(of.get(gideon)).isEqualTo(of.get(gm2));
    assertThat(of.get(gmDiary)).isNotEqualTo(of.get(george)).isNotEqualTo(of.get(grace));
    assertThat(of.get(tw)).isNotNull();
    assertThat(of.get(gmElsewhere)).isNotEqualTo(of.get(gideon));
  }

  @Test
  void aShortNameIsNoPrefixOfEveryLongerName() {
    var jean = VariantKeys.parse("Jean Marlowe", EntityType.PERSON).given();
    var jeanne = VariantKeys.parse("Jeanne Marlowe", EntityType.PERSON).given();
    var louis = VariantKeys.parse("Louis Marlowe", EntityType.PERSON).given();
    var louise = VariantKeys.parse("Louise Marlowe", EntityType.PERSON).given();
    var paul = VariantKeys.parse("Paul Marlowe", EntityType.PERSON).given();
    var paula = VariantKeys.parse("Paula Marlowe", EntityType.PERSON).given();
    assertThat(VariantKeys.compatibleGiven(louis, louise)).as("five letters").isFalse();
    assertThat(VariantKeys.compatibleGiven(paul, paula)).as("one letter more").isFalse();
    assertThat(VariantKeys.compatibleGiven(jean, jeanne)).as("a feminine ending").isFalse();
    var carl = VariantKeys.parse("Carl Marlowe", EntityType.PERSON).given();
    var carlotta = VariantKeys.parse("Carlotta Marlowe", EntityType.PERSON).given();
    assertThat(VariantKeys.compatibleGiven(carl, carlotta)).isFalse();
    var wm = VariantKeys.parse("Wm. Marlowe", EntityType.PERSON).given();
    var walter = VariantKeys.parse("Walter Marlowe", EntityType.PERSON).given();
    assertThat(wm.get(0).initial()).as("Wm. is William, not W.").isFalse();
    assertThat(VariantKeys.compatibleGiven(wm, walter)).isFalse();
  }

  @Test
  void aBareSurnameNoDocumentExplainsIsThePersonTheAuthorityDeclares() throws Exception {
    Path file = tmp.resolve("authority.yaml");
    Files.writeString(
        file,
        "entities:\n"
            + "  nelson:\n"
            + "    type: person\n"
            + "    name: Horatio Nelson\n"
            + "    aliases: [the hero of the Nile]\n");
    Authority authority = AuthorityFile.read(file);
    // a list of subscribers names a local man; the sermons name the admiral by his surname only
    long local = add("subscribers", 3, "R. T. Nelson", EntityType.PERSON);
    add("subscribers", 9, "Robert T. Nelson", EntityType.PERSON);
    long sermon = add("sermon", 40, "Nelson", EntityType.PERSON);
    long ode = add("ode", 2, "Admiral Nelson", EntityType.PERSON);
    long nearLocal = add("subscribers", 10, "Nelson", EntityType.PERSON);
    Map<Long, String> of = new Resolver(authority).resolve(in).entityOf();
    assertThat(of.get(sermon)).isEqualTo("person:nelson").isEqualTo(of.get(ode));
    assertThat(of.get(local)).isNotEqualTo("person:nelson");
    assertThat(of.get(nearLocal)).as("the sentences around decide").isEqualTo(of.get(local));
  }

  @Test
  void anAbbreviationIsTheOneNameWhoseWordsBeginWithItsLetters() {
    // a colonial gazette and a Victorian report
    long full = add("gazette", 1, "United Provinces", EntityType.PLACE);
    long dotted = add("gazette", 9, "U.P.", EntityType.PLACE);
    add("gazette", 12, "United Provinces territory", EntityType.PLACE);
    long board = add("report", 1, "Board of Trade", EntityType.ORGANIZATION);
    long bt = add("report", 3, "B.T.", EntityType.ORGANIZATION);
    long nb = add("report", 4, "N.B.", EntityType.ORGANIZATION);
    add("report", 5, "North Borneo", EntityType.ORGANIZATION);
    add("report", 6, "National Bank", EntityType.ORGANIZATION);
    Map<Long, String> of = resolve();
    assertThat(of.get(dotted)).isEqualTo(of.get(full));
    assertThat(of.get(bt)).isEqualTo(of.get(board));
    assertThat(of.get(nb))
        .as("two names fit")
        .isNotEqualTo(of.get(board))
        .startsWith("organization:n");
  }
}
