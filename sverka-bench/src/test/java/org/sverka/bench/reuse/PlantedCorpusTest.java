package org.sverka.bench.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.reuse.MatchKey;
import org.sverka.text.Segmenter;

class PlantedCorpusTest {
  static SentencePool pool;

  @BeforeAll
  static void pool() throws Exception {
    pool = SentencePool.fromDirectory(ReuseEditRateTest.demo());
  }

  static Map<String, String> texts(PlantedCorpus c) {
    Map<String, String> m = new HashMap<>();
    for (PlantedCorpus.Doc d : c.docs()) {
      m.put(d.id(), d.text());
    }
    return m;
  }

  @Test
  void thePoolHasNoRepeatedContentGram() {
    assertThat(pool.sentences()).hasSizeGreaterThan(3000);
    ContentGrams seen = new ContentGrams(1 << 16);
    for (String s : pool.sentences()) {
      long[] g = seen.of(s);
      assertThat(seen.containsAny(g)).as(s).isFalse();
      seen.addAll(g);
    }
  }

  @Test
  void theSameSpecGivesTheSameCorpus() {
    PlantedCorpus.Spec spec = PlantedCorpus.Spec.of(3, 120_000, 0.15);
    PlantedCorpus a = PlantedCorpus.generate(pool, spec);
    PlantedCorpus b = PlantedCorpus.generate(pool, spec);
    assertThat(a.docs()).isEqualTo(b.docs());
    assertThat(a.cases()).isEqualTo(b.cases());
    assertThat(PlantedCorpus.generate(pool, PlantedCorpus.Spec.of(4, 120_000, 0.15)).docs())
        .isNotEqualTo(a.docs());
  }

  @Test
  void withoutEditsEveryCopyIsItsSourceVerbatim() {
    PlantedCorpus c = PlantedCorpus.generate(pool, PlantedCorpus.Spec.of(5, 200_000, 0));
    Map<String, String> t = texts(c);
    assertThat(c.cases()).hasSizeGreaterThanOrEqualTo(18);
    assertThat(c.stats().chars()).isBetween(180_000L, 220_000L);
    for (PlantedCorpus.Case k : c.cases()) {
      String a = t.get(k.docA()).substring(k.startA(), k.endA());
      String b = t.get(k.docB()).substring(k.startB(), k.endB());
      assertThat(b).isEqualTo(a);
      assertThat(k.editedWords()).isZero();
      assertThat(a.split("\\s+").length).isEqualTo(k.words()).isBetween(40, 400);
    }
  }

  @Test
  void editsAreMadeAtTheRequestedRateAndCasesDoNotOverlap() {
    PlantedCorpus c = PlantedCorpus.generate(pool, PlantedCorpus.Spec.of(6, 300_000, 0.2));
    Map<String, String> t = texts(c);
    long words = 0;
    long edited = 0;
    int[] kinds = new int[5];
    Map<String, List<int[]>> spans = new HashMap<>();
    for (PlantedCorpus.Case k : c.cases()) {
      words += k.words();
      edited += k.editedWords();
      kinds[0] += k.substituted();
      kinds[1] += k.ocr();
      kinds[2] += k.transliterated();
      kinds[3] += k.omittedSentences();
      kinds[4] += k.insertedSentences();
      assertThat(k.editedWords())
          .isEqualTo(
              k.substituted()
                  + k.ocr()
                  + k.transliterated()
                  + k.omittedWords()
                  + k.insertedWords());
      for (int side = 0; side < 2; side++) {
        String doc = side == 0 ? k.docA() : k.docB();
        int start = side == 0 ? k.startA() : k.startB();
        int end = side == 0 ? k.endA() : k.endB();
        String text = t.get(doc);
        assertThat(Character.isWhitespace(text.charAt(start))).isFalse();
        assertThat(Character.isWhitespace(text.charAt(end - 1))).isFalse();
        assertThat(start == 0 || Character.isWhitespace(text.charAt(start - 1))).isTrue();
        assertThat(Character.isWhitespace(text.charAt(end))).isTrue();
        spans.computeIfAbsent(doc, x -> new ArrayList<>()).add(new int[] {start, end});
      }
    }
    assertThat((double) edited / words).isBetween(0.19, 0.21);
    assertThat(kinds).doesNotContain(0);
    for (List<int[]> xs : spans.values()) {
      xs.sort((x, y) -> Integer.compare(x[0], y[0]));
      for (int i = 1; i < xs.size(); i++) {
        assertThat(xs.get(i)[0]).isGreaterThanOrEqualTo(xs.get(i - 1)[1]);
      }
    }
  }

  @Test
  void aWrittenCorpusReadsBackTheSame(@TempDir Path dir) throws Exception {
    PlantedCorpus c = PlantedCorpus.generate(pool, PlantedCorpus.Spec.of(8, 60_000, 0.1));
    c.write(dir);
    PlantedCorpus.Truth truth = PlantedCorpus.readTruth(dir);
    assertThat(truth.cases()).isEqualTo(c.cases());
    assertThat(truth.spec()).isEqualTo(c.spec());
    assertThat(PlantedCorpus.readDocs(dir)).isEqualTo(c.docs());
  }

  @Test
  void transliterationVariantsAreTheOnesOfTheDemoTexts() {
    Random rnd = new Random(1);
    assertThat(variants("Zinoviev", rnd)).contains("Zinovieff");
    assertThat(variants("Tsarist", rnd)).contains("Czarist");
    assertThat(variants("Czarist", rnd)).contains("Tsarist");
    assertThat(variants("Nicolaiev,", rnd)).contains("Nicolayev,", "Nikolaiev,");
    assertThat(Edits.transliterate("party", rnd)).isNull();
    for (String v : variants("Zinoviev", rnd)) {
      String a = Segmenter.fold("Zinoviev");
      String b = Segmenter.fold(v);
      assertThat(MatchKey.similar(a, b, MatchKey.of(a), MatchKey.of(b))).as(v).isTrue();
    }
  }

  static List<String> variants(String word, Random rnd) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String v = Edits.transliterate(word, rnd);
      if (v != null && !out.contains(v)) {
        out.add(v);
      }
    }
    return out;
  }

  @Test
  void ocrChangesOneWordAndKeepsItsPunctuation() {
    Random rnd = new Random(2);
    for (int i = 0; i < 100; i++) {
      String v = Edits.ocr("(government),", rnd);
      assertThat(v).isNotEqualTo("(government),").startsWith("(g").endsWith("),");
    }
    assertThat(Edits.ocr("the", rnd)).isNull();
  }
}
