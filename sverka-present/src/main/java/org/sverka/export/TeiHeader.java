package org.sverka.export;

import java.util.Locale;
import java.util.Map;
import org.sverka.document.Metadata;
import org.sverka.quotes.Verdict;
import org.sverka.store.StoredDocument;

/**
 * A document's {@code <teiHeader>}: the {@code sources.yaml} metadata (title, author, date, place,
 * source, translation, kind and the rest) in the title statement, the source description and the
 * profile; the encoding description says what Sverka marked and defines the verdicts that
 * quotations point to from {@code @ana}.
 */
final class TeiHeader {
  private TeiHeader() {}

  /** The {@code xml:id} of a verdict's category ({@code @ana="#verdict-VERBATIM"}). */
  static String verdictId(String verdict) {
    return "verdict-" + verdict;
  }

  static void write(Xml x, StoredDocument d) {
    Metadata m = d.meta();
    String title = m.title() == null || m.title().isBlank() ? d.id() : m.title();
    x.indent(1).start("teiHeader");
    x.indent(2).start("fileDesc");
    x.indent(3).start("titleStmt");
    x.indent(4).element("title", title);
    if (m.author() != null && !m.author().isBlank()) {
      x.indent(4).element("author", m.author());
    }
    x.indent(4).start("respStmt").element("resp", "names, dates, figures, quotations and reuse");
    x.element("name", "Sverka").end();
    x.indent(3).end();
    x.indent(3).start("publicationStmt");
    x.element("p", "Exported by Sverka from its case file; the text is the document as read.");
    x.end();
    x.indent(3).start("sourceDesc");
    bibl(x, d, title);
    x.indent(3).end();
    x.indent(2).end();
    encoding(x);
    profile(x, m);
    x.indent(1).end();
  }

  private static void bibl(Xml x, StoredDocument d, String title) {
    Metadata m = d.meta();
    x.indent(4).start("bibl");
    x.indent(5).element("title", title);
    x.indent(5).element("author", m.author());
    date(x, 5, m.date(), null);
    date(x, 5, m.published(), "published");
    x.indent(5).element("note", m.source(), "type", "source");
    x.indent(5).element("note", m.translatedFrom(), "type", "translatedFrom");
    x.indent(5).element("note", m.kind(), "type", "kind");
    for (Map.Entry<String, Object> e : m.extra().entrySet()) {
      String type = e.getKey().replaceAll("[\\s\\p{C}]+", "-");
      x.indent(5).element("note", String.valueOf(e.getValue()), "type", type);
    }
    x.indent(5).element("idno", d.id(), "type", "sverka");
    x.indent(5).element("idno", d.file(), "type", "file");
    x.indent(5).element("idno", d.sha256(), "type", "sha256");
    x.indent(4).end();
  }

  private static void date(Xml x, int depth, String edtf, String type) {
    if (edtf == null || edtf.isBlank()) {
      return;
    }
    String[] when = TeiDates.attributes(edtf);
    String[] attributes = new String[when.length + 2];
    attributes[0] = "type";
    attributes[1] = type;
    System.arraycopy(when, 0, attributes, 2, when.length);
    x.indent(depth).element("date", edtf, attributes);
  }

  private static void encoding(Xml x) {
    x.indent(2).start("encodingDesc");
    x.indent(3)
        .element(
            "p",
            "Line breaks of the original are lb elements (xml:id L and the line number, as Sverka"
                + " cites lines); removing the markup gives the original text exactly. Names,"
                + " dates, figures, quotations (cit/quote, @source the source's line, @ana the"
                + " verdicts) and reuse passages (seg type=reuse, @corresp the other side) are as"
                + " Sverka found them; an element split to keep the tree is joined by @prev and"
                + " @next.");
    x.indent(3).start("classDecl");
    x.indent(4).start("taxonomy", "xml:id", "verdicts");
    for (Verdict v : Verdict.values()) {
      x.indent(5).start("category", "xml:id", verdictId(v.name()));
      x.element("catDesc", v.name().toLowerCase(Locale.ROOT).replace('_', ' ')).end();
    }
    x.indent(4).end();
    x.indent(3).end();
    x.indent(2).end();
  }

  private static void profile(Xml x, Metadata m) {
    boolean date = m.date() != null && !m.date().isBlank();
    boolean place = m.place() != null && !m.place().isBlank();
    if (!date && !place) {
      return;
    }
    x.indent(2).start("profileDesc");
    x.indent(3).start("creation");
    if (date) {
      x.element("date", m.date(), TeiDates.attributes(m.date()));
    }
    x.element("placeName", m.place());
    x.end();
    x.indent(2).end();
  }
}
