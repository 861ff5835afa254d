package org.sverka.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import org.sverka.text.LineMap;

/**
 * suggest-claims and drift over the mentions and entities that the real analyze of the demo corpus
 * wrote. The assertions hold whatever ids and names the resolver gives; one test needs a controlled
 * must-not situation and writes its own rows into a copy of the case whose stage rows it removed.
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
    }
  }

  @Test
  void sentencesComeWithTheirMentionsAndEntities() throws Exception {
    try (CaseFile cf = CaseFile.openExisting(caseDir)) {
      List<MentionedSentence> all = MentionTables.sentences(cf, null);
      List<MentionedSentence> dewey = MentionTables.sentences(cf, "trotsky-dewey-13");
      assertThat(all.size()).isGreaterThan(dewey.size());
      assertThat(dewey).isNotEmpty().allMatch(s -> s.doc().equals("trotsky-dewey-13"));
      String text = new DocumentTables(cf).text("trotsky-dewey-13").orElseThrow();
      LineMap lines = LineMap.of(text);
      int prev = -1;
      for (MentionedSentence s : dewey) {
        // in sentence order, each mention inside its sentence, at its written form and lines
        assertThat(s.ord()).isGreaterThan(prev);
        prev = s.ord();
        int at = -1;
        for (MentionedSentence.Named n : s.mentions()) {
          Mention m = n.mention();
          assertThat(m.start()).isGreaterThanOrEqualTo(Math.max(s.span().start(), at));
          assertThat(m.end()).isLessThanOrEqualTo(s.span().end());
          assertThat(text.substring(m.start(), m.end())).isEqualTo(m.form());
          assertThat(m.lineStart()).isEqualTo(lines.lineOf(m.start()));
          at = m.start();
          if (n.entity() != null) {
            assertThat(n.name()).as("an entity has a name").isNotBlank();
          }
        }
      }
      // dewey 277: Olberg's statement of 20 August 1936 names Olberg, Sedov and Copenhagen
      MentionedSentence olberg =
          dewey.stream()
              .filter(s -> s.mentions().stream().anyMatch(n -> n.mention().form().equals("Olberg")))
              .filter(
                  s -> text.substring(s.span().start(), s.span().end()).contains("evening session"))
              .findFirst()
              .orElseThrow();
      assertThat(olberg.mentions().get(0).mention().lineStart()).isEqualTo(277);
      assertThat(olberg.mentions())
          .extracting(n -> n.mention().form())
          .contains("Olberg", "Sedov", "Copenhagen");
      assertThat(olberg.mentions())
          .filteredOn(n -> n.mention().form().equals("Copenhagen"))
          .allSatisfy(n -> assertThat(n.mention().type()).isEqualTo(EntityType.PLACE));
    }
  }

  @Test
  void suggestsPresenceClaimsThatAreAValidClaimsFile() throws Exception {
    try (CaseFile cf = CaseFile.openExisting(caseDir)) {
      CaseSources sources = new CaseSources(cf);
      ClaimSuggester.Drafts d = ClaimSuggester.suggest(MentionTables.sentences(cf, null), sources);
      assertThat(d.drafts()).isNotEmpty();
      for (ClaimSuggester.Draft x : d.drafts()) {
        // each draft cites real lines that hold its sentence, and names what it drafts
        String doc = new DocumentTables(cf).text(x.cite().doc()).orElseThrow();
        LineMap lines = LineMap.of(doc);
        assertThat(x.cite().lineEnd()).isLessThanOrEqualTo(lines.lineCount());
        String cited =
            doc.substring(lines.lineStart(x.cite().lineStart()), lines.lineEnd(x.cite().lineEnd()))
                .replaceAll("\\s+", " ");
        assertThat(cited).as(x.id()).contains(x.sentence());
        assertThat(d.people()).containsKeys(x.who().toArray(String[]::new));
        assertThat(d.places()).containsKey(x.where());
        assertThat(x.when()).isNotBlank();
      }
      // Olberg's statement: Olberg and Sedov, Copenhagen, 20 August 1936
      assertThat(d.drafts())
          .anySatisfy(
              x -> {
                assertThat(x.cite().toString()).isEqualTo("trotsky-dewey-13:277");
                assertThat(x.who().stream().map(d.people()::get))
                    .anyMatch(n -> n.contains("Olberg"))
                    .anyMatch(n -> n.contains("Sedov"));
                assertThat(d.places().get(x.where())).isEqualTo("Copenhagen");
                assertThat(x.when()).isEqualTo("1936-08-20");
              });
      // dewey 12 lists seven trials; the first date written is the interval of Nikolayev's trial
      assertThat(d.drafts())
          .filteredOn(x -> x.cite().toString().equals("trotsky-dewey-13:12"))
          .isNotEmpty()
          .allSatisfy(x -> assertThat(x.when()).isEqualTo("1934-12-28/1934-12-29"));
      String yaml = ClaimSuggester.yaml(d);
      assertThat(yaml).contains("  # trotsky-dewey-13:277: ");
      Path f = tmp.resolve("drafts.yaml");
      Files.writeString(f, yaml);
      ClaimsFile read = ClaimsFile.read(f, sources);
      assertThat(read.problems()).isEmpty();
      assertThat(read.claims()).hasSize(d.drafts().size());
      assertThat(read.people()).isEqualTo(d.people());
    }
  }

  /**
   * The must-nots of a draft, which the demo's real mentions cannot isolate: a sentence with a
   * person and a place but no date, or with a place and a date but nobody, gives no draft. The rows
   * are written into a copy of the case whose stage rows were removed first.
   */
  @Test
  void noDraftWithoutAPersonAPlaceAndADate() throws Exception {
    Path copy = tmp.resolve("controlled");
    Files.createDirectories(copy);
    Files.copy(caseDir.resolve("sverka.db"), copy.resolve("sverka.db"));
    try (CaseFile cf = CaseFile.openExisting(copy)) {
      MentionRows.clear(cf);
      MentionRows m = new MentionRows(cf);
      String dewey = "trotsky-dewey-13";
      // dewey 277: Olberg's statement of 20 August 1936 names Olberg, Sedov and Copenhagen
      m.person(dewey, "Olberg, declared at the evening session", "Olberg", "olberg", "Olberg");
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
      ClaimSuggester.Drafts d =
          ClaimSuggester.suggest(MentionTables.sentences(cf, null), new CaseSources(cf));
      assertThat(d.drafts())
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.cite().toString()).isEqualTo("trotsky-dewey-13:277");
                assertThat(x.who()).containsExactly("olberg", "sedov");
                assertThat(x.where()).isEqualTo("copenhagen");
              });
      assertThat(d.places()).doesNotContainKey("denmark");
    }
  }

  @Test
  void driftFollowsTheCastAroundAFocusTerm() throws Exception {
    try (CaseFile cf = CaseFile.openExisting(caseDir)) {
      List<MentionedSentence> sentences = MentionTables.sentences(cf, null);
      List<Drift.PartCast> parts = Drift.of(sentences, new CaseSources(cf), "Kirov");
      // every form the resolver joined to Kirov ("Kiroff" in a 1935 cable) names him
      Set<String> kirovIds = new HashSet<>();
      Set<String> kirovForms = new HashSet<>();
      for (MentionedSentence s : sentences) {
        for (MentionedSentence.Named n : s.mentions()) {
          if (n.mention().form().equals("Kirov") && n.entity() != null) {
            kirovIds.add(n.entity());
          }
        }
      }
      for (MentionedSentence s : sentences) {
        for (MentionedSentence.Named n : s.mentions()) {
          if (kirovIds.contains(n.entity()) && n.mention().role() == Mention.Role.NAME) {
            kirovForms.add(n.mention().form());
          }
        }
      }
      // the pamphlet (1934-12-28), its postscript (1935-01) and the 1937 speech, in date order
      assertThat(parts)
          .extracting(Drift.PartCast::date)
          .containsSubsequence("1934-12-28", "1935-01", "1937-04-17");
      assertThat(parts)
          .anySatisfy(
              p -> {
                assertThat(p.doc()).isEqualTo("trotsky-kirov-1935");
                assertThat(p.lineStart()).isEqualTo(229);
              });
      // Kirov's own entity, under any of its forms, is the focus, never in a cast
      Set<String> kirov = new HashSet<>();
      for (MentionedSentence s : sentences) {
        for (MentionedSentence.Named n : s.mentions()) {
          if (n.mention().form().equals("Kirov") && n.entity() != null) {
            kirov.add(n.entity());
          }
        }
      }
      List<Drift.Member> before = List.of();
      for (Drift.PartCast p : parts) {
        assertThat(p.sentences()).isPositive();
        for (Drift.Member member : p.cast()) {
          assertThat(kirov).doesNotContain(member.key());
          assertThat(member.type()).isIn(EntityType.PERSON, EntityType.ORGANIZATION);
          // a historian's check: the member is really named in a sentence of that part that
          // names Kirov, at the line cited as its first
          assertThat(sentences)
              .as(member.key() + " at " + member.first())
              .anySatisfy(
                  s -> {
                    assertThat(s.doc()).isEqualTo(p.doc());
                    assertThat(s.mentions())
                        .anyMatch(
                            n ->
                                n.key().equals(member.key())
                                    && n.mention().lineStart() == member.first().lineStart());
                    String text =
                        new DocumentTables(cf)
                            .text(s.doc())
                            .orElseThrow()
                            .substring(s.span().start(), s.span().end());
                    assertThat(kirovForms).anyMatch(text::contains);
                  });
        }
        // who appears and who vanishes is the difference of two casts
        List<String> now = p.cast().stream().map(Drift.Member::key).toList();
        List<String> then = before.stream().map(Drift.Member::key).toList();
        if (p != parts.get(0)) {
          assertThat(p.appeared())
              .extracting(Drift.Member::key)
              .containsExactlyElementsOf(
                  new ArrayList<>(now.stream().filter(k -> !then.contains(k)).toList()));
          assertThat(p.vanished())
              .extracting(Drift.Member::key)
              .containsExactlyElementsOf(then.stream().filter(k -> !now.contains(k)).toList());
        }
        before = p.cast();
      }
      // Vyshinsky linked Trotsky's name to the Kirov case in 1937 (dewey 96)
      Drift.PartCast speech =
          parts.stream().filter(p -> p.doc().equals("trotsky-dewey-13")).findFirst().orElseThrow();
      assertThat(speech.cast())
          .anySatisfy(
              mm -> {
                assertThat(mm.name()).contains("Vyshinsky");
                assertThat(mm.first().toString()).isEqualTo("trotsky-dewey-13:96");
              });
      // a term no sentence has
      assertThat(Drift.of(sentences, new CaseSources(cf), "Nobodyatall")).isEmpty();
    }
  }
}
