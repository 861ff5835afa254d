package org.sverka.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.claims.MentionedSentence;
import org.sverka.entities.EntityType;
import org.sverka.entities.Mention;
import org.sverka.stage.QuoteStage;
import org.sverka.stage.ReuseStage;
import org.sverka.store.CaseFile;
import org.sverka.text.Cited;
import org.sverka.text.Span;

/**
 * With the case's names known, a quotation is attributed only to a person or an organisation, and
 * MISATTRIBUTED needs a resolved person who is neither the source's author nor the quoting author.
 * The names are given as the mention and entity stages would store them, so that each rule is
 * tested on its own; {@code AnalyzerOrderTest} runs the real stages.
 */
class SpeakerNamesTest {
  @TempDir static Path tmp;
  static CaseFile cf;
  static String reply;

  /** The source's sentences; the reply quotes one of them after each speaker. */
  static final String[] WORDS = {
    "the price of tobacco has fallen by half in two seasons along the whole river",
    "the planters who borrowed against the crop will lose their land to the merchants",
    "no ship has left the harbour with a full cargo since the frost of last winter",
    "the new warehouse by the wharf stands empty and its owners are looking for tenants",
    "our sons are leaving the county for the western lands beyond the mountains",
    "the roads to the courthouse are so bad that the judges could not sit in the spring",
    "a fair price for wheat would restore the credit of every farmer in the parish",
    "the ferry across the bay has been given up for want of passengers and of horses"
  };

  static final String[] SPEAKERS = {
    "Wendover", "Hartley", "Virginia", "Gazette", "Ashby", "Pike", "Bramble", "Assembly"
  };

  @BeforeAll
  static void analyse() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    StringBuilder source = new StringBuilder("A LETTER TO THE PLANTERS\n\n\n");
    for (String w : WORDS) {
      source.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1)).append(". ");
    }
    Files.writeString(in.resolve("letter.txt"), source.toString().strip() + "\n");
    StringBuilder b = new StringBuilder("A REPLY TO THE LETTER\n\n\n");
    for (int i = 0; i < SPEAKERS.length; i++) {
      b.append("Then ").append(SPEAKERS[i]).append(" said \"").append(WORDS[i]).append(".\"\n\n\n");
    }
    reply = b.toString();
    Files.writeString(in.resolve("reply.txt"), reply);
    Files.writeString(
        in.resolve("sources.yaml"),
        "documents:\n"
            + "  - {id: letter, file: letter.txt, author: Thomas Wendover, published: 1771}\n"
            + "  - {id: reply, file: reply.txt, author: Samuel Pike, published: 1772}\n");
    cf = TextCase.analyse(in, tmp.resolve("case"));
  }

  @AfterAll
  static void close() throws Exception {
    cf.close();
  }

  /** A NAME mention of the reply at the first place {@code form} stands after "Then ". */
  static MentionedSentence.Named named(String form, String longer, EntityType type, String entity) {
    int at = reply.indexOf("Then " + form) + 5;
    int start = longer == null ? at : at - longer.indexOf(form);
    String f = longer == null ? form : longer;
    Mention m =
        new Mention(
            Cited.of("reply", start, start + f.length(), 1, 1),
            0,
            f,
            type,
            Mention.Role.NAME,
            "test");
    return new MentionedSentence.Named(
        m, entity == null ? null : type.name().toLowerCase() + ":" + entity, entity);
  }

  static List<CheckedQuotation> withNames() throws Exception {
    List<MentionedSentence.Named> ns = new ArrayList<>();
    ns.add(named("Wendover", null, EntityType.PERSON, "Thomas Wendover"));
    ns.add(named("Hartley", null, EntityType.PERSON, "John Hartley"));
    ns.add(named("Virginia", null, EntityType.PLACE, "Virginia"));
    ns.add(named("Gazette", null, EntityType.WORK, "Gazette"));
    ns.add(named("Ashby", null, EntityType.PERSON, null)); // not resolved
    ns.add(named("Pike", null, EntityType.PERSON, "Samuel Pike")); // the quoting author
    // Bramble: no name found there
    ns.add(named("Assembly", null, EntityType.ORGANIZATION, "Assembly"));
    List<MentionedSentence> sentences =
        List.of(new MentionedSentence("reply", 0, new Span(0, reply.length()), ns));
    return new QuoteStage(ReuseStage.load(cf))
        .withNames(sentences).findAll().stream().filter(q -> q.doc().equals("reply")).toList();
  }

  static CheckedQuotation saidBy(List<CheckedQuotation> qs, String speaker) {
    int at = reply.indexOf("Then " + speaker);
    return qs.stream()
        .filter(q -> q.quotation().span().start() > at)
        .min((x, y) -> Integer.compare(x.quotation().span().start(), y.quotation().span().start()))
        .orElseThrow();
  }

  @Test
  void onlyAResolvedPersonWhoIsNeitherAuthorIsMisattributed() throws Exception {
    List<CheckedQuotation> qs = withNames();
    assertThat(qs).hasSize(SPEAKERS.length);
    assertThat(saidBy(qs, "Hartley").check().verdicts()).contains(Verdict.MISATTRIBUTED);
    assertThat(saidBy(qs, "Hartley").attributedTo()).isEqualTo("Hartley");
    for (String s : List.of("Wendover", "Virginia", "Gazette", "Ashby", "Pike", "Assembly")) {
      assertThat(saidBy(qs, s).check().verdicts()).as(s).doesNotContain(Verdict.MISATTRIBUTED);
      assertThat(saidBy(qs, s).check().verdicts()).as(s).contains(Verdict.VERBATIM);
    }
  }

  @Test
  void aPlaceAWorkOrAWordNoNameStageFoundIsNobody() throws Exception {
    List<CheckedQuotation> qs = withNames();
    for (String s : List.of("Virginia", "Gazette", "Bramble")) {
      CheckedQuotation q = saidBy(qs, s);
      assertThat(q.attributedTo()).as(s).isNull();
      assertThat(q.quotation().attribution()).as(s).isNull();
    }
    assertThat(saidBy(qs, "Assembly").attributedTo()).isEqualTo("Assembly");
    assertThat(saidBy(qs, "Ashby").attributedTo()).isEqualTo("Ashby");
  }

  @Test
  void withoutNamesTheTextsSpeakersStand() throws Exception {
    List<CheckedQuotation> qs =
        new QuoteStage(ReuseStage.load(cf))
            .findAll().stream().filter(q -> q.doc().equals("reply")).toList();
    assertThat(saidBy(qs, "Virginia").attributedTo()).isEqualTo("Virginia");
    // the quoting author naming himself is not judged against the source's author
    assertThat(saidBy(qs, "Pike").check().verdicts()).doesNotContain(Verdict.MISATTRIBUTED);
    assertThat(saidBy(qs, "Hartley").check().verdicts()).contains(Verdict.MISATTRIBUTED);
  }
}
