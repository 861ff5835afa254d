package org.sverka.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sverka.Corpus;
import org.sverka.text.Paragraph;
import org.sverka.text.Span;

class QuoteFinderTest {

  @Nested
  class MarksAndNesting {
    @Test
    void everyStyleOfMark() {
      Quotes q =
          Quotes.of(
              "He said \"plain words\" and ‘curly single’ and “curly double” and 'plain single'"
                  + " and «guillemets» and ‹single guillemets› and »German« and „low high“"
                  + " and „low curly”.");
      assertThat(q.texts())
          .containsExactly(
              "plain words",
              "curly single",
              "curly double",
              "plain single",
              "guillemets",
              "single guillemets",
              "German",
              "low high",
              "low curly");
      assertThat(q.found)
          .extracting(Quotation::style)
          .containsExactly(
              Style.DOUBLE_STRAIGHT,
              Style.SINGLE_CURLY,
              Style.DOUBLE_CURLY,
              Style.SINGLE_STRAIGHT,
              Style.GUILLEMETS,
              Style.GUILLEMETS,
              Style.GUILLEMETS,
              Style.LOW_HIGH,
              Style.LOW_HIGH);
      Quotation first = q.found.get(0);
      assertThat(q.outer(first)).isEqualTo("\"plain words\"");
      assertThat(first.segments()).containsExactly(first.span());
      assertThat(first.closed()).isTrue();
      assertThat(first.depth()).isZero();
    }

    @Test
    void marksTypedAsInTex() {
      // ``...'' as older electronic transcriptions print them
      Quotes q =
          Quotes.of(
              "The first question is in these words: ``I desire to know whether he stands"
                  + " pledged to the free soil platform?'' [Cries of ``Good.'']");
      assertThat(q.texts())
          .containsExactly(
              "I desire to know whether he stands pledged to the free soil platform?", "Good.");
    }

    @Test
    void marksWrittenAsCharacterReferences() {
      // XML and HTML keep the marks as references: named, decimal and hexadecimal
      Quotes q =
          Quotes.of(
              "<p>Mr. Smith wrote, &ldquo;the &lsquo;great&rsquo; bridge is down,&rdquo; and"
                  + " the mayor&rsquo;s man replied &#8220;not so&#8221;<ref n=\"4\"/> at"
                  + " once, then &#x201C;never&#x201D;.</p>");
      assertThat(q.texts())
          .containsExactly("the &lsquo;great&rsquo; bridge is down,", "great", "not so", "never");
      Quotation first = q.found.get(0);
      assertThat(q.outer(first)).isEqualTo("&ldquo;the &lsquo;great&rsquo; bridge is down,&rdquo;");
      assertThat(q.outer(q.found.get(1))).isEqualTo("&lsquo;great&rsquo;");
      assertThat(first.attribution().speaker()).isEqualTo("Mr. Smith");
      assertThat(q.found.get(1).depth()).isEqualTo(1);
    }

    @Test
    void referencesAsMarksKeepEveryOffset() {
      String t = "said &ldquo;yes&rdquo; and Smith&rsquo;s &amp; &quot;no&quot;";
      String r = Marks.referencesAsMarks(t);
      assertThat(r).hasSameSizeAs(t);
      assertThat(r).isEqualTo("said       “yes”       and Smith&rsquo;s &amp;      \"no\"     ");
      assertThat(Marks.referencesAsMarks("no references here")).isEqualTo("no references here");
    }

    @Test
    void singleInsideDoubleAndDoubleInsideSingle() {
      Quotes q = Quotes.of("“He called it ‘a lie’ twice,” she wrote, and ‘the “truth” won’.");
      assertThat(q.texts())
          .containsExactly("He called it ‘a lie’ twice,", "a lie", "the “truth” won", "truth");
      assertThat(q.found).extracting(Quotation::depth).containsExactly(0, 1, 0, 1);
      assertThat(q.found.get(0).outer().contains(q.found.get(1).outer())).isTrue();
      assertThat(q.found.get(2).style()).isEqualTo(Style.SINGLE_CURLY);
      assertThat(q.found.get(3).style()).isEqualTo(Style.DOUBLE_CURLY);
    }

    @Test
    void nestedSuccessfulInTheKirovPamphlet() throws IOException {
      Quotes q = Quotes.corpus(Corpus.KIROV);
      List<Quotation> line161 = q.onLine(161);
      assertThat(line161).hasSize(2);
      Quotation inner = line161.get(1);
      assertThat(q.text(inner)).isEqualTo("successful");
      assertThat(q.outer(inner)).isEqualTo("'successful'");
      assertThat(inner.style()).isEqualTo(Style.SINGLE_STRAIGHT);
      assertThat(inner.depth()).isEqualTo(1);
      assertThat(line161.get(0).outer().contains(inner.outer())).isTrue();
    }

    @Test
    void apostrophesAreNotQuotationMarks() {
      Quotes q =
          Quotes.of(
              "Trotsky’s answer to the workers’ state, Stalin's reply, the workers' party,"
                  + " 'tis the season, rock 'n' roll, the '20s, O’Callaghan and don’t.");
      assertThat(q.found).isEmpty();
    }

    @Test
    void apostrophesInsideQuotations() {
      Quotes q =
          Quotes.of(
              "Ryazanov called him ‘Lenin’s cudgel.’ The workers’ ‘own’ state, and 'Trotsky's"
                  + " theory' of the workers' state.");
      assertThat(q.texts()).containsExactly("Lenin’s cudgel.", "own", "Trotsky's theory");
    }

    @Test
    void aPluralPossessiveClosesOnlyAPendingSingleQuote() {
      // ambiguous s’ before a space: an apostrophe unless a single quotation is open at that depth
      assertThat(Quotes.of("the workers’ state is ours").found).isEmpty();
      assertThat(Quotes.of("they call it ‘the Soviets’ and so on").texts())
          .containsExactly("the Soviets");
    }

    @Test
    void mixedDoubleMarksCloseEachOther() {
      Quotes q = Quotes.of("he is called the closest “comrade-in-arms.“ And so on.");
      assertThat(q.texts()).containsExactly("comrade-in-arms.");
      assertThat(q.found.get(0).closed()).isTrue();
    }
  }

  @Nested
  class MultiParagraph {
    @Test
    void kirovQuotationOverTwoParagraphsIsOneQuotation() throws IOException {
      Quotes q = Quotes.corpus(Corpus.KIROV);
      Quotation kampf = q.onLine(161).get(0);
      assertThat(kampf.style()).isEqualTo(Style.DOUBLE_STRAIGHT);
      assertThat(kampf.closed()).isTrue();
      assertThat(kampf.segments()).hasSize(2);
      assertThat(q.at(kampf.segments().get(0)))
          .startsWith("Whether or not the terrorist act")
          .endsWith("continues its work.");
      assertThat(q.at(kampf.segments().get(1)))
          .startsWith("But the turmoil")
          .endsWith("for a party?");
      assertThat(q.text(kampf)).startsWith("Whether").endsWith("for a party?");
      assertThat(q.outer(kampf)).startsWith("\"Whether").endsWith("party?\"");
      assertThat(q.lines.lineOf(kampf.span().end())).isEqualTo(163);
      // the repeated opening mark is in neither segment
      int mark = q.text.indexOf("\"But the turmoil");
      assertThat(kampf.segments()).noneMatch(s -> s.start() <= mark && mark < s.end());
      assertThat(q.onLine(163)).isEmpty();
    }

    @Test
    void repeatedOpeningMarkContinuesSyntheticQuotation() {
      Quotes q =
          Quotes.paragraphs(
              "Lenin wrote:",
              "\"First quoted paragraph.",
              "\"Second quoted paragraph.",
              "\"Third and last.\"",
              "The author again.");
      Quotation x = q.only();
      assertThat(x.segments())
          .extracting(q::at)
          .containsExactly(
              "First quoted paragraph.", "Second quoted paragraph.", "Third and last.");
      assertThat(x.attribution().speaker()).isEqualTo("Lenin");
    }

    @Test
    void aParagraphCutByAPageBreakDoesNotEndTheQuotation() throws IOException {
      // Stalin volume lines 2618-2624: the quotation runs over a page break (three blank lines),
      // which the layout takes for a paragraph break; the next part starts in lower case
      Quotes q = Quotes.corpus(Corpus.STALIN);
      Quotation defeatism = q.starting("What is defeatism?");
      assertThat(defeatism.closed()).isTrue();
      assertThat(defeatism.segments()).hasSizeGreaterThanOrEqualTo(2);
      assertThat(q.at(defeatism.segments().get(1))).startsWith("defeatism will be a falsification");
    }
  }

  @Nested
  class BlockQuotations {
    @Test
    void deweyLines61To63() throws IOException {
      Quotes q = Quotes.corpus(Corpus.DEWEY);
      List<Quotation> at63 = q.onLine(63);
      Quotation block = at63.get(0);
      assertThat(block.style()).isEqualTo(Style.BLOCK);
      assertThat(block.span()).isEqualTo(block.outer());
      assertThat(block.span()).isEqualTo(q.paragraphAt(63).span());
      assertThat(block.segments()).hasSize(1);
      assertThat(block.closed()).isTrue();
      assertThat(block.attribution().firstPerson()).isTrue();
      assertThat(block.attribution().work()).isEqualTo("Der Kampf");
      assertThat(q.at(block.attribution().workSpan())).isEqualTo("Der Kampf");
      assertThat(q.lines.lineOf(block.attribution().workSpan().start())).isEqualTo(61);
      // “successful,” inside the block
      Quotation successful = at63.get(1);
      assertThat(q.text(successful)).isEqualTo("successful,");
      assertThat(successful.depth()).isEqualTo(1);
    }

    @Test
    void deweyLines67To71GoOnToTheBracketedSource() throws IOException {
      Quotes q = Quotes.corpus(Corpus.DEWEY);
      Quotation block = q.onLine(69).get(0);
      assertThat(block.style()).isEqualTo(Style.BLOCK);
      assertThat(block.segments()).hasSize(2);
      assertThat(q.text(block)).startsWith("... If Marxists").endsWith("[January 1935, No.41]");
      assertThat(block.ellipses()).extracting(q::at).containsExactly("...");
      assertThat(block.insertions()).extracting(q::at).contains("[January 1935, No.41]");
      Attribution a = block.attribution();
      assertThat(a.firstPerson()).isTrue();
      assertThat(a.speaker()).isEqualTo("I");
      assertThat(a.work()).isEqualTo("Bulletin of the Opposition");
      assertThat(q.onLine(73)).isEmpty();
    }

    @Test
    void deweyHoltzmanTestimonyBlockHasANestedQuotationAndAnInsertion() throws IOException {
      Quotes q = Quotes.corpus(Corpus.DEWEY);
      List<Quotation> at315 = q.onLine(315);
      Quotation block = at315.get(0);
      assertThat(block.style()).isEqualTo(Style.BLOCK);
      assertThat(block.insertions()).extracting(q::at).containsExactly("[my emphasis]");
      assertThat(block.attribution().speaker()).isEqualTo("Holtzman");
      Quotation sedov = at315.get(1);
      assertThat(sedov.depth()).isEqualTo(1);
      assertThat(sedov.attribution().speaker()).isEqualTo("Sedov");
    }

    @Test
    void compilationSelfQuotations() throws IOException {
      Quotes q = Quotes.corpus(Corpus.COMPILATION);
      // "the following is an extract from my speech ...:" (line 55), "I stated:" (59)
      for (int line : new int[] {57, 61, 65, 73}) {
        Quotation block = q.onLine(line).get(0);
        assertThat(block.style()).as("line %d", line).isEqualTo(Style.BLOCK);
        assertThat(block.attribution().firstPerson()).as("line %d", line).isTrue();
      }
      // a block is one paragraph unless the next begins with an ellipsis or in lower case
      assertThat(q.onLine(75)).isEmpty();
      Quotation booklet = q.onLine(83).get(0);
      assertThat(booklet.attribution().work()).isEqualTo("Questions of Daily Life");
    }

    @Test
    void synthetic() {
      Quotes q =
          Quotes.paragraphs(
              "I wrote in the Bulletin of the Opposition:",
              "The bureaucracy fears the masses.",
              "... and the masses will answer it.",
              "and so it went.",
              "Here the author speaks again.");
      Quotation b = q.only();
      assertThat(b.style()).isEqualTo(Style.BLOCK);
      assertThat(b.segments()).hasSize(3);
      assertThat(q.text(b)).startsWith("The bureaucracy").endsWith("and so it went.");
      assertThat(b.attribution().firstPerson()).isTrue();
      assertThat(b.attribution().work()).isEqualTo("Bulletin of the Opposition");
    }

    @Test
    void colonsThatDoNotIntroduceAQuotation() {
      // a list after a colon, a summary "as follows", the author's own "submit the following"
      assertThat(
              Quotes.paragraphs(
                      "The resolution makes the following points:",
                      "1. The kulak must be taxed.",
                      "2. The poor must be freed from taxes.")
                  .found)
          .isEmpty();
      assertThat(
              Quotes.paragraphs(
                      "What is the general summary for the period? It is as follows:",
                      "The industry has grown.")
                  .found)
          .isEmpty();
      assertThat(
              Quotes.paragraphs(
                      "I consider it necessary to submit the following to the Central Committee:",
                      "To demand that I renounce my activity is wrong.")
                  .found)
          .isEmpty();
      // but the same paragraphs after an introduction that quotes are a block
      assertThat(
              Quotes.paragraphs("The resolution of the Plenum reads:", "The kulak must be taxed.")
                  .found)
          .extracting(Quotation::style)
          .containsExactly(Style.BLOCK);
    }

    @Test
    void replyToStalinSubmitTheFollowingIsNoQuotation() throws IOException {
      Quotes q = Quotes.corpus(Corpus.REPLY);
      assertThat(q.onLine(25)).allMatch(x -> x.style() != Style.BLOCK);
    }
  }

  @Nested
  class EllipsesAndInsertions {
    @Test
    void synthetic() {
      Quotes q =
          Quotes.of(
              "Lenin wrote: \"The state . . . is a machine [my emphasis] for oppression (sic) …"
                  + " of one class [...] by another [!] (in Germany — J. St.) [. . .] and the rest"
                  + " … (our italics) ... – J. St.\"");
      Quotation x = q.found.get(0);
      assertThat(x.ellipses())
          .extracting(q::at)
          .containsExactly(". . .", "…", "[...]", "[. . .]", "…", "...");
      assertThat(x.insertions())
          .extracting(q::at)
          .containsExactly(
              "[my emphasis]",
              "(sic)",
              "[!]",
              "(in Germany — J. St.)",
              "(our italics)",
              "– J. St.");
      assertThat(x.ellipses()).allMatch(e -> x.span().contains(e));
      assertThat(x.insertions()).allMatch(e -> x.span().contains(e));
    }

    @Test
    void editorsSignaturesInTheCorpus() throws IOException {
      Quotes stalin = Quotes.corpus(Corpus.STALIN);
      Quotation zinoviev = stalin.starting("On the question of Soviets");
      assertThat(zinoviev.insertions()).extracting(stalin::at).contains("(in Germany — J. St.)");
      Quotes comp = Quotes.corpus(Corpus.COMPILATION);
      Quotation bukharin = comp.onLine(302).get(0);
      assertThat(bukharin.insertions())
          .extracting(comp::at)
          .containsExactly("(we can work toward it, that is true. – L.T.)");
      assertThat(bukharin.ellipses()).extracting(comp::at).containsExactly("...");
      Quotes dewey = Quotes.corpus(Corpus.DEWEY);
      Quotation hangout = dewey.starting("had for years [!]");
      assertThat(hangout.insertions()).extracting(dewey::at).containsExactly("[!]");
    }

    @Test
    void ordinaryParenthesesAreNotInsertions() {
      Quotes q = Quotes.of("\"Only a bureaucracy can demand this (from political activity).\"");
      assertThat(q.found.get(0).insertions()).isEmpty();
    }
  }

  @Nested
  class UnbalancedMarks {
    @Test
    void anUnclosedMarkIsCutAtItsParagraphEnd() {
      Quotes q =
          Quotes.paragraphs(
              "He said \"this is wrong.", "The next paragraph has \"its own\" quote.");
      assertThat(q.found).hasSize(2);
      Quotation cut = q.found.get(0);
      assertThat(cut.closed()).isFalse();
      assertThat(q.text(cut)).isEqualTo("this is wrong.");
      assertThat(cut.outer().end()).isEqualTo(cut.span().end());
      assertThat(q.outer(cut)).isEqualTo("\"this is wrong.");
      assertThat(q.text(q.found.get(1))).isEqualTo("its own");
    }

    @Test
    void aStrayMarkEarlyInALongParagraphQuotesNothing() {
      String filler = "The bureaucracy grows and the masses wait. ".repeat(70);
      Quotes q = Quotes.paragraphs("He \"said " + filler, "Next.");
      assertThat(q.found).isEmpty();
    }

    @Test
    void aStrayOpeningMarkGivesWayToTheNextOpening() {
      Quotes q = Quotes.of("A stray \"mark here, and then \"a real quote\" follows.");
      assertThat(q.texts()).containsExactly("a real quote");
    }

    @Test
    void deweyUnclosedWhoeverStalks() throws IOException {
      Quotes q = Quotes.corpus(Corpus.DEWEY);
      Quotation whoever = q.starting("Whoever stalks a ministerial portfolio");
      assertThat(whoever.closed()).isFalse();
      Paragraph p = q.paragraphAt(59);
      assertThat(whoever.span().end()).isEqualTo(p.span().end());
      // "The hero" cult" on line 71: a closing mark with nothing open is no quotation
      assertThat(q.onLine(71)).noneMatch(x -> q.text(x).contains("cult"));
    }

    @Test
    void unclosedStraightSingleQuoteIsTakenForAnApostrophe() {
      assertThat(Quotes.of("The 'workers think so and the paragraph ends.").found).isEmpty();
    }

    @Test
    void unclosedMarkDoesNotSwallowTheIntroductionOfABlock() throws IOException {
      // compilation line 238: a stray “ before "leveling", then "Comrade Stalin has written:"
      Quotes q = Quotes.corpus(Corpus.COMPILATION);
      Quotation block = q.onLine(240).get(0);
      assertThat(block.style()).isEqualTo(Style.BLOCK);
      assertThat(block.attribution().speaker()).isEqualTo("Comrade Stalin");
      Quotation leveling = q.starting("leveling tendency");
      assertThat(leveling.closed()).isFalse();
      assertThat(q.text(leveling)).doesNotContain("Comrade Stalin has written");
    }
  }

  @Nested
  class Attributions {
    @Test
    void speakerBeforeAndAfter() {
      assertThat(speaker("Lenin said: \"The state is a machine.\"")).isEqualTo("Lenin");
      assertThat(speaker("\"The state is a machine,\" said Lenin.")).isEqualTo("Lenin");
      assertThat(speaker("\"The state is a machine\" writes Stalin.")).isEqualTo("Stalin");
      assertThat(speaker("Comrade Rykov declared that \"we are right\"."))
          .isEqualTo("Comrade Rykov");
      assertThat(speaker("J. V. Stalin wrote: \"The Party is strong.\"")).isEqualTo("J. V. Stalin");
      assertThat(speaker("Zinoviev, in his article 'The Danger', stated that \"all is lost\"."))
          .isEqualTo("Zinoviev");
      assertThat(speaker("At the Tenth Congress Lenin said that \"unity\" matters."))
          .isEqualTo("Lenin");
      assertThat(speaker("According to Zinoviev, \"all is well\".")).isEqualTo("Zinoviev");
      assertThat(speaker("As Lenin put it, \"better fewer, but better\".")).isEqualTo("Lenin");
      assertThat(speaker("The weather was \"fine\" that day.")).isNull();
    }

    @Test
    void firstPerson() {
      Attribution a = attribution("As I wrote in Pravda: \"The opposition is right.\"");
      assertThat(a.firstPerson()).isTrue();
      assertThat(a.speaker()).isEqualTo("I");
      assertThat(a.work()).isEqualTo("Pravda");
      assertThat(attribution("In my article I said \"no\".").firstPerson()).isTrue();
      Attribution we = attribution("We wrote literally in the Declaration: \"No renunciation.\"");
      assertThat(we.firstPerson()).isTrue();
      assertThat(we.speaker()).isNull();
      assertThat(we.work()).isEqualTo("Declaration");
    }

    @Test
    void works() {
      assertThat(work("Trotsky wrote in Der Kampf: \"Terror is futile.\"")).isEqualTo("Der Kampf");
      assertThat(work("He wrote in Bulletin No. 42: \"Terror is futile.\""))
          .isEqualTo("Bulletin No. 42");
      assertThat(work("\"Terror is futile\" (Vol. IX, p. 410).")).isEqualTo("Vol. IX, p. 410");
      assertThat(work("Zinoviev stated in his article 'The Danger' that \"all is lost\"."))
          .isEqualTo("The Danger");
      assertThat(work("It is said in the Declaration of the Opposition: \"We are loyal.\""))
          .isEqualTo("Declaration of the Opposition");
      assertThat(work("It appeared in the Austrian periodical *Kampf*: \"Terror is futile.\""))
          .isEqualTo("Kampf");
    }

    @Test
    void kirovKampf() throws IOException {
      Quotes q = Quotes.corpus(Corpus.KIROV);
      Attribution a = q.onLine(161).get(0).attribution();
      assertThat(a.firstPerson()).isTrue();
      assertThat(a.work()).isEqualTo("Kampf");
      // the work span points at the name without the markdown asterisks, on line 159
      assertThat(q.at(a.workSpan())).isEqualTo("Kampf");
      assertThat(q.text.charAt(a.workSpan().start() - 1)).isEqualTo('*');
    }

    @Test
    void interruptedQuotationInTheDeweyTestimony() throws IOException {
      Quotes q = Quotes.corpus(Corpus.DEWEY);
      Quotation first = q.starting("In the blind alley of terrorism,");
      Quotation second = q.starting("the hand of provocation rules");
      assertThat(first.attribution().firstPerson()).isTrue();
      assertThat(second.attribution().firstPerson()).isTrue();
      assertThat(q.at(first.attribution().speakerSpan())).isEqualTo("I");
    }

    @Test
    void corpusSpeakersAndWorks() throws IOException {
      Quotes stalin = Quotes.corpus(Corpus.STALIN);
      Attribution oppressed = stalin.starting("What is the most important").attribution();
      assertThat(oppressed.speaker()).isEqualTo("Lenin");
      assertThat(oppressed.work()).isEqualTo("Vol. XXV, p. 351");
      assertThat(stalin.at(oppressed.workSpan())).isEqualTo("Vol. XXV, p. 351");
      assertThat(stalin.starting("On the question of Soviets").attribution().speaker())
          .isEqualTo("Zinoviev");
      Quotes comp = Quotes.corpus(Corpus.COMPILATION);
      assertThat(comp.starting("In Russia, where the proletariat").attribution().speaker())
          .isEqualTo("Otto Bauer");
      Quotes reply = Quotes.corpus(Corpus.REPLY);
      Attribution declaration = reply.onLine(67).get(0).attribution();
      assertThat(declaration.firstPerson()).isTrue();
      assertThat(declaration.work()).isEqualTo("Declaration");
      Quotes dewey = Quotes.corpus(Corpus.DEWEY);
      assertThat(dewey.onLine(69).get(0).attribution().work())
          .isEqualTo("Bulletin of the Opposition");
    }

    private Attribution attribution(String text) {
      Quotes q = Quotes.of(text);
      Quotation last = q.found.get(q.found.size() - 1);
      assertThat(last.attribution()).as("attribution of %s", q.texts()).isNotNull();
      Attribution a = last.attribution();
      if (a.speakerSpan() != null && a.speaker() != null && !a.speaker().equals("I")) {
        assertThat(q.at(a.speakerSpan())).isEqualTo(a.speaker());
      }
      if (a.workSpan() != null) {
        assertThat(q.at(a.workSpan()).replace("*", "")).isEqualTo(a.work());
      }
      return a;
    }

    private String speaker(String text) {
      Quotes q = Quotes.of(text);
      Quotation last = q.found.get(q.found.size() - 1);
      return last.attribution() == null ? null : attribution(text).speaker();
    }

    private String work(String text) {
      return attribution(text).work();
    }
  }

  @Nested
  class Order {
    @Test
    void deterministicAndOrderedBySpanStartThenDepth() throws IOException {
      Quotes a = Quotes.corpus(Corpus.DEWEY);
      Quotes b = Quotes.corpus(Corpus.DEWEY);
      assertThat(a.found).isEqualTo(b.found);
      List<Quotation> qs = a.found;
      for (int i = 1; i < qs.size(); i++) {
        Quotation x = qs.get(i - 1);
        Quotation y = qs.get(i);
        assertThat(
                x.span().start() < y.span().start()
                    || (x.span().start() == y.span().start() && x.depth() <= y.depth()))
            .as("%s before %s", x.span(), y.span())
            .isTrue();
      }
    }

    @Test
    void sameSpanStartOrdersOuterFirst() {
      // a block whose first word starts a nested quotation at the same offset is impossible, but
      // a quotation that opens with a nested one is not: "'Tis" aside, "'A' and B"
      Quotes q = Quotes.of("He said: \"‘Iskra’ was right.\"");
      assertThat(q.found).extracting(Quotation::depth).containsExactly(0, 1);
      Span outer = q.found.get(0).span();
      assertThat(outer.start()).isLessThan(q.found.get(1).span().start());
    }
  }
}
