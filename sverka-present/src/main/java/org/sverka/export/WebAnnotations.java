package org.sverka.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sverka.claims.MentionedSentence;
import org.sverka.json.Texts;
import org.sverka.reuse.Passage;
import org.sverka.store.DateFigureTables.StoredDate;
import org.sverka.store.EntityTables.StoredEntity;
import org.sverka.store.StoredPassage;
import org.sverka.store.StoredQuotation;
import org.sverka.text.LineMap;
import org.sverka.text.Span;

/**
 * A document's findings as W3C Web Annotations (JSON-LD, one {@code AnnotationCollection} with its
 * page): one annotation per entity mention ({@code identifying}: the entity, its Wikidata item when
 * the authority file gives one), date ({@code describing}: the EDTF value), quotation ({@code
 * linking} to its source passage, the verdicts as an {@code assessing} body; {@code assessing}
 * alone when no source was found) and reuse side ({@code linking} to the other side). Every target
 * and linked passage is selected three ways on the original text: {@code TextQuoteSelector} (exact
 * with 32 characters of prefix and suffix), {@code TextPositionSelector} (in code points, as the
 * model counts) and an RFC 5147 {@code line=} {@code FragmentSelector} (Sverka's line citation).
 */
public final class WebAnnotations {
  /** The JSON-LD context of the Web Annotation model. */
  public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";

  private static final int AFFIX = 32;

  private WebAnnotations() {}

  /** The IRI that stands for a document of the case. */
  public static String documentIri(String doc) {
    return "urn:sverka:doc:" + URLEncoder.encode(doc, StandardCharsets.UTF_8);
  }

  /** The collection of {@code f}'s annotations; {@code texts} gives the sources' texts. */
  static Map<String, Object> collection(Findings f, Texts texts) throws SQLException {
    String doc = f.doc().id();
    List<Object> items = new ArrayList<>();
    Side self = new Side(doc, f.doc().text());
    for (MentionedSentence.Named n : f.mentions()) {
      items.add(mention(self, n, f.entities().get(n.entity() == null ? "" : n.entity())));
    }
    for (StoredDate d : f.dates()) {
      String value = d.value() == null ? d.kind().toLowerCase(Locale.ROOT) : d.value();
      items.add(
          annotation(
              self.id("date", d.id()),
              "describing",
              List.of(textual("date " + value, "describing")),
              self.target(d.span())));
    }
    for (StoredQuotation q : f.quotations()) {
      items.add(quotation(self, q, texts));
    }
    for (StoredPassage sp : f.passages()) {
      Passage p = sp.passage();
      if (p.docA().equals(doc)) {
        items.add(reuse(self, sp, "a", p.a(), new Side(p.docB(), texts.of(p.docB())), p.b()));
      }
      if (p.docB().equals(doc)) {
        items.add(reuse(self, sp, "b", p.b(), new Side(p.docA(), texts.of(p.docA())), p.a()));
      }
    }
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("id", documentIri(doc) + ":annotations:page1");
    page.put("type", "AnnotationPage");
    page.put("startIndex", 0);
    page.put("items", items);
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("@context", CONTEXT);
    c.put("id", documentIri(doc) + ":annotations");
    c.put("type", "AnnotationCollection");
    c.put("label", "Sverka's findings in " + doc);
    c.put("total", items.size());
    c.put("first", page);
    return c;
  }

  private static Map<String, Object> mention(Side self, MentionedSentence.Named n, StoredEntity e) {
    List<Object> body = new ArrayList<>();
    String type = n.mention().type().name().toLowerCase(Locale.ROOT);
    body.add(textual(type, "tagging"));
    if (e != null) {
      body.add(textual(e.name(), "identifying"));
      Map<String, Object> entity = new LinkedHashMap<>();
      entity.put("type", "SpecificResource");
      entity.put(
          "source",
          e.wikidata() == null || e.wikidata().isBlank()
              ? "urn:sverka:entity:" + URLEncoder.encode(e.id(), StandardCharsets.UTF_8)
              : "http://www.wikidata.org/entity/" + e.wikidata());
      entity.put("purpose", "identifying");
      body.add(entity);
    }
    String id = self.id("mention", n.mention().start() + "-" + n.mention().end());
    return annotation(id, "identifying", body, self.target(n.mention().span()));
  }

  private static Map<String, Object> quotation(Side self, StoredQuotation q, Texts texts)
      throws SQLException {
    List<Object> body = new ArrayList<>();
    Map<?, ?> src = Findings.source(q);
    String verdicts = String.join(" ", q.verdicts());
    body.add(
        textual(verdicts + (q.explanation() == null ? "" : ": " + q.explanation()), "assessing"));
    if (src != null) {
      String doc = String.valueOf(src.get("doc"));
      Span s = new Span(Findings.intOf(src, "start"), Findings.intOf(src, "end"));
      body.add(new Side(doc, texts.of(doc)).resource(s));
    }
    return annotation(
        self.id("quotation", q.id()),
        src == null ? "assessing" : "linking",
        body,
        self.target(q.span()));
  }

  private static Map<String, Object> reuse(
      Side self, StoredPassage sp, String side, Span span, Side other, Span otherSpan) {
    Passage p = sp.passage();
    String what =
        String.format(
            Locale.ROOT,
            "reuse #%d %s, identity %.2f, with %s",
            sp.id(),
            p.kind().name(),
            p.identity(),
            other.doc);
    return annotation(
        self.id("reuse", sp.id() + side),
        "linking",
        List.of(textual(what, "describing"), other.resource(otherSpan)),
        self.target(span));
  }

  private static Map<String, Object> annotation(
      String id, String motivation, List<Object> body, Map<String, Object> target) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("@context", CONTEXT);
    a.put("id", id);
    a.put("type", "Annotation");
    a.put("motivation", motivation);
    a.put("body", body);
    a.put("target", target);
    return a;
  }

  private static Map<String, Object> textual(String value, String purpose) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("type", "TextualBody");
    b.put("value", value);
    b.put("format", "text/plain");
    b.put("purpose", purpose);
    return b;
  }

  /** A document's text and how to select in it. */
  private static final class Side {
    final String doc;
    final String text;
    final LineMap lines;
    final boolean bmp;
    private final java.util.Set<String> used = new java.util.HashSet<>();

    Side(String doc, String text) {
      this.doc = doc;
      this.text = text;
      this.lines = LineMap.of(text);
      this.bmp = text.chars().noneMatch(c -> Character.isSurrogate((char) c));
    }

    /** An annotation's id, unique in the collection (a second one on the same span gets .2). */
    String id(String kind, Object n) {
      String id = documentIri(doc) + ":" + kind + ":" + n;
      String unique = id;
      for (int k = 2; !used.add(unique); k++) {
        unique = id + "." + k;
      }
      return unique;
    }

    /** The document's stretch {@code s} as a target: its source and the three selectors. */
    Map<String, Object> target(Span s) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("source", documentIri(doc));
      t.put("selector", selectors(s));
      return t;
    }

    /** The same as a {@code SpecificResource} (a body that is a passage of a document). */
    Map<String, Object> resource(Span s) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("type", "SpecificResource");
      r.putAll(target(s));
      return r;
    }

    private List<Object> selectors(Span s) {
      Map<String, Object> quote = new LinkedHashMap<>();
      quote.put("type", "TextQuoteSelector");
      quote.put("exact", text.substring(s.start(), s.end()));
      quote.put("prefix", text.substring(cut(s.start() - AFFIX), s.start()));
      quote.put("suffix", text.substring(s.end(), cut(s.end() + AFFIX)));
      Map<String, Object> position = new LinkedHashMap<>();
      position.put("type", "TextPositionSelector");
      position.put("start", codePoints(s.start()));
      position.put("end", codePoints(s.end()));
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("type", "FragmentSelector");
      line.put("conformsTo", "http://tools.ietf.org/rfc/rfc5147");
      int first = lines.lineOf(s.start());
      int last = lines.lastLineOf(s);
      line.put("value", "line=" + (first - 1) + "," + last);
      return List.of(quote, position, line);
    }

    /** An offset moved into the text and off the middle of a surrogate pair. */
    private int cut(int offset) {
      int o = Math.max(0, Math.min(text.length(), offset));
      if (o > 0 && o < text.length() && Character.isLowSurrogate(text.charAt(o))) {
        o = Character.isHighSurrogate(text.charAt(o - 1)) ? o - 1 : o;
      }
      return o;
    }

    private int codePoints(int offset) {
      return bmp ? offset : text.codePointCount(0, offset);
    }
  }
}
