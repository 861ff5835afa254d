package org.sverka.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.stage.QuoteStage;
import org.sverka.stage.ReuseStage;
import org.sverka.store.CaseFile;
import org.sverka.store.QuotationTables;
import org.sverka.store.StoredQuotation;

/**
 * Where a quotation comes from when the same words stand in several texts: a short saying (one
 * seed's worth of words) is traced, also when the corpus repeats it so often that its words are
 * generic; the original comes before a report that relays it; a document's own later repetition is
 * no source; a source that merely paraphrases makes no misattribution. The corpus is made up: a
 * speech at a mill dam (1841), a newspaper report of it, a letter, a schoolmaster's copybook, the
 * minutes of a later meeting, an edition whose introduction quotes the text it introduces, and a
 * farmer's diary that gives the corpus its size.
 */
class OriginalSourceTest {
  @TempDir static Path tmp;
  static CaseFile cf;
  static QuoteStage stage;

  static final String SPEECH =
      "ADDRESS AT THE MILL DAM\n\n\n"
          + "Neighbours, we have built in haste before, and we have paid for it. The crooked wall"
          + " fell. Let the new dam be raised slowly, stone by stone, and let every course be tried"
          + " with the plumb line before the next is laid upon it.\n";

  static final String REPORT =
      "REPORT OF THE MEETING AT THE DAM\n\n\n"
          + "Mr. Thorne spoke at length against haste. \"Let the new dam be raised slowly, stone by"
          + " stone, and let every course be tried with the plumb line before the next is laid upon"
          + " it,\" he told the meeting, and he closed by reminding them that \"the crooked wall"
          + " fell.\"\n";

  static final String LETTER =
      "DEAR SISTER,\n\n\n"
          + "They are at the dam again, and in a hurry. I keep thinking of what old Thorne told"
          + " them, \"the crooked wall fell,\" and of how little anybody listened to him.\n";

  static final String MINUTES =
      "MINUTES OF THE DRAINAGE MEETING\n\n\n"
          + "The surveyor had hardly begun when a man at the back called out (\"We shall drain the"
          + " whole marsh by spring!\") and was cheered. The surveyor answered him: we shall drain"
          + " the whole marsh by spring, says my friend, but the ditches are not yet even dug.\n";

  static final String EDITION =
      "INTRODUCTION\n\n"
          + "The sermon's best-known sentence is its warning that \"the idle hand weaves the"
          + " rope that hangs it at the last.\"\n\n\n"
          + "A SERMON ON INDUSTRY\n\n"
          + "Brethren, consider the ant. The idle hand weaves the rope that hangs it at the last,"
          + " and the busy hand is its own defence.\n";

  /** A short examination: the widow's answer is all function words but one. */
  static final String HEARING =
      "THE HEARING OF THE WIDOW MARSH\n\n\n"
          + "The clerk asked her who had opened the sluice. She said, \"I do not know; how should I"
          + " know?\" The clerk let her go home.\n";

  static final String GOSSIP =
      "NOTES OF A NEIGHBOUR\n\n\n"
          + "At the hearing the widow was asked who opened the sluice, and she answered, \"I do not"
          + " know, how should I know?\" Her son said of the new dam only that it stood \"as it was"
          + " before,\" which was true.\n";

  @BeforeAll
  static void analyse() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("speech.txt"), SPEECH);
    Files.writeString(in.resolve("report.txt"), REPORT);
    Files.writeString(in.resolve("letter.txt"), LETTER);
    Files.writeString(in.resolve("minutes.txt"), MINUTES);
    Files.writeString(in.resolve("edition.txt"), EDITION);
    Files.writeString(in.resolve("hearing.txt"), HEARING);
    Files.writeString(in.resolve("gossip.txt"), GOSSIP);
    // a copybook that writes the saying out line after line: its words are generic in this corpus
    StringBuilder copybook = new StringBuilder("COPYBOOK OF THE VILLAGE SCHOOL\n\n\n");
    for (int i = 1; i <= 12; i++) {
      copybook.append("Lesson ").append(i).append(". Write it fair: the crooked wall fell.\n\n\n");
    }
    Files.writeString(in.resolve("copybook.txt"), copybook.toString());
    // a farmer's diary of many entries, so that the corpus's words have the weights of a corpus
    String[] crops = {"barley", "oats", "rye", "wheat", "beans", "turnips", "flax", "clover"};
    String[] fields = {"north field", "south meadow", "long acre", "upper pasture", "mill close"};
    StringBuilder diary = new StringBuilder("DIARY OF A FARMER\n\n\n");
    for (int i = 1; i <= 80; i++) {
      diary.append(
          "Day %d. Sowed the %s with %s, and %d men at work.%s\n\n\n"
              .formatted(
                  i,
                  fields[i % fields.length],
                  crops[i % crops.length],
                  i % 7 + 2,
                  i % 10 == 0 ? " The weather as it was before." : ""));
    }
    Files.writeString(in.resolve("diary.txt"), diary.toString());
    Files.writeString(
        in.resolve("sources.yaml"),
        "documents:\n"
            + "  - {id: diary, file: diary.txt, author: Thomas Hale, date: 1830}\n"
            + "  - {id: speech, file: speech.txt, author: Amos Thorne, date: 1841-03-02}\n"
            + "  - {id: report, file: report.txt, author: Henry Bliss, date: 1841-03-09}\n"
            + "  - {id: letter, file: letter.txt, author: Clara Voss, date: 1842-01-15}\n"
            + "  - {id: copybook, file: copybook.txt, author: Jonas Reed, date: 1850}\n"
            + "  - {id: minutes, file: minutes.txt, author: Walter Crane, date: 1852-04-01}\n"
            + "  - {id: hearing, file: hearing.txt, author: Silas Moor, date: 1853-05-02}\n"
            + "  - {id: gossip, file: gossip.txt, author: Ruth Lane, date: 1853-06-10}\n"
            + "  - id: edition\n"
            + "    file: edition.txt\n"
            + "    author: Josiah Penn\n"
            + "    date: 1860\n"
            + "    parts:\n"
            + "      - {lines: 1-4, title: Introduction, author: Mary Ames, date: 1860}\n"
            + "      - {lines: 5-8, title: A Sermon on Industry, date: 1702}\n");
    cf = TextCase.analyse(in, tmp.resolve("case"));
    stage = new QuoteStage(ReuseStage.load(cf));
  }

  @AfterAll
  static void close() throws Exception {
    cf.close();
  }

  static StoredQuotation stored(String doc, String opening) throws Exception {
    return new QuotationTables(cf)
        .quotations(doc).stream()
            .filter(q -> textOf(doc, q).startsWith(opening))
            .findFirst()
            .orElseThrow();
  }

  static String textOf(String doc, StoredQuotation q) {
    String t =
        switch (doc) {
          case "letter" -> LETTER;
          case "report" -> REPORT;
          case "minutes" -> MINUTES;
          case "gossip" -> GOSSIP;
          default -> EDITION;
        };
    return t.substring(q.span().start(), q.span().end());
  }

  @Test
  void aShortSayingIsTracedToTheSpeechNotToTheReportThatRelaysIt() throws Exception {
    StoredQuotation q = stored("letter", "the crooked wall fell");
    assertThat(q.verdicts()).containsExactly("VERBATIM");
    assertThat(q.explanation()).startsWith("Source: speech:4");
  }

  @Test
  void theFactCheckerGetsTheOriginalFirstToo() {
    QuoteCheck c = stage.checkText("the crooked wall fell", null);
    assertThat(c.verdicts()).containsExactly(Verdict.VERBATIM);
    assertThat(c.best().passage().docB()).isEqualTo("speech");
    assertThat(c.matches()).extracting(m -> m.passage().docB()).contains("report", "copybook");
  }

  @Test
  void aTextThatRepeatsWhatItQuotedDoesNotQuoteItself() throws Exception {
    StoredQuotation q = stored("minutes", "We shall drain");
    assertThat(q.verdicts()).containsExactly("NOT_FOUND");
    assertThat(q.explanation()).startsWith("No earlier source");
  }

  @Test
  void anIntroductionQuotesTheWorkPrintedAfterIt() throws Exception {
    StoredQuotation q = stored("edition", "the idle hand weaves");
    assertThat(q.verdicts()).containsExactly("VERBATIM");
    assertThat(q.explanation()).startsWith("Source: edition:8");
  }

  @Test
  void misattributedOnlyWhereTheSourceGivesTheWords() {
    String words =
        "Let the new dam be raised slowly, stone by stone, and let every course be tried with the"
            + " plumb line before the next is laid upon it.";
    QuoteCheck given = stage.checkText(words, "Clara Voss");
    assertThat(given.verdicts()).contains(Verdict.MISATTRIBUTED);
    assertThat(given.explanation()).contains("Amos Thorne");
    QuoteCheck paraphrase =
        stage.checkText(
            "Let the new dam be raised slowly, one stone and then another, and let each course be"
                + " proved before they lay another upon it.",
            "Clara Voss");
    assertThat(paraphrase.matches()).isNotEmpty();
    assertThat(paraphrase.verdicts()).contains(Verdict.VARIANT_WORDING);
    assertThat(paraphrase.verdicts()).doesNotContain(Verdict.MISATTRIBUTED);
  }

  @Test
  void wordsTooCommonForASeedAreTracedWhereTheyStandWhole() throws Exception {
    StoredQuotation q = stored("gossip", "I do not know");
    assertThat(q.verdicts()).containsExactly("VERBATIM");
    assertThat(q.explanation()).startsWith("Source: hearing:4");
    // words that common do not tell who wrote them: given to someone else, not misattributed
    QuoteCheck given = stage.checkText("I do not know, how should I know?", "Clara Voss");
    assertThat(given.verdicts()).containsExactly(Verdict.VERBATIM);
  }

  @Test
  void aTurnOfPhraseFoundAllOverTheCorpusIsNobodysQuotation() throws Exception {
    StoredQuotation q = stored("gossip", "as it was before");
    assertThat(q.verdicts()).containsExactly("NOT_FOUND");
  }

  @Test
  void aLooseQuotationIsTracedToTheTextOfTheOneItIsAttributedTo() {
    // fewer than half of its words are the speech's: a source only for the speech's own author
    String words =
        "let every course be tried with the plumb line before the next is laid upon it, so that no"
            + " child of ours shall ever see the water come down upon the lower farms in the night";
    QuoteCheck his = stage.checkText(words, "Amos Thorne");
    assertThat(his.verdicts()).containsExactly(Verdict.INTERPOLATED);
    assertThat(his.best().passage().docB()).isEqualTo("speech");
    assertThat(stage.checkText(words, null).verdicts()).containsExactly(Verdict.NOT_FOUND);
    assertThat(stage.checkText(words, "Clara Voss").verdicts()).containsExactly(Verdict.NOT_FOUND);
  }
}
