package org.sverka.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.Corpus;
import org.sverka.document.DocumentBuilder;
import org.sverka.entities.NameTagger;
import org.sverka.store.CaseFile;
import org.sverka.store.MentionTables;
import org.sverka.text.LineMap;
import org.sverka.text.Segmenter;

/**
 * The CRF's answers kept in the case by sentence ({@code ner_cache}): a later run with a new file
 * gives the CRF only the sentences the case has not seen, and the tags it stores are those of the
 * CRF on every sentence.
 */
class TagCacheCaseTest {
  @TempDir Path tmp;

  @Test
  void aNewFileOfKnownSentencesAddsOnlyItsNewSentencesAndKeepsTheCrfsTags() throws Exception {
    String kirov = Corpus.text(Corpus.KIROV);
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    Files.writeString(corpus.resolve("kirov.txt"), kirov);
    Analyzer.Options options =
        new Analyzer.Options(List.of(corpus), null, Analyzer.Options.DEFAULT_MAX_FILE_BYTES, 2);
    try (CaseFile cf = CaseFile.open(tmp.resolve("case"))) {
      new Analyzer(null).run(cf, options);
      long first = cf.count("ner_cache");
      assertThat(first).isGreaterThan(300);
      assertThat(cf.count("ner_tags")).isGreaterThan(200);

      // an edition of the pamphlet: the same text and one new paragraph of two sentences
      String edition =
          kirov
              + "\n\nZinoviev and Kamenev were tried in Moscow. Nikolaev was shot in Leningrad.\n";
      Files.writeString(corpus.resolve("kirov-edition.txt"), edition);
      new Analyzer(null).run(cf, options);
      assertThat(cf.count("ner_cache") - first).isBetween(1L, 2L);

      // what the case stores for the edition is what the CRF gives on every sentence
      Map<String, List<NameTagger.Tagged>> stored = MentionTables.tags(cf);
      List<NameTagger.Tagged> crf =
          new NameTagger()
              .tag(
                  new Segmenter()
                      .paragraphs(
                          edition, LineMap.of(edition), DocumentBuilder.normalizerFor(edition)));
      assertThat(stored).hasSize(2);
      String editionId =
          stored.keySet().stream().filter(k -> k.contains("edition")).findFirst().orElseThrow();
      assertThat(stored.get(editionId)).isEqualTo(crf);
      assertThat(crf.subList(crf.size() - 4, crf.size()))
          .extracting(t -> edition.substring(t.span().start(), t.span().end()))
          .contains("Nikolaev", "Leningrad");
    }
  }
}
