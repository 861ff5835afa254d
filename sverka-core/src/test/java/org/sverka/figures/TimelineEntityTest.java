package org.sverka.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.store.CaseFile;
import org.sverka.store.DateFigureTables;
import org.sverka.store.DateFigureTables.TimelineItem;
import org.sverka.store.TimelineMentionRows;
import org.sverka.time.Edtf;

/**
 * {@code timeline --entity} against the tables the entities stage fills (migration 4): mention rows
 * are inserted here at real offsets of the demo text, as that stage would.
 */
class TimelineEntityTest {
  @TempDir Path tmp;

  @Test
  void onlySentencesNamingTheEntityUnderAnyOfItsFormsWithTheNamesOfTheSentence() throws Exception {
    Path dir = tmp.resolve("case");
    try (CaseFile cf = CaseFile.open(dir)) {
      new org.sverka.pipeline.Analyzer(null)
          .run(
              cf,
              new org.sverka.pipeline.Analyzer.Options(
                  List.of(org.sverka.Corpus.DIR),
                  null,
                  org.sverka.pipeline.Analyzer.Options.DEFAULT_MAX_FILE_BYTES,
                  2));
    }
    try (CaseFile cf = CaseFile.open(dir)) {
      String dewey = cf.document("trotsky-dewey-13", true).orElseThrow().text();
      String kirov = cf.document("trotsky-kirov-1935", true).orElseThrow().text();
      TimelineMentionRows rows = new TimelineMentionRows(cf);
      rows.entity("Q-kirov", "PERSON", "Sergei Kirov");
      rows.entity("Q-stalin", "PERSON", "Joseph Stalin");
      // "... the 28th of December 1934, four weeks after the Kirov assassination ..." (line 67)
      int k = dewey.indexOf("Kirov assassination", dewey.indexOf("28th of December 1934"));
      rows.mention("trotsky-dewey-13", k, k + 5, "Kirov", "PERSON", "Q-kirov");
      int stalin = dewey.indexOf("Stalin", k - 600);
      if (stalin > 0 && stalin < k) {
        rows.mention("trotsky-dewey-13", stalin, stalin + 6, "Stalin", "PERSON", "Q-stalin");
      }
      // "On December 17, a dispatch was issued stating for the first time that Nicolaiev had
      // previously belonged to the opposition group of Zinoviev in Leningrad in 1926."
      int d17 = kirov.indexOf("On December 17");
      int nik = kirov.indexOf("Nicolaiev", d17);
      rows.mention("trotsky-kirov-1935", nik, nik + 9, "Nicolaiev", "PERSON", null);
      rows.entity("Q-zinoviev", "PERSON", "Grigory Zinoviev");
      int zin = kirov.indexOf("Zinoviev", d17);
      rows.mention("trotsky-kirov-1935", zin, zin + 8, "Zinoviev", "PERSON", "Q-zinoviev");

      DateFigureTables t = new DateFigureTables(cf);
      List<TimelineItem> byName = t.timeline("sergei kirov", null, null);
      assertThat(byName).isNotEmpty();
      assertThat(byName).extracting(i -> i.date().doc()).containsOnly("trotsky-dewey-13");
      assertThat(byName)
          .anySatisfy(
              i -> {
                assertThat(i.date().text()).isEqualTo("28th of December 1934");
                assertThat(i.date().value()).isEqualTo("1934-12-28");
                assertThat(i.entities()).contains("Sergei Kirov");
              });
      // every item's sentence holds a mention of the entity
      for (TimelineItem i : byName) {
        assertThat(i.entities()).contains("Sergei Kirov");
      }
      // a written form of the entity finds the same sentences
      assertThat(t.timeline("KIROV", null, null)).isEqualTo(byName);
      // an unlinked form
      List<TimelineItem> nicolaiev = t.timeline("nicolaiev", null, null);
      assertThat(nicolaiev).extracting(i -> i.date().value()).containsExactly("1926", "1934-12-17");
      assertThat(nicolaiev)
          .allSatisfy(
              i -> assertThat(i.entities()).containsExactly("Nicolaiev", "Grigory Zinoviev"));
      assertThat(t.timeline("Grigory Zinoviev", null, null)).isEqualTo(nicolaiev);
      // nobody
      assertThat(t.timeline("Nobody At All", null, null)).isEmpty();

      // ordered by value, and --from/--to keep what overlaps
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
      List<TimelineItem> dec34 = t.timeline(null, Edtf.parse("1934-12"), Edtf.parse("1934-12"));
      assertThat(dec34).isNotEmpty();
      assertThat(dec34)
          .allSatisfy(
              i ->
                  assertThat(Edtf.parse(i.date().value()).overlaps(Edtf.parse("1934-12")))
                      .isTrue());
    }
  }
}
