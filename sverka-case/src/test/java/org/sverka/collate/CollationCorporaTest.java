package org.sverka.collate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.Corpus;
import org.sverka.DemoAnalysis;
import org.sverka.pipeline.Analyzer;
import org.sverka.query.CaseQueries;
import org.sverka.query.Cluster;
import org.sverka.store.CaseFile;
import org.sverka.text.Cited;

/**
 * The passages that three or more places share, chained from the reuse passages and collated: on
 * the demo corpus (where they lie in the parts of Stalin's volume) and on the Lincoln-Douglas
 * debates (where the House Divided speech is read out in four debates).
 */
class CollationCorporaTest {
  @TempDir static Path tmp;
  static CaseFile demo;
  static CaseFile lincoln;

  @BeforeAll
  static void analyse() throws Exception {
    demo = CaseFile.open(tmp.resolve("demo"));
    DemoAnalysis.analyse(demo);
    lincoln = CaseFile.open(tmp.resolve("lincoln"));
    new Analyzer(null)
        .run(
            lincoln,
            new Analyzer.Options(
                List.of(Corpus.DIR.resolveSibling("lincoln-douglas-1858")),
                null,
                Analyzer.Options.DEFAULT_MAX_FILE_BYTES,
                2));
  }

  @AfterAll
  static void close() throws Exception {
    demo.close();
    lincoln.close();
  }

  /**
   * Every collation of the case's clusters keeps every witness's words, in order, and its citation.
   */
  static List<Collation> collateAll(CaseQueries q, List<Cluster> clusters) throws Exception {
    List<Collation> out = new ArrayList<>();
    for (Cluster c : clusters) {
      assertThat(c.places()).hasSizeGreaterThanOrEqualTo(3);
      Collation col = q.collate(c.places());
      assertThat(col.witnesses()).hasSize(c.places().size());
      for (int w = 0; w < col.witnesses().size(); w++) {
        Witness wit = col.witnesses().get(w);
        assertThat(c.places()).contains(wit.place());
        List<Word> read = new ArrayList<>();
        for (Column column : col.columns()) {
          if (column.cell(w) != null) {
            read.add(column.cell(w));
          }
        }
        assertThat(read).isEqualTo(wit.words()).isNotEmpty();
        String text = q.document(wit.place().doc(), true).text();
        for (Word word : read) {
          assertThat(wit.place().span().contains(word.span())).isTrue();
          assertThat(word.line()).isBetween(wit.place().lineStart(), wit.place().lineEnd());
          assertThat(text.substring(word.span().start(), word.span().end())).isNotBlank();
        }
      }
      for (int w = 1; w < col.witnesses().size(); w++) {
        assertThat(Collator.BY_DATE.compare(col.witnesses().get(w - 1), col.witnesses().get(w)))
            .isNegative();
      }
      out.add(col);
    }
    return out;
  }

  static Cluster holding(List<Cluster> clusters, String... cites) {
    return clusters.stream()
        .filter(c -> c.places().stream().map(Cited::cite).toList().containsAll(List.of(cites)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no cluster holds " + List.of(cites)));
  }

  /**
   * In the demo corpus no passage is in three files; the passages three or more places share are
   * Stalin's, repeated from speech to speech of his tenth volume (August to December 1927).
   */
  @Test
  void theDemoCorpusPassagesOfThreeOrMorePlacesAreCollated() throws Exception {
    CaseQueries q = CaseQueries.of(demo);
    List<Cluster> clusters = q.clusters(CaseQueries.MIN_WITNESSES);
    assertThat(clusters).hasSizeGreaterThanOrEqualTo(5);
    collateAll(q, clusters);
    Cluster repeated =
        holding(
            clusters,
            "stalin-works-10:4728-4740",
            "stalin-works-10:10720-10722",
            "stalin-works-10:19188-19202");
    Collation col = q.collate(repeated.places());
    assertThat(col.base().date()).isEqualTo("1927-08-09");
    assertThat(col.witnesses().get(col.witnesses().size() - 1).date()).isEqualTo("1927-12-07");
  }

  /**
   * Lincoln reads out the House Divided speech at Ottawa, Freeport, Jonesboro and Alton: one
   * cluster of five documents whose base is the speech.
   */
  @Test
  void theHouseDividedSpeechIsCollatedWithTheDebatesThatReadItOut() throws Exception {
    CaseQueries q = CaseQueries.of(lincoln);
    List<Cluster> clusters = q.clusters(CaseQueries.MIN_WITNESSES);
    List<Collation> all = collateAll(q, clusters);
    Cluster house = holding(clusters, "house-divided-1858:4-17", "ottawa-1858:63-72");
    assertThat(house.documents()).isGreaterThanOrEqualTo(5);
    Collation col = all.get(house.id() - 1);
    assertThat(col.base().place().doc()).isEqualTo("house-divided-1858");
    assertThat(col.witnesses().stream().map(w -> w.place().doc()).distinct())
        .contains("ottawa-1858", "freeport-1858", "jonesboro-1858", "alton-1858");
    // the speech and its reading at Ottawa agree in most of the columns both have
    int both = 0;
    int same = 0;
    int ottawa =
        col.witnesses()
            .indexOf(
                col.witnesses().stream()
                    .filter(w -> w.cite().equals("ottawa-1858:63-72"))
                    .findFirst()
                    .orElseThrow());
    for (Column c : col.columns()) {
      if (c.cell(0) != null && c.cell(ottawa) != null) {
        both++;
        same += c.cell(0).norm().equals(c.cell(ottawa).norm()) ? 1 : 0;
      }
    }
    assertThat(both).isGreaterThan(100);
    assertThat((double) same / both).isGreaterThan(0.9);
  }
}
