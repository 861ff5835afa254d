package org.sverka.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.query.CaseQueries;
import org.sverka.store.StoredDocument;
import org.sverka.text.LineMap;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The TEI export of the demo case: round trip, lines, pointers, same bytes. */
class ExportDemoTest {
  @TempDir static Path tmp;
  static CaseQueries q;
  static Map<String, String> texts = new HashMap<>();
  static Map<String, Document> tei = new HashMap<>();
  static Map<String, byte[]> bytes = new HashMap<>();

  @BeforeAll
  static void exportTheDemoCase() throws Exception {
    q = CaseQueries.open(DemoExportCase.dir());
    List<Path> files = new Exporter(q).write(Exporter.Format.tei, null, tmp.resolve("tei"));
    assertThat(files).hasSize(q.documents().size()).isNotEmpty();
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    for (StoredDocument d : q.documents()) {
      texts.put(d.id(), q.document(d.id(), true).text());
      byte[] b = Files.readAllBytes(tmp.resolve("tei").resolve(TeiWriter.fileName(d.id())));
      bytes.put(d.id(), b);
      tei.put(
          TeiWriter.fileName(d.id()), f.newDocumentBuilder().parse(new ByteArrayInputStream(b)));
    }
  }

  @AfterAll
  static void close() throws Exception {
    q.close();
  }

  static Document teiOf(String doc) {
    return tei.get(TeiWriter.fileName(doc));
  }

  static Element ab(Document d) {
    return (Element) d.getElementsByTagNameNS(Xml.TEI_NS, "ab").item(0);
  }

  /** The text under {@code n} with the markup taken away (a control character from its g). */
  static void strip(Node n, StringBuilder out, List<Integer> lineStarts) {
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c.getNodeType() == Node.TEXT_NODE) {
        out.append(c.getNodeValue());
      } else if (c instanceof Element e) {
        if (e.getLocalName().equals("lb")) {
          assertThat(e.getAttribute("n")).isEqualTo(String.valueOf(lineStarts.size() + 1));
          assertThat(e.getAttributeNS(Xml.XML_NS, "id")).isEqualTo("L" + e.getAttribute("n"));
          lineStarts.add(out.length());
        } else if (e.getLocalName().equals("g") && e.getAttribute("type").equals("control")) {
          out.append((char) Integer.parseInt(e.getAttribute("n").substring(2), 16));
        } else {
          strip(e, out, lineStarts);
        }
      }
    }
  }

  @Test
  void strippingTheTagsGivesTheOriginalTextOfEveryDocumentWithItsLineBreaksAtTheLbs() {
    for (var e : texts.entrySet()) {
      StringBuilder back = new StringBuilder();
      List<Integer> lineStarts = new ArrayList<>();
      strip(ab(teiOf(e.getKey())), back, lineStarts);
      assertThat(back.toString()).as(e.getKey()).isEqualTo(e.getValue());
      LineMap lines = LineMap.of(e.getValue());
      assertThat(lineStarts).as(e.getKey()).hasSize(lines.lineCount());
      for (int i = 0; i < lineStarts.size(); i++) {
        assertThat(lineStarts.get(i)).isEqualTo(lines.lineStart(i + 1));
      }
    }
  }

  @Test
  void everyPointerResolvesInItsFileAndEveryIdIsUnique() {
    int pointers = 0;
    Map<String, Set<String>> ids = new HashMap<>();
    for (var e : tei.entrySet()) {
      Set<String> mine = new HashSet<>();
      NodeList all = e.getValue().getElementsByTagNameNS("*", "*");
      for (int i = 0; i < all.getLength(); i++) {
        String id = ((Element) all.item(i)).getAttributeNS(Xml.XML_NS, "id");
        if (!id.isEmpty()) {
          assertThat(mine.add(id)).as(e.getKey() + " id " + id).isTrue();
        }
      }
      ids.put(e.getKey(), mine);
    }
    for (var e : tei.entrySet()) {
      NodeList all = e.getValue().getElementsByTagNameNS("*", "*");
      for (int i = 0; i < all.getLength(); i++) {
        Element el = (Element) all.item(i);
        for (String attr : List.of("ref", "prev", "next", "ana", "corresp", "source")) {
          for (String p : el.getAttribute(attr).split(" ")) {
            if (p.isEmpty()) {
              continue;
            }
            int hash = p.indexOf('#');
            String file = hash <= 0 ? e.getKey() : p.substring(0, hash);
            assertThat(ids).as(e.getKey() + ": file of " + p).containsKey(file);
            assertThat(ids.get(file)).as(e.getKey() + ": " + p).contains(p.substring(hash + 1));
            pointers++;
          }
        }
      }
    }
    assertThat(pointers).isGreaterThan(1000);
  }

  @Test
  void namesQuotationsDatesFiguresAndReuseAreMarkedWithWhatTheAuthorityFileKnows() {
    int[] counts = new int[6];
    String[] names = {"persName", "placeName", "cit", "date", "num", "seg"};
    for (Document d : tei.values()) {
      for (int i = 0; i < names.length; i++) {
        counts[i] += d.getElementsByTagNameNS(Xml.TEI_NS, names[i]).getLength();
      }
    }
    for (int i = 0; i < names.length; i++) {
      assertThat(counts[i]).as(names[i]).isPositive();
    }
    // Trotsky's Wikidata item, from examples/opposition-1926-1937/authority.yaml
    Element trotsky = null;
    NodeList people = teiOf("trotsky-reply-1928").getElementsByTagNameNS(Xml.TEI_NS, "person");
    for (int i = 0; i < people.getLength(); i++) {
      Element p = (Element) people.item(i);
      if (p.getAttributeNS(Xml.XML_NS, "id").equals("ent-person_trotsky")) {
        trotsky = p;
      }
    }
    assertThat(trotsky).isNotNull();
    assertThat(trotsky.getTextContent()).contains("Leon Trotsky").contains("Q33391");
  }

  @Test
  void aQuotationPointsAtTheLineOfItsSourceAndCarriesItsVerdicts() throws Exception {
    int checked = 0;
    for (var q1 : q.quotations(null, null, false)) {
      Map<?, ?> src = Findings.source(q1);
      if (src == null) {
        continue;
      }
      Element cit = byId(teiOf(q1.doc()), "Q" + q1.id());
      Element quote = (Element) cit.getElementsByTagNameNS(Xml.TEI_NS, "quote").item(0);
      assertThat(quote.getAttribute("source"))
          .isEqualTo(
              TeiWriter.fileName(String.valueOf(src.get("doc")))
                  + "#L"
                  + Findings.intOf(src, "lineStart"));
      for (String v : q1.verdicts()) {
        assertThat(quote.getAttribute("ana")).contains("#verdict-" + v);
      }
      checked++;
    }
    assertThat(checked).isPositive();
  }

  static Element byId(Document d, String id) {
    NodeList all = d.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.getAttributeNS(Xml.XML_NS, "id").equals(id)) {
        return e;
      }
    }
    throw new AssertionError("no xml:id " + id);
  }

  @Test
  void theSameCaseGivesTheSameBytes() throws Exception {
    Exporter again = new Exporter(q);
    for (var e : bytes.entrySet()) {
      assertThat(again.tei(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
    }
  }

  @Test
  void everyFileIsValidTeiAll() throws Exception {
    Path schema = TeiSchema.require();
    for (var e : bytes.entrySet()) {
      List<String> errors = TeiSchema.validate(schema, e.getValue());
      assertThat(errors).as(e.getKey()).isEmpty();
    }
  }
}
