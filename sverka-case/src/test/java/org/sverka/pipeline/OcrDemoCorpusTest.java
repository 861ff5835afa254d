package org.sverka.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.Corpus;
import org.sverka.ingest.PageLayout;
import org.sverka.ingest.Scans;
import org.sverka.store.CaseFile;
import org.sverka.store.DocumentTables;
import org.sverka.store.EntityTables;
import org.sverka.store.MentionTables;
import org.sverka.store.PassageTables;
import org.sverka.store.QuotationTables;
import org.sverka.store.StoredPassage;
import org.sverka.store.StoredQuotation;
import org.sverka.text.LineMap;
import org.sverka.text.Span;

/**
 * The findings on scans: the 1928 reply typeset at 300 dpi into a multi-page TIFF, the 1935
 * pamphlet into an image-only PDF, analysed by OCR beside the compilation and the 1937 testimony as
 * text. Skipped (loudly) without Tesseract, failed under {@code -Dsverka.require.tesseract=true}.
 */
class OcrDemoCorpusTest {
  static final String LETTER = "trotsky-reply-to-stalin-1928.txt";
  static final String COMPILATION = "trotsky-answer-to-stalin-compilation.txt";

  @TempDir static Path tmp;
  static CaseFile cf;
  static Analyzer.Result result;

  @BeforeAll
  static void analyseTheScans() throws Exception {
    Scans.requireTesseract(OcrDemoCorpusTest.class);
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.copy(Corpus.file(COMPILATION), corpus.resolve(COMPILATION));
    Files.copy(Corpus.file(Corpus.DEWEY), corpus.resolve(Corpus.DEWEY));
    Files.copy(Corpus.file("authority.yaml"), corpus.resolve("authority.yaml"));
    Scans.tiff(
        Scans.pages(Corpus.text(LETTER), 10, Scans.Spoil.CLEAN),
        corpus.resolve("trotsky-reply-1928.tif"));
    List<Scans.PdfPage> kirov = new ArrayList<>();
    for (BufferedImage page : Scans.pages(Corpus.text(Corpus.KIROV), 10, Scans.Spoil.CLEAN)) {
      kirov.add(new Scans.ScanPage(page));
    }
    Scans.pdf(kirov, corpus.resolve("trotsky-kirov-1935.pdf"));
    Files.writeString(corpus.resolve("sources.yaml"), sources());
    cf = CaseFile.open(tmp.resolve("case"));
    result =
        new Analyzer(null)
            .run(
                cf,
                new Analyzer.Options(
                    List.of(corpus), null, Analyzer.Options.DEFAULT_MAX_FILE_BYTES, 2));
  }

  /**
   * The demo's sources.yaml for these four files: the scans keep their entries, not their parts.
   */
  static String sources() throws Exception {
    String yaml = Files.readString(Corpus.file("sources.yaml"));
    StringBuilder out = new StringBuilder("language: en\ndocuments:\n");
    for (String entry : yaml.split("\n  - id: ")) {
      String e = "  - id: " + entry.strip() + "\n";
      if (e.contains("file: " + COMPILATION) || e.contains("file: " + Corpus.DEWEY)) {
        out.append(e);
      } else if (e.contains("file: " + LETTER)) {
        out.append(e.replace(LETTER, "trotsky-reply-1928.tif"));
      } else if (e.contains("file: " + Corpus.KIROV)) {
        out.append(
            e.substring(0, e.indexOf("    parts:"))
                .replace(Corpus.KIROV, "trotsky-kirov-1935.pdf"));
      }
    }
    return out.toString();
  }

  @AfterAll
  static void close() throws Exception {
    if (cf != null) {
      cf.close();
    }
  }

  @Test
  void theScansAreReadWithTheirPages() throws Exception {
    assertThat(result.problems()).isEmpty();
    assertThat(result.analysed()).isEqualTo(4);
    PageLayout letter = new DocumentTables(cf).layout("trotsky-reply-1928");
    assertThat(letter.pages()).hasSizeGreaterThan(1).allMatch(PageLayout.Page::ocr);
    PageLayout kirov = new DocumentTables(cf).layout("trotsky-kirov-1935");
    assertThat(kirov.ocrPages()).isEqualTo(kirov.pages().size()).isGreaterThan(5);
    assertThat(new DocumentTables(cf).layout("trotsky-dewey-13")).isEqualTo(PageLayout.NONE);
  }

  @Test
  void theLetterOf1928IsOnePassageCoveringTheCompilationsCopy() throws Exception {
    List<StoredPassage> ps =
        new PassageTables(cf)
            .passages("trotsky-reply-1928", 0).stream()
                .filter(
                    p ->
                        p.passage().docA().equals("trotsky-compilation")
                            || p.passage().docB().equals("trotsky-compilation"))
                .toList();
    assertThat(ps).hasSize(1);
    StoredPassage p = ps.get(0);
    Span side =
        p.passage().docA().equals("trotsky-compilation") ? p.passage().a() : p.passage().b();
    String text = new DocumentTables(cf).text("trotsky-compilation").orElseThrow();
    LineMap m = LineMap.of(text);
    Span letter = new Span(m.lineStart(363), m.contentEnd(text, 424));
    int o = Math.min(letter.end(), side.end()) - Math.max(letter.start(), side.start());
    assertThat(o / (double) letter.length()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void theTwoQuotationsBetween1935And1937AreFound() throws Exception {
    List<StoredQuotation> quotes = new QuotationTables(cf).quotations(null);
    StoredQuotation kampf =
        quotes.stream()
            .filter(q -> q.doc().equals("trotsky-dewey-13") && q.lineStart() == 63)
            .findFirst()
            .orElseThrow();
    assertThat(kampf.verdicts()).contains("VARIANT_WORDING");
    assertThat(kampf.explanation()).contains("trotsky-kirov-1935:");
    StoredQuotation kirov =
        quotes.stream()
            .filter(
                q ->
                    q.doc().equals("trotsky-kirov-1935")
                        && q.explanation().contains("trotsky-dewey-13:63"))
            .findFirst()
            .orElseThrow();
    assertThat(kirov.verdicts()).containsExactly("NOT_FOUND");
    assertThat(kampf.explanation()).contains("trotsky-kirov-1935:" + kirov.lineStart());
  }

  @Test
  void nikolayevHoldsTheSpellingsOcrRead() throws Exception {
    EntityTables entities = new EntityTables(cf);
    String id = entities.lookup("Nikolayev").get(0).id();
    Set<String> forms = new TreeSet<>();
    int mentions = 0;
    for (MentionTables.Linked l : MentionTables.linked(cf, "trotsky-kirov-1935")) {
      if (id.equals(l.entity())) {
        forms.add(l.mention().form());
        mentions++;
      }
    }
    System.out.println("Nikolayev in the OCR'd 1935 pamphlet: " + mentions + " mentions " + forms);
    assertThat(forms).contains("Nicolaiev");
    assertThat(mentions).isGreaterThanOrEqualTo(30);
  }
}
