package org.sverka.apparatus;

import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.sverka.collate.Collation;
import org.sverka.collate.Column;
import org.sverka.collate.Witness;
import org.sverka.collate.Word;

/**
 * A collation as a TEI P5 document in parallel segmentation: the witnesses in the header's {@code
 * <listWit>} (sigla A, B, ... by date, A the base; each with its citation and date), and the text
 * as the base's words where all witnesses agree, an {@code <app>} where they do not, with one
 * {@code <rdg wit="#A #C">} per distinct reading (an empty {@code <rdg/>} for the witnesses that
 * have no words there). Consecutive columns in which the witnesses fall into the same groups are
 * one {@code <app>}: a dropped sentence is one apparatus entry, not one per word. An entry whose
 * readings differ only in spelling has {@code type="orthographic"}.
 */
public final class CollationTei {
  static final String TEI = "http://www.tei-c.org/ns/1.0";
  static final String XML = "http://www.w3.org/XML/1998/namespace";

  private CollationTei() {}

  /** Writes the TEI document of {@code c}, titled {@code title}. */
  public static void write(Writer out, Collation c, String title) throws XMLStreamException {
    XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
    x.writeStartDocument("UTF-8", "1.0");
    x.writeCharacters("\n");
    x.setDefaultNamespace(TEI);
    x.writeStartElement(TEI, "TEI");
    x.writeDefaultNamespace(TEI);
    header(x, c, title);
    x.writeStartElement(TEI, "text");
    x.writeStartElement(TEI, "body");
    x.writeStartElement(TEI, "p");
    for (List<Column> seg : segments(c.columns())) {
      x.writeCharacters("\n");
      if (seg.get(0).kind() == Column.Kind.EQUAL) {
        x.writeCharacters(words(seg, 0));
      } else {
        app(x, c, seg);
      }
    }
    x.writeCharacters("\n");
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement();
    x.writeCharacters("\n");
    x.writeEndDocument();
    x.flush();
  }

  private static void header(XMLStreamWriter x, Collation c, String title)
      throws XMLStreamException {
    x.writeStartElement(TEI, "teiHeader");
    x.writeStartElement(TEI, "fileDesc");
    x.writeStartElement(TEI, "titleStmt");
    element(x, "title", title);
    x.writeEndElement();
    x.writeStartElement(TEI, "publicationStmt");
    element(x, "p", "Collated by Sverka; every reading cites its witness's original lines.");
    x.writeEndElement();
    x.writeStartElement(TEI, "sourceDesc");
    x.writeStartElement(TEI, "listWit");
    for (int w = 0; w < c.witnesses().size(); w++) {
      Witness wit = c.witnesses().get(w);
      x.writeStartElement(TEI, "witness");
      x.writeAttribute("xml", XML, "id", Collation.siglum(w));
      x.writeAttribute("n", wit.cite());
      x.writeCharacters(
          wit.cite()
              + (wit.date() == null ? ", undated" : ", " + wit.date())
              + (w == 0 ? " (base text)" : ""));
      x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement();
    x.writeStartElement(TEI, "encodingDesc");
    x.writeEmptyElement(TEI, "variantEncoding");
    x.writeAttribute("method", "parallel-segmentation");
    x.writeAttribute("location", "internal");
    x.writeEndElement();
    x.writeEndElement();
  }

  private static void element(XMLStreamWriter x, String name, String text)
      throws XMLStreamException {
    x.writeStartElement(TEI, name);
    x.writeCharacters(text);
    x.writeEndElement();
  }

  /** One apparatus entry: a reading per group of witnesses that read the same words. */
  private static void app(XMLStreamWriter x, Collation c, List<Column> seg)
      throws XMLStreamException {
    x.writeStartElement(TEI, "app");
    if (seg.stream().allMatch(col -> col.kind() == Column.Kind.SPELLING)) {
      x.writeAttribute("type", "orthographic");
    }
    int[] groups = groups(seg.get(0));
    for (int w = 0; w < groups.length; w++) {
      if (groups[w] != w) {
        continue;
      }
      List<String> wit = new ArrayList<>();
      for (int v = 0; v < groups.length; v++) {
        if (groups[v] == w) {
          wit.add("#" + Collation.siglum(v));
        }
      }
      String reading = words(seg, w);
      if (reading.isEmpty()) {
        x.writeEmptyElement(TEI, "rdg");
        x.writeAttribute("wit", String.join(" ", wit));
      } else {
        x.writeStartElement(TEI, "rdg");
        x.writeAttribute("wit", String.join(" ", wit));
        x.writeCharacters(reading);
        x.writeEndElement();
      }
    }
    x.writeEndElement();
  }

  /** Witness {@code w}'s words in the columns, joined by spaces. */
  private static String words(List<Column> seg, int w) {
    StringBuilder b = new StringBuilder();
    for (Column col : seg) {
      Word word = col.cell(w);
      if (word != null) {
        b.append(b.length() > 0 ? " " : "").append(word.text());
      }
    }
    return b.toString();
  }

  /**
   * The columns cut into segments: runs of EQUAL columns, and runs of other columns in which the
   * witnesses fall into the same groups.
   */
  static List<List<Column>> segments(List<Column> columns) {
    List<List<Column>> out = new ArrayList<>();
    for (Column col : columns) {
      List<Column> last = out.isEmpty() ? null : out.get(out.size() - 1);
      boolean equal = col.kind() == Column.Kind.EQUAL;
      if (last != null
          && (last.get(0).kind() == Column.Kind.EQUAL) == equal
          && (equal || Arrays.equals(groups(last.get(0)), groups(col)))) {
        last.add(col);
      } else {
        out.add(new ArrayList<>(List.of(col)));
      }
    }
    return out;
  }

  /**
   * Per witness, the first witness that reads the same word in the column (the absent ones group
   * with the first absent one).
   */
  static int[] groups(Column col) {
    int n = col.cells().size();
    int[] g = new int[n];
    for (int w = 0; w < n; w++) {
      g[w] = w;
      for (int v = 0; v < w; v++) {
        if (same(col.cell(v), col.cell(w))) {
          g[w] = v;
          break;
        }
      }
    }
    return g;
  }

  private static boolean same(Word a, Word b) {
    return a == null ? b == null : b != null && a.norm().equals(b.norm());
  }
}
