package org.sverka.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.Corpus;
import org.sverka.ingest.Scans;
import org.sverka.store.CaseFile;
import org.sverka.store.DocumentTables;
import org.sverka.store.PassageTables;
import org.sverka.store.StoredPassage;
import org.sverka.text.LineMap;
import org.sverka.text.Span;

/**
 * The 1928 reply scanned badly (grey noise of 40 levels, specks, 1° askew) still is one passage of
 * reuse with the compilation, covering at least 0.95 of the compilation's copy of the letter.
 */
class OcrNoisyScanTest {
  @TempDir Path tmp;

  @Test
  void aNoisySkewedScanOfTheLetterIsStillOnePassage() throws Exception {
    Scans.requireTesseract(OcrNoisyScanTest.class);
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    String compilation = "trotsky-answer-to-stalin-compilation.txt";
    Files.copy(Corpus.file(compilation), corpus.resolve(compilation));
    Scans.tiff(
        Scans.pages(Corpus.text("trotsky-reply-to-stalin-1928.txt"), 10, Scans.Spoil.NOISY_SKEWED),
        corpus.resolve("reply-1928-scan.tif"));
    try (CaseFile cf = CaseFile.open(tmp.resolve("case"))) {
      Analyzer.Result r =
          new Analyzer(null)
              .run(
                  cf,
                  new Analyzer.Options(
                          List.of(corpus), null, Analyzer.Options.DEFAULT_MAX_FILE_BYTES, 2)
                      .withoutNames());
      assertThat(r.problems()).isEmpty();
      List<StoredPassage> ps = new PassageTables(cf).passages("reply-1928-scan", 0);
      assertThat(ps).hasSize(1);
      StoredPassage p = ps.get(0);
      String other = p.passage().docA().equals("reply-1928-scan") ? "b" : "a";
      Span side = other.equals("a") ? p.passage().a() : p.passage().b();
      String id = other.equals("a") ? p.passage().docA() : p.passage().docB();
      String text = new DocumentTables(cf).text(id).orElseThrow();
      LineMap m = LineMap.of(text);
      Span letter = new Span(m.lineStart(363), m.contentEnd(text, 424));
      int o = Math.min(letter.end(), side.end()) - Math.max(letter.start(), side.start());
      System.out.println("noisy scan: passage covers " + o / (double) letter.length());
      assertThat(o / (double) letter.length()).isGreaterThanOrEqualTo(0.95);
    }
  }
}
