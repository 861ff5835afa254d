package org.sverka.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.sverka.Corpus;
import org.sverka.ingest.Extracted;

/** Metadata detected from the text when sources.yaml says nothing. */
class MetadataDetectorTest {
  static Document build(String file) throws Exception {
    return new DocumentBuilder()
        .build(
            "x",
            file,
            "",
            0,
            new Extracted(Corpus.text(file), "text/plain", "UTF-8"),
            null,
            new ArrayList<>());
  }

  @Test
  void marxistsArchiveHeaderAndDatedSignature() throws Exception {
    Metadata m = build(Corpus.REPLY).meta();
    assertThat(m.title()).isEqualTo("Reply to Stalin");
    assertThat(m.author()).isEqualTo("L.D. Trotsky");
    assertThat(m.date()).isEqualTo("1928-12-16"); // "Written: 16 December 1928."
    assertThat(m.place()).isEqualTo("Alma Alta"); // "December 16, 1928, Alma Alta."
    assertThat(m.detected()).containsExactly("title", "author", "date", "place");
  }

  @Test
  void signatureDateWhenThereIsNoHeaderDate() throws Exception {
    Metadata m = build(Corpus.KIROV).meta();
    assertThat(m.date()).isEqualTo("1934-12-30"); // "December 30, 1934" at the end
  }

  @Test
  void transcriptHeader() throws Exception {
    Metadata m = build(Corpus.DEWEY).meta();
    assertThat(m.author()).isEqualTo("Leon Trotsky");
    assertThat(m.title()).isEqualTo("Thirteenth Session");
  }

  @Test
  void withoutSourcesYamlTheDocumentIsOnePart() throws Exception {
    Document d = build(Corpus.REPLY);
    assertThat(d.parts())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.lineStart()).isEqualTo(1);
              assertThat(p.lineEnd()).isEqualTo(82);
              assertThat(p.date()).isEqualTo("1928-12-16");
              assertThat(p.implicit()).isTrue();
            });
  }
}
