package org.sverka.json;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sverka.document.Part;
import org.sverka.ingest.PageLayout;
import org.sverka.reuse.AlignOp;
import org.sverka.reuse.Passage;
import org.sverka.search.Hit;
import org.sverka.search.Searcher;
import org.sverka.store.StoredDocument;
import org.sverka.store.StoredPassage;
import org.sverka.store.StoredQuotation;
import org.sverka.text.Cited;
import org.sverka.text.LineMap;
import org.sverka.text.Span;

/**
 * The JSON shapes of a case's results, shared by the CLI ({@code --format json}) and the web app's
 * API ({@code /api/...}), so that both give the same fields, in the same order, in the same bytes.
 */
public final class CaseJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false);

  private CaseJson() {}

  /** Pretty-printed JSON (LF line ends, arrays one element a line): same data, same bytes. */
  public static String write(Object value) {
    try {
      DefaultPrettyPrinter pp = new DefaultPrettyPrinter();
      pp.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
      return JSON.writer(pp).writeValueAsString(value).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A text span: {@code {doc, lineStart, lineEnd, start, end, text}}. */
  public static Map<String, Object> span(String doc, String text, LineMap lines, Span span) {
    Map<String, Object> m =
        CitedJson.put(new LinkedHashMap<>(), Cited.of(doc, span, lines), CitedJson.Keys.LINE_START);
    m.put("text", text.substring(span.start(), span.end()));
    return m;
  }

  /** {@code doc:line} or {@code doc:first-last}. */
  public static String cite(String doc, int lineStart, int lineEnd) {
    return Cited.cite(doc, lineStart, lineEnd);
  }

  public static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  /** A document with its parts ({@code sverka docs}). */
  public static Map<String, Object> document(StoredDocument d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", d.id());
    m.put("title", d.meta().title());
    m.put("author", d.meta().author());
    m.put("date", d.meta().date());
    m.put("lines", d.lines());
    m.put("words", d.words());
    List<Object> parts = new ArrayList<>();
    for (Part p : d.parts()) {
      parts.add(part(p));
    }
    m.put("parts", parts);
    m.put("file", d.file());
    m.put("mediaType", d.mediaType());
    m.put("charset", d.charset());
    m.put("published", d.meta().published());
    m.put("place", d.meta().place());
    m.put("source", d.meta().source());
    m.put("translatedFrom", d.meta().translatedFrom());
    m.put("kind", d.meta().kind());
    m.put("sha256", d.sha256());
    m.put("extra", d.meta().extra());
    m.put("detected", d.meta().detected());
    return m;
  }

  public static Map<String, Object> part(Part p) {
    Map<String, Object> pm = new LinkedHashMap<>();
    pm.put("lineStart", p.lineStart());
    pm.put("lineEnd", p.lineEnd());
    pm.put("title", p.title());
    pm.put("date", p.date());
    pm.put("author", p.author());
    pm.put("kind", p.kind());
    pm.put("place", p.place());
    pm.put("implicit", p.implicit());
    if (!p.extra().isEmpty()) {
      pm.put("extra", p.extra());
    }
    return pm;
  }

  /**
   * The original lines {@code first..last} of a document, those in {@code from..to} marked as cited
   * ({@code sverka show}).
   */
  public static Map<String, Object> citation(
      StoredDocument d, LineMap lines, int from, int to, int first, int last) {
    return citation(d, PageLayout.NONE, lines, from, to, first, last);
  }

  /**
   * As {@link #citation(StoredDocument, LineMap, int, int, int, int)}, each line of a PDF or image
   * with its {@code page}, and a line read by OCR with its {@code box} on the page and its {@code
   * doubtful} words (Tesseract's confidence under {@link PageLayout#LOW_CONFIDENCE}).
   */
  public static Map<String, Object> citation(
      StoredDocument d, PageLayout layout, LineMap lines, int from, int to, int first, int last) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("doc", d.id());
    m.put("title", d.meta().title());
    m.put("lineStart", from);
    m.put("lineEnd", to);
    m.put("start", lines.lineStart(from));
    m.put("end", lines.contentEnd(d.text(), to));
    List<Object> arr = new ArrayList<>();
    for (int l = first; l <= last; l++) {
      Map<String, Object> lm = new LinkedHashMap<>();
      lm.put("line", l);
      lm.put("cited", l >= from && l <= to);
      lm.put("start", lines.lineStart(l));
      lm.put("end", lines.contentEnd(d.text(), l));
      lm.put("text", d.text().substring(lines.lineStart(l), lines.contentEnd(d.text(), l)));
      Part p = d.partOf(l);
      lm.put("part", p == null ? null : part(p));
      putPlace(lm, layout, l);
      arr.add(lm);
    }
    m.put("lines", arr);
    return m;
  }

  /** A line's page, and for an OCR line its box and doubtful words, when the document has pages. */
  private static void putPlace(Map<String, Object> lm, PageLayout layout, int line) {
    layout.pageOf(line).ifPresent(pg -> lm.put("page", pg.number()));
    layout
        .ocrLine(line)
        .ifPresent(
            o -> {
              Map<String, Object> box = new LinkedHashMap<>();
              box.put("x", o.box().left());
              box.put("y", o.box().top());
              box.put("width", o.box().width());
              box.put("height", o.box().height());
              lm.put("page", o.page());
              lm.put("box", box);
              List<Object> doubtful = new ArrayList<>();
              for (PageLayout.Word w : o.words()) {
                if (w.doubtful()) {
                  Map<String, Object> wm = new LinkedHashMap<>();
                  wm.put("start", w.start());
                  wm.put("end", w.end());
                  wm.put("confidence", w.confidence());
                  doubtful.add(wm);
                }
              }
              lm.put("doubtful", doubtful);
            });
  }

  /** A reuse passage with its word alignment ({@code sverka reuse}). */
  public static Map<String, Object> passage(StoredPassage sp, Texts texts) throws SQLException {
    Passage p = sp.passage();
    return passage(
        sp.id(),
        p,
        texts.of(p.docA()),
        texts.lines(p.docA()),
        texts.of(p.docB()),
        texts.lines(p.docB()));
  }

  /**
   * A passage: {@code {id, a, b, kind, identity, weight, wordsA, wordsB, ops}}, each op {@code {op,
   * a, b}} with {@code spelling: true} on spelling variants. The Spark job writes the same records.
   */
  public static Map<String, Object> passage(
      long id, Passage p, String textA, LineMap linesA, String textB, LineMap linesB) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("a", span(p.docA(), textA, linesA, p.a()));
    m.put("b", span(p.docB(), textB, linesB, p.b()));
    m.put("kind", p.kind().name());
    m.put("identity", round(p.identity()));
    m.put("weight", round(p.weight()));
    m.put("wordsA", p.tokensA());
    m.put("wordsB", p.tokensB());
    List<Object> ops = new ArrayList<>();
    for (AlignOp o : p.ops()) {
      Map<String, Object> om = new LinkedHashMap<>();
      om.put("op", o.op().json());
      om.put("a", textA.substring(o.a().start(), o.a().end()));
      om.put("b", textB.substring(o.b().start(), o.b().end()));
      if (o.spelling()) {
        om.put("spelling", true);
      }
      if (o.ocr()) {
        om.put("ocr", true);
      }
      ops.add(om);
    }
    m.put("ops", ops);
    return m;
  }

  /** The best match of a quotation's check, or null when it has none. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> best(StoredQuotation q) {
    List<Object> matches = (List<Object>) q.detail().get("matches");
    return matches == null || matches.isEmpty() ? null : (Map<String, Object>) matches.get(0);
  }

  /**
   * The quotations with any of {@code verdicts} (all when null or empty), and only those traced to
   * a source when {@code found}: the filters of {@code sverka quotes} and {@code /api/quotes}.
   */
  public static List<StoredQuotation> select(
      List<StoredQuotation> all, java.util.Collection<String> verdicts, boolean found) {
    return org.sverka.query.CaseQueries.select(all, verdicts, found);
  }

  /** A quotation with its source, verdicts and matches ({@code sverka quotes}). */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> quotation(StoredQuotation q, Texts texts) throws SQLException {
    Map<String, Object> m = new LinkedHashMap<>();
    String text = texts.of(q.doc());
    m.put("id", q.id());
    m.put("quote", span(q.doc(), text, texts.lines(q.doc()), q.span()));
    m.put("attributedTo", q.attributedTo());
    m.put("speaker", q.speaker());
    m.put("firstPerson", q.firstPerson());
    m.put("work", q.work());
    Map<String, Object> best = best(q);
    m.put(
        "source",
        best == null
            ? null
            : span(
                (String) best.get("doc"),
                texts.of((String) best.get("doc")),
                texts.lines((String) best.get("doc")),
                new Span((Integer) best.get("start"), (Integer) best.get("end"))));
    m.put("verdicts", q.verdicts());
    m.put("explanation", q.explanation());
    m.put("style", q.style().toLowerCase(Locale.ROOT));
    m.put("depth", q.depth());
    m.put("closed", q.closed());
    m.put("ellipses", q.detail().get("ellipses"));
    m.put("insertions", q.detail().get("insertions"));
    List<Object> matches = new ArrayList<>();
    for (Object o : (List<Object>) q.detail().get("matches")) {
      Map<String, Object> mm = (Map<String, Object>) o;
      String src = (String) mm.get("doc");
      Map<String, Object> out = new LinkedHashMap<>();
      out.put(
          "source",
          span(
              src,
              texts.of(src),
              texts.lines(src),
              new Span((Integer) mm.get("start"), (Integer) mm.get("end"))));
      out.put("verdicts", mm.get("verdicts"));
      out.put(
          "differences", differences((List<Object>) mm.get("differences"), text, texts.of(src)));
      out.put("explanation", mm.get("explanation"));
      out.put("author", mm.get("author"));
      out.put("date", mm.get("date"));
      out.put("identity", mm.get("identity"));
      matches.add(out);
    }
    m.put("matches", matches);
    return m;
  }

  @SuppressWarnings("unchecked")
  static List<Object> differences(List<Object> diffs, String quoteText, String sourceText) {
    List<Object> out = new ArrayList<>();
    for (Object o : diffs) {
      Map<String, Object> d = (Map<String, Object>) o;
      Map<String, Object> dm = new LinkedHashMap<>();
      dm.put("op", d.get("op"));
      dm.put(
          "quote", quoteText.substring((Integer) d.get("quoteStart"), (Integer) d.get("quoteEnd")));
      dm.put(
          "source",
          sourceText.substring((Integer) d.get("sourceStart"), (Integer) d.get("sourceEnd")));
      if (Boolean.TRUE.equals(d.get("marked"))) {
        dm.put("marked", true);
      }
      if (Boolean.TRUE.equals(d.get("spelling"))) {
        dm.put("spelling", true);
      }
      if (Boolean.TRUE.equals(d.get("ocr"))) {
        dm.put("ocr", true);
      }
      out.add(dm);
    }
    return out;
  }

  /**
   * {@code sverka search --format json} and {@code /api/search}: the query, the total, the hits
   * with their HTML snippets and matches, the notes, and {@code facets} when they were counted.
   */
  public static Map<String, Object> search(String q, Searcher.Result r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("query", q);
    m.put("total", r.total());
    List<Object> hits = new ArrayList<>();
    for (Hit h : r.hits()) {
      Map<String, Object> j = CitedJson.put(new LinkedHashMap<>(), h.cited(), CitedJson.Keys.LINE);
      j.put("snippet", HtmlSnippet.of(h));
      j.put("score", score(h));
      j.put("author", h.author());
      j.put("date", h.date());
      j.put("part", h.part());
      List<Object> matches = new ArrayList<>();
      for (Hit.Match x : h.matches()) {
        Map<String, Object> mm = new LinkedHashMap<>();
        mm.put("start", x.start());
        mm.put("end", x.end());
        mm.put("line", x.line());
        mm.put("text", x.text());
        mm.put("via", x.via().name().toLowerCase(Locale.ROOT));
        if (x.variantOf() != null) {
          mm.put("variantOf", x.variantOf());
        }
        if (x.entity() != null) {
          mm.put("entity", x.entity());
          mm.put("entityName", x.entityName());
        }
        matches.add(mm);
      }
      j.put("matches", matches);
      hits.add(j);
    }
    m.put("hits", hits);
    m.put("notes", r.notes());
    if (r.facets() != null) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("doc", counts(r.facets().docs()));
      f.put("author", counts(r.facets().authors()));
      f.put("year", counts(r.facets().years()));
      f.put("type", counts(r.facets().types()));
      m.put("facets", f);
    }
    return m;
  }

  private static List<Object> counts(List<Searcher.Count> counts) {
    List<Object> out = new ArrayList<>();
    for (Searcher.Count c : counts) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("value", c.value());
      m.put("count", c.count());
      out.add(m);
    }
    return out;
  }

  /** A hit's score rounded to 4 decimals, so that output is stable text. */
  public static BigDecimal score(Hit h) {
    return new BigDecimal(Float.toString(h.score())).setScale(4, RoundingMode.HALF_UP);
  }
}
