package org.sverka.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.Corpus;
import org.sverka.pipeline.Analyzer;
import org.sverka.store.CaseFile;
import org.sverka.store.DateFigureTables;
import org.sverka.store.DateFigureTables.TimelineItem;
import org.sverka.store.DocumentTables;
import org.sverka.store.NamedMention;
import org.sverka.time.Edtf;

/**
 * {@code timeline --entity} over what the real analyze of the demo corpus wrote into the tables
 * {@code mentions} and {@code entities}: nothing is inserted. The assertions hold whatever ids and
 * names the resolver gives Kirov, and whichever of his written forms it links.
 */
class TimelineEntityTest {
  @TempDir Path tmp;

  @Test
  void onlySentencesNamingTheEntityUnderAnyOfItsFormsWithTheNamesOfTheSentence() throws Exception {
    Path dir = tmp.resolve("case");
    try (CaseFile cf = CaseFile.open(dir)) {
      new Analyzer(null)
          .run(
              cf,
              new Analyzer.Options(
                  List.of(Corpus.DIR), null, Analyzer.Options.DEFAULT_MAX_FILE_BYTES, 2));
    }
    try (CaseFile cf = CaseFile.open(dir)) {
      DateFigureTables t = new DateFigureTables(cf);
      Map<String, List<NamedMention>> mentions = t.mentions();
      // the entity (or entities) the mention finder and resolver made of the written "Kirov"
      Set<String> kirovIds =
          mentions.values().stream()
              .flatMap(List::stream)
              .filter(m -> m.form().equals("Kirov") && m.entity() != null)
              .map(NamedMention::entity)
              .collect(Collectors.toCollection(TreeSet::new));
      assertThat(kirovIds).as("the demo names Kirov").isNotEmpty();
      Set<String> kirovNames =
          mentions.values().stream()
              .flatMap(List::stream)
              .filter(m -> m.entity() != null && kirovIds.contains(m.entity()))
              .map(NamedMention::entityName)
              .collect(Collectors.toCollection(TreeSet::new));
      Set<String> kirovForms =
          mentions.values().stream()
              .flatMap(List::stream)
              .filter(m -> m.entity() != null && kirovIds.contains(m.entity()))
              .map(NamedMention::form)
              .collect(Collectors.toCollection(TreeSet::new));

      List<TimelineItem> kirov = t.timeline("Kirov", null, null);
      assertThat(kirov).isNotEmpty();
      for (TimelineItem i : kirov) {
        String sentence =
            new DocumentTables(cf)
                .text(i.date().doc())
                .orElseThrow()
                .substring(i.date().sentenceStart(), i.date().sentenceEnd());
        // a historian's check: the sentence itself names him, under one of his written forms
        assertThat(kirovForms)
            .as("%s:%d %s", i.date().doc(), i.date().lineStart(), sentence)
            .anyMatch(sentence::contains);
        // and the names listed with the item include his
        assertThat(i.entities()).containsAnyElementsOf(kirovNames);
      }
      // Trotsky, 1937, of the 28 December 1934 statement four weeks after the assassination
      assertThat(kirov)
          .anySatisfy(
              i -> {
                assertThat(i.date().doc()).isEqualTo("trotsky-dewey-13");
                assertThat(i.date().text()).isEqualTo("28th of December 1934");
                assertThat(i.date().value()).isEqualTo("1934-12-28");
              });
      // nothing is missing: every dated sentence with a mention of him is in the timeline
      long expected =
          t.timeline(null, null, null).stream()
              .filter(
                  i ->
                      mentions.getOrDefault(i.date().doc(), List.of()).stream()
                          .anyMatch(
                              m ->
                                  m.entity() != null
                                      && kirovIds.contains(m.entity())
                                      && m.span().start() >= i.date().sentenceStart()
                                      && m.span().end() <= i.date().sentenceEnd()))
              .count();
      assertThat(kirov).hasSize((int) expected);
      // any written form, the entity's name and any letter case find the same sentences
      for (String form : kirovForms) {
        assertThat(t.timeline(form, null, null)).as(form).isEqualTo(kirov);
      }
      for (String name : kirovNames) {
        assertThat(t.timeline(name, null, null)).as(name).isEqualTo(kirov);
      }
      assertThat(t.timeline("KIROV", null, null)).isEqualTo(kirov);
      // a word that is in sentences but names nobody there: Leningrad is a place, not Kirov
      List<TimelineItem> leningrad = t.timeline("Leningrad", null, null);
      Pattern kirovWord = Pattern.compile("\\bKirov\\b");
      assertThat(leningrad).isNotEqualTo(kirov);
      assertThat(leningrad)
          .anySatisfy(
              i ->
                  assertThat(
                          kirovWord
                              .matcher(
                                  new DocumentTables(cf)
                                      .text(i.date().doc())
                                      .orElseThrow()
                                      .substring(i.date().sentenceStart(), i.date().sentenceEnd()))
                              .find())
                      .isFalse());
      // nobody
      assertThat(t.timeline("Nobody At All", null, null)).isEmpty();

      // ordered by value, and --from/--to keep what lies inside
      List<TimelineItem> all = t.timeline(null, null, null);
      Edtf prev = null;
      for (TimelineItem i : all) {
        if (i.date().value() == null) {
          continue;
        }
        Edtf v = Edtf.parse(i.date().value());
        if (prev != null) {
          assertThat(v.compareTo(prev)).isGreaterThanOrEqualTo(0);
        }
        prev = v;
      }
      List<TimelineItem> dec34 = t.timeline("Kirov", Edtf.parse("1934-12"), Edtf.parse("1934-12"));
      assertThat(dec34).isNotEmpty().isSubsetOf(kirov);
      assertThat(dec34)
          .allSatisfy(
              i ->
                  assertThat(Edtf.parse(i.date().value()).overlaps(Edtf.parse("1934-12")))
                      .isTrue());
    }
  }
}
