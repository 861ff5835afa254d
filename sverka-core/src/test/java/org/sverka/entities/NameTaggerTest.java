package org.sverka.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.sverka.Corpus;
import org.sverka.document.DocumentBuilder;
import org.sverka.text.LineMap;
import org.sverka.text.Paragraph;
import org.sverka.text.Segmenter;

/** The CRF half of name finding, on the Kirov pamphlet. */
class NameTaggerTest {
  @Test
  void tagsMapBackToTheOriginalAndDoNotDependOnThreadsOrTheSentenceFilter() throws Exception {
    String text = Corpus.text(Corpus.KIROV);
    List<Paragraph> paragraphs =
        new Segmenter().paragraphs(text, LineMap.of(text), DocumentBuilder.normalizerFor(text));
    List<NameTagger.Tagged> alone = new NameTagger().tag(paragraphs);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      // shared out in slices over two threads: the same tags in the same order
      assertThat(NameTagger.tag(paragraphs, pool)).isEqualTo(alone);
    } finally {
      pool.shutdown();
    }
    // sentences with no capitalised word but a small opener never hold a name here
    assertThat(new NameTagger(true).tag(paragraphs)).isEqualTo(alone);

    assertThat(alone).hasSizeGreaterThan(200);
    for (NameTagger.Tagged t : alone) {
      Paragraph p = paragraphs.get(t.paragraph());
      String norm = p.normalized().text().substring(t.normStart(), t.normEnd());
      String orig = text.substring(t.span().start(), t.span().end());
      // the original under the span is the normalised text, up to line breaks
      assertThat(orig.replaceAll("\\s+", " ")).isEqualTo(norm.replaceAll("\\s+", " "));
      assertThat(t.label()).isIn("PERSON", "LOCATION", "ORGANIZATION");
    }
    assertThat(alone)
        .anySatisfy(
            t -> {
              assertThat(text.substring(t.span().start(), t.span().end())).isEqualTo("Zinoviev");
              assertThat(t.label()).isEqualTo("PERSON");
            });
  }

  @Test
  void possessivesAndAcronymsAreCutAsCoreNlpCutsThem() {
    String s = "Stalin's Trotskyists' G.P.U";
    assertThat(NameTagger.possessive(s, 0, 8)).isEqualTo(6);
    assertThat(NameTagger.possessive(s, 9, 21)).isEqualTo(20);
    assertThat(NameTagger.possessive(s, 0, 6)).isZero();
    assertThat(NameTagger.acronym(s, 22, 27)).isTrue();
    assertThat(NameTagger.acronym(s, 0, 6)).isFalse();
  }

  @Test
  void aSentenceWithoutFullStopsIsTaggedInWindowsWithTheSameNamesAsShortSentences() {
    // a text run together without stops: one sentence far longer than the CRF's window
    StringBuilder run = new StringBuilder();
    StringBuilder stops = new StringBuilder();
    String clause = "the letter that Ellen Terry sent from Edinburgh reached Henry Irving at last";
    for (int i = 0; i < 400; i++) {
      run.append(i == 0 ? "" : " and ").append(clause);
      stops.append(i == 0 ? "" : " ").append("Then ").append(clause).append('.');
    }
    List<NameTagger.Tagged> windows = tagOne(run.toString());
    List<NameTagger.Tagged> sentences = tagOne(stops.toString());
    assertThat(run.toString().split(" ").length).isGreaterThan(4 * NameTagger.WINDOW);
    // names in every window, to the end of the text
    assertThat(windows).hasSizeGreaterThan(3 * 400 * 9 / 10);
    assertThat(windows.get(windows.size() - 1).span().end())
        .isGreaterThan(run.length() - clause.length());
    assertThat(windows.stream().map(NameTagger.Tagged::label).distinct())
        .containsExactlyInAnyOrderElementsOf(
            sentences.stream().map(NameTagger.Tagged::label).distinct().toList());
  }

  @Test
  void cachedAnswersGiveTheSameTagsAndEachDistinctSentenceGoesToTheCrfOnce() throws Exception {
    String text = Corpus.text(Corpus.KIROV);
    // the pamphlet twice, as two documents: every sentence of the second is met already
    List<Paragraph> paragraphs =
        new Segmenter().paragraphs(text, LineMap.of(text), DocumentBuilder.normalizerFor(text));
    List<NameTagger.Tagged> alone = new NameTagger().tag(paragraphs);
    TagCache cache = new TagCache();
    assertThat(new NameTagger().tag(paragraphs, cache)).isEqualTo(alone);
    long distinct = cache.size();
    assertThat(cache.misses()).isEqualTo(distinct);
    assertThat(cache.hits()).isLessThan(distinct / 10); // few repeated sentences in one pamphlet
    long before = cache.hits();
    assertThat(new NameTagger().tag(paragraphs, cache)).isEqualTo(alone);
    assertThat(cache.size()).isEqualTo(distinct);
    assertThat(cache.hits() - before).isEqualTo(cache.misses() + before);

    // stored and read back (as the case keeps them): the same tags, with no CRF call
    List<java.util.Map.Entry<Long, int[]>> fresh = cache.drain();
    assertThat(fresh).hasSize((int) distinct);
    assertThat(cache.drain()).isEmpty();
    TagCache read = new TagCache();
    for (java.util.Map.Entry<Long, int[]> e : fresh) {
      read.load(e.getKey(), TagCache.decode(TagCache.encode(e.getValue())));
    }
    assertThat(new NameTagger().tag(paragraphs, read)).isEqualTo(alone);
    assertThat(read.misses()).isZero();
    assertThat(read.drain()).isEmpty();
  }

  @Test
  void answersRoundTripThroughTheirBytes() {
    int[] runs = {0, 2, 0, 5, 6, 2, 999, 1001, 1};
    assertThat(TagCache.decode(TagCache.encode(runs))).containsExactly(runs);
    assertThat(TagCache.decode(new byte[0])).isEmpty();
    assertThat(TagCache.key(List.of("Kirov", "was", "shot")))
        .isNotEqualTo(TagCache.key(List.of("Kirov", "wasshot")))
        .isEqualTo(TagCache.key(List.of("Kirov", "was", "shot")));
  }

  private static List<NameTagger.Tagged> tagOne(String text) {
    List<Paragraph> paragraphs =
        new Segmenter().paragraphs(text, LineMap.of(text), DocumentBuilder.normalizerFor(text));
    assertThat(paragraphs).hasSize(1);
    return new NameTagger().tag(paragraphs);
  }
}
