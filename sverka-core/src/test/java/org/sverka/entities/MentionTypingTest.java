package org.sverka.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sverka.entities.MentionFinderTest.find;
import static org.sverka.entities.MentionFinderTest.tags;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What decides a name's type across a corpus, and which capitals are no names: the corpus half of
 * name finding with the CRF's tags simulated (wrong on purpose, as the CRF is on texts it was not
 * trained on). The texts are made up for these tests, from several centuries and kinds of writing.
 */
class MentionTypingTest {
  static List<Mention> of(List<Mention> ms, String form) {
    return ms.stream().filter(m -> m.form().equals(form)).toList();
  }

  @Test
  void theContextsANameStandsInDecideItsTypeForTheWholeCorpus() {
    // a treatise of the eighteenth century; the CRF reads the philosopher as a place
    String text =
        "Grotius observes that war may be just. Grotius wrote in exile.\n"
            + "In Grotius's treatise the law of nations is made plain, and the learned Grotius"
            + " is cited by every court. We read Grotius again.\n"
            + "The Kingdom of Bavaria and the inhabitants of Bavaria were at peace.\n"
            + "The republic of Ragusa traded; the state of Ragusa was small.\n";
    List<NameTagger.Tagged> t = new ArrayList<>(tags(text, "LOCATION", "Grotius"));
    t.addAll(tags(text, "PERSON", "Bavaria", "Ragusa"));
    List<Mention> ms = find(text, new Gazetteer(), t);
    assertThat(of(ms, "Grotius"))
        .hasSize(5)
        .allSatisfy(m -> assertThat(m.type()).isEqualTo(EntityType.PERSON));
    for (String realm : List.of("Bavaria", "Ragusa")) {
      assertThat(of(ms, realm))
          .hasSize(2)
          .allSatisfy(m -> assertThat(m.type()).isEqualTo(EntityType.PLACE));
    }
  }

  @Test
  void aTitleOfAddressBeforeANameMakesItAPerson() {
    // a minister's letters; the CRF reads his name as an organisation's
    String text =
        "We heard Mr. Ambrose Thackwell preach on Sunday. The Reverend Mr. Ambrose Thackwell"
            + " answered the charge.\n"
            + "A letter came from Goodw. Prudence Hallet, and Mrs. Prudence Hallet signed it.\n"
            + "In his diary Ambrose Thackwell wrote of it, and Ambrose Thackwell kept it.\n";
    List<NameTagger.Tagged> t =
        new ArrayList<>(tags(text, "ORGANIZATION", "Ambrose Thackwell", "Prudence Hallet"));
    List<Mention> ms = find(text, new Gazetteer(), t);
    assertThat(of(ms, "Ambrose Thackwell"))
        .hasSize(4)
        .allSatisfy(m -> assertThat(m.type()).isEqualTo(EntityType.PERSON));
    assertThat(of(ms, "Prudence Hallet"))
        .hasSize(2)
        .allSatisfy(m -> assertThat(m.type()).isEqualTo(EntityType.PERSON));
  }

  @Test
  void aGivenNameOfAPersonIsNoManFromThatPerson() {
    // an edition's title page: "the Crito of Plato" is a dialogue, not a man named Crito of Plato;
    // "Timon of Phlius" is a man from a place
    String text =
        "The Crito of Plato, translated anew.\n"
            + "Plato wrote it after the trial. Crito offers to pay, and Timon of Phlius mocks.\n";
    List<NameTagger.Tagged> t = new ArrayList<>(tags(text, "PERSON", "Crito", "Plato", "Timon"));
    List<Mention> ms = find(text, new Gazetteer(), t);
    assertThat(of(ms, "Crito of Plato")).isEmpty();
    assertThat(of(ms, "Plato")).hasSize(2);
    assertThat(of(ms, "Timon of Phlius")).hasSize(1);
  }

  @Test
  void oneTypePerNameWhereTheCrfWavers() {
    // a nineteenth-century travel diary: the CRF calls one city a place and an organisation
    String text =
        "We reached Lyon on Monday. Lyon was wet.\n"
            + "Lyon has silk; the mills of Lyon are loud.\n"
            + "Nobody in Lyon sleeps.\n";
    LineTags lt = new LineTags(text);
    lt.tag("Lyon", "LOCATION", 0, 2, 4);
    lt.tag("Lyon", "ORGANIZATION", 1, 3);
    List<Mention> ms = find(text, new Gazetteer(), lt.out);
    assertThat(of(ms, "Lyon"))
        .hasSize(5)
        .allSatisfy(m -> assertThat(m.type()).isEqualTo(EntityType.PLACE));
  }

  @Test
  void newspapersAndBooksOfScriptureAreWorks() {
    // a twentieth-century report and a seventeenth-century sermon
    String text =
        "The Denver Post and the Morning Chronicle printed the speech. Denver was cold.\n"
            + "So it is written in Exodus xx. 13, and in Kings 4:2, and in the Book of Ruth.\n";
    List<NameTagger.Tagged> t = new ArrayList<>(tags(text, "LOCATION", "Denver"));
    t.addAll(tags(text, "PERSON", "Exodus", "Kings", "Ruth"));
    t.addAll(tags(text, "ORGANIZATION", "Morning Chronicle"));
    List<Mention> ms = find(text, new Gazetteer(), t);
    assertThat(of(ms, "Denver Post")).singleElement().satisfies(m -> isWork(m));
    assertThat(of(ms, "Morning Chronicle")).singleElement().satisfies(m -> isWork(m));
    assertThat(of(ms, "Denver"))
        .singleElement()
        .satisfies(m -> assertThat(m.type()).isEqualTo(EntityType.PLACE));
    for (String book : List.of("Exodus", "Kings", "Ruth")) {
      assertThat(of(ms, book)).as(book).singleElement().satisfies(m -> isWork(m));
    }
  }

  private static void isWork(Mention m) {
    assertThat(m.type()).as(m.form()).isEqualTo(EntityType.WORK);
  }

  @Test
  void archaicPronounsAndSentenceOpeningCommonWordsAreNoNames() {
    String text =
        "Ye men of the town, hear me. Thou knowest it.\n"
            + "Liberty is dear to all. We love liberty; the friends of liberty are many.\n"
            + "He sailed from Providence at dawn. Providence is a town of traders, and"
            + " providence alone saved them.\n";
    List<NameTagger.Tagged> t = new ArrayList<>(tags(text, "PERSON", "Ye", "Thou"));
    t.addAll(tags(text, "ORGANIZATION", "Liberty"));
    t.addAll(tags(text, "LOCATION", "Providence"));
    List<Mention> ms = find(text, new Gazetteer(), t);
    assertThat(of(ms, "Ye")).isEmpty();
    assertThat(of(ms, "Thou")).isEmpty();
    assertThat(of(ms, "Liberty")).as("capitalised only where it opens a sentence").isEmpty();
    // written with a capital inside a sentence too: the town is a name, also where it opens one
    assertThat(of(ms, "Providence")).hasSize(2);
  }

  @Test
  void capitalsGivenNamesBeforeInitialsAndEpithets() {
    String text =
        "EDMUND BURKE\n\n"
            + "Edmund Burke spoke for the colonies; Edmund Burke was heard.\n"
            + "Then Franklin D. Roosevelt spoke on the radio.\n"
            + "In the histories we are told that the small but disciplined army of Philip of\n"
            + "Macedon defeated the Greeks; and James Otis spoke, and Otis of Boston was cheered\n"
            + "by the crowd that had gathered before the old hall of the town that evening.\n";
    List<NameTagger.Tagged> t = new ArrayList<>(tags(text, "LOCATION", "EDMUND BURKE"));
    t.addAll(tags(text, "PERSON", "Edmund Burke", "Philip", "James Otis", "Otis"));
    t.addAll(tags(text, "LOCATION", "Macedon", "Boston"));
    List<Mention> ms = find(text, new Gazetteer(), t);
    assertThat(of(ms, "EDMUND BURKE"))
        .singleElement()
        .satisfies(m -> assertThat(m.type()).isEqualTo(EntityType.PERSON));
    assertThat(of(ms, "Franklin D. Roosevelt")).hasSize(1);
    Mention philip = of(ms, "Philip of Macedon").get(0);
    assertThat(philip.type()).isEqualTo(EntityType.PERSON);
    assertThat(philip.lineStart()).isLessThan(philip.lineEnd());
    assertThat(text.substring(philip.start(), philip.end())).isEqualTo("Philip of\nMacedon");
    // Otis is a surname in this corpus: "Otis of Boston" is Otis, from Boston
    assertThat(of(ms, "Otis of Boston")).isEmpty();
    assertThat(of(ms, "Otis")).hasSize(1);
    assertThat(of(ms, "Boston")).hasSize(1);
  }

  @Test
  void theAuthoritysTypeWinsOverTheContexts() {
    String text = "The King of Corinth fled. Corinth says nothing; Corinth observes the truce.\n";
    Gazetteer authority = new Gazetteer().add("Corinth", EntityType.PLACE);
    List<Mention> ms = find(text, authority, tags(text, "PERSON", "Corinth"));
    assertThat(of(ms, "Corinth"))
        .hasSize(3)
        .allSatisfy(m -> assertThat(m.type()).isEqualTo(EntityType.PLACE));
  }

  /** Simulated CRF tags for chosen occurrences (0-based, in text order) of a word. */
  static final class LineTags {
    final String text;
    final List<NameTagger.Tagged> out = new ArrayList<>();

    LineTags(String text) {
      this.text = text;
    }

    void tag(String word, String label, int... which) {
      List<NameTagger.Tagged> all = tags(text, label, word);
      all.sort(java.util.Comparator.comparingInt(x -> x.span().start()));
      for (int w : which) {
        out.add(all.get(w));
      }
    }
  }

  @Test
  void anAbbreviatedGivenNameIsPartOfTheName() {
    // minutes of a nineteenth-century vestry: the CRF reads "Wm" and "Farrant" as two names
    String text =
        "Present: Wm. Farrant, Jas. K. Lowther and the curate.\n"
            + "Mr. Farrant moved that the bell be recast.\n";
    List<NameTagger.Tagged> t = new ArrayList<>(tags(text, "PERSON", "Wm", "Farrant", "Lowther"));
    List<Mention> ms = find(text, new Gazetteer(), t);
    assertThat(of(ms, "Wm. Farrant")).hasSize(1);
    assertThat(of(ms, "Jas. K. Lowther")).hasSize(1);
    assertThat(of(ms, "Wm")).isEmpty();
    assertThat(of(ms, "Farrant")).hasSize(1);
  }

  @Test
  void aPartyOrPlaceAfterAPersonsNameIsNotHis() {
    // a Victorian election report: "a Robert Peel Tory" is a Tory of Peel's kind
    String text =
        "The Tory members met. Robert Peel spoke, and Robert Peel left early.\n"
            + "He was a Robert Peel Tory to the end. The Tory press approved.\n";
    LineTags lt = new LineTags(text);
    lt.tag("Tory", "ORGANIZATION", 0, 2);
    lt.tag("Robert Peel", "PERSON", 0, 1);
    lt.tag("Robert Peel Tory", "PERSON", 0);
    List<NameTagger.Tagged> t = lt.out;
    List<Mention> ms = find(text, new Gazetteer(), t);
    assertThat(of(ms, "Robert Peel Tory")).isEmpty();
    assertThat(of(ms, "Robert Peel")).hasSize(3);
  }

  @Test
  void aNameListedWithPersonsIsAPersonAndTitlesAreNoNames() {
    // Victorian free-trade speeches: the CRF takes one reformer for an organisation
    String text =
        "The motion of Hale, Cobden and Villiers was lost. Cobden spoke.\n"
            + "Cobden was cheered. We met Villiers, Bright and Cobden at the hall.\n"
            + "Father Cobden blessed them, and the hamlets of Bright, Hale and Villiers rejoiced.\n";
    LineTags lt = new LineTags(text);
    lt.tag("Cobden", "ORGANIZATION", 0, 1, 2, 3);
    lt.tag("Hale", "PERSON", 0, 1);
    lt.tag("Villiers", "PERSON", 0, 1, 2);
    lt.tag("Bright", "PERSON", 0, 1);
    List<Mention> ms = find(text, new Gazetteer(), lt.out);
    assertThat(of(ms, "Cobden"))
        .hasSize(5)
        .allSatisfy(m -> assertThat(m.type()).isEqualTo(EntityType.PERSON));
    assertThat(of(ms, "Father Cobden")).isEmpty();
    assertThat(of(ms, "Father")).isEmpty();
  }

  @Test
  void aTitleWithItsDotBeforeAWordMakesAPersonButNotBeforeAPluralNoun() {
    // a Georgian pamphlet: no CRF tags at all
    String text =
        "I do not like thee, Dr. Fell; there is hope in Dr. Fell yet.\n"
            + "DR. FELL.---Sir, I object. Will that satisfy you, Messrs. Scoundrels? The"
            + " scoundrels fled.\n";
    List<Mention> ms = find(text, new Gazetteer(), List.of());
    assertThat(of(ms, "Fell")).hasSize(2);
    assertThat(of(ms, "FELL")).hasSize(1);
    assertThat(of(ms, "Scoundrels")).isEmpty();
  }

  @Test
  void aDocumentOfLawNamedByWhatItConcernsIsAWork() {
    // a colonial pamphlet, no CRF tags: the acts and declarations it argues about
    String text =
        "The Stamp Act was repealed, but the Quebec act and the Tea Bill remained.\n"
            + "We hold to the Declaration of Rights; the declaration of Rights is our charter.\n"
            + "The decision of the Court was read, and the declaration of Mr. Otis.\n";
    List<Mention> ms = find(text, new Gazetteer(), List.of());
    for (String w :
        List.of(
            "Stamp Act",
            "Quebec act",
            "Tea Bill",
            "Declaration of Rights",
            "declaration of Rights")) {
      assertThat(of(ms, w))
          .as(w)
          .hasSize(1)
          .allSatisfy(m -> assertThat(m.type()).isEqualTo(EntityType.WORK));
    }
    assertThat(ms).noneMatch(m -> m.form().startsWith("decision of"));
    assertThat(ms).noneMatch(m -> m.form().startsWith("declaration of Mr"));
  }
}
