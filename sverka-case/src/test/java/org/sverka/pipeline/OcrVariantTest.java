package org.sverka.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.ingest.PageLayout;
import org.sverka.ingest.Scans;
import org.sverka.ingest.Tesseract;
import org.sverka.reuse.AlignOp;
import org.sverka.reuse.Op;
import org.sverka.store.CaseFile;
import org.sverka.store.DocumentTables;
import org.sverka.store.PassageTables;
import org.sverka.store.QuotationTables;
import org.sverka.store.StoredPassage;
import org.sverka.store.StoredQuotation;
import org.sverka.text.LineMap;

/**
 * A scan that quotes a text of the corpus, with one word of the quotation smudged ("employee", the
 * lower half of its right half wiped, as a torn or faded typescript does) so that OCR misreads it
 * and says it is unsure: the quotation check and the reuse alignment take the difference as an OCR
 * variant, not a change of wording.
 */
class OcrVariantTest {
  static final String SOURCE =
      "The assassin Nicolaiev was an obscure employee of the Soviet apparatus, who had grown up"
          + " in the atmosphere of its bureaucracy and knew no other world than its offices.\n";

  static final String QUOTING =
      "In his pamphlet of 1935 Trotsky wrote: \"The assassin Nicolaiev was an obscure employee of"
          + " the Soviet apparatus, who had grown up in the atmosphere of its bureaucracy and"
          + " knew no other world than its offices.\" The commission read these words aloud.";

  @TempDir static Path tmp;
  static Path caseDir;
  static Tesseract tesseract;

  @BeforeAll
  static void analyse() throws Exception {
    tesseract = Scans.requireTesseract(OcrVariantTest.class);
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("kirov.txt"), SOURCE);
    // paragraphs of other words, so that the shared words are rare enough to make a passage
    StringBuilder notes = new StringBuilder();
    for (int i = 1; i <= 40; i++) {
      notes.append("Folder ").append(i).append(" holds receipts filed by a clerk.\n\n");
    }
    Files.writeString(corpus.resolve("notes.txt"), notes);
    BufferedImage page = Scans.pages(QUOTING, 12, Scans.Spoil.CLEAN).get(0);
    Path clean = Scans.png(page, tmp.resolve("clean.png"));
    int[] box = wordBox(clean, "employee");
    assertThat(box).as("Tesseract finds the word on the clean page").isNotNull();
    for (int y = box[1] + box[3] / 2; y < box[1] + box[3]; y++) {
      for (int x = box[0] + box[2] / 2; x < box[0] + box[2]; x++) {
        page.getRaster().setSample(x, y, 0, 255);
      }
    }
    Scans.png(page, corpus.resolve("commission.png"));
    caseDir = tmp.resolve("case");
    Analyzer.Options o =
        new Analyzer.Options(List.of(corpus), null, Analyzer.Options.DEFAULT_MAX_FILE_BYTES, 1)
            .withoutNames();
    try (CaseFile cf = CaseFile.open(caseDir)) {
      Analyzer.Result r = new Analyzer(new Analyzer.Listener() {}, tesseract).run(cf, o);
      assertThat(r.analysed()).as(r.problems().toString()).isEqualTo(3);
    }
  }

  /** The box {x, y, width, height} of the first word {@code word} bare Tesseract reads. */
  static int[] wordBox(Path png, String word) throws Exception {
    Process p =
        new ProcessBuilder("tesseract", png.toString(), "-", "-l", "eng", "tsv")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String tsv = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    for (String line : tsv.split("\n")) {
      String[] f = line.split("\t");
      if (f.length == 12 && f[0].equals("5") && f[11].equals(word)) {
        return new int[] {
          Integer.parseInt(f[6]), Integer.parseInt(f[7]),
          Integer.parseInt(f[8]), Integer.parseInt(f[9])
        };
      }
    }
    return null;
  }

  /** The smudged word as OCR read it, and its confidence, from the case's layout. */
  static String misread(CaseFile cf, int[] confidence) throws Exception {
    DocumentTables docs = new DocumentTables(cf);
    String text = docs.text("commission").orElseThrow();
    PageLayout layout = docs.layout("commission");
    LineMap lines = LineMap.of(text);
    int at = text.indexOf("obscure") + "obscure".length();
    while (Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    for (PageLayout.OcrLine l : layout.ocrLines()) {
      int start = lines.lineStart(l.line());
      for (PageLayout.Word w : l.words()) {
        if (start + w.start() == at) {
          confidence[0] = w.confidence();
          return text.substring(start + w.start(), start + w.end());
        }
      }
    }
    return null;
  }

  static String all(CaseFile cf) {
    try {
      return new PassageTables(cf).passages(null, 0)
          + "\n"
          + new DocumentTables(cf).text("commission");
    } catch (Exception e) {
      return e.toString();
    }
  }

  @Test
  void theSmudgedWordIsMisreadAndDoubtful() throws Exception {
    try (CaseFile cf = CaseFile.open(caseDir)) {
      int[] confidence = new int[1];
      String word = misread(cf, confidence);
      System.out.println("OCR read 'employee' as '" + word + "', confidence " + confidence[0]);
      assertThat(word).isNotNull().isNotEqualTo("employee");
      assertThat(confidence[0]).isLessThan(PageLayout.LOW_CONFIDENCE);
    }
  }

  @Test
  void theQuotationIsVerbatimUpToAnOcrVariant() throws Exception {
    try (CaseFile cf = CaseFile.open(caseDir)) {
      StoredQuotation q =
          new QuotationTables(cf)
              .quotations("commission").stream()
                  .filter(x -> x.explanation().contains("kirov"))
                  .findFirst()
                  .orElseThrow();
      assertThat(q.verdicts()).containsExactly("VERBATIM");
      assertThat(q.explanation())
          .contains("where OCR was unsure of a word: an OCR variant, not a change of wording");
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> matches = (List<Map<String, Object>>) q.detail().get("matches");
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> diffs =
          (List<Map<String, Object>>) matches.get(0).get("differences");
      assertThat(diffs)
          .anySatisfy(
              d -> {
                assertThat(d.get("op")).isEqualTo("changed");
                assertThat(d.get("ocr")).isEqualTo(true);
              });
    }
  }

  @Test
  void theReusePassageReadsTheMisreadWordAsAnOcrVariant() throws Exception {
    try (CaseFile cf = CaseFile.open(caseDir)) {
      StoredPassage p =
          new PassageTables(cf)
              .passages(null, 0).stream()
                  .filter(
                      x -> x.passage().docA().equals("kirov") || x.passage().docB().equals("kirov"))
                  .findFirst()
                  .orElseThrow(() -> new AssertionError(all(cf)));
      List<AlignOp> changed = p.ops().stream().filter(o -> o.op() == Op.CHANGED).toList();
      assertThat(changed).isNotEmpty().allMatch(AlignOp::ocr).allMatch(AlignOp::spelling);
      assertThat(p.passage().kind().name()).isEqualTo("VERBATIM");
    }
  }
}
