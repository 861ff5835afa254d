package org.sverka.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sverka.document.Metadata;
import org.sverka.ingest.PageLayout;
import org.sverka.store.StoredDocument;
import org.sverka.text.Span;

/** The document page marks the words OCR was unsure of, and only those. */
class DocumentPageTest {
  private static final String TEXT = "The harbour master wrote to Ostrowski.\nHe sailed at dawn.\n";

  private static StoredDocument doc() {
    Metadata meta =
        new Metadata("A scan", null, null, null, null, null, null, null, Map.of(), List.of());
    return new StoredDocument(
        "scan",
        "scan.png",
        "scan.png",
        "0",
        TEXT.length(),
        "image/png",
        null,
        meta,
        2,
        10,
        List.of(),
        TEXT,
        List.of(new StoredDocument.StoredParagraph(new Span(0, TEXT.length()), 1, 2, false)));
  }

  private static PageLayout layout(int confidence) {
    PageLayout.Box box = new PageLayout.Box(200, 200, 1800, 60);
    return new PageLayout(
        List.of(new PageLayout.Page(1, 1, 2, 2480, 3508, true)),
        List.of(
            new PageLayout.OcrLine(
                1,
                1,
                box,
                List.of(new PageLayout.Word(0, 3, 96), new PageLayout.Word(28, 37, confidence))),
            new PageLayout.OcrLine(
                2,
                1,
                new PageLayout.Box(200, 280, 900, 60),
                List.of(new PageLayout.Word(0, 2, 91)))));
  }

  @Test
  void aDoubtfulWordIsMarkedWithItsConfidenceAndTheLayerCanBeHidden() {
    String html =
        ReportTemplates.render(
            "report/document.jte", DocumentPage.of(doc(), List.of(), false, layout(41), List.of()));
    assertThat(html)
        .contains(
            "<a class=\"hl o\" href=\"#L1\" title=\"OCR read this word with 41% confidence (under "
                + PageLayout.LOW_CONFIDENCE
                + "%): check it on page 1\">Ostrowski</a>")
        .contains("value=\"o\" checked> OCR doubts");
    assertThat(html.split("class=\"hl o\"", -1)).hasSize(2);
  }

  @Test
  void aPageReadWithConfidenceHasNoMarksAndNoLayer() {
    String html =
        ReportTemplates.render(
            "report/document.jte", DocumentPage.of(doc(), List.of(), false, layout(88), List.of()));
    assertThat(html).doesNotContain("hl o").doesNotContain("OCR doubts");
  }
}
