package org.sverka.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.pipeline.Analyzer;
import org.sverka.store.CaseFile;

/** The server at the HTTP level: what it serves, and what it refuses. */
class SverkaServerTest {
  @TempDir static Path tmp;
  static Path caseDir;
  static SverkaServer server;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.writeString(
        in.resolve("evil.txt"),
        "A hostile file\n\nHe wrote: <script>document.title='pwned'</script> and"
            + " <img src=x onerror=\"document.title='pwned'\"> & so on.\n");
    Files.writeString(
        in.resolve("plain.txt"), "A plain file\n\nNothing here but words, and more words.\n");
    caseDir = tmp.resolve("case");
    try (CaseFile cf = CaseFile.open(caseDir)) {
      new Analyzer(null)
          .run(
              cf,
              new Analyzer.Options(List.of(in), null, Analyzer.Options.DEFAULT_MAX_FILE_BYTES, 1));
    }
    server = SverkaServer.start(new SverkaServer.Options(caseDir, "127.0.0.1", 0, null));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  static HttpResponse<String> get(SverkaServer s, String path, String... headers) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path)).GET();
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A request written byte for byte, so that nothing normalises its path or headers. */
  static String raw(SverkaServer s, String request) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", s.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      in.transferTo(buf);
      return buf.toString(StandardCharsets.ISO_8859_1);
    }
  }

  static String rawGet(SverkaServer s, String path, String host) throws Exception {
    return raw(s, "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
  }

  static int status(String response) {
    return Integer.parseInt(response.substring(9, 12));
  }

  @Test
  void pagesApiAndErrorsCarryTheContentSecurityPolicy() throws Exception {
    for (String path : List.of("/index.html", "/doc/evil.html", "/api/docs", "/nothing.html")) {
      HttpResponse<String> r = get(server, path);
      assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValue(Guard.CSP);
      assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
    assertThat(Guard.CSP).contains("script-src 'self'").doesNotContain("unsafe-inline");
    HttpResponse<String> index = get(server, "/index.html");
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.body()).contains("<script src=\"sverka.js\" defer></script>");
    assertThat(index.body()).doesNotContainPattern("<script>|<script [^s]|onclick=|style=\"");
    HttpResponse<String> js = get(server, "/sverka.js");
    assertThat(js.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
    assertThat(get(server, "/nothing.html").statusCode()).isEqualTo(404);
  }

  @Test
  void documentTextIsEscaped() throws Exception {
    HttpResponse<String> r = get(server, "/doc/evil.html");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;")
        .contains("&lt;img src=x onerror=&quot;document.title=&#39;pwned&#39;&quot;")
        .contains("&gt; &amp; so on.")
        .doesNotContain("<script>document")
        .doesNotContain("<img src=x");
  }

  @Test
  void onLoopbackOnlyLocalHostNamesAreAnswered() throws Exception {
    int port = server.port();
    assertThat(status(rawGet(server, "/index.html", "localhost:" + port))).isEqualTo(200);
    assertThat(status(rawGet(server, "/index.html", "127.0.0.1:" + port))).isEqualTo(200);
    // a page of another site whose name was made to point at 127.0.0.1 (DNS rebinding)
    assertThat(status(rawGet(server, "/api/docs", "attacker.example:" + port))).isEqualTo(403);
  }

  @Test
  void aNonLoopbackBindRequiresTheTokenOnEveryRequest() throws Exception {
    assertThat(SverkaServer.needsToken("0.0.0.0")).isTrue();
    assertThat(SverkaServer.needsToken("127.0.0.1")).isFalse();
    assertThat(SverkaServer.needsToken("localhost")).isFalse();
    try (SverkaServer open =
        SverkaServer.start(new SverkaServer.Options(caseDir, "0.0.0.0", 0, null))) {
      String token = open.token();
      assertThat(token).isNotNull().hasSizeGreaterThanOrEqualTo(40);
      assertThat(open.url()).endsWith("/?token=" + token);
      for (String path :
          List.of("/", "/index.html", "/doc/evil.html", "/sverka.css", "/api/docs")) {
        assertThat(get(open, path).statusCode()).as(path).isEqualTo(401);
      }
      assertThat(get(open, "/api/docs").body()).contains("\"error\"");
      assertThat(get(open, "/index.html", "Authorization", "Bearer wrong").statusCode())
          .isEqualTo(401);
      assertThat(get(open, "/index.html?token=wrong").statusCode()).isEqualTo(401);
      assertThat(get(open, "/api/docs", "Authorization", "Bearer " + token).statusCode())
          .isEqualTo(200);
      // the first visit's ?token= becomes a cookie, and the token leaves the address bar
      HttpResponse<String> first = get(open, "/index.html?token=" + token);
      assertThat(first.statusCode()).isEqualTo(302);
      assertThat(first.headers().firstValue("Location")).hasValue("/index.html");
      String cookie = first.headers().firstValue("Set-Cookie").orElseThrow();
      assertThat(cookie)
          .startsWith(Guard.COOKIE + "=" + token)
          .containsIgnoringCase("HttpOnly")
          .containsIgnoringCase("SameSite=Strict");
      assertThat(get(open, "/index.html", "Cookie", Guard.COOKIE + "=" + token).statusCode())
          .isEqualTo(200);
      assertThat(get(open, "/index.html", "Cookie", Guard.COOKIE + "=x" + token).statusCode())
          .isEqualTo(401);
    }
    // a token given on loopback is required too
    try (SverkaServer given =
        SverkaServer.start(new SverkaServer.Options(caseDir, "127.0.0.1", 0, "s3cret"))) {
      assertThat(get(given, "/index.html").statusCode()).isEqualTo(401);
      assertThat(get(given, "/index.html", "Authorization", "Bearer s3cret").statusCode())
          .isEqualTo(200);
    }
  }

  @Test
  void noRequestReachesAFileOutsideThePages() throws Exception {
    assertThat(Files.readString(caseDir.resolve("sverka.db"), StandardCharsets.ISO_8859_1))
        .startsWith("SQLite format 3");
    String host = "127.0.0.1:" + server.port();
    List<String> paths =
        List.of(
            "/sverka.db",
            "/../sverka.db",
            "/doc/../sverka.db",
            "/doc/..%2Fsverka.db",
            "/doc/..%2F..%2Fsverka.db",
            "/doc/%2e%2e/%2e%2e/sverka.db",
            "/%2e%2e/sverka.db",
            "/..%5csverka.db",
            "/doc/..\\..\\sverka.db",
            "/api/docs/..%2Fsverka.db",
            "/api/docs/..",
            "/api/show/..%2Fsverka.db:1",
            "/api/reuse?doc=../sverka.db",
            "/doc/evil.html/../../sverka.db",
            "/sverka.css/..%2F..%2Fsverka.db",
            "/etc/passwd",
            "/doc/%00.html");
    for (String path : paths) {
      String r = rawGet(server, path, host);
      assertThat(status(r)).as(path).isIn(400, 404);
      assertThat(r).as(path).doesNotContain("SQLite format").doesNotContain("root:x:");
    }
  }

  @Test
  void bodiesOverTheLimitAreRefused() throws Exception {
    // refused on the declared length, before a byte of the body is read
    String host = "127.0.0.1:" + server.port();
    String r =
        raw(
            server,
            "POST /api/docs HTTP/1.1\r\nHost: "
                + host
                + "\r\nSec-Fetch-Site: same-origin\r\nContent-Length: "
                + (Guard.MAX_BODY + 1)
                + "\r\nConnection: close\r\n\r\n{}");
    assertThat(status(r)).isEqualTo(413);
    assertThat(
            status(
                raw(
                    server,
                    "POST /api/docs HTTP/1.1\r\nHost: "
                        + host
                        + "\r\nSec-Fetch-Site: same-origin\r\nContent-Length: 2"
                        + "\r\nConnection: close\r\n\r\n{}")))
        .isNotEqualTo(413);
  }

  @Test
  void writesFromAnotherSiteAreRefused() throws Exception {
    String host = "127.0.0.1:" + server.port();
    String post = "POST /api/docs HTTP/1.1\r\nHost: " + host + "\r\nContent-Length: 2\r\n";
    String end = "Connection: close\r\n\r\n{}";
    assertThat(status(raw(server, post + "Origin: http://attacker.example\r\n" + end)))
        .isEqualTo(403);
    assertThat(status(raw(server, post + "Sec-Fetch-Site: cross-site\r\n" + end))).isEqualTo(403);
    assertThat(status(raw(server, post + "Sec-Fetch-Site: same-site\r\n" + end))).isEqualTo(403);
    // from a page of this server the write gets past the guard (no write route exists yet)
    assertThat(status(raw(server, post + "Origin: http://" + host + "\r\n" + end)))
        .isNotEqualTo(403);
    assertThat(status(raw(server, post + "Sec-Fetch-Site: same-origin\r\n" + end)))
        .isNotEqualTo(403);
  }

  @Test
  void theAnnotationsOfADocumentAreTheExportsBytesAsJsonLd() throws Exception {
    HttpResponse<String> r = get(server, "/api/annotations?doc=evil");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/ld+json");
    try (org.sverka.query.CaseQueries q = org.sverka.query.CaseQueries.open(caseDir)) {
      assertThat(r.body()).isEqualTo(new org.sverka.export.Exporter(q).annotations("evil"));
    }
    JsonNode c = new ObjectMapper().readTree(r.body());
    assertThat(c.get("type").asText()).isEqualTo("AnnotationCollection");
    assertThat(get(server, "/api/annotations?doc=nobody").statusCode()).isEqualTo(404);
    assertThat(get(server, "/api/annotations").statusCode()).isEqualTo(400);
    assertThat(get(server, "/api/annotations?doc=..%2Fsverka.db").statusCode()).isEqualTo(400);
  }

  @Test
  void theOpenApiDocumentDescribesEveryRouteOfTheApi() throws Exception {
    HttpResponse<String> r = get(server, "/api/openapi.json");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode doc = new ObjectMapper().readTree(r.body());
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    Set<String> described = new HashSet<>();
    doc.get("paths").fieldNames().forEachRemaining(described::add);
    assertThat(described).containsExactlyInAnyOrderElementsOf(Api.ROUTES);
    List<String> samples = new ArrayList<>();
    for (String route : Api.ROUTES) {
      samples.add(
          route
                  .replace("{id}", route.startsWith("/api/docs") ? "evil" : "1")
                  .replace("{citation}", "evil:3")
                  .replaceAll("\\{\\w+}", "nobody")
              + (route.equals("/api/search") ? "?q=script" : "")
              + (route.equals("/api/annotations") ? "?doc=evil" : ""));
    }
    for (String path : samples) {
      HttpResponse<String> a = get(server, path);
      assertThat(a.statusCode()).as(path).isIn(200, 404);
      assertThat(a.headers().firstValue("Content-Type").orElseThrow())
          .as(path)
          .startsWith(
              path.startsWith("/api/annotations") ? "application/ld+json" : "application/json");
      new ObjectMapper().readTree(a.body());
    }
    JsonNode show = new ObjectMapper().readTree(get(server, "/api/show/evil:3").body());
    assertThat(show.get("lines").get(0).get("text").asText()).contains("<script>");
  }

  @Test
  void aCaseAnalysedAgainWhileServedIsReadAnew() throws Exception {
    Path in = tmp.resolve("changing");
    Files.createDirectories(in);
    Path file = in.resolve("note.txt");
    Path dir = tmp.resolve("changing-case");
    Files.writeString(file, "A note\n\nThe first version of the text.\n");
    analyze(dir, in);
    try (SverkaServer s = SverkaServer.start(new SverkaServer.Options(dir, "127.0.0.1", 0, null))) {
      assertThat(get(s, "/api/show/note:3").body()).contains("The first version");
      assertThat(get(s, "/doc/note.html").body()).contains("The first version");
      long cached = s.cachedPages();
      assertThat(get(s, "/doc/note.html").body()).contains("The first version");
      assertThat(s.cachedPages())
          .as("the second visit is answered from the cache")
          .isEqualTo(cached + 1);
      Files.writeString(file, "A note\n\nThe second version, changed.\n");
      analyze(dir, in);
      assertThat(get(s, "/api/show/note:3").body())
          .contains("The second version")
          .doesNotContain("first");
      assertThat(get(s, "/doc/note.html").body()).contains("The second version");
      assertThat(s.cachedPages()).as("a new state of the case renders anew").isEqualTo(cached + 1);
    }
  }

  static void analyze(Path dir, Path in) throws Exception {
    try (CaseFile cf = CaseFile.open(dir)) {
      new Analyzer(null)
          .run(
              cf,
              new Analyzer.Options(List.of(in), null, Analyzer.Options.DEFAULT_MAX_FILE_BYTES, 1));
    }
  }

  @Test
  void badApiParametersAreClearErrors() throws Exception {
    assertThat(get(server, "/api/docs/nobody").statusCode()).isEqualTo(404);
    assertThat(get(server, "/api/docs/nobody").body()).contains("no document 'nobody'");
    assertThat(get(server, "/api/quotes?verdict=BOGUS").statusCode()).isEqualTo(400);
    assertThat(get(server, "/api/reuse?minWords=-1").statusCode()).isEqualTo(400);
    assertThat(get(server, "/api/show/evil:0").statusCode()).isEqualTo(400);
    assertThat(get(server, "/api/show/evil:999").statusCode()).isEqualTo(404);
    assertThat(get(server, "/api/reuse/x").statusCode()).isEqualTo(400);
  }

  @Test
  void aListedPassageOrQuotationIsServedByIdAndAnUnknownIdIsA404() throws Exception {
    ObjectMapper json = new ObjectMapper();
    for (String kind : List.of("reuse", "quotes")) {
      JsonNode all = json.readTree(get(server, "/api/" + kind).body());
      int last = 0;
      for (JsonNode item : all) {
        int id = item.get("id").asInt();
        assertThat(json.readTree(get(server, "/api/" + kind + "/" + id).body())).isEqualTo(item);
        last = Math.max(last, id);
      }
      HttpResponse<String> missing = get(server, "/api/" + kind + "/" + (last + 1));
      assertThat(missing.statusCode()).isEqualTo(404);
      assertThat(missing.body())
          .contains(kind.equals("reuse") ? "no reuse passage #" : "no quotation #")
          .contains(String.valueOf(last + 1));
    }
    assertThat(get(server, "/api/entities/nobody-at-all").statusCode()).isEqualTo(404);
  }

  @Test
  void searchIsEscapedAndFollowsACaseAnalysedAgain() throws Exception {
    // the hostile file's words are found, and shown as text
    String page = get(server, "/search.html?q=script").body();
    assertThat(page).contains("&lt;<mark>script</mark>&gt;").doesNotContain("<script>document");
    JsonNode hits = new ObjectMapper().readTree(get(server, "/api/search?q=onerror").body());
    assertThat(hits.get("total").asInt()).isEqualTo(1);
    assertThat(hits.get("hits").get(0).get("snippet").asText()).contains("&lt;img");

    Path in = tmp.resolve("searched");
    Files.createDirectories(in);
    Path file = in.resolve("memo.txt");
    Path dir = tmp.resolve("searched-case");
    Files.writeString(file, "A memo\n\nThe first draft of the memo.\n");
    analyze(dir, in);
    try (SverkaServer s = SverkaServer.start(new SverkaServer.Options(dir, "127.0.0.1", 0, null))) {
      assertThat(get(s, "/api/search?q=draft").body()).contains("<mark>draft</mark>");
      Files.writeString(file, "A memo\n\nThe final text of the memo.\n");
      analyze(dir, in);
      // the shared searcher looks for a new index at most every second: wait for it (10 s at most)
      long until = System.nanoTime() + 10_000_000_000L;
      String body = get(s, "/api/search?q=final").body();
      while (body.contains("\"total\" : 0") && System.nanoTime() < until) {
        Thread.sleep(100);
        body = get(s, "/api/search?q=final").body();
      }
      assertThat(body).contains("<mark>final</mark>");
      assertThat(get(s, "/api/search?q=draft").body()).contains("\"total\" : 0");
    }
  }
}
