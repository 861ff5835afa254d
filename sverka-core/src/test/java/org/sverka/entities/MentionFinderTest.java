package org.sverka.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.document.DocumentBuilder;
import org.sverka.text.LineMap;
import org.sverka.text.Segmenter;
import org.sverka.text.Span;

/**
 * The corpus half of name finding on its own: patterns, the outside gazetteer (the authority file's
 * plug point) and derived forms, with no CRF tags at all (so without loading the model).
 */
class MentionFinderTest {
  static List<Mention> find(String text, Gazetteer outside, List<NameTagger.Tagged> tags) {
    LineMap lines = LineMap.of(text);
    MentionFinder.Doc doc =
        new MentionFinder.Doc(
            "d",
            text,
            lines,
            new Segmenter().paragraphs(text, lines, DocumentBuilder.normalizerFor(text)),
            tags);
    return new MentionFinder(outside).find(List.of(doc));
  }

  static Mention only(List<Mention> ms, String form) {
    List<Mention> with = ms.stream().filter(m -> m.form().equals(form)).toList();
    assertThat(with).as(form + " in " + ms).hasSize(1);
    return with.get(0);
  }

  @Test
  void patternsNeedNoModel() {
    String text =
        "Comrade Rykov wrote to M. I. Ulyanova.\n"
            + "The G.P.U. and the T.A.S.S. answered the C.P.S.U.(B.) at once.\n"
            + "What is your attitude towards L. D. [Trotsky]?\n"
            + "The Collected Works and *Pravda* said nothing.\n";
    List<Mention> ms = find(text, new Gazetteer(), List.of());
    Mention rykov = only(ms, "Rykov");
    assertThat(rykov.type()).isEqualTo(EntityType.PERSON);
    assertThat(rykov.source()).isEqualTo("title");
    assertThat(text.substring(rykov.start(), rykov.end())).isEqualTo("Rykov");
    assertThat(only(ms, "M. I. Ulyanova").source()).isEqualTo("initials");
    for (String abbreviation : List.of("G.P.U.", "T.A.S.S.", "C.P.S.U.(B.)")) {
      Mention m = only(ms, abbreviation);
      assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION);
      assertThat(m.lineStart()).isEqualTo(2);
    }
    Mention ld = only(ms, "L. D.");
    assertThat(ld.type()).isEqualTo(EntityType.PERSON);
    assertThat(ld.lineStart()).isEqualTo(3);
    Mention pravda = only(ms, "Pravda");
    assertThat(pravda.type()).isEqualTo(EntityType.WORK);
    assertThat(text.charAt(pravda.start() - 1)).isEqualTo('*');
    assertThat(ms).extracting(Mention::sentence).isSorted();
  }

  @Test
  void theAuthorityFilePlugsInAsAGazetteer() {
    Gazetteer authority =
        new Gazetteer()
            .add("Bulletin of the Opposition", EntityType.WORK)
            .add("Trotsky", EntityType.PERSON)
            .add("Zinoviev", EntityType.PERSON)
            .add("Nicolaiev", EntityType.PERSON)
            .add("Stalin", EntityType.PERSON)
            .add("Berman", EntityType.PERSON);
    String text =
        "Stalin's agents read the Bulletin of the Opposition.\n"
            + "The Trotskyites and the Zinovievists, and the Nicolaievs, were there; a Stalinist"
            + " bureaucrat too.\n";
    List<Mention> ms = find(text, authority, List.of());
    Mention stalin = only(ms, "Stalin");
    assertThat(stalin.source()).isEqualTo("gazetteer");
    assertThat(new Span(stalin.start(), stalin.end())).isEqualTo(new Span(0, 6));
    Mention bulletin = only(ms, "Bulletin of the Opposition");
    assertThat(bulletin.type()).isEqualTo(EntityType.WORK);
    for (String group : List.of("Trotskyites", "Zinovievists", "Nicolaievs")) {
      Mention g = only(ms, group);
      assertThat(g.type()).isEqualTo(EntityType.PERSON);
      assertThat(g.role()).as(group).isEqualTo(Mention.Role.GROUP);
      assertThat(g.source()).isEqualTo("derived");
    }
    assertThat(only(ms, "Stalinist").role()).isEqualTo(Mention.Role.ADJECTIVE);
    assertThat(MentionFinder.baseOf("Zinovievists", java.util.Set.of("zinoviev")))
        .isEqualTo("zinoviev");
  }

  @Test
  void aNameTaggedOnceIsANameEverywhereAndTheCorpusOutvotesTheModel() {
    String text =
        "Kamenev spoke. Then Kamenev left.\n"
            + "Kamenev came back; Kamenev said no.\n"
            + "Walking with Kamenev, he met nobody.\n";
    LineMap lines = LineMap.of(text);
    var paragraphs = new Segmenter().paragraphs(text, lines, DocumentBuilder.normalizerFor(text));
    // the CRF (simulated here) called the first two PERSON and the last one LOCATION
    List<NameTagger.Tagged> tags = new java.util.ArrayList<>();
    int k = 0;
    for (var p : paragraphs) {
      String s = p.normalized().text();
      for (int at = s.indexOf("Kamenev"); at >= 0; at = s.indexOf("Kamenev", at + 1), k++) {
        if (k == 0 || k == 1 || k == 4) {
          tags.add(
              new NameTagger.Tagged(
                  p.index(),
                  at,
                  at + 7,
                  p.normalized().toOriginal(at, at + 7),
                  k == 4 ? "LOCATION" : "PERSON"));
        }
      }
    }
    List<Mention> ms = find(text, new Gazetteer(), tags);
    assertThat(ms).hasSize(5);
    assertThat(ms)
        .allSatisfy(
            m -> {
              assertThat(m.form()).isEqualTo("Kamenev");
              assertThat(m.type()).isEqualTo(EntityType.PERSON);
            });
    assertThat(ms).extracting(Mention::source).containsOnly("ner", "propagated");
  }

  /** CRF tags (simulated) for every occurrence of the given words. */
  static List<NameTagger.Tagged> tags(String text, String label, String... words) {
    LineMap lines = LineMap.of(text);
    var paragraphs = new Segmenter().paragraphs(text, lines, DocumentBuilder.normalizerFor(text));
    List<NameTagger.Tagged> out = new java.util.ArrayList<>();
    for (var p : paragraphs) {
      String s = p.normalized().text();
      for (String w : words) {
        for (int at = s.indexOf(w); at >= 0; at = s.indexOf(w, at + 1)) {
          int end = at + w.length();
          out.add(
              new NameTagger.Tagged(p.index(), at, end, p.normalized().toOriginal(at, end), label));
        }
      }
    }
    return out;
  }

  @Test
  void aListOfPersonsMakesItsUnknownItemsPersons() {
    String text =
        "Sharov, Faivilovich, Vardin, Boulak and Kostina were arrested.\n"
            + "Stalin, Molotov and Moscow were named. Moscow, Moscow, Moscow.\n";
    List<NameTagger.Tagged> tags = new java.util.ArrayList<>();
    tags.addAll(tags(text, "PERSON", "Sharov", "Kostina", "Stalin", "Molotov"));
    tags.addAll(tags(text, "LOCATION", "Vardin", "Moscow"));
    List<Mention> ms = find(text, new Gazetteer(), tags);
    for (String name : List.of("Faivilovich", "Vardin", "Boulak")) {
      Mention m = only(ms, name);
      assertThat(m.type()).isEqualTo(EntityType.PERSON);
      assertThat(m.source()).isEqualTo("list");
    }
    // Moscow is a place four times over: the list does not make it a person
    assertThat(ms.stream().filter(m -> m.form().equals("Moscow")))
        .hasSize(4)
        .allSatisfy(m -> assertThat(m.type()).isEqualTo(EntityType.PLACE));
  }

  @Test
  void aTitleInAListIsNoOne() {
    // the list runs on into the title of the next name: "Mr." begins a name, it is not a person
    String text = "After the deaths of Grey, Peel, Mr. Cobden spoke at the dinner.\n";
    List<NameTagger.Tagged> tags = new java.util.ArrayList<>(tags(text, "PERSON", "Grey", "Peel"));
    List<Mention> ms = find(text, new Gazetteer(), tags);
    assertThat(ms).noneMatch(m -> m.form().equals("Mr") || m.form().equals("Mr."));
    assertThat(ms).anyMatch(m -> m.form().equals("Peel") && m.type() == EntityType.PERSON);
  }
}
