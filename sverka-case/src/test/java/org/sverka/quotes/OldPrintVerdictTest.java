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
 * Word-for-word quotations of older print are VERBATIM, and a real change stays a change. The
 * corpus is written here: a pamphlet of the 1770s in its own print (long s, capitalised nouns,
 * "&amp;", "publick", a note number), a newspaper of the 1850s, a legal brief of the 1990s and an
 * English translation of a classical moralist.
 */
class OldPrintVerdictTest {
  @TempDir static Path tmp;
  static CaseFile cf;
  static QuoteStage stage;

  static final String PAMPHLET =
      "AN ADDRESS TO THE FREEHOLDERS\n\n\n"
          + "It is the firſt Duty of every Freeman to watch over the publick Liberty, & to\n"
          + "reſiſt the earlieſt Encroachments of Power upon it.2 A People that ſleeps while its\n"
          + "Rulers grow ſtrong will wake to find its Chains already faſtened.\n\n\n"
          + "No Tax can be lawfully laid upon the Colony without the Conſent of its own\n"
          + "Aſſembly, and every Act of that Kind is void in its very Nature, whatever Name the\n"
          + "Miniſtry may give it.\n";

  static final String BRIEF =
      "BRIEF FOR THE APPELLANT\n\n\n"
          + "The trial court erred when it held that a bailee for hire must use only slight care in\n"
          + "keeping the goods entrusted to him. The settled rule is that such a bailee must use\n"
          + "ordinary care, and that he answers for any loss his want of ordinary care has caused.\n";

  static final String MORALIST =
      "ON THE SHORTNESS OF LIFE\n\n\n"
          + "It is not that we have a short time to live, but that we waste a great deal of it. Life\n"
          + "is long enough, and it has been given in sufficiently generous measure to allow the\n"
          + "accomplishment of the very greatest things if the whole of it is well invested.\n";

  static final String GAZETTE =
      "THE COUNTY GAZETTE\n\n\n"
          + "The new railway will carry the produce of the valley to the coast in a single day,"
          + " and\nthe farmers who now wait a week for their grain to reach market will be the"
          + " first to\nfeel the benefit of it.\n";

  @BeforeAll
  static void analyse() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("pamphlet.txt"), PAMPHLET);
    Files.writeString(in.resolve("brief.txt"), BRIEF);
    Files.writeString(in.resolve("moralist.txt"), MORALIST);
    Files.writeString(in.resolve("gazette.txt"), GAZETTE);
    Files.writeString(
        in.resolve("sources.yaml"),
        "documents:\n"
            + "  - {id: pamphlet, file: pamphlet.txt, author: Thomas Wendover, published: 1771}\n"
            + "  - {id: brief, file: brief.txt, author: Ruth Calloway, published: 1994-05-02}\n"
            + "  - {id: moralist, file: moralist.txt, author: Lucius Varro, published: 1932}\n"
            + "  - {id: gazette, file: gazette.txt, author: Henry Marsh, published: 1852-03-04}\n");
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

  /** Checks a text, asserting its only verdict and a part of its explanation. */
  static QuoteCheck checked(String text, Verdict verdict, String explained) {
    QuoteCheck c = stage.checkText(text, null);
    assertThat(c.verdicts()).containsExactly(verdict);
    assertThat(c.explanation()).contains(explained);
    return c;
  }

  @Test
  void modernisedQuotationOfLongSAndCapitalisedNounsIsVerbatim() {
    QuoteCheck c =
        stage.checkText(
            "\"It is the first duty of every freeman to watch over the public liberty, and to"
                + " resist the earliest encroachments of power upon it.\"",
            null);
    assertThat(c.verdicts()).containsExactly(Verdict.VERBATIM);
    assertThat(c.explanation()).contains("pamphlet:4-5");
  }

  @Test
  void ampersandForAndEitherWayIsVerbatim() {
    assertThat(
            verdicts(
                "such a bailee must use ordinary care, & that he answers for any loss his want of"
                    + " ordinary care has caused"))
        .containsExactly(Verdict.VERBATIM);
    assertThat(
            verdicts(
                "It is the first duty of every freeman to watch over the public liberty, and to"
                    + " resist the earliest encroachments"))
        .containsExactly(Verdict.VERBATIM);
    // an "and" the source lacks altogether is still an addition
    assertThat(
            verdicts(
                "such a bailee must use ordinary care, and that he answers for any and every loss"
                    + " his want of ordinary care has caused"))
        .containsExactly(Verdict.INTERPOLATED);
  }

  @Test
  void aNoteNumberInsideTheQuotationIsNotAnAddedWord() {
    assertThat(
            verdicts(
                "No tax can be lawfully laid upon the colony without the consent of its own"
                    + " assembly,2 and every act of that kind is void"))
        .containsExactly(Verdict.VERBATIM);
    assertThat(
            verdicts(
                "It is not that we have a short time to live, but that we waste a great deal of"
                    + " it.14 Life is long enough"))
        .containsExactly(Verdict.VERBATIM);
    // a number standing as a word is a word
    assertThat(
            verdicts(
                "It is not that we have a short time to live, but that we waste 20 a great deal of"
                    + " it. Life is long enough"))
        .containsExactly(Verdict.INTERPOLATED);
  }

  @Test
  void bracketedWordsStandingForTheSourcesAreNoChange() {
    QuoteCheck c =
        checked(
            "No tax can be lawfully laid upon the colony without the consent of [the colony's]"
                + " assembly, and every act of that kind is void",
            Verdict.VERBATIM,
            "bracketed");
    assertThat(c.best().differences())
        .anySatisfy(
            d -> {
              assertThat(d.op()).isEqualTo("changed");
              assertThat(d.marked()).isTrue();
            });
    // the same words without brackets leave the source's out
    assertThat(
            verdicts(
                "No tax can be lawfully laid upon the colony without the consent of the colony's"
                    + " assembly, and every act of that kind is void"))
        .doesNotContain(Verdict.VERBATIM);
  }

  @Test
  void innerMarksHyphensAndLineBreaksAreNoChange() {
    assertThat(
            verdicts(
                "such a bailee must use \"ordinary care,\" and that he answers for any loss his"
                    + " want of ordinary care has caused"))
        .containsExactly(Verdict.VERBATIM);
    assertThat(
            verdicts(
                "No tax can be lawfully laid upon the colony without the con-\nsent of its own"
                    + " assembly, and every act of that kind is void"))
        .containsExactly(Verdict.VERBATIM);
    assertThat(
            verdicts(
                "Life is long enough, and it has been given in sufficiently gene-rous measure to"
                    + " allow the accomplishment of the very greatest things"))
        .containsExactly(Verdict.VERBATIM);
  }

  @Test
  void aRealChangedWordStaysVariantWording() {
    checked(
        "the farmers who now wait a month for their grain to reach market will be the first"
            + " to feel the benefit",
        Verdict.VARIANT_WORDING,
        "changes \u201cweek\u201d to \u201cmonth\u201d");
    assertThat(
            verdicts(
                "No tax can be lawfully laid upon the colony without the consent of its own"
                    + " parliament, and every act of that kind is void"))
        .containsExactly(Verdict.VARIANT_WORDING);
  }
}
