package org.sverka.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.claims.Checker;
import org.sverka.claims.ClaimsEditor;
import org.sverka.claims.ClaimsFile;
import org.sverka.json.CaseJson;
import org.sverka.json.ClaimsJson;
import org.sverka.store.CaseFile;
import org.sverka.store.CaseSources;

/** {@code /api/claims} of {@code sverka serve --claims}: reading, writing, and what is refused. */
class ClaimsApiTest {
  @TempDir static Path tmp;
  static Path caseDir;
  static Path claims;
  static SverkaServer server;
  static SverkaServer without;
  static final HttpClient http = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  static final String CLAIMS =
      """
      # My claims about the note.
      places:
        copenhagen: {name: Copenhagen, lat: 55.676, lon: 12.568}
        berlin: {name: Berlin, lat: 52.52, lon: 13.405}
      people:
        sedov: {name: Leon Sedov}
        holtzman: {name: E. S. Holtzman}

      claims:
        # Holtzman's story
        - id: at-copenhagen
          cite: "note:3"
          said_by: holtzman
          said_on: 1936-08     # the trial
          who: [holtzman, sedov]
          where: copenhagen
          when: 1932-11

        - id: in-berlin
          cite: "note:5"
          said_by: trotsky
          said_on: 1937-04
          who: [sedov]
          where: berlin
          when: 1932-11
          throughout: true
      """;

  @BeforeAll
  static void start() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.writeString(
        in.resolve("note.txt"),
        "A note on Copenhagen\n\nHoltzman said he met Sedov at the hotel in Copenhagen.\n\n"
            + "Sedov did not leave Berlin that month.\n\nA third line, for a new claim.\n");
    caseDir = tmp.resolve("case");
    SverkaServerTest.analyze(caseDir, in);
    claims = tmp.resolve("claims.yaml");
    Files.writeString(claims, CLAIMS);
    server = SverkaServer.start(new SverkaServer.Options(caseDir, "127.0.0.1", 0, null, claims));
    without = SverkaServer.start(new SverkaServer.Options(caseDir, "127.0.0.1", 0, null));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    without.close();
  }

  @BeforeEach
  void freshFile() throws Exception {
    Files.writeString(claims, CLAIMS);
    try (var list = Files.list(tmp)) {
      for (Path p : list.toList()) {
        if (p.getFileName().toString().startsWith("claims.yaml.bak.")) {
          Files.delete(p);
        }
      }
    }
  }

  static HttpResponse<String> send(
      SverkaServer s, String method, String path, String body, String... headers) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode get() throws Exception {
    HttpResponse<String> r = send(server, "GET", "/api/claims", null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode j = JSON.readTree(r.body());
    assertThat(r.headers().firstValue("ETag")).hasValue("\"" + j.get("version").asText() + "\"");
    return j;
  }

  static String version() throws Exception {
    return "\"" + get().get("version").asText() + "\"";
  }

  static final String NEW =
      """
      {"id": "holtzman-in-berlin", "cite": "note:1", "saidBy": "trotsky",
       "who": ["holtzman"], "where": "berlin", "when": "1932-11", "throughout": true,
       "note": "a new claim: \\"in Berlin\\""}
      """;

  @Test
  void getGivesTheClaimsAsWrittenAndTheFindingsOfCheck() throws Exception {
    JsonNode j = get();
    assertThat(j.get("version").asText())
        .isEqualTo(ClaimsEditor.version(Files.readAllBytes(claims)));
    assertThat(j.get("ok").asBoolean()).isTrue();
    assertThat(j.get("claims")).hasSize(2);
    JsonNode first = j.get("claims").get(0);
    assertThat(first.get("id").asText()).isEqualTo("at-copenhagen");
    assertThat(first.get("saidBy").asText()).isEqualTo("holtzman");
    assertThat(first.get("saidOn").asText()).isEqualTo("1936-08");
    assertThat(first.get("who").get(1).asText()).isEqualTo("sedov");
    assertThat(first.get("shape").asText()).isEqualTo("presence");
    assertThat(first.get("text").asText()).contains("met Sedov at the hotel");
    assertThat(first.get("line").asInt()).isEqualTo(11);
    // the findings are sverka check's, field for field
    List<Object> expected = new ArrayList<>();
    try (CaseFile cf = CaseFile.openExisting(caseDir)) {
      ClaimsFile f = ClaimsFile.read(claims, new CaseSources(cf));
      Checker.check(f).forEach(x -> expected.add(ClaimsJson.finding(x)));
    }
    assertThat(expected).isNotEmpty();
    assertThat(j.get("findings")).isEqualTo(JSON.readTree(CaseJson.write(expected)));
    assertThat(j.get("findings").get(0).get("type").asText()).isEqualTo("PRESENCE_CONFLICT");
    assertThat(j.get("places").get(0).get("id").asText()).isEqualTo("berlin");
    assertThat(j.get("people")).hasSize(2);
    HttpResponse<String> one = send(server, "GET", "/api/claims/in-berlin", null);
    assertThat(JSON.readTree(one.body()).get("throughout").asText()).isEqualTo("true");
    assertThat(send(server, "GET", "/api/claims/nobody", null).statusCode()).isEqualTo(404);
  }

  @Test
  void postAppendsTheClaimKeepingTheFileAndAnswersTheNewFindings() throws Exception {
    HttpResponse<String> r = send(server, "POST", "/api/claims", NEW, "If-Match", version());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonNode j = JSON.readTree(r.body());
    assertThat(j.get("saved").asText()).isEqualTo("holtzman-in-berlin");
    assertThat(j.get("backup").asText()).isEqualTo("claims.yaml.bak.1");
    assertThat(j.get("claims")).hasSize(3);
    assertThat(Files.readString(claims))
        .isEqualTo(
            CLAIMS
                + """

                  - id: holtzman-in-berlin
                    cite: "note:1"
                    said_by: trotsky
                    who: [holtzman]
                    where: berlin
                    when: 1932-11
                    throughout: true
                    note: "a new claim: \\"in Berlin\\""
                """);
    assertThat(Files.readString(tmp.resolve("claims.yaml.bak.1"))).isEqualTo(CLAIMS);
    List<String> involved = new ArrayList<>();
    for (JsonNode f : j.get("findings")) {
      if (f.get("claims").toString().contains("holtzman-in-berlin")) {
        involved.add(f.get("type").asText());
        assertThat(f.get("citations").toString()).contains("note:1");
      }
    }
    assertThat(involved).contains("PRESENCE_CONFLICT");
    // the findings page follows
    String page = send(server, "GET", "/findings.html", null).body();
    assertThat(page).contains("holtzman-in-berlin").contains("3 claims in claims.yaml");
  }

  @Test
  void theFindingsPageFollowsAFileEditedByHandEvenWhenItsSizeStaysTheSame() throws Exception {
    // the server keeps rendered pages (PageCache); the claims file's bytes are part of their state
    String before = send(server, "GET", "/findings.html", null).body();
    assertThat(before).contains("at-copenhagen");
    assertThat(send(server, "GET", "/findings.html", null).body()).isEqualTo(before);
    String renamed = CLAIMS.replace("at-copenhagen", "at-kopenhagen");
    assertThat(renamed).hasSameSizeAs(CLAIMS);
    Files.writeString(claims, renamed);
    String after = send(server, "GET", "/findings.html", null).body();
    assertThat(after).contains("at-kopenhagen").doesNotContain("at-copenhagen");
  }

  @Test
  void putRewritesOnlyTheChangedKeysAndDeleteRemovesTheClaim() throws Exception {
    HttpResponse<String> r =
        send(
            server,
            "PUT",
            "/api/claims/at-copenhagen",
            """
            {"id": "at-copenhagen", "cite": "note:3", "saidBy": "holtzman", "saidOn": "1936-08",
             "who": ["holtzman", "sedov"], "where": "berlin", "when": "1932-11", "line": 11,
             "shape": "presence", "text": "ignored"}
            """,
            "If-Match",
            version());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(Files.readString(claims))
        .isEqualTo(CLAIMS.replace("    where: copenhagen\n", "    where: berlin\n"));
    // no presence conflict any more: both in Berlin
    assertThat(JSON.readTree(r.body()).get("findings").toString())
        .doesNotContain("PRESENCE_CONFLICT");
    HttpResponse<String> d =
        send(server, "DELETE", "/api/claims/in-berlin", null, "If-Match", version());
    assertThat(d.statusCode()).as(d.body()).isEqualTo(200);
    String edited = CLAIMS.replace("    where: copenhagen\n", "    where: berlin\n");
    assertThat(Files.readString(claims))
        .isEqualTo(edited.substring(0, edited.indexOf("\n  - id: in-berlin")));
    assertThat(tmp.resolve("claims.yaml.bak.2")).exists();
    assertThat(
            send(server, "DELETE", "/api/claims/in-berlin", null, "If-Match", version())
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void anInvalidClaimIsRefusedWithItsProblemsAndTheFileIsUntouched() throws Exception {
    HttpResponse<String> r =
        send(
            server,
            "POST",
            "/api/claims",
            NEW.replace("\"berlin\"", "\"atlantis\"").replace("note:1", "note:100"),
            "If-Match",
            version());
    assertThat(r.statusCode()).isEqualTo(422);
    JsonNode j = JSON.readTree(r.body());
    assertThat(j.get("error").asText()).contains("nothing was saved");
    assertThat(j.get("problems").toString())
        .contains("unknown place 'atlantis'")
        .contains("outside its document");
    assertThat(Files.readString(claims)).isEqualTo(CLAIMS);
    assertThat(tmp.resolve("claims.yaml.bak.1")).doesNotExist();
    assertThat(send(server, "POST", "/api/claims", "{\"bogus\": 1}", "If-Match", version()))
        .extracting(HttpResponse::statusCode)
        .isEqualTo(400);
    assertThat(send(server, "POST", "/api/claims", "[1", "If-Match", version()).statusCode())
        .isEqualTo(400);
  }

  @Test
  void aStaleOrMissingVersionIsRefused() throws Exception {
    String v = version();
    Files.writeString(claims, CLAIMS.replace("# the trial", "# the trial of the sixteen"));
    HttpResponse<String> r = send(server, "POST", "/api/claims", NEW, "If-Match", v);
    assertThat(r.statusCode()).isEqualTo(409);
    assertThat(JSON.readTree(r.body()).get("error").asText())
        .contains("changed on disk since it was read");
    assertThat(Files.readString(claims)).contains("the trial of the sixteen");
    assertThat(send(server, "POST", "/api/claims", NEW).statusCode()).isEqualTo(428);
    // the findings page and the API read the file as it is now
    assertThat(get().get("version").asText()).isNotEqualTo(v.replace("\"", ""));
  }

  @Test
  void writesFromAnotherSiteAndOversizedBodiesAreRefused() throws Exception {
    String v = version();
    assertThat(
            send(server, "POST", "/api/claims", NEW, "If-Match", v, "Sec-Fetch-Site", "cross-site")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            send(
                    server,
                    "DELETE",
                    "/api/claims/in-berlin",
                    null,
                    "If-Match",
                    v,
                    "Origin",
                    "http://attacker.example")
                .statusCode())
        .isEqualTo(403);
    String big = "{\"id\": \"x\", \"note\": \"" + "a".repeat((int) Guard.MAX_BODY) + "\"}";
    assertThat(send(server, "POST", "/api/claims", big, "If-Match", v).statusCode()).isEqualTo(413);
    assertThat(Files.readString(claims)).isEqualTo(CLAIMS);
    // from the server's own pages it goes through
    assertThat(
            send(
                    server,
                    "DELETE",
                    "/api/claims/in-berlin",
                    null,
                    "If-Match",
                    v,
                    "Sec-Fetch-Site",
                    "same-origin")
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void withTheFileThePagesCarryTheEditorAndWithoutItTheySayHowToStartIt() throws Exception {
    assertThat(send(server, "GET", "/doc/note.html", null).body()).contains("data-claims=\"edit\"");
    String list = send(server, "GET", "/claims.html", null).body();
    assertThat(list)
        .contains("id=\"C-at-copenhagen\"")
        .contains("class=\"edit\" data-id=\"in-berlin\"")
        .contains("<script src=\"claims.js\" defer></script>");
    assertThat(send(server, "GET", "/claims.js", null).statusCode()).isEqualTo(200);

    HttpResponse<String> none = send(without, "GET", "/api/claims", null);
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(none.body()).contains("sverka serve --case DIR --claims");
    assertThat(send(without, "POST", "/api/claims", NEW, "If-Match", "x").statusCode())
        .isEqualTo(404);
    for (String page : List.of("/findings.html", "/claims.html")) {
      String html = send(without, "GET", page, null).body();
      assertThat(html).as(page).contains("sverka serve --case CASE --claims claims.yaml");
      assertThat(html).doesNotContain("data-claims=");
    }
    assertThat(send(without, "GET", "/doc/note.html", null).body()).doesNotContain("data-claims=");
  }

  @Test
  void aFileWithProblemsShowsThemOnTheFindingsPage() throws Exception {
    Files.writeString(claims, CLAIMS.replace("where: berlin", "where: moon"));
    String page = send(server, "GET", "/findings.html", null).body();
    assertThat(page).contains("1 problem").contains("unknown place &#39;moon&#39;");
    JsonNode j = get();
    assertThat(j.get("ok").asBoolean()).isFalse();
    assertThat(j.get("problems").get(0).asText()).contains("claims.yaml:24:");
  }

  @Test
  void aClaimsFileGoneWhileServedLeavesThePagesWorkingAndSaysSo() throws Exception {
    String v = version();
    Files.delete(claims);
    assertThat(send(server, "GET", "/doc/note.html", null).statusCode()).isEqualTo(200);
    HttpResponse<String> findings = send(server, "GET", "/findings.html", null);
    assertThat(findings.statusCode()).isEqualTo(200);
    assertThat(findings.body()).contains("cannot read");
    JsonNode j = JSON.readTree(send(server, "GET", "/api/claims", null).body());
    assertThat(j.get("ok").asBoolean()).isFalse();
    assertThat(j.get("editable").asBoolean()).isFalse();
    HttpResponse<String> post = send(server, "POST", "/api/claims", NEW, "If-Match", v);
    assertThat(post.statusCode()).isEqualTo(409);
    assertThat(post.body()).contains("is gone; nothing was saved");
    assertThat(claims).doesNotExist();
  }
}
