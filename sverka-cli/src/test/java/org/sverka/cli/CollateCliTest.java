package org.sverka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** {@code sverka collate} on the demo case: the listing, the table in its three formats, spans. */
class CollateCliTest {
  @TempDir static Path tmp;
  static String demo;

  @BeforeAll
  static void runDemo() {
    demo = tmp.resolve("demo").toString();
    Cli.Run r = Cli.run("demo", "--case", demo);
    assertThat(r.code()).as(r.err()).isZero();
  }

  @Test
  void theClustersOfThreeOrMoreWitnessesAreListedCollated() {
    Cli.Run r = Cli.run("collate", "--case", demo);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .containsPattern("#1  \\d+ witnesses in 1 document, reuse passages #")
        .contains("(base)")
        .containsPattern("\\d+ columns: \\d+ equal, \\d+ spelling, \\d+ variant")
        .containsPattern("\\n\\d+ clusters of 3 or more witnesses.\\n$");
    assertThat(Cli.run("collate", "--case", demo).out()).isEqualTo(r.out());
  }

  @Test
  void aClusterAsJsonHasATokenPerWitnessAndColumnWithItsCitation() throws Exception {
    Cli.Run r = Cli.run("collate", "--case", demo, "--cluster", "1", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode c = new ObjectMapper().readTree(r.out());
    JsonNode witnesses = c.get("witnesses");
    assertThat(witnesses.size()).isGreaterThanOrEqualTo(3);
    assertThat(witnesses.get(0).get("base").asBoolean()).isTrue();
    assertThat(c.get("table").size()).isEqualTo(c.get("kinds").size()).isPositive();
    int[] words = new int[witnesses.size()];
    for (JsonNode column : c.get("table")) {
      assertThat(column.size()).isEqualTo(witnesses.size());
      for (int w = 0; w < column.size(); w++) {
        for (JsonNode t : column.get(w)) {
          JsonNode wit = witnesses.get(w);
          assertThat(t.get("doc").asText()).isEqualTo(wit.get("doc").asText());
          assertThat(t.get("line").asInt())
              .isBetween(wit.get("lineStart").asInt(), wit.get("lineEnd").asInt());
          assertThat(t.get("start").asInt())
              .isBetween(wit.get("start").asInt(), wit.get("end").asInt());
          words[w]++;
        }
      }
    }
    for (int w = 0; w < words.length; w++) {
      assertThat(words[w]).isEqualTo(witnesses.get(w).get("words").asInt());
    }
  }

  @Test
  void teiIsParallelSegmentationWhoseReadingsNameListedWitnesses() throws Exception {
    Cli.Run r = Cli.run("collate", "--case", demo, "--cluster", "2", "--format", "tei");
    assertThat(r.code()).as(r.err()).isZero();
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document d = f.newDocumentBuilder().parse(new InputSource(new StringReader(r.out())));
    String tei = "http://www.tei-c.org/ns/1.0";
    Set<String> ids = new HashSet<>();
    NodeList wits = d.getElementsByTagNameNS(tei, "witness");
    for (int i = 0; i < wits.getLength(); i++) {
      ids.add(
          "#"
              + ((Element) wits.item(i))
                  .getAttributeNS("http://www.w3.org/XML/1998/namespace", "id"));
    }
    assertThat(ids).contains("#A", "#B", "#C");
    NodeList rdgs = d.getElementsByTagNameNS(tei, "rdg");
    assertThat(rdgs.getLength()).isPositive();
    for (int i = 0; i < rdgs.getLength(); i++) {
      for (String w : ((Element) rdgs.item(i)).getAttribute("wit").split(" ")) {
        assertThat(ids).contains(w);
      }
    }
    NodeList apps = d.getElementsByTagNameNS(tei, "app");
    for (int i = 0; i < apps.getLength(); i++) {
      Set<String> seen = new HashSet<>();
      NodeList in = ((Element) apps.item(i)).getElementsByTagNameNS(tei, "rdg");
      for (int k = 0; k < in.getLength(); k++) {
        for (String w : ((Element) in.item(k)).getAttribute("wit").split(" ")) {
          assertThat(seen.add(w)).as("each witness reads once per app").isTrue();
        }
      }
      assertThat(seen).isEqualTo(ids);
    }
  }

  @Test
  void spansGivenByHandAreCollated() {
    Cli.Run r =
        Cli.run(
            "collate",
            "--case",
            demo,
            "trotsky-reply-1928:13-75",
            "trotsky-compilation:363-424",
            "trotsky-kirov-1935:161-163");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("Collation of 3 witnesses\n")
        .contains("  A   trotsky-compilation:363-424  1928-12-16  (base)")
        .contains("  C   trotsky-kirov-1935:161-163  1934-12-28");
  }

  @Test
  void aBadSpanIsOneLineNamingIt() {
    Cli.Run r =
        Cli.run(
            "collate", "--case", demo, "trotsky-reply-1928:13-20", "trotsky-reply-1928:70-9000");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip())
        .isEqualTo("sverka: trotsky-reply-1928 has 82 lines; 70-9000 is not a range of them");
    Cli.Run one = Cli.run("collate", "--case", demo, "trotsky-reply-1928:13-20");
    assertThat(one.code()).isEqualTo(2);
    Cli.Run none = Cli.run("collate", "--case", demo, "--cluster", "999");
    assertThat(none.code()).isEqualTo(1);
    assertThat(none.err()).contains("no cluster #999");
  }
}
