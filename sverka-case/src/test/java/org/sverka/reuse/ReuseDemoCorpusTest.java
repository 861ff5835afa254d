package org.sverka.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.DemoAnalysis;
import org.sverka.pipeline.Analyzer;
import org.sverka.store.CaseFile;
import org.sverka.store.DocumentTables;
import org.sverka.store.PassageTables;
import org.sverka.store.StoredPassage;
import org.sverka.text.LineMap;
import org.sverka.text.Span;

/** What the issue asks of reuse detection, on the demo corpus, through the whole pipeline. */
class ReuseDemoCorpusTest {
  @TempDir static Path tmp;
  static List<StoredPassage> passages;
  static CaseFile cf;

  @BeforeAll
  static void analyse() throws Exception {
    cf = CaseFile.open(tmp.resolve("case"));
    Analyzer.Result r = DemoAnalysis.analyse(cf);
    passages = new PassageTables(cf).passages(null, 0);
    assertThat(r.passages()).isEqualTo(passages.size());
  }

  @org.junit.jupiter.api.AfterAll
  static void close() throws Exception {
    cf.close();
  }

  static String text(String doc) throws Exception {
    return new DocumentTables(cf).document(doc, true).orElseThrow().text();
  }

  static List<StoredPassage> between(String x, String y) {
    return passages.stream()
        .filter(
            p ->
                p.passage().docA().equals(x) && p.passage().docB().equals(y)
                    || p.passage().docA().equals(y) && p.passage().docB().equals(x))
        .toList();
  }

  static Span side(StoredPassage p, String doc) {
    return p.passage().docA().equals(doc) ? p.passage().a() : p.passage().b();
  }

  static Span lines(String doc, int from, int to) {
    String t;
    try {
      t = text(doc);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    LineMap m = LineMap.of(t);
    return new Span(m.lineStart(from), m.contentEnd(t, to));
  }

  static double covered(Span region, Span by) {
    int o = Math.min(region.end(), by.end()) - Math.max(region.start(), by.start());
    return Math.max(0, o) / (double) region.length();
  }

  @Test
  void theLetterOf1928IsOnePassageCoveringBothCopies() throws Exception {
    List<StoredPassage> ps = between("trotsky-compilation", "trotsky-reply-1928");
    assertThat(ps).hasSize(1);
    StoredPassage p = ps.get(0);
    assertThat(covered(lines("trotsky-compilation", 363, 424), side(p, "trotsky-compilation")))
        .isGreaterThanOrEqualTo(0.95);
    assertThat(covered(lines("trotsky-reply-1928", 13, 75), side(p, "trotsky-reply-1928")))
        .isGreaterThanOrEqualTo(0.95);
    assertThat(p.passage().kind()).isEqualTo(Passage.Kind.VERBATIM);
  }

  @Test
  void theKampfArticleOf1911InTwoTranslationsIsOneAlignedPassage() throws Exception {
    List<StoredPassage> ps =
        between("trotsky-kirov-1935", "trotsky-dewey-13").stream()
            .filter(p -> side(p, "trotsky-dewey-13").overlaps(lines("trotsky-dewey-13", 63, 63)))
            .toList();
    assertThat(ps).as("one passage, not fragments").hasSize(1);
    StoredPassage p = ps.get(0);
    // the Kirov side is the quotation of lines 161 and 163 (two paragraphs), nearly whole
    assertThat(covered(lines("trotsky-kirov-1935", 161, 163), side(p, "trotsky-kirov-1935")))
        .isGreaterThan(0.9);
    // the 1935 pamphlet is side a (earlier), the 1937 testimony side b
    assertThat(p.passage().docA()).isEqualTo("trotsky-kirov-1935");
    String b = text("trotsky-dewey-13");
    String a = text("trotsky-kirov-1935");
    assertThat(p.ops())
        .anySatisfy(
            o -> {
              assertThat(o.op()).isEqualTo(Op.ADDED);
              assertThat(b.substring(o.b().start(), o.b().end()))
                  .contains("a pinch of powder and a slug of lead");
            });
    assertThat(p.ops())
        .anySatisfy(
            o -> {
              assertThat(o.op()).isEqualTo(Op.CHANGED);
              assertThat(a.substring(o.a().start(), o.a().end())).contains("turmoil");
              assertThat(b.substring(o.b().start(), o.b().end())).contains("confusion");
            });
    assertThat(p.passage().kind().name()).contains("EXPANDED");
  }

  @Test
  void theBulletinArticleOf1934InTwoTranslationsIsOneAlignedPassage() throws Exception {
    List<StoredPassage> ps =
        between("trotsky-kirov-1935", "trotsky-dewey-13").stream()
            .filter(p -> side(p, "trotsky-dewey-13").overlaps(lines("trotsky-dewey-13", 69, 71)))
            .toList();
    assertThat(ps).hasSize(1);
    StoredPassage p = ps.get(0);
    // the whole quotation on both sides: Dewey 69-71, Kirov from "if Marxists" (167) to 171
    assertThat(covered(lines("trotsky-dewey-13", 69, 69), side(p, "trotsky-dewey-13")))
        .isGreaterThan(0.95);
    assertThat(covered(lines("trotsky-dewey-13", 71, 71), side(p, "trotsky-dewey-13")))
        .isGreaterThan(0.95);
    assertThat(covered(lines("trotsky-kirov-1935", 169, 171), side(p, "trotsky-kirov-1935")))
        .isGreaterThan(0.95);
    String a = text("trotsky-kirov-1935");
    String b = text("trotsky-dewey-13");
    // transliteration and spelling variants are variants, not changes of wording
    assertThat(p.ops())
        .anySatisfy(
            o -> {
              assertThat(a.substring(o.a().start(), o.a().end())).startsWith("Nicolaiev");
              assertThat(b.substring(o.b().start(), o.b().end())).startsWith("Nikolayev");
              assertThat(o.spelling()).isTrue();
            });
    assertThat(p.ops())
        .anySatisfy(
            o -> {
              assertThat(a.substring(o.a().start(), o.a().end())).startsWith("Czarist");
              assertThat(o.spelling()).isTrue();
            });
    // the clause only the 1935 translation has is listed as omitted
    assertThat(p.ops())
        .anySatisfy(
            o -> {
              assertThat(o.op()).isEqualTo(Op.OMITTED);
              assertThat(a.substring(o.a().start(), o.a().end()))
                  .contains("obviously for political and not mystical");
            });
  }

  @Test
  void noPassageIsMadeOnlyOfGenericPhrases() throws Exception {
    // the formulas the Stalin volume repeats dozens of times never make a passage on their own
    List<String> formulas =
        List.of(
            "Joint Plenum of the Central Committee and Central Control Commission of the C.P.S.U.(B.)",
            "the Central Committee and Central Control Commission",
            "see V. I. Lenin, Works, 4th Russ. ed., Vol.",
            "of the Central Committee of the Communist Party of the Soviet Union");
    for (StoredPassage p : passages) {
      String a =
          text(p.passage().docA())
              .substring(p.passage().a().start(), p.passage().a().end())
              .replaceAll("\\s+", " ");
      for (String f : formulas) {
        assertThat(f.toLowerCase()).as("passage %d", p.id()).doesNotContain(a.toLowerCase());
      }
      assertThat(p.passage().weight())
          .isGreaterThanOrEqualTo(ReuseDetector.Options.defaults().minWeight());
    }
  }

  @Test
  void opsRecreateBothSidesOfEveryPassage() throws Exception {
    for (StoredPassage sp : passages) {
      Passage p = sp.passage();
      String a = text(p.docA());
      String b = text(p.docB());
      StringBuilder ra = new StringBuilder();
      StringBuilder rb = new StringBuilder();
      for (AlignOp o : p.ops()) {
        ra.append(a, o.a().start(), o.a().end());
        rb.append(b, o.b().start(), o.b().end());
      }
      assertThat(ra.toString()).isEqualTo(a.substring(p.a().start(), p.a().end()));
      assertThat(rb.toString()).isEqualTo(b.substring(p.b().start(), p.b().end()));
    }
  }
}
