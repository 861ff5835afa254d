package org.sverka.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.text.Span;

/**
 * A word that differs between two texts is a changed word, unless OCR was unsure of it on one side
 * ({@link DocTokens#withDoubtful}): then it is an OCR variant ({@code spelling} and {@code ocr}),
 * and the passage stays verbatim. Without Tesseract: the doubtful span is given by hand.
 */
class OcrVariantAlignmentTest {
  static final String SOURCE =
      "MEMORIAL\n\nthe harbour commissioners have neglected the dredging of the channel for"
          + " eleven years and the larger ships now anchor outside the bar.\n";
  static final String SCAN =
      "COPY\n\nthe harbour commissioners have neglected the drafting of the channel for"
          + " eleven years and the larger ships now anchor outside the bar.\n";

  static Passage passage(boolean doubtful) {
    ReuseFixtures.Corpus c = ReuseFixtures.corpus("memorial", SOURCE, "scan", SCAN);
    if (doubtful) {
      DocTokens scan = c.docs().stream().filter(d -> d.doc.equals("scan")).findFirst().get();
      int at = SCAN.indexOf("drafting");
      scan.withDoubtful(List.of(new Span(at, at + "drafting".length())));
    }
    List<Passage> ps =
        new ReuseDetector(ReuseDetector.Options.defaults().withThreads(1))
            .detect(c.docs(), c.vocabulary());
    assertThat(ps).hasSize(1);
    return ps.get(0);
  }

  @Test
  void aDifferentWordIsAChangeOfWording() {
    Passage p = passage(false);
    assertThat(p.kind()).isEqualTo(Passage.Kind.VARIANT);
    assertThat(p.ops())
        .filteredOn(o -> o.op() == Op.CHANGED)
        .singleElement()
        .satisfies(o -> assertThat(o.spelling() || o.ocr()).isFalse());
  }

  @Test
  void theSameWordMisreadWhereOcrWasUnsureIsAnOcrVariant() {
    Passage p = passage(true);
    assertThat(p.kind()).isEqualTo(Passage.Kind.VERBATIM);
    AlignOp changed = p.ops().stream().filter(o -> o.op() == Op.CHANGED).findFirst().orElseThrow();
    assertThat(changed.ocr()).isTrue();
    assertThat(changed.spelling()).isTrue();
    Span inScan = p.docA().equals("scan") ? changed.a() : changed.b();
    assertThat(SCAN.substring(inScan.start(), inScan.end()).strip()).isEqualTo("drafting");
  }

  @Test
  void aSliceKeepsItsDoubtfulTokens() {
    ReuseFixtures.Corpus c = ReuseFixtures.corpus("scan", SCAN);
    DocTokens scan = c.docs().get(0);
    int at = SCAN.indexOf("drafting");
    scan.withDoubtful(List.of(new Span(at + 2, at + 4)));
    DocTokens slice =
        scan.slice(List.of(new Span(SCAN.indexOf("neglected"), SCAN.length())), List.of());
    int doubtful = 0;
    for (int i = 0; i < slice.size(); i++) {
      if (slice.doubtful(i)) {
        doubtful++;
        assertThat(SCAN.substring(slice.start(i), slice.end(i))).isEqualTo("drafting");
      }
    }
    assertThat(doubtful).isEqualTo(1);
  }
}
