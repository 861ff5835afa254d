package org.sverka.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.sverka.report.ReportWriter;

/**
 * {@code sverka serve}: the case's report pages, rendered on request by {@link ReportWriter} at the
 * same paths as the static report ({@code /index.html}, {@code /doc/ID.html}, {@code /reuse.html},
 * ...), and the JSON API under {@code /api/}. Nothing is read from the file system but the case's
 * database and the claims file given with {@code --claims} ({@link LiveClaims}, written only by the
 * claims editor): pages and the static files come from {@link ReportWriter}.
 */
public final class SverkaServer implements AutoCloseable {
  /**
   * How to serve: {@code token} null means none on loopback, a generated one elsewhere; {@code
   * claims} the claims file to check live and edit, or null for none.
   */
  public record Options(Path caseDir, String host, int port, String token, Path claims) {
    public Options(Path caseDir, String host, int port, String token) {
      this(caseDir, host, port, token, null);
    }
  }

  private static final String REFUSED = "sverka.refused";

  private final Javalin app;
  private final CasePool pool;
  private final PageCache pages;
  private final String token;
  private final String host;
  private SearchRoutes search;

  private SverkaServer(Javalin app, CasePool pool, PageCache pages, String host, String token) {
    this.app = app;
    this.pool = pool;
    this.pages = pages;
    this.host = host;
    this.token = token;
  }

  /** Whether a bind address needs a token: anything but loopback does. */
  public static boolean needsToken(String host) {
    return !Guard.isLoopback(host);
  }

  /** A new random token (256 bits, URL-safe). */
  public static String newToken() {
    byte[] b = new byte[32];
    new SecureRandom().nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /** Starts serving; fails with an IOException when the folder holds no case. */
  public static SverkaServer start(Options o) throws IOException {
    String token = o.token();
    if (token == null && needsToken(o.host())) {
      token = newToken();
    }
    if (token != null && token.isBlank()) {
      throw new IllegalArgumentException("the token must not be empty");
    }
    CasePool pool =
        new CasePool(o.caseDir(), Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
    Guard guard = new Guard(o.host(), token);
    TextCache cache = new TextCache();
    Api api = new Api(pool, cache);
    LiveClaims live = o.claims() == null ? null : new LiveClaims(o.claims());
    // the pages show the claims file's findings (and the documents offer the editor): a change of
    // the file's bytes, saved here or by hand, starts a new generation of pages
    PageCache pages = new PageCache(o.caseDir(), () -> live == null ? "" : live.version());
    ClaimsApi claimsApi = new ClaimsApi(pool, live);
    SearchRoutes search = new SearchRoutes(pool);
    Javalin app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.http.maxRequestSize = Guard.MAX_BODY;
              config.jetty.host = o.host();
              config.jetty.port = o.port();
              config.jetty.modifyHttpConfiguration(h -> h.setSendServerVersion(false));
              config.routes.before(guard::check);
              config.routes.get("/", ctx -> ctx.redirect("/index.html"));
              api.routes(config.routes);
              claimsApi.routes(config.routes);
              search.routes(config.routes); // before /{name}: /search.html searches
              config.routes.get(
                  "/doc/{name}",
                  ctx -> page(ctx, pool, cache, pages, "doc/" + ctx.pathParam("name"), live));
              config.routes.get(
                  "/collate/{name}",
                  ctx -> page(ctx, pool, cache, pages, "collate/" + ctx.pathParam("name"), live));
              config.routes.get(
                  "/entity/{name}",
                  ctx -> page(ctx, pool, cache, pages, "entity/" + ctx.pathParam("name"), live));
              config.routes.get(
                  "/{name}", ctx -> top(ctx, pool, cache, pages, ctx.pathParam("name"), live));
              config.routes.exception(
                  Guard.Refused.class, (e, ctx) -> refuse(ctx, e.status, e.getMessage()));
              config.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    System.err.println("sverka serve: internal error on " + ctx.path() + ": " + e);
                    refuse(ctx, 500, "internal error");
                  });
              config.routes.error(
                  404,
                  ctx -> {
                    if (ctx.attribute(REFUSED) == null) {
                      refuse(ctx, 404, "not found");
                    }
                  });
            });
    try {
      app.start();
    } catch (RuntimeException e) {
      pool.close();
      throw new IOException(
          "cannot listen on " + o.host() + ":" + o.port() + ": " + rootMessage(e), e);
    }
    SverkaServer server = new SverkaServer(app, pool, pages, o.host(), token);
    server.search = search;
    return server;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }

  private static void top(
      Context ctx, CasePool pool, TextCache cache, PageCache pages, String name, LiveClaims live)
      throws Exception {
    if (ReportWriter.ASSETS.contains(name)) {
      ctx.contentType(
          name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8");
      ctx.result(ReportWriter.asset(name));
      return;
    }
    page(ctx, pool, cache, pages, name, live);
  }

  private static void page(
      Context ctx, CasePool pool, TextCache cache, PageCache pages, String path, LiveClaims live)
      throws Exception {
    String html =
        pages.page(
            ctx.queryString() == null ? path : null, // a page that reads the query is not kept
            () ->
                pool.with(
                    cf -> {
                      ReportWriter writer = new ReportWriter(cf, cache.texts(cf));
                      if (live == null) {
                        writer.servedWithoutClaims();
                      } else {
                        LiveClaims.State s = live.state(cf);
                        writer.withLiveClaims(s.claims(), s.findings());
                      }
                      Optional<ReportWriter.Page> page = writer.page(path);
                      if (page.isEmpty()) {
                        return null;
                      }
                      StringWriter w = new StringWriter();
                      page.get().write(w);
                      return w.toString();
                    }));
    if (html == null) {
      throw new Guard.Refused(404, "no such page in this case");
    }
    ctx.contentType("text/html; charset=utf-8").result(html);
  }

  /**
   * An error: JSON under /api/, a short page elsewhere; the message is never the request's text.
   */
  private static void refuse(Context ctx, int status, String message) {
    ctx.attribute(REFUSED, Boolean.TRUE);
    Guard.headers(ctx);
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      ctx.contentType("application/json; charset=utf-8").result(Api.error(message));
    } else {
      ctx.contentType("text/html; charset=utf-8")
          .result(new org.sverka.report.ErrorPage(status, message).html());
    }
  }

  /** The port listened on (useful with port 0). */
  public int port() {
    return app.port();
  }

  /** How many page requests the page cache answered. */
  long cachedPages() {
    return pages.hits();
  }

  /** The token requests need, or null when none is needed. */
  public String token() {
    return token;
  }

  /** The address to open: with {@code ?token=} when one is needed. */
  public String url() {
    String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    if (h.equals("0.0.0.0") || h.equals("[::]")) {
      h = "127.0.0.1";
    }
    return "http://" + h + ":" + port() + "/" + (token == null ? "" : "?token=" + token);
  }

  @Override
  public void close() throws IOException {
    app.stop();
    search.close();
    pool.close();
  }
}
