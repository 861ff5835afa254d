package org.sverka.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sverka.claims.MentionedSentence;
import org.sverka.entities.EntityType;
import org.sverka.entities.Mention;
import org.sverka.reuse.Passage;
import org.sverka.store.DateFigureTables.StoredDate;
import org.sverka.store.DateFigureTables.StoredFigure;
import org.sverka.store.EntityTables.StoredEntity;
import org.sverka.store.StoredPassage;
import org.sverka.store.StoredQuotation;
import org.sverka.text.Span;

/**
 * One document as a TEI P5 file: the header from its metadata ({@link TeiHeader}), the entities it
 * names in {@code <standOff>} ({@code listPerson}, {@code listPlace}, {@code listOrg}, {@code
 * listBibl} for works: canonical name, variants as {@code type="variant"}, the Wikidata id as
 * {@code <idno type="wikidata">}), and its text in one {@code <ab>}, every line opened by {@code
 * <lb n="N" xml:id="LN"/>}, with the findings as elements laid out by {@link Nesting}.
 */
public final class TeiWriter {
  private TeiWriter() {}

  /** The file a document's TEI is written to, and that other documents point to. */
  public static String fileName(String doc) {
    return doc.replaceAll("[^\\p{L}\\p{N}._-]", "_") + ".xml";
  }

  /** The {@code xml:id} of an entity in {@code <standOff>}. */
  static String entityId(String entity) {
    return "ent-" + entity.replaceAll("[^\\p{L}\\p{N}._-]", "_");
  }

  /** What one mark becomes: the element, its attributes, and the id its parts share (or null). */
  record Tag(String name, String id, String[] attributes) {}

  /** The TEI of the document of {@code f}, as UTF-8 bytes. */
  static byte[] write(Findings f) {
    Xml x = new Xml();
    x.indent(0)
        .pi(
            "xml-model",
            "href=\"http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng\""
                + " type=\"application/xml\" schematypens=\"http://relaxng.org/ns/structure/1.0\"");
    x.indent(0).root("TEI");
    TeiHeader.write(x, f.doc());
    standOff(x, f);
    x.indent(1).start("text");
    x.indent(2).start("body");
    x.indent(3).start("ab");
    body(x, f);
    x.end();
    x.indent(2).end();
    x.indent(1).end();
    x.indent(0).end();
    return x.finish();
  }

  /** The entities the document's mentions are linked to, by type, each list in id order. */
  private static void standOff(Xml x, Findings f) {
    Map<EntityType, Map<String, StoredEntity>> byType = new TreeMap<>();
    for (MentionedSentence.Named n : f.mentions()) {
      StoredEntity e = n.entity() == null ? null : f.entities().get(n.entity());
      if (e != null) {
        byType.computeIfAbsent(e.type(), k -> new TreeMap<>()).put(e.id(), e);
      }
    }
    if (byType.isEmpty()) {
      return;
    }
    x.indent(1).start("standOff");
    for (var t : byType.entrySet()) {
      String[] names = listNames(t.getKey());
      x.indent(2).start(names[0]);
      for (StoredEntity e : t.getValue().values()) {
        x.indent(3).start(names[1], "xml:id", entityId(e.id()));
        x.element(names[2], e.name());
        for (var v : e.variants()) {
          if (!v.form().equals(e.name())) {
            x.element(names[2], v.form(), "type", "variant");
          }
        }
        x.element("idno", e.wikidata(), "type", "wikidata");
        x.end();
      }
      x.indent(2).end();
    }
    x.indent(1).end();
  }

  /** The list, item and name elements of a type of entity. */
  private static String[] listNames(EntityType t) {
    return switch (t) {
      case PERSON -> new String[] {"listPerson", "person", "persName"};
      case PLACE -> new String[] {"listPlace", "place", "placeName"};
      case ORGANIZATION -> new String[] {"listOrg", "org", "orgName"};
      case WORK -> new String[] {"listBibl", "bibl", "title"};
    };
  }

  /** The text with its marks. */
  private static void body(Xml x, Findings f) {
    String text = f.doc().text();
    List<Nesting.Event<Tag>> events = Nesting.layout(text, marks(f));
    for (Nesting.Event<Tag> ev : events) {
      if (ev instanceof Nesting.Text<Tag> t) {
        x.text(text, t.from(), t.to());
      } else if (ev instanceof Nesting.Line<Tag> l) {
        x.empty("lb", "n", String.valueOf(l.number()), "xml:id", "L" + l.number());
      } else if (ev instanceof Nesting.Open<Tag> o) {
        open(x, o);
      } else if (ev instanceof Nesting.Close<Tag> c) {
        if (c.mark().what().name().equals("cit")) {
          x.end();
        }
        x.end();
      }
    }
  }

  /** Opens a part of a mark, its parts linked by {@code @prev}/{@code @next}. */
  private static void open(Xml x, Nesting.Open<Tag> o) {
    Tag t = o.mark().what();
    String base = t.id() != null ? t.id() : "s" + o.index();
    boolean named = t.id() != null || o.parts() > 1;
    List<String> a = new ArrayList<>();
    if (named) {
      a.addAll(List.of("xml:id", part(base, o.part())));
      if (o.part() > 0) {
        a.addAll(List.of("prev", "#" + part(base, o.part() - 1)));
      }
      if (o.part() + 1 < o.parts()) {
        a.addAll(List.of("next", "#" + part(base, o.part() + 1)));
      }
    }
    if (t.name().equals("cit")) {
      a.addAll(0, List.of("type", "quotation"));
      x.start("cit", a.toArray(String[]::new));
      x.start("quote", t.attributes());
      return;
    }
    a.addAll(java.util.Arrays.asList(t.attributes()));
    x.start(t.name(), a.toArray(String[]::new));
  }

  private static String part(String base, int part) {
    return part == 0 ? base : base + "." + (part + 1);
  }

  /** Every finding of the document as a mark. */
  private static List<Nesting.Mark<Tag>> marks(Findings f) {
    List<Nesting.Mark<Tag>> out = new ArrayList<>();
    String doc = f.doc().id();
    for (StoredPassage sp : f.passages()) {
      Passage p = sp.passage();
      if (p.docA().equals(doc)) {
        out.add(reuse(sp, p.a(), "a", p.docB(), "b", doc));
      }
      if (p.docB().equals(doc)) {
        out.add(reuse(sp, p.b(), "b", p.docA(), "a", doc));
      }
    }
    for (StoredQuotation q : f.quotations()) {
      out.add(quotation(q));
    }
    for (MentionedSentence.Named n : f.mentions()) {
      out.add(name(n, n.entity() != null && f.entities().containsKey(n.entity())));
    }
    for (StoredDate d : f.dates()) {
      out.add(phrase(d.span(), new Tag("date", null, TeiDates.attributes(d.value()))));
    }
    for (StoredFigure fig : f.figures()) {
      out.add(phrase(fig.span(), figure(fig)));
    }
    return out;
  }

  private static Nesting.Mark<Tag> phrase(Span s, Tag t) {
    return new Nesting.Mark<>(s.start(), s.end(), Nesting.Level.PHRASE, t);
  }

  private static Nesting.Mark<Tag> reuse(
      StoredPassage sp, Span side, String self, String otherDoc, String other, String doc) {
    String target = (otherDoc.equals(doc) ? "" : fileName(otherDoc)) + "#P" + sp.id() + other;
    String[] a = {
      "type", "reuse", "subtype", sp.passage().kind().name(), "n", "P" + sp.id(), "corresp", target
    };
    return new Nesting.Mark<>(
        side.start(), side.end(), Nesting.Level.SEG, new Tag("seg", "P" + sp.id() + self, a));
  }

  private static Nesting.Mark<Tag> quotation(StoredQuotation q) {
    Map<?, ?> src = Findings.source(q);
    String source =
        src == null
            ? null
            : fileName(String.valueOf(src.get("doc"))) + "#L" + Findings.intOf(src, "lineStart");
    List<String> ana = new ArrayList<>();
    for (String v : q.verdicts()) {
      ana.add("#" + TeiHeader.verdictId(v));
    }
    String[] a = {"source", source, "ana", ana.isEmpty() ? null : String.join(" ", ana)};
    return new Nesting.Mark<>(
        q.span().start(), q.span().end(), Nesting.Level.QUOTE, new Tag("cit", "Q" + q.id(), a));
  }

  private static Nesting.Mark<Tag> name(MentionedSentence.Named n, boolean linked) {
    Mention m = n.mention();
    String ref = linked ? "#" + entityId(n.entity()) : null;
    String type = m.type().name().toLowerCase(Locale.ROOT);
    Tag t;
    if (m.role() != Mention.Role.NAME) {
      t = new Tag("rs", null, new String[] {"type", type, "ref", ref});
    } else {
      String element =
          switch (m.type()) {
            case PERSON -> "persName";
            case PLACE -> "placeName";
            case ORGANIZATION -> "orgName";
            case WORK -> "title";
          };
      t = new Tag(element, null, new String[] {"ref", ref});
    }
    return phrase(m.span(), t);
  }

  private static Tag figure(StoredFigure f) {
    String low = f.value() == null ? null : f.value().toPlainString();
    String high = f.high() == null ? null : f.high().toPlainString();
    boolean range = high != null;
    if (f.unit() != null && !f.unit().isBlank()) {
      String unit = f.unit().trim().replaceAll("\\s+", "-");
      return new Tag(
          "measure",
          null,
          new String[] {
            "quantity",
            range ? null : low,
            "atLeast",
            range ? low : null,
            "atMost",
            high,
            "unit",
            unit
          });
    }
    return new Tag(
        "num",
        null,
        new String[] {"value", range ? null : low, "atLeast", range ? low : null, "atMost", high});
  }
}
