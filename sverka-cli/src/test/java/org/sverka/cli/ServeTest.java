package org.sverka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.web.SverkaServer;

/** The web app's API gives the CLI's JSON, byte for byte; the command's errors. */
class ServeTest {
  @TempDir static Path tmp;
  static Path demo;
  static SverkaServer server;

  @BeforeAll
  static void start() throws Exception {
    demo = tmp.resolve("sverka-demo");
    Cli.Run r = Cli.run("demo", "--case", demo.toString());
    assertThat(r.code()).as(r.err()).isZero();
    server = SverkaServer.start(new SverkaServer.Options(demo, "127.0.0.1", 0, null));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  static String api(String path) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return r.body();
  }

  static String cli(String... args) {
    Cli.Run r = Cli.run(args);
    assertThat(r.code()).as(r.err()).isZero();
    return r.out();
  }

  @Test
  void theApiGivesTheCommandLinesJson() throws Exception {
    String c = demo.toString();
    assertThat(api("/api/docs")).isEqualTo(cli("docs", "--case", c, "--format", "json"));
    assertThat(api("/api/reuse?doc=trotsky-dewey-13"))
        .isEqualTo(cli("reuse", "--case", c, "--doc", "trotsky-dewey-13", "--format", "json"));
    assertThat(api("/api/reuse?minWords=1000"))
        .isEqualTo(cli("reuse", "--case", c, "--min-words", "1000", "--format", "json"));
    assertThat(api("/api/quotes?doc=trotsky-reply-1928&found=true"))
        .isEqualTo(
            cli(
                "quotes",
                "--case",
                c,
                "--doc",
                "trotsky-reply-1928",
                "--found",
                "--format",
                "json"));
    assertThat(api("/api/quotes?verdict=CUT_BEFORE_QUALIFIER&verdict=MISATTRIBUTED"))
        .isEqualTo(
            cli(
                "quotes",
                "--case",
                c,
                "--verdict",
                "CUT_BEFORE_QUALIFIER",
                "--verdict",
                "MISATTRIBUTED",
                "--format",
                "json"));
    assertThat(api("/api/show/trotsky-dewey-13:307-308?context=2"))
        .isEqualTo(
            cli(
                "show",
                "trotsky-dewey-13:307-308",
                "--case",
                c,
                "--context",
                "2",
                "--format",
                "json"));
  }

  @Test
  void theApiGivesTheCollationsAsTheCommandLineDoes() throws Exception {
    String c = demo.toString();
    assertThat(api("/api/collations")).isEqualTo(cli("collate", "--case", c, "--format", "json"));
    assertThat(api("/api/collations/2"))
        .isEqualTo(cli("collate", "--case", c, "--cluster", "2", "--format", "json"));
    assertThat(api("/collate/2.html")).contains("<table class=\"collation\">");
    assertThat(api("/reuse.html")).contains("href=\"collate/2.html\"");
  }

  @Test
  void theApiGivesTheEntityDateAndFigureCommandsJson() throws Exception {
    String c = demo.toString();
    assertThat(api("/api/entities?type=PLACE"))
        .isEqualTo(cli("entities", "--case", c, "--type", "PLACE", "--format", "json"))
        .contains("\"id\" : \"place:leningrad\"");
    // a spelling of the name finds the entity, as on the command line
    assertThat(api("/api/entities/Nicolaiev?derived=true"))
        .isEqualTo(cli("entity", "Nicolaiev", "--case", c, "--derived", "--format", "json"))
        .contains("\"form\" : \"Nicolaiev\"", "\"form\" : \"Nikolayev\"");
    assertThat(api("/api/comentions?minSentences=3"))
        .isEqualTo(cli("comentions", "--case", c, "--min-sentences", "3", "--format", "json"));
    assertThat(api("/api/timeline?entity=Kirov&from=1934-12&to=1935-01"))
        .isEqualTo(
            cli(
                "timeline",
                "--case",
                c,
                "--entity",
                "Kirov",
                "--from",
                "1934-12",
                "--to",
                "1935-01",
                "--format",
                "json"))
        .contains("\"value\" : \"1934-12-28\"");
    assertThat(api("/api/figures?doc=trotsky-compilation"))
        .isEqualTo(cli("figures", "--case", c, "--doc", "trotsky-compilation", "--format", "json"))
        .contains("\"verdict\" : \"INCONSISTENT\"");
  }

  @Test
  void withTheDemoClaimsTheApiGivesCheckAndVersionsAsTheCommandLineDoes() throws Exception {
    String c = demo.toString();
    Path claims = demo.resolve("corpus/opposition-1926-1937/claims.yaml");
    try (SverkaServer s =
        SverkaServer.start(
            new SverkaServer.Options(demo, "127.0.0.1", 0, null, claims.toAbsolutePath()))) {
      String base = "http://127.0.0.1:" + s.port();
      HttpResponse<String> versions =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(base + "/api/versions/kirov-assassination"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(versions.statusCode()).isEqualTo(200);
      assertThat(versions.body())
          .isEqualTo(
              cli(
                  "versions",
                  "--case",
                  c,
                  "--claims",
                  claims.toString(),
                  "--event",
                  "kirov-assassination",
                  "--format",
                  "json"))
          .contains("\"event\" : \"kirov-assassination\"");
      HttpResponse<String> none =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(base + "/api/versions/nothing")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(none.statusCode()).isEqualTo(404);
      assertThat(none.body()).contains("no event 'nothing'").contains("kirov-assassination");
    }
  }

  @Test
  void theServerServesTheStaticReportsPagesByteForByte() throws Exception {
    // one rendering code path: `sverka report` writes these files, the server renders on
    // request; both without a claims file (`sverka demo` wrote its report with the demo's)
    cli("report", "--case", demo.toString());
    Path report = demo.resolve("report");
    List<Path> files;
    try (var walk = Files.walk(report)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    int compared = 0;
    for (Path file : files) {
      String page = report.relativize(file).toString().replace('\\', '/');
      // the claims' pages depend on the claims file; search.html searches when served and says
      // how to search in the static report
      if (page.equals("findings.html")
          || page.equals("claims.html")
          || page.equals("search.html")
          || page.startsWith("versions-")) {
        continue;
      }
      assertThat(api("/" + page)).as(page).isEqualTo(Files.readString(file));
      compared++;
    }
    assertThat(compared).as("pages compared").isGreaterThan(100);
    assertThat(files.stream().map(Path::toString))
        .anyMatch(f -> f.endsWith("entity/place_copenhagen.html"))
        .anyMatch(f -> f.endsWith("search.html"));
  }

  @Test
  void serveRefusesAFolderWithoutACaseAndBadOptions() {
    Cli.Run none = Cli.run("serve", "--case", tmp.resolve("nothing").toString(), "--port", "0");
    assertThat(none.code()).isEqualTo(1);
    assertThat(none.err()).contains("no case in").doesNotContain("Exception");
    Cli.Run port = Cli.run("serve", "--case", demo.toString(), "--port", "70000");
    assertThat(port.code()).isEqualTo(2);
    Cli.Run help = Cli.run("serve", "--help");
    assertThat(help.out()).contains("--host", "--port", "--token", "127.0.0.1");
  }

  static HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void apiSearchGivesTheCommandLinesJsonByteForByte() throws Exception {
    String c = demo.toString();
    assertThat(api("/api/search?q=Nikolayev&facets=false"))
        .isEqualTo(cli("search", "Nikolayev", "--case", c, "--format", "json"));
    // filters, a page and the facets: the same options on both sides
    assertThat(
            api(
                "/api/search?q=%22Hotel+Bristol%22+OR+terror&from=1935&to=1937-12&type=person"
                    + "&author=Trotsky&limit=5&page=2"))
        .isEqualTo(
            cli(
                "search",
                "\"Hotel Bristol\" OR terror",
                "--case",
                c,
                "--from",
                "1935",
                "--to",
                "1937-12",
                "--type",
                "person",
                "--author",
                "Trotsky",
                "--limit",
                "5",
                "--offset",
                "5",
                "--facets",
                "--format",
                "json"));
    assertThat(api("/api/search?q=Zinovieff&exact=true&doc=trotsky-dewey-13&offset=1&limit=3"))
        .isEqualTo(
            cli(
                "search",
                "Zinovieff",
                "--case",
                c,
                "--exact",
                "--doc",
                "trotsky-dewey-13",
                "--offset",
                "1",
                "--limit",
                "3",
                "--facets",
                "--format",
                "json"));
  }

  @Test
  void apiSearchRefusesBadParametersWithOneLine() throws Exception {
    HttpResponse<String> syntax = get("/api/search?q=terror+AND");
    assertThat(syntax.statusCode()).isEqualTo(400);
    String message =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(syntax.body())
            .get("error")
            .asText();
    assertThat(message).startsWith("not a valid query").doesNotContain("\n");
    HttpResponse<String> date = get("/api/search?q=terror&from=1927-13");
    assertThat(date.statusCode()).isEqualTo(400);
    assertThat(date.body()).contains("from: ").contains("YYYY, YYYY-MM or YYYY-MM-DD");
    assertThat(get("/api/search?q=terror&from=1937&to=1935").statusCode()).isEqualTo(400);
    assertThat(get("/api/search?q=terror&type=city").body()).contains("person, place, org, work");
    assertThat(get("/api/search").statusCode()).isEqualTo(400);
    assertThat(get("/api/search?q=terror&limit=1000").statusCode()).isEqualTo(400);
    assertThat(get("/api/search?q=terror&page=2&offset=20").statusCode()).isEqualTo(400);
    assertThat(get("/api/search?q=terror&doc=nope").statusCode()).isEqualTo(404);
    // the page says the same on the page, with the query kept in the form
    HttpResponse<String> page = get("/search.html?q=terror+AND");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"error\"").contains("value=\"terror AND\"");
  }

  @Test
  void theSearchPageNeedsTheServerAndTheStaticReportSaysSo() throws Exception {
    String file = Files.readString(demo.resolve("report").resolve("search.html"));
    assertThat(file).contains("Search needs <code>sverka serve</code>");
    // every page has the search box, hidden until sverka.js sees a server
    assertThat(Files.readString(demo.resolve("report").resolve("index.html")))
        .contains("<form class=\"search\" role=\"search\" action=\"search.html\"")
        .contains(" hidden>");
    assertThat(Files.readString(demo.resolve("report/doc/trotsky-dewey-13.html")))
        .contains("action=\"../search.html\"");
    String served = api("/search.html?q=Nikolayev&doc=trotsky-kirov-1935");
    assertThat(served)
        .doesNotContain("Search needs")
        .contains("<mark>Nicolaiev</mark>")
        .contains("href=\"doc/trotsky-kirov-1935.html#L")
        .contains("class=\"badge\">entity</span>")
        .contains("data-facet=\"doc\"");
  }
}
