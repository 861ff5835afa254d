package org.sverka.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.Corpus;
import org.sverka.claims.ClaimSuggester;
import org.sverka.claims.ClaimsFile;
import org.sverka.claims.Drift;
import org.sverka.claims.MentionedSentence;
import org.sverka.entities.EntityType;
import org.sverka.entities.Mention;
import org.sverka.pipeline.Analyzer;

/**
 * suggest-claims and drift over mention rows written at real offsets of the analysed demo corpus.
 */
class MentionTablesTest {
  @TempDir static Path tmp;
  static Path caseDir;

  @BeforeAll
  static void analyse() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    try (Stream<Path> files = Files.list(Corpus.DIR)) {
      for (Path f : files.toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
    caseDir = tmp.resolve("case");
    try (CaseFile cf = CaseFile.open(caseDir)) {
      new Analyzer(null)
          .run(
              cf,
              new Analyzer.Options(
                  List.of(corpus), null, Analyzer.Options.DEFAULT_MAX_FILE_BYTES, 2));
      MentionRows m = new MentionRows(cf);
      String dewey = "trotsky-dewey-13";
      String kirov = "trotsky-kirov-1935";
      // dewey 277: Olberg's statement of 20 August 1936 names Olberg, Sedov and Copenhagen
      m.person(
          dewey, "Olberg, declared at the evening session", "Olberg", "olberg", "Valentine Olberg");
      m.person(dewey, "Copenhagen with Sedov to see", "Sedov", "sedov", "Leon Sedov");
      m.add(
          dewey,
          "Copenhagen with Sedov to see",
          "Copenhagen",
          EntityType.PLACE,
          Mention.Role.NAME,
          "copenhagen",
          "Copenhagen");
      // dewey 291: Sedov and Copenhagen, but no date in the sentence: no draft
      m.person(dewey, "Sedov busies himself with the preparations", "Sedov", "sedov", "Leon Sedov");
      m.add(
          dewey,
          "for his trip to Copenhagen",
          "Copenhagen",
          EntityType.PLACE,
          Mention.Role.NAME,
          "copenhagen",
          "Copenhagen");
      // dewey 313: a place and a date, but nobody named: no draft
      m.add(
          dewey,
          "a single \u201cTrotskyite\u201d in Denmark",
          "Denmark",
          EntityType.PLACE,
          Mention.Role.NAME,
          "denmark",
          "Denmark");
      // the cast around Kirov: the pamphlet (1934-12-28), its postscript (1935-01), the 1937 speech
      m.person(kirov, "Zinoviev of leading posts", "Zinoviev", "zinoviev", "G. Zinoviev");
      m.person(kirov, "Nicolaiev, the murderer of Kirov", "Nicolaiev", "nikolayev", "L. Nikolayev");
      m.person(kirov, "Trotsky's charge that the agents", "Trotsky", "trotsky", "Leon Trotsky");
      m.add(
          kirov,
          "G.P.U. were implicated in the assassination of Kirov",
          "G.P.U.",
          EntityType.ORGANIZATION,
          Mention.Role.NAME,
          "gpu",
          "G.P.U.");
      m.person(dewey, "Nikolayev, who killed Kirov", "Nikolayev", "nikolayev", "L. Nikolayev");
      m.person(
          dewey, "Vyshinsky, in order to link my name", "Vyshinsky", "vyshinsky", "A. Vyshinsky");
    }
  }

  @Test
  void sentencesComeWithTheirMentionsAndEntities() throws Exception {
    try (CaseFile cf = CaseFile.openExisting(caseDir)) {
      List<MentionedSentence> all = MentionTables.sentences(cf, null);
      List<MentionedSentence> dewey = MentionTables.sentences(cf, "trotsky-dewey-13");
      assertThat(all.size()).isGreaterThan(dewey.size());
      // in document order: Nikolayev (line 92) first
      assertThat(dewey.get(0).mentions().get(0).mention().lineStart()).isEqualTo(92);
      MentionedSentence olberg =
          dewey.stream()
              .filter(s -> s.mentions().get(0).mention().form().equals("Olberg"))
              .findFirst()
              .orElseThrow();
      assertThat(olberg.mentions())
          .extracting(MentionedSentence.Named::entity)
          .contains("olberg", "sedov", "copenhagen");
      assertThat(olberg.mentions().get(0).name()).isEqualTo("Valentine Olberg");
      assertThat(olberg.mentions().get(0).mention().lineStart()).isEqualTo(277);
    }
  }

  @Test
  void suggestsPresenceClaimsThatAreAValidClaimsFile() throws Exception {
    try (CaseFile cf = CaseFile.openExisting(caseDir)) {
      CaseSources sources = new CaseSources(cf);
      ClaimSuggester.Drafts d = ClaimSuggester.suggest(MentionTables.sentences(cf, null), sources);
      assertThat(d.drafts())
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.cite().toString()).isEqualTo("trotsky-dewey-13:277");
                assertThat(x.who()).containsExactly("olberg", "sedov");
                assertThat(x.where()).isEqualTo("copenhagen");
                assertThat(x.when()).isEqualTo("1936-08-20");
                assertThat(x.sentence())
                    .contains("Olberg, declared at the evening session of August 20th, 1936");
              });
      String yaml = ClaimSuggester.yaml(d);
      assertThat(yaml).contains("  # trotsky-dewey-13:277: ").contains("    where: copenhagen\n");
      Path f = tmp.resolve("drafts.yaml");
      Files.writeString(f, yaml);
      ClaimsFile read = ClaimsFile.read(f, sources);
      assertThat(read.problems()).isEmpty();
      assertThat(read.claims()).hasSize(1);
      assertThat(read.people()).containsEntry("sedov", "Leon Sedov");
    }
  }

  @Test
  void driftFollowsTheCastAroundAFocusTerm() throws Exception {
    try (CaseFile cf = CaseFile.openExisting(caseDir)) {
      List<Drift.PartCast> parts =
          Drift.of(MentionTables.sentences(cf, null), new CaseSources(cf), "Kirov");
      assertThat(parts)
          .extracting(Drift.PartCast::date)
          .containsExactly("1934-12-28", "1935-01", "1937-04-17");
      assertThat(parts.get(0).cast()).extracting(Drift.Member::key).containsExactly("zinoviev");
      assertThat(parts.get(1).appeared())
          .extracting(Drift.Member::key)
          .containsExactly("gpu", "nikolayev", "trotsky");
      assertThat(parts.get(1).vanished()).extracting(Drift.Member::key).containsExactly("zinoviev");
      assertThat(parts.get(1).lineStart()).isEqualTo(229);
      // Nicolaiev (1935) and Nikolayev (1937) are one entity: he stays
      assertThat(parts.get(2).appeared())
          .extracting(Drift.Member::key)
          .containsExactly("vyshinsky");
      assertThat(parts.get(2).vanished())
          .extracting(Drift.Member::key)
          .containsExactly("gpu", "trotsky");
      assertThat(parts.get(2).cast())
          .extracting(Drift.Member::first)
          .extracting(Object::toString)
          .containsExactly("trotsky-dewey-13:92", "trotsky-dewey-13:96");
      // a term no sentence has
      assertThat(Drift.of(MentionTables.sentences(cf, null), new CaseSources(cf), "Bukharin"))
          .isEmpty();
    }
  }
}
