package org.sverka.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sverka.entities.EntityType;
import org.sverka.json.CaseJson;
import org.sverka.json.DatesFiguresJson;
import org.sverka.json.EntityJson;
import org.sverka.json.Texts;
import org.sverka.quotes.Verdict;
import org.sverka.stage.MentionGroups;
import org.sverka.store.CaseFile;
import org.sverka.store.DateFigureTables;
import org.sverka.store.DocumentTables;
import org.sverka.store.EntityTables;
import org.sverka.store.PassageTables;
import org.sverka.store.QuotationTables;
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
          "/api/quotes",
          "/api/quotes/{id}",
          "/api/entities",
          "/api/entities/{name}",
          "/api/comentions",
          "/api/timeline",
          "/api/figures",
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
    r.get("/api/docs", ctx -> json(ctx, pool.with(Api::docs)));
    r.get("/api/docs/{id}", ctx -> json(ctx, pool.with(cf -> document(cf, ctx.pathParam("id")))));
    r.get("/api/show/{citation}", ctx -> json(ctx, pool.with(cf -> show(cf, ctx))));
    r.get("/api/reuse", ctx -> json(ctx, pool.with(cf -> reuse(cf, ctx))));
    r.get("/api/reuse/{id}", ctx -> json(ctx, pool.with(cf -> passage(cf, ctx.pathParam("id")))));
    r.get("/api/quotes", ctx -> json(ctx, pool.with(cf -> quotes(cf, ctx))));
    r.get(
        "/api/quotes/{id}", ctx -> json(ctx, pool.with(cf -> quotation(cf, ctx.pathParam("id")))));
    r.get("/api/entities", ctx -> json(ctx, pool.with(cf -> entities(cf, ctx))));
    r.get("/api/entities/{name}", ctx -> json(ctx, pool.with(cf -> entity(cf, ctx))));
    r.get("/api/comentions", ctx -> json(ctx, pool.with(cf -> comentions(cf, ctx))));
    r.get("/api/timeline", ctx -> json(ctx, pool.with(cf -> timeline(cf, ctx))));
    r.get("/api/figures", ctx -> json(ctx, pool.with(cf -> figures(cf, ctx))));
    r.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
  }

  private static void json(Context ctx, Object value) {
    ctx.contentType("application/json; charset=utf-8").result(CaseJson.write(value) + "\n");
  }

  private static List<Object> docs(CaseFile cf) throws SQLException {
    List<Object> out = new ArrayList<>();
    for (StoredDocument d : new DocumentTables(cf).documents()) {
      out.add(CaseJson.document(d));
    }
    return out;
  }

  private static Object document(CaseFile cf, String id) throws SQLException {
    return CaseJson.document(existing(cf, id, false));
  }

  private static StoredDocument existing(CaseFile cf, String id, boolean withText)
      throws SQLException {
    if (!ID.matcher(id).matches()) {
      throw new Guard.Refused(400, "not a document id");
    }
    Optional<StoredDocument> d = new DocumentTables(cf).document(id, withText);
    if (d.isEmpty()) {
      throw new Guard.Refused(404, "no document '" + id + "' in this case");
    }
    return d.get();
  }

  /** {@code sverka show DOC:LINE[-LINE] [--context N]}. */
  private Object show(CaseFile cf, Context ctx) throws SQLException {
    Matcher m = CITATION.matcher(ctx.pathParam("citation"));
    if (!m.matches()) {
      throw new Guard.Refused(400, "not a citation; write DOC:LINE or DOC:LINE-LINE");
    }
    int context = QueryParams.integer(ctx, "context", 0, 0, 1000);
    StoredDocument meta = existing(cf, m.group(1), false);
    Texts texts = cache.texts(cf);
    StoredDocument d =
        new StoredDocument(
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
            texts.of(meta.id()),
            List.of());
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
        texts.lines(d.id()),
        from,
        to,
        Math.max(1, from - context),
        Math.min(d.lines(), to + context));
  }

  /** {@code sverka reuse [--doc ID] [--min-words N]}. */
  private Object reuse(CaseFile cf, Context ctx) throws SQLException {
    String doc = ctx.queryParam("doc");
    if (doc != null) {
      existing(cf, doc, false);
    }
    int minWords = QueryParams.integer(ctx, "minWords", 0, 0, Integer.MAX_VALUE);
    Texts texts = cache.texts(cf);
    List<Object> out = new ArrayList<>();
    for (StoredPassage sp : new PassageTables(cf).passages(doc, minWords)) {
      out.add(CaseJson.passage(sp, texts));
    }
    return out;
  }

  private Object passage(CaseFile cf, String id) throws SQLException {
    int n = parseId(id);
    for (StoredPassage sp : new PassageTables(cf).passages(null, 0)) {
      if (sp.id() == n) {
        return CaseJson.passage(sp, cache.texts(cf));
      }
    }
    throw new Guard.Refused(404, "no reuse passage #" + n);
  }

  /** {@code sverka quotes [--doc ID] [--verdict V]... [--found]}. */
  private Object quotes(CaseFile cf, Context ctx) throws SQLException {
    String doc = ctx.queryParam("doc");
    if (doc != null) {
      existing(cf, doc, false);
    }
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
    Texts texts = cache.texts(cf);
    List<Object> out = new ArrayList<>();
    for (StoredQuotation q :
        CaseJson.select(new QuotationTables(cf).quotations(doc), verdicts, "true".equals(found))) {
      out.add(CaseJson.quotation(q, texts));
    }
    return out;
  }

  private Object quotation(CaseFile cf, String id) throws SQLException {
    int n = parseId(id);
    for (StoredQuotation q : new QuotationTables(cf).quotations(null)) {
      if (q.id() == n) {
        return CaseJson.quotation(q, cache.texts(cf));
      }
    }
    throw new Guard.Refused(404, "no quotation #" + n);
  }

  /** {@code sverka entities [--type TYPE]}. */
  private static Object entities(CaseFile cf, Context ctx) throws SQLException {
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
    return EntityJson.entities(new EntityTables(cf).entities(t));
  }

  /** {@code sverka entity NAME [--derived]}: an id, a name or a spelling of one. */
  private Object entity(CaseFile cf, Context ctx) throws SQLException {
    String name = ctx.pathParam("name");
    if (name.length() > 200 || name.isBlank() || name.chars().anyMatch(Character::isISOControl)) {
      throw new Guard.Refused(400, "not an entity id or name");
    }
    boolean derived = QueryParams.bool(ctx, "derived", false);
    EntityTables t = new EntityTables(cf);
    List<EntityTables.StoredEntity> found = t.lookup(name);
    if (found.isEmpty()) {
      throw new Guard.Refused(404, "no entity named '" + name + "' in this case");
    }
    if (found.size() > 1) {
      throw new Guard.Refused(
          400,
          "'"
              + name
              + "' may be "
              + String.join(", ", found.stream().map(e -> e.id() + " (" + e.name() + ")").toList())
              + "; give one of the ids");
    }
    EntityTables.StoredEntity e = found.get(0);
    return EntityJson.entity(
        e, MentionGroups.of(cf, t.mentionsOf(e.id(), derived)), cache.texts(cf));
  }

  /** {@code sverka comentions --format json [--min-sentences N]}. */
  private static Object comentions(CaseFile cf, Context ctx) throws SQLException {
    int min = QueryParams.integer(ctx, "minSentences", 1, 1, Integer.MAX_VALUE);
    EntityTables t = new EntityTables(cf);
    Map<String, EntityTables.StoredEntity> byId = new java.util.HashMap<>();
    for (EntityTables.StoredEntity e : t.entities(null)) {
      byId.put(e.id(), e);
    }
    return EntityJson.comentions(t.coMentions(min), byId);
  }

  /** {@code sverka timeline [--entity NAME] [--from EDTF] [--to EDTF]}. */
  private Object timeline(CaseFile cf, Context ctx) throws SQLException {
    String entity = ctx.queryParam("entity");
    Edtf from = QueryParams.edtf("from", ctx.queryParam("from"));
    Edtf to = QueryParams.edtf("to", ctx.queryParam("to"));
    return DatesFiguresJson.timeline(
        new DateFigureTables(cf).timeline(entity, from, to), cache.texts(cf));
  }

  /** {@code sverka figures [--doc ID]}. */
  private static Object figures(CaseFile cf, Context ctx) throws SQLException {
    String doc = ctx.queryParam("doc");
    if (doc != null) {
      existing(cf, doc, false);
    }
    return DatesFiguresJson.figures(DatesFiguresJson.select(new DateFigureTables(cf), doc));
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
