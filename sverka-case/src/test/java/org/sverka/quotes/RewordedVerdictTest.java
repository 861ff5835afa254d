package org.sverka.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.stage.QuoteStage;
import org.sverka.stage.ReuseStage;
import org.sverka.store.CaseFile;

/**
 * One verdict for what happened once: a word spelt two ways is no change; words put in the place of
 * others, or moved, are a change of wording and not an abridgement and an interpolation at once;
 * words at the ends that render the source's own are reworded, words beyond the source's sentence
 * added; an ellipsis at the start marks the words the source's sentence has before; a lone function
 * word is a change of wording between translations and a cut between texts in their own language.
 * The corpus is made up: a surveyor's report (1866) and a translated chronicle.
 */
class RewordedVerdictTest {
  @TempDir static Path tmp;
  static CaseFile cf;
  static QuoteStage stage;

  static final String REPORT =
      "REPORT ON THE NORTH ROAD\n\n\n"
          + "The surveyor found that the old road is self-evident proof of bad drainage, for the"
          + " water stands on it every spring and the carts sink to their axles in the ruts. Yet"
          + " the county will gladly pay for a new road if the engineers can show that it will last"
          + " twenty winters without repair. The bridge at the ford throws the whole valley into"
          + " turmoil whenever the river rises above the piers, and the farmers lose a week of"
          + " market days each year.\n";

  static final String CHRONICLE =
      "THE CHRONICLE OF THE ABBEY\n\n\n"
          + "In that year the abbot built a mill upon the river, and the monks ground the corn of"
          + " the whole valley there, and the mill stood for a hundred years until the great"
          + " flood carried its wheel away.\n";

  @BeforeAll
  static void analyse() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("report.txt"), REPORT);
    Files.writeString(in.resolve("chronicle.txt"), CHRONICLE);
    Files.writeString(
        in.resolve("sources.yaml"),
        "documents:\n"
            + "  - {id: report, file: report.txt, author: Silas Grant, date: 1866-05-01}\n"
            + "  - {id: chronicle, file: chronicle.txt, author: Brother Anselm, date: 1190,"
            + " translated_from: la}\n");
    cf = TextCase.analyse(in, tmp.resolve("case"));
    stage = new QuoteStage(ReuseStage.load(cf));
  }

  @AfterAll
  static void close() throws Exception {
    cf.close();
  }

  static List<Verdict> verdicts(String text) {
    return stage.checkText(text, null).verdicts();
  }

  @Test
  void aCompoundWrittenAsTwoWordsIsTheSameWord() {
    QuoteCheck c =
        stage.checkText(
            "the old road is self evident proof of bad drainage, for the water stands on it every"
                + " spring",
            null);
    assertThat(c.verdicts()).containsExactly(Verdict.VERBATIM);
  }

  @Test
  void wordsInThePlaceOfOthersAreAChangeOfWordingOnly() {
    QuoteCheck c =
        stage.checkText(
            "The bridge at the ford brings confusion to the whole valley whenever the river rises"
                + " above the piers, and the farmers lose a week of market days each year.",
            null);
    assertThat(c.verdicts()).containsExactly(Verdict.VARIANT_WORDING);
    assertThat(c.explanation()).contains("changes");
  }

  @Test
  void aMovedWordIsAChangeOfWordingOnly() {
    QuoteCheck c =
        stage.checkText(
            "Yet the county will pay gladly for a new road if the engineers can show that it will"
                + " last twenty winters without repair.",
            null);
    assertThat(c.verdicts()).containsExactly(Verdict.VARIANT_WORDING);
    assertThat(c.explanation()).contains("moves \u201cgladly\u201d");
  }

  @Test
  void wordsBeyondTheSourceSentenceAreAddedButWordsRenderingItsOwnAreReworded() {
    // the source's sentence ends after "axles in the ruts": what follows is the quoter's own
    assertThat(
            verdicts(
                "the water stands on it every spring and the carts sink to their axles in the ruts,"
                    + " as every traveller on the north road has learned to his cost"))
        .containsExactly(Verdict.INTERPOLATED);
    // the source's sentence goes on where the quotation renders it in other words
    assertThat(
            verdicts(
                "the county will gladly pay for a new road if the engineers can show that it will"
                    + " last through many a hard season"))
        .containsExactly(Verdict.VARIANT_WORDING);
  }

  @Test
  void aLeadingEllipsisMarksWhatTheSourceSentenceHasBefore() {
    QuoteCheck c =
        stage.checkText(
            "... the county will gladly pay for a new road if the engineers can show that it will"
                + " last twenty winters without repair.",
            null);
    assertThat(c.verdicts()).containsExactly(Verdict.ABRIDGED_MARKED);
    assertThat(c.explanation()).contains("leaves out \u201cYet\u201d (marked with an ellipsis)");
  }

  @Test
  void aLoneFunctionWordIsGrammarBetweenTranslationsAndACutOtherwise() {
    // the chronicle is a translation: "the corn" for "corn" is the translator's grammar
    assertThat(
            verdicts(
                "the abbot built a mill upon the river, and the monks ground corn of the whole"
                    + " valley there, and the mill stood for a hundred years"))
        .containsExactly(Verdict.VARIANT_WORDING);
    // the report is in its own language: a dropped "the" is a cut
    assertThat(
            verdicts(
                "The bridge at the ford throws whole valley into turmoil whenever the river rises"
                    + " above the piers"))
        .containsExactly(Verdict.ABRIDGED_UNMARKED);
  }

  @Test
  void aFewWordsMoreOrFewerBesideARewordingAreATranslatorsWordingButNotOnTheirOwn() {
    // "kept on turning" for "stood": a changed word with two more beside it
    assertThat(
            verdicts(
                "the abbot built a mill upon the river, and the monks ground the corn of the whole"
                    + " valley there, and the mill kept on turning for a hundred years"))
        .containsExactly(Verdict.VARIANT_WORDING);
    // two content words of its own between words rendered alike: added
    assertThat(
            verdicts(
                "the abbot built a mill upon the river, and the monks ground the corn of the whole"
                    + " valley there, and the mill stood proudly unharmed for a hundred years"))
        .containsExactly(Verdict.INTERPOLATED);
  }
}
