package org.sverka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.query.CaseQueries;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * {@code sverka export} on a small corpus with what XML and offsets find hard: Windows line ends, a
 * form feed (which XML 1.0 cannot hold), a character outside the Basic Multilingual Plane, and
 * markup characters in the text.
 */
class ExportCliTest {
  @TempDir static Path tmp;
  static Path caseDir;
  static String textA;

  static final String A =
      "Letter of 1928\r\n\r\nTrotsky wrote from Alma-Ata on 16 December 1928 \uD83D\uDCDC that"
          + " 2 < 3 & \"Stalin\" knew.\r\n\f\r\nIn 1929 Trotsky left Alma-Ata for Constantinople."
          + "\r\n";

  @BeforeAll
  static void analyse() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    Files.writeString(corpus.resolve("a.txt"), A);
    Files.writeString(
        corpus.resolve("b.txt"),
        "A reply\n\nHe said: \"Trotsky wrote from Alma-Ata on 16 December 1928\" and so on.\n");
    caseDir = tmp.resolve("case");
    Cli.Run r = Cli.run("analyze", corpus.toString(), "--case", caseDir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    try (CaseQueries q = CaseQueries.open(caseDir)) {
      textA = q.document("a", true).text();
    }
  }

  @Test
  void teiKeepsEveryCharacterAndLineOfTheOriginal() throws Exception {
    Path out = tmp.resolve("tei");
    Cli.Run r =
        Cli.run("export", "--case", caseDir.toString(), "--format", "tei", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("2 files (tei)");
    byte[] xml = Files.readAllBytes(out.resolve("a.xml"));
    assertThat(new String(xml, java.nio.charset.StandardCharsets.UTF_8))
        .contains("&#13;")
        .contains("<g type=\"control\" n=\"U+000C\"/>")
        .contains("2 &lt; 3 &amp;");
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Element ab =
        (Element)
            f.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml))
                .getElementsByTagNameNS("http://www.tei-c.org/ns/1.0", "ab")
                .item(0);
    StringBuilder back = new StringBuilder();
    int[] lbs = {0};
    strip(ab, back, lbs);
    assertThat(textA).contains("\f").contains("\r\n");
    assertThat(back.toString()).isEqualTo(textA);
    assertThat(lbs[0]).isEqualTo(org.sverka.text.LineMap.of(textA).lineCount());
  }

  private static void strip(Node n, StringBuilder out, int[] lbs) {
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c.getNodeType() == Node.TEXT_NODE) {
        out.append(c.getNodeValue());
      } else if (c instanceof Element e && e.getLocalName().equals("lb")) {
        lbs[0]++;
      } else if (c instanceof Element e && e.getLocalName().equals("g")) {
        out.append((char) Integer.parseInt(e.getAttribute("n").substring(2), 16));
      } else {
        strip(c, out, lbs);
      }
    }
  }

  @Test
  void webAnnotationPositionsCountCodePoints() throws Exception {
    Path out = tmp.resolve("webanno");
    Cli.Run r =
        Cli.run(
            "export",
            "--case",
            caseDir.toString(),
            "--format",
            "webanno",
            "--doc",
            "a",
            "--out",
            out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(out.resolve("b.jsonld")).doesNotExist();
    JsonNode c = new ObjectMapper().readTree(out.resolve("a.jsonld").toFile());
    int afterEmoji = 0;
    for (JsonNode a : c.get("first").get("items")) {
      JsonNode sel = a.get("target").get("selector");
      String exact = sel.get(0).get("exact").asText();
      int start = sel.get(1).get("start").asInt();
      int utf16 = textA.offsetByCodePoints(0, start);
      assertThat(textA.substring(utf16)).startsWith(exact);
      if (utf16 > textA.indexOf('\uD83D')) {
        assertThat(start).isEqualTo(textA.codePointCount(0, utf16)).isLessThan(utf16);
        afterEmoji++;
      }
    }
    assertThat(afterEmoji).isPositive();
  }

  @Test
  void anUnknownDocumentIsAOneLineErrorNamingTheDocuments() {
    Cli.Run r =
        Cli.run(
            "export",
            "--case",
            caseDir.toString(),
            "--format",
            "tei",
            "--doc",
            "nope",
            "--out",
            tmp.resolve("none").toString());
    assertThat(r.code()).isNotZero();
    assertThat(r.err().strip())
        .doesNotContain("\n")
        .contains("no document 'nope'")
        .contains("a, b");
  }
}
