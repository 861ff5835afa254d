package org.sverka.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.sql.SQLException;
import org.sverka.json.CaseJson;
import org.sverka.query.CaseQueries;
import org.sverka.report.SearchPage;
import org.sverka.search.Searcher;
import org.sverka.store.CaseFile;
import org.sverka.store.DocumentTables;
import org.sverka.time.Edtf;

/**
 * Search over the served case: {@code /api/search} (the JSON of {@code sverka search --format json
 * --facets}, built by {@link CaseJson#search}) and the page {@code /search.html} (rendered by the
 * report's {@link SearchPage}), both from one shared {@link Searcher} ({@link SearcherCache}).
 *
 * <p>Parameters: {@code q} (Lucene query syntax, as the command), {@code doc}, {@code author},
 * {@code from}, {@code to} (EDTF), {@code type} (person, place, org, work), {@code limit} (default
 * 20, at most {@link #MAX_LIMIT}), {@code offset} or {@code page} (1-based), {@code exact}, and for
 * the API {@code facets} (default true).
 */
final class SearchRoutes implements AutoCloseable {
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;

  /** Deep paging is refused beyond this offset: narrow the search instead. */
  static final int MAX_OFFSET = 10_000;

  private final CasePool pool;
  private final SearcherCache searchers = new SearcherCache();

  SearchRoutes(CasePool pool) {
    this.pool = pool;
  }

  /** A request's parameters, read and checked. */
  record Params(
      SearchPage.Request page, Searcher.Options options, boolean facets, String q, int limit) {}

  void routes(RoutesConfig r) {
    r.get("/api/search", this::api);
    r.get("/search.html", this::page);
  }

  private void api(Context ctx) throws IOException, SQLException {
    Params p = params(ctx, true);
    Object json =
        pool.with(
            cf -> {
              checkDoc(cf, p.options().doc());
              return searchers.with(
                  cf,
                  s -> {
                    try {
                      return CaseJson.search(
                          p.q(),
                          s.search(
                              p.q(), p.options(), p.page().offset(), p.page().limit(), p.facets()));
                    } catch (IllegalArgumentException e) {
                      throw new Guard.Refused(400, e.getMessage());
                    }
                  });
            });
    ctx.contentType("application/json; charset=utf-8").result(CaseJson.write(json) + "\n");
  }

  private void page(Context ctx) throws IOException, SQLException {
    SearchPage.Request req = request(ctx);
    Params p;
    String error = null;
    try {
      p = params(ctx, false);
    } catch (Guard.Refused e) {
      p = null;
      error = e.getMessage();
    }
    Searcher.Result result = null;
    if (p != null && p.q() != null) {
      Params asked = p;
      Object[] out = new Object[1];
      error =
          pool.with(
              cf -> {
                if (asked.options().doc() != null
                    && new DocumentTables(cf).document(asked.options().doc(), false).isEmpty()) {
                  return "no document '" + asked.options().doc() + "' in this case";
                }
                return searchers.with(
                    cf,
                    s -> {
                      try {
                        out[0] =
                            s.search(
                                asked.q(),
                                asked.options(),
                                asked.page().offset(),
                                asked.page().limit(),
                                true);
                        return null;
                      } catch (IllegalArgumentException e) {
                        return e.getMessage();
                      }
                    });
              });
      result = (Searcher.Result) out[0];
    }
    StringWriter w = new StringWriter();
    SearchPage.write(w, p == null ? req : p.page(), result, error);
    // a query or date that cannot be read is shown on the page, under the form that holds it:
    // the page itself is fine (200); /api/search answers such requests with 400
    ctx.contentType("text/html; charset=utf-8").result(w.toString());
  }

  private static void checkDoc(CaseFile cf, String doc) throws SQLException {
    try {
      CaseQueries.of(cf).requireDocument(doc);
    } catch (CaseQueries.Unknown e) {
      throw new Guard.Refused(404, e.getMessage());
    }
  }

  /** The request as the page shows it back, before any check. */
  private static SearchPage.Request request(Context ctx) {
    return new SearchPage.Request(
        text(ctx, "q"),
        text(ctx, "doc"),
        text(ctx, "author"),
        text(ctx, "from"),
        text(ctx, "to"),
        text(ctx, "type"),
        0,
        DEFAULT_LIMIT);
  }

  private static String text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > 1000) {
      throw new Guard.Refused(400, name + " is too long (at most 1000 characters)");
    }
    return v.strip();
  }

  static Params params(Context ctx, boolean needQuery) {
    String q = text(ctx, "q");
    if (q == null && needQuery) {
      throw new Guard.Refused(400, "q is required: the query, in Lucene query syntax");
    }
    String doc = text(ctx, "doc");
    if (doc != null && !Api.ID.matcher(doc).matches()) {
      throw new Guard.Refused(400, "not a document id");
    }
    String author = text(ctx, "author");
    String from = text(ctx, "from");
    String to = text(ctx, "to");
    Edtf fromDate = QueryParams.edtf("from", from);
    Edtf toDate = QueryParams.edtf("to", to);
    if (fromDate != null && toDate != null && fromDate.earliest().isAfter(toDate.latest())) {
      throw new Guard.Refused(400, "from " + from + " is after to " + to);
    }
    String type = text(ctx, "type");
    if (type != null && !Searcher.Options.TYPES.contains(type)) {
      throw new Guard.Refused(
          400, "type must be one of " + String.join(", ", Searcher.Options.TYPES));
    }
    int limit = QueryParams.integer(ctx, "limit", DEFAULT_LIMIT, 0, MAX_LIMIT);
    String offsetText = ctx.queryParam("offset");
    String pageText = ctx.queryParam("page");
    if (offsetText != null && pageText != null) {
      throw new Guard.Refused(400, "give offset or page, not both");
    }
    int offset = QueryParams.integer(ctx, "offset", 0, 0, MAX_OFFSET);
    if (pageText != null) {
      int page = QueryParams.integer(ctx, "page", 1, 1, MAX_OFFSET / Math.max(1, limit) + 1);
      offset = (page - 1) * limit;
    }
    boolean exact = QueryParams.bool(ctx, "exact", false);
    boolean facets = QueryParams.bool(ctx, "facets", true);
    return new Params(
        new SearchPage.Request(q, doc, author, from, to, type, offset, limit),
        new Searcher.Options(doc, author, fromDate, toDate, !exact, type),
        facets,
        q,
        limit);
  }

  @Override
  public void close() throws IOException {
    searchers.close();
  }
}
