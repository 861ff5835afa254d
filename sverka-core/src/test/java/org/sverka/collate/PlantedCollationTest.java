package org.sverka.collate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.text.Span;

/**
 * Five witnesses of one passage with planted edits: a word changed in two (Moscow to Leningrad in B
 * and C), a sentence dropped in one (D), a phrase moved in one (E puts "on the first of December"
 * first). The table must be the one a textual scholar would draw.
 */
class PlantedCollationTest {
  static final String A =
      "The committee of the party met in Moscow on the first of December.\n"
          + "It resolved to expel the opposition. The vote was unanimous.\n";
  static final String B =
      "The committee of the party met in Leningrad on the first of December.\n"
          + "It resolved to expel the opposition. The vote was unanimous.\n";
  static final String D =
      "The committee of the party met in Moscow on the first of December.\n"
          + "The vote was unanimous.\n";
  static final String E =
      "On the first of December the committee of the party met in Moscow.\n"
          + "It resolved to expel the opposition. The vote was unanimous.\n";

  static Witness witness(String doc, String text, String date) {
    return new WitnessReader(doc, text).witness(new Span(0, text.length()), date);
  }

  /** The five, given out of date order. */
  static List<Witness> five() {
    return List.of(
        witness("e-1930", E, "1930"),
        witness("c-1928", B, "1928-03"),
        witness("a-1926", A, "1926-11-02"),
        witness("d-1929", D, "1929"),
        witness("b-1927", B, "1927~"));
  }

  /** Each column as its readings, "-" for missing, with its kind. */
  static List<String> rows(Collation c) {
    List<String> out = new ArrayList<>();
    for (Column col : c.columns()) {
      StringBuilder b = new StringBuilder();
      for (Word w : col.cells()) {
        b.append(w == null ? "-" : w.norm()).append(' ');
      }
      out.add(b + col.kind().name());
    }
    return out;
  }

  @Test
  void theTableOfFiveWitnessesIsTheExpectedOne() {
    Collation c = new Collator().collate(five());
    assertThat(c.witnesses().stream().map(w -> w.place().doc()))
        .containsExactly("a-1926", "b-1927", "c-1928", "d-1929", "e-1930");
    assertThat(c.base().place().doc()).isEqualTo("a-1926");
    List<String> expected = new ArrayList<>();
    for (String w : "on the first of december".split(" ")) {
      expected.add("- - - - " + w + " MISSING");
    }
    for (String w : "the committee of the party met in".split(" ")) {
      expected.add((w + " ").repeat(5) + "EQUAL");
    }
    expected.add("moscow leningrad leningrad moscow moscow VARIANT");
    for (String w : "on the first of december".split(" ")) {
      expected.add((w + " ").repeat(4) + "- MISSING");
    }
    for (String w : "it resolved to expel the opposition".split(" ")) {
      expected.add((w + " ").repeat(3) + "- " + w + " MISSING");
    }
    for (String w : "the vote was unanimous".split(" ")) {
      expected.add((w + " ").repeat(5) + "EQUAL");
    }
    assertThat(rows(c)).containsExactlyElementsOf(expected);
    assertThat(c.transpositions()).containsExactly(new Transposition(4, 0, 5, 13, 18));
  }

  @Test
  void everyCellCitesItsDocumentOffsetsAndLine() {
    Collation c = new Collator().collate(five());
    for (Column col : c.columns()) {
      for (int w = 0; w < col.cells().size(); w++) {
        Word word = col.cell(w);
        if (word == null) {
          continue;
        }
        Witness wit = c.witnesses().get(w);
        String text =
            wit.place().doc().startsWith("d")
                ? D
                : wit.place().doc().startsWith("e") ? E : wit.place().doc().startsWith("a") ? A : B;
        assertThat(text.substring(word.span().start(), word.span().end()).toLowerCase())
            .isEqualTo(word.norm());
        assertThat(word.line())
            .isEqualTo(text.substring(0, word.span().start()).split("\n", -1).length);
      }
    }
  }

  @Test
  void everyWitnessReadsItsOwnWordsInOrder() {
    Collation c = new Collator().collate(five());
    for (int w = 0; w < c.witnesses().size(); w++) {
      List<Word> read = new ArrayList<>();
      for (Column col : c.columns()) {
        if (col.cell(w) != null) {
          read.add(col.cell(w));
        }
      }
      assertThat(read).isEqualTo(c.witnesses().get(w).words());
    }
  }

  @Test
  void theOrderTheWitnessesAreGivenInDoesNotMatter() {
    List<Witness> reversed = new ArrayList<>(five());
    java.util.Collections.reverse(reversed);
    assertThat(rows(new Collator().collate(reversed)))
        .isEqualTo(rows(new Collator().collate(five())));
  }

  @Test
  void aSpellingVariantIsItsOwnKind() {
    Collation c =
        new Collator()
            .collate(
                List.of(
                    witness("a", "Nicolaiev fired the shot in the Smolny.", "1934"),
                    witness("b", "Nikolayev fired the shot in the Smolny.", "1935"),
                    witness("c", "Nikolayev fired the shot in the Smolny.", "1936")));
    assertThat(rows(c).get(0)).isEqualTo("nicolaiev nikolayev nikolayev SPELLING");
    assertThat(c.count(Column.Kind.EQUAL)).isEqualTo(6);
  }

  @Test
  void sigla() {
    assertThat(Collation.siglum(0)).isEqualTo("A");
    assertThat(Collation.siglum(25)).isEqualTo("Z");
    assertThat(Collation.siglum(26)).isEqualTo("AA");
    assertThat(Collation.siglum(27)).isEqualTo("AB");
  }
}
