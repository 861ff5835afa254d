package org.sverka.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sverka.entities.EntityType;
import org.sverka.export.Exporter;
import org.sverka.export.WebAnnotations;
import org.sverka.json.CaseJson;
import org.sverka.json.CollationJson;
import org.sverka.json.DatesFiguresJson;
import org.sverka.json.EntityJson;
import org.sverka.json.Texts;
import org.sverka.query.CaseQueries;
import org.sverka.query.Cluster;
import org.sverka.quotes.Verdict;
import org.sverka.store.EntityTables;
import org.sverka.store.StoredDocument;
import org.sverka.store.StoredPassage;
import org.sverka.store.StoredQuotation;
import org.sverka.time.Edtf;

/**
 * The JSON API under {@code /api/}: the CLI's {@code --format json} outputs, built by the same code
 * ({@link CaseJson}) so that the fields are the same, described in {@code /api/openapi.json}.
 */
final class Api {
  /** Every route of the API, as written in the OpenAPI document. */
  static final List<String> ROUTES =
      List.of(
          "/api/docs",
          "/api/docs/{id}",
          "/api/search",
          "/api/show/{citation}",
          "/api/reuse",
          "/api/reuse/{id}",
          "/api/collations",
          "/api/collations/{id}",
          "/api/quotes",
          "/api/quotes/{id}",
          "/api/entities",
          "/api/entities/{name}",
          "/api/comentions",
          "/api/timeline",
          "/api/figures",
          "/api/annotations",
          "/api/claims",
          "/api/claims/{id}",
          "/api/versions/{event}",
          "/api/openapi.json");

  /** Document ids as the case keeps them: no path separators, no control characters. */
  static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}._-]{1,200}");

  private static final Pattern CITATION = Pattern.compile("(.+):(\\d{1,9})(?:-(\\d{1,9}))?");

  private final CasePool pool;
  private final TextCache cache;
  private final byte[] openapi;

  Api(CasePool pool, TextCache cache) throws IOException {
    this.pool = pool;
    this.cache = cache;
    try (InputStream in = Api.class.getResourceAsStream("openapi.json")) {
      this.openapi = in.readAllBytes();
    }
  }

  void routes(RoutesConfig r) {
    r.get("/api/docs", ctx -> ask(ctx, Api::docs));
    r.get("/api/docs/{id}", ctx -> ask(ctx, q -> document(q, ctx.pathParam("id"))));
    r.get("/api/show/{citation}", ctx -> ask(ctx, q -> show(q, ctx)));
    r.get("/api/reuse", ctx -> ask(ctx, q -> reuse(q, ctx)));
    r.get("/api/reuse/{id}", ctx -> ask(ctx, q -> passage(q, ctx.pathParam("id"))));
    r.get("/api/collations", ctx -> ask(ctx, Api::collations));
    r.get("/api/collations/{id}", ctx -> ask(ctx, q -> collation(q, ctx.pathParam("id"))));
    r.get("/api/quotes", ctx -> ask(ctx, q -> quotes(q, ctx)));
    r.get("/api/quotes/{id}", ctx -> ask(ctx, q -> quotation(q, ctx.pathParam("id"))));
    r.get("/api/entities", ctx -> ask(ctx, q -> entities(q, ctx)));
    r.get("/api/entities/{name}", ctx -> ask(ctx, q -> entity(q, ctx)));
    r.get("/api/comentions", ctx -> ask(ctx, q -> comentions(q, ctx)));
    r.get("/api/timeline", ctx -> ask(ctx, q -> timeline(q, ctx)));
    r.get("/api/figures", ctx -> ask(ctx, q -> figures(q, ctx)));
    r.get("/api/annotations", this::annotations);
    r.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
  }

  /** What a route asks of the case. */
  @FunctionalInterface
  private interface Query {
    Object answer(CaseQueries q) throws IOException, SQLException;
  }

  /**
   * Answers a request with the JSON of {@code query}: what the case does not hold is a 404, a name
   * several entities answer to a 400.
   */
  private void ask(Context ctx, Query query) throws IOException, SQLException {
    json(ctx, answer(query));
  }

  /** What {@code query} answers, what the case does not hold refused as in {@link #ask}. */
  private Object answer(Query query) throws IOException, SQLException {
    return pool.with(
        cf -> {
          try {
            return query.answer(CaseQueries.of(cf));
          } catch (CaseQueries.Unknown e) {
            throw new Guard.Refused(404, e.getMessage());
          } catch (CaseQueries.Ambiguous e) {
            throw new Guard.Refused(400, e.getMessage());
          }
        });
  }

  /**
   * {@code /api/annotations?doc=ID}: the document's Web Annotations, as {@code sverka export
   * --format webanno} writes them, with the media type of the Web Annotation Protocol.
   */
  private void annotations(Context ctx) throws IOException, SQLException {
    String doc = ctx.queryParam("doc");
    if (doc == null) {
      throw new Guard.Refused(400, "give the document: /api/annotations?doc=ID");
    }
    requireId(doc);
    Object jsonld = answer(q -> new Exporter(q).annotations(doc));
    ctx.contentType("application/ld+json; profile=\"" + WebAnnotations.CONTEXT + "\"")
        .result((String) jsonld);
  }

  private static void json(Context ctx, Object value) {
    ctx.contentType("application/json; charset=utf-8").result(CaseJson.write(value) + "\n");
  }

  private static List<Object> docs(CaseQueries q) throws SQLException {
    List<Object> out = new ArrayList<>();
    for (StoredDocument d : q.documents()) {
      out.add(CaseJson.document(d));
    }
    return out;
  }

  private static Object document(CaseQueries q, String id) throws SQLException {
    return CaseJson.document(existing(q, id));
  }

  private static StoredDocument existing(CaseQueries q, String id) throws SQLException {
    requireId(id);
    return q.document(id, false);
  }

  private static void requireId(String id) {
    if (!ID.matcher(id).matches()) {
      throw new Guard.Refused(400, "not a document id");
    }
  }

  /** The query parameter {@code doc}: null, or a document of the case. */
  private static String docParam(CaseQueries q, Context ctx) throws SQLException {
    String doc = ctx.queryParam("doc");
    if (doc != null) {
      existing(q, doc);
    }
    return doc;
  }

  /** {@code sverka show DOC:LINE[-LINE] [--context N]}. */
  private Object show(CaseQueries q, Context ctx) throws SQLException {
    Matcher m = CITATION.matcher(ctx.pathParam("citation"));
    if (!m.matches()) {
      throw new Guard.Refused(400, "not a citation; write DOC:LINE or DOC:LINE-LINE");
    }
    int context = QueryParams.integer(ctx, "context", 0, 0, 1000);
    StoredDocument meta = existing(q, m.group(1));
    Texts texts = cache.texts(q.caseFile());
    StoredDocument d = withText(meta, texts.of(meta.id()));
    int from = Integer.parseInt(m.group(2));
    int to = m.group(3) == null ? from : Integer.parseInt(m.group(3));
    if (from < 1 || to < from) {
      throw new Guard.Refused(400, "line range must have 1 <= first <= last");
    }
    if (from > d.lines()) {
      throw new Guard.Refused(
          404, d.id() + " has " + d.lines() + " lines; line " + from + " is past its end");
    }
    to = Math.min(to, d.lines());
    return CaseJson.citation(
        d,
        q.layout(d.id()),
        texts.lines(d.id()),
        from,
        to,
        Math.max(1, from - context),
        Math.min(d.lines(), to + context));
  }

  /** The document {@code meta} with the text the cache holds for it. */
  private static StoredDocument withText(StoredDocument meta, String text) {
    return new StoredDocument(
        meta.id(),
        meta.file(),
        meta.sourcePath(),
        meta.sha256(),
        meta.bytes(),
        meta.mediaType(),
        meta.charset(),
        meta.meta(),
        meta.lines(),
        meta.words(),
        meta.parts(),
        text,
        List.of());
  }

  /** {@code sverka reuse [--doc ID] [--min-words N]}. */
  private Object reuse(CaseQueries q, Context ctx) throws SQLException {
    String doc = docParam(q, ctx);
    int minWords = QueryParams.integer(ctx, "minWords", 0, 0, Integer.MAX_VALUE);
    Texts texts = cache.texts(q.caseFile());
    List<Object> out = new ArrayList<>();
    for (StoredPassage sp : q.passages(doc, minWords)) {
      out.add(CaseJson.passage(sp, texts));
    }
    return out;
  }

  private Object passage(CaseQueries q, String id) throws SQLException {
    StoredPassage sp = q.passage(parseId(id));
    return CaseJson.passage(sp, cache.texts(q.caseFile()));
  }

  /** {@code sverka collate --format json}: the clusters. */
  private static Object collations(CaseQueries q) throws SQLException {
    List<Object> out = new ArrayList<>();
    for (Cluster c : q.clusters(CaseQueries.MIN_WITNESSES)) {
      out.add(CollationJson.cluster(c));
    }
    return out;
  }

  /** {@code sverka collate --cluster ID --format json}. */
  private static Object collation(CaseQueries q, String id) throws SQLException {
    Cluster c = q.cluster(parseId(id), CaseQueries.MIN_WITNESSES);
    return CollationJson.collation(c, q.collate(c.places()));
  }

  /** {@code sverka quotes [--doc ID] [--verdict V]... [--found]}. */
  private Object quotes(CaseQueries q, Context ctx) throws SQLException {
    String doc = docParam(q, ctx);
    List<String> verdicts = ctx.queryParams("verdict");
    for (String v : verdicts) {
      try {
        Verdict.valueOf(v);
      } catch (IllegalArgumentException e) {
        throw new Guard.Refused(400, "not a verdict: " + v);
      }
    }
    String found = ctx.queryParam("found");
    if (found != null && !found.equals("true") && !found.equals("false")) {
      throw new Guard.Refused(400, "found must be true or false");
    }
    Texts texts = cache.texts(q.caseFile());
    List<Object> out = new ArrayList<>();
    for (StoredQuotation sq : q.quotations(doc, verdicts, "true".equals(found))) {
      out.add(CaseJson.quotation(sq, texts));
    }
    return out;
  }

  private Object quotation(CaseQueries q, String id) throws SQLException {
    StoredQuotation sq = q.quotation(parseId(id));
    return CaseJson.quotation(sq, cache.texts(q.caseFile()));
  }

  /** {@code sverka entities [--type TYPE]}. */
  private static Object entities(CaseQueries q, Context ctx) throws SQLException {
    String type = ctx.queryParam("type");
    EntityType t = null;
    if (type != null) {
      try {
        t = EntityType.valueOf(type);
      } catch (IllegalArgumentException e) {
        throw new Guard.Refused(
            400, "type must be one of " + java.util.Arrays.toString(EntityType.values()));
      }
    }
    return EntityJson.entities(q.entities(t));
  }

  /** {@code sverka entity NAME [--derived]}: an id, a name or a spelling of one. */
  private Object entity(CaseQueries q, Context ctx) throws SQLException {
    String name = ctx.pathParam("name");
    if (name.length() > 200 || name.isBlank() || name.chars().anyMatch(Character::isISOControl)) {
      throw new Guard.Refused(400, "not an entity id or name");
    }
    boolean derived = QueryParams.bool(ctx, "derived", false);
    EntityTables.StoredEntity e = q.entity(name);
    return EntityJson.entity(e, q.mentions(e, derived), cache.texts(q.caseFile()));
  }

  /** {@code sverka comentions --format json [--min-sentences N]}. */
  private static Object comentions(CaseQueries q, Context ctx) throws SQLException {
    int min = QueryParams.integer(ctx, "minSentences", 1, 1, Integer.MAX_VALUE);
    return EntityJson.comentions(q.comentions(min), q.entitiesById());
  }

  /** {@code sverka timeline [--entity NAME] [--from EDTF] [--to EDTF]}. */
  private Object timeline(CaseQueries q, Context ctx) throws SQLException {
    String entity = ctx.queryParam("entity");
    Edtf from = QueryParams.edtf("from", ctx.queryParam("from"));
    Edtf to = QueryParams.edtf("to", ctx.queryParam("to"));
    return DatesFiguresJson.timeline(q.timeline(entity, from, to), cache.texts(q.caseFile()));
  }

  /** {@code sverka figures [--doc ID]}. */
  private static Object figures(CaseQueries q, Context ctx) throws SQLException {
    String doc = docParam(q, ctx);
    return DatesFiguresJson.figures(DatesFiguresJson.select(q, doc));
  }

  private static int parseId(String id) {
    if (!id.matches("\\d{1,9}")) {
      throw new Guard.Refused(400, "not a number: an id is a number");
    }
    return Integer.parseInt(id);
  }

  /** The JSON of an error: {@code {"error": "..."}}. */
  static String error(String message) {
    return CaseJson.write(Map.of("error", message)) + "\n";
  }
}
