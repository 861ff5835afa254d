package org.sverka.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.Corpus;
import org.sverka.pipeline.Analyzer;
import org.sverka.stage.QuoteStage;
import org.sverka.stage.ReuseStage;
import org.sverka.store.CaseFile;
import org.sverka.store.QuotationTables;
import org.sverka.store.StoredQuotation;

/**
 * Every verdict, on quotations built from passages of the demo corpus: the 1928 letter's quoted
 * Declaration ("Only a bureaucracy corrupted to its roots can demand this renunciation (from
 * political activity, ...). Only contemptible renegades can give such a promise.") with its
 * parenthesis dropped with and without an ellipsis, a word changed, words added, the attribution
 * changed; a sentence cut before its negation; and text that is not in the corpus.
 */
class QuoteVerdictTest {
  @TempDir static Path tmp;
  static CaseFile cf;
  static QuoteStage stage;

  static final String DECLARATION =
      "Only a bureaucracy corrupted to its roots can demand this renunciation (from political"
          + " activity, that is, from service to the Party and the international proletariat). Only"
          + " contemptible renegades can give such a promise.";

  /** The parenthesis of the Declaration's first sentence, with the space before it. */
  static final String PARENTHESIS =
      " (from political activity, that is, from service to the Party and the international proletariat)";

  @BeforeAll
  static void analyse() throws Exception {
    cf = CaseFile.open(tmp.resolve("case"));
    new Analyzer(null)
        .run(
            cf,
            new Analyzer.Options(
                List.of(Corpus.DIR), null, Analyzer.Options.DEFAULT_MAX_FILE_BYTES, 2));
    stage = new QuoteStage(ReuseStage.load(cf));
  }

  @AfterAll
  static void close() throws Exception {
    cf.close();
  }

  static QuoteCheck check(String text, String by) {
    return stage.checkText(text, by);
  }

  @Test
  void verbatimUpToCasePunctuationAndQuoteMarks() {
    QuoteCheck c = check("\"" + DECLARATION.toLowerCase().replace(",", "") + "\"", null);
    assertThat(c.verdicts()).containsExactly(Verdict.VERBATIM);
    assertThat(c.matches())
        .extracting(m -> m.passage().docB())
        .contains("trotsky-reply-1928", "trotsky-compilation");
    assertThat(c.explanation())
        .contains("Source: trotsky-")
        .containsAnyOf(":67,", ":417,")
        .doesNotContain("null");
  }

  @Test
  void parenthesisDroppedWithoutEllipsisIsAbridgedUnmarked() {
    QuoteCheck c = check(DECLARATION.replace(PARENTHESIS, ""), null);
    assertThat(c.verdicts()).containsExactly(Verdict.ABRIDGED_UNMARKED);
    assertThat(c.best().differences())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.op()).isEqualTo("omitted");
              assertThat(d.marked()).isFalse();
            });
    assertThat(c.explanation())
        .contains("leaves out")
        .contains("from political activity")
        .contains("without an ellipsis");
  }

  @Test
  void parenthesisDroppedWithAnEllipsisIsAbridgedMarked() {
    QuoteCheck c = check(DECLARATION.replace(PARENTHESIS + ".", " ... "), null);
    assertThat(c.verdicts()).containsExactly(Verdict.ABRIDGED_MARKED);
    assertThat(c.best().differences())
        .singleElement()
        .satisfies(d -> assertThat(d.marked()).isTrue());
  }

  @Test
  void aChangedWordIsVariantWordingWithThePairListed() {
    QuoteCheck c = check(DECLARATION.replace("corrupted", "rotten"), null);
    assertThat(c.verdicts()).containsExactly(Verdict.VARIANT_WORDING);
    Difference d = c.best().differences().get(0);
    assertThat(d.op()).isEqualTo("changed");
    assertThat(c.explanation()).contains("changes \u201ccorrupted\u201d to \u201crotten\u201d");
  }

  @Test
  void wordsTheSourceLacksAreInterpolatedUnlessBracketed() {
    QuoteCheck c =
        check(
            DECLARATION.replace("contemptible renegades", "contemptible and cowardly renegades"),
            null);
    assertThat(c.verdicts()).containsExactly(Verdict.INTERPOLATED);
    assertThat(c.explanation()).contains("adds \u201cand cowardly\u201d");
    QuoteCheck bracketed =
        check(
            DECLARATION.replace("contemptible renegades", "contemptible [and cowardly] renegades"),
            null);
    assertThat(bracketed.verdicts()).containsExactly(Verdict.VERBATIM);
  }

  @Test
  void stoppingBeforeTheSourceSentenceGoesOnWithANegation() {
    // trotsky-reply-1928:65 goes on: "..., not as repentant sinners but as revolutionary fighters"
    QuoteCheck c =
        check(
            "it can be liquidated immediately only when Article 58 perfidiously applies to us, is"
                + " recalled and we are taken back into the Party again",
            null);
    assertThat(c.verdicts()).containsExactly(Verdict.CUT_BEFORE_QUALIFIER);
    assertThat(c.explanation()).contains("not as repentant sinners");
    // the whole sentence is verbatim (the source's footnote number [1] is not a word left out)
    QuoteCheck whole =
        check(
            "it can be liquidated immediately only when Article 58 perfidiously applies to us, is"
                + " recalled and we are taken back into the Party again, not as repentant sinners but as"
                + " revolutionary fighters who are not betraying their banner.",
            null);
    assertThat(whole.verdicts()).containsExactly(Verdict.VERBATIM);
  }

  @Test
  void attributedToSomeoneElseIsMisattributed() {
    assertThat(check(DECLARATION, "J. V. Stalin").verdicts())
        .containsExactly(Verdict.MISATTRIBUTED);
    assertThat(check(DECLARATION, "Trotsky").verdicts()).containsExactly(Verdict.VERBATIM);
    assertThat(check(DECLARATION, "L. D. Trotsky").verdicts()).containsExactly(Verdict.VERBATIM);
  }

  @Test
  void severalVerdictsAtOnce() {
    QuoteCheck c =
        check(DECLARATION.replace("corrupted", "rotten").replace(PARENTHESIS, ""), "Stalin");
    assertThat(c.verdicts())
        .containsExactlyInAnyOrder(
            Verdict.VARIANT_WORDING, Verdict.ABRIDGED_UNMARKED, Verdict.MISATTRIBUTED);
  }

  @Test
  void textNotInTheCorpusIsNotFound() {
    QuoteCheck c =
        check(
            "The hotel in Copenhagen had a blue door and a garden full of roses where nobody ever met.",
            null);
    assertThat(c.verdicts()).containsExactly(Verdict.NOT_FOUND);
    assertThat(c.matches()).isEmpty();
  }

  @Test
  void aTenThousandWordTextWorks() {
    StringBuilder b = new StringBuilder();
    while (b.length() < 60_000) {
      b.append("Words of no consequence fill this page while the clerk writes on and on. ");
    }
    b.append(DECLARATION);
    QuoteCheck c = check(b.toString(), null);
    assertThat(c.matches()).isNotEmpty();
    assertThat(c.explanation())
        .startsWith("No source in the corpus. Only part of the quotation")
        .containsAnyOf(":67,", ":417,");
    assertThat(c.verdicts()).containsExactly(Verdict.NOT_FOUND);
  }

  @Test
  void quotationsInTheDemoDocumentsAreCheckedAgainstEarlierSources() throws Exception {
    List<StoredQuotation> quotes = new QuotationTables(cf).quotations(null);
    assertThat(quotes).isNotEmpty();
    // the Declaration quoted in the 1928 reply: its source is the same letter in the compilation
    // (both dated 1928-12-16), word for word
    StoredQuotation decl =
        quotes.stream()
            .filter(q -> q.doc().equals("trotsky-reply-1928") && q.lineStart() == 67)
            .findFirst()
            .orElseThrow();
    assertThat(decl.verdicts()).containsExactly("VERBATIM");
    // the 1937 testimony quotes the 1911 article (a block after a colon): the earlier 1935
    // pamphlet has it in another translation, so the wording varies
    StoredQuotation kampf =
        quotes.stream()
            .filter(q -> q.doc().equals("trotsky-dewey-13") && q.lineStart() == 63)
            .findFirst()
            .orElseThrow();
    assertThat(kampf.verdicts()).contains("VARIANT_WORDING");
    assertThat(kampf.explanation()).contains("trotsky-kirov-1935:161");
    // and the 1935 quotation of the same article has no earlier source in the corpus
    StoredQuotation kirov =
        quotes.stream()
            .filter(q -> q.doc().equals("trotsky-kirov-1935") && q.lineStart() == 161)
            .findFirst()
            .orElseThrow();
    assertThat(kirov.verdicts()).containsExactly("NOT_FOUND");
    assertThat(kirov.explanation()).contains("later text").contains("trotsky-dewey-13:63");
  }
}
