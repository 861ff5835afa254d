package org.sverka.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sverka.claims.Claim;
import org.sverka.claims.ClaimsEditor;
import org.sverka.claims.Place;
import org.sverka.ingest.Problem;
import org.sverka.json.CaseJson;
import org.sverka.json.ClaimsJson;

/**
 * {@code /api/claims}: the claims file of {@code sverka serve --claims} with its findings (the
 * fields of {@code sverka check --format json}), and the writes of the claims editor: POST a new
 * claim, PUT a claim anew, DELETE one. Every write names the version it was made against in {@code
 * If-Match} (the {@code version} and ETag of the last GET); the file is edited as text by {@link
 * ClaimsEditor}, validated first, backed up, and the new claims and findings are answered.
 */
final class ClaimsApi {
  /** Fields a GET answers that a write may send back and that are not the file's. */
  private static final List<String> READ_ONLY = List.of("line", "shape", "text", "saidOnUsed");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CasePool pool;
  private final LiveClaims live;

  /** {@code live} is null when the server has no claims file. */
  ClaimsApi(CasePool pool, LiveClaims live) {
    this.pool = pool;
    this.live = live;
  }

  void routes(RoutesConfig r) {
    r.get("/api/claims", ctx -> get(ctx));
    r.get("/api/claims/{id}", ctx -> getOne(ctx, ctx.pathParam("id")));
    r.post("/api/claims", ctx -> write(ctx, 201, null));
    r.put("/api/claims/{id}", ctx -> write(ctx, 200, ctx.pathParam("id")));
    r.delete("/api/claims/{id}", ctx -> write(ctx, 200, ctx.pathParam("id")));
    r.get("/api/versions/{event}", ctx -> versions(ctx, ctx.pathParam("event")));
  }

  /** {@code sverka versions --event ID}: the versions of an event, side by side. */
  private void versions(Context ctx, String event) throws Exception {
    LiveClaims l = live();
    Object body =
        pool.with(
            cf -> {
              LiveClaims.State s = l.state(cf);
              if (!s.claims().ok()) {
                throw new Guard.Refused(
                    422, "the claims file has problems; the findings page lists them");
              }
              List<String> events = org.sverka.claims.VersionMatrix.events(s.claims());
              if (!events.contains(event)) {
                throw new Guard.Refused(
                    404,
                    "no event '"
                        + event
                        + "' in the claims file"
                        + (events.isEmpty() ? "" : " (events: " + String.join(", ", events) + ")"));
              }
              return ClaimsJson.versions(org.sverka.claims.VersionMatrix.of(s.claims(), event));
            });
    json(ctx, 200, body);
  }

  private LiveClaims live() {
    if (live == null) {
      throw new Guard.Refused(
          404,
          "this server has no claims file: start it with sverka serve --case DIR --claims"
              + " claims.yaml");
    }
    return live;
  }

  private void get(Context ctx) throws Exception {
    LiveClaims l = live();
    Map<String, Object> body = pool.with(cf -> payload(l.state(cf)));
    ctx.header("ETag", "\"" + body.get("version") + "\"");
    json(ctx, 200, body);
  }

  private void getOne(Context ctx, String id) throws Exception {
    LiveClaims l = live();
    Map<String, Object> one =
        pool.with(
            cf -> {
              LiveClaims.State s = l.state(cf);
              if (s.text() == null) {
                throw new Guard.Refused(422, s.uneditable());
              }
              ClaimsEditor.Entry e =
                  s.text()
                      .claim(id)
                      .orElseThrow(() -> new Guard.Refused(404, "no claim '" + id + "'"));
              return ClaimsJson.claim(e, valid(s, id));
            });
    json(ctx, 200, one);
  }

  /** POST (id null), PUT or DELETE: the edit, saved, and the new claims and findings. */
  private void write(Context ctx, int okStatus, String id) throws Exception {
    LiveClaims l = live();
    String version = ifMatch(ctx);
    boolean delete = ctx.method().name().equals("DELETE");
    Map<String, Object> fields = delete ? null : fields(ctx.body(), id);
    Object result =
        pool.with(
            cf -> {
              try {
                ClaimsEditor.Saved saved =
                    l.save(
                        cf,
                        version,
                        text ->
                            delete
                                ? text.delete(id)
                                : id == null ? text.append(fields) : text.replace(id, fields));
                Map<String, Object> body = payload(l.state(cf));
                body.put("saved", delete ? id : fields.get("id"));
                body.put("deleted", delete);
                body.put("backup", saved.backup().getFileName().toString());
                return body;
              } catch (ClaimsEditor.Refused e) {
                return e;
              } catch (java.nio.file.NoSuchFileException e) {
                throw new Guard.Refused(
                    409, "the claims file " + l.file() + " is gone; nothing was saved");
              } catch (java.io.IOException e) {
                throw new Guard.Refused(
                    500,
                    "cannot save the claims file "
                        + l.file()
                        + ": "
                        + org.sverka.ingest.UnusableInputException.oneLine(
                            String.valueOf(e.getMessage())));
              }
            });
    if (result instanceof ClaimsEditor.Refused e) {
      Map<String, Object> err = new LinkedHashMap<>();
      err.put("error", e.getMessage());
      err.put("problems", e.problems());
      json(
          ctx,
          switch (e.kind()) {
            case STALE -> 409;
            case NOT_FOUND -> 404;
            case INVALID, UNSUPPORTED -> 422;
          },
          err);
      return;
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> body = (Map<String, Object>) result;
    ctx.header("ETag", "\"" + body.get("version") + "\"");
    json(ctx, okStatus, body);
  }

  private static String ifMatch(Context ctx) {
    String v = ctx.header("If-Match");
    if (v == null || v.isBlank()) {
      throw new Guard.Refused(
          428,
          "a write needs If-Match: the version of the claims file it was made against (from GET"
              + " /api/claims)");
    }
    v = v.strip();
    if (v.startsWith("W/")) {
      v = v.substring(2);
    }
    if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
      v = v.substring(1, v.length() - 1);
    }
    return v;
  }

  /** A claim sent as JSON, as the claims file's keys and values (strings, lists of strings). */
  static Map<String, Object> fields(String body, String pathId) {
    JsonNode n;
    try {
      n = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new Guard.Refused(400, "the body is not JSON: " + e.getOriginalMessage());
    }
    if (n == null || !n.isObject()) {
      throw new Guard.Refused(400, "the body must be a JSON object: the claim's fields");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    var it = n.fields();
    while (it.hasNext()) {
      var f = it.next();
      if (READ_ONLY.contains(f.getKey())) {
        continue;
      }
      String key = ClaimsJson.yamlKey(f.getKey());
      if (key == null) {
        List<String> known = new ArrayList<>();
        ClaimsEditor.KEYS.forEach(k -> known.add(ClaimsJson.jsonKey(k)));
        throw new Guard.Refused(
            400,
            "unknown field '"
                + f.getKey()
                + "' of a claim (known: "
                + String.join(", ", known)
                + ")");
      }
      JsonNode v = f.getValue();
      if (v.isNull()) {
        continue;
      }
      if (v.isValueNode()) {
        out.put(key, v.asText());
      } else if (v.isArray()) {
        List<String> items = new ArrayList<>();
        for (JsonNode x : v) {
          if (!x.isValueNode() || x.isNull()) {
            throw new Guard.Refused(400, "'" + f.getKey() + "' must be a list of plain values");
          }
          items.add(x.asText());
        }
        out.put(key, items);
      } else {
        throw new Guard.Refused(400, "'" + f.getKey() + "' must be a value or a list of values");
      }
    }
    if (pathId != null && !out.containsKey("id")) {
      out.put("id", pathId);
    }
    return out;
  }

  private static Claim valid(LiveClaims.State s, String id) {
    for (Claim c : s.claims().claims()) {
      if (c.id().equals(id)) {
        return c;
      }
    }
    return null;
  }

  /** What GET /api/claims answers (and a write, after saving). */
  static Map<String, Object> payload(LiveClaims.State s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", s.claims().file().getFileName().toString());
    m.put("version", s.version());
    m.put("ok", s.claims().ok());
    List<String> problems = new ArrayList<>();
    for (Problem p : s.claims().problems()) {
      problems.add(p.toString());
    }
    m.put("problems", problems);
    m.put("editable", s.text() != null);
    if (s.text() == null) {
      m.put("uneditable", s.uneditable());
    }
    List<Object> claims = new ArrayList<>();
    TreeSet<String> saidBy = new TreeSet<>();
    TreeSet<String> propositions = new TreeSet<>();
    if (s.text() != null) {
      for (ClaimsEditor.Entry e : s.text().claims()) {
        claims.add(ClaimsJson.claim(e, e.id() == null ? null : valid(s, e.id())));
        if (e.fields().get("said_by") instanceof String b) {
          saidBy.add(b);
        }
        if (e.fields().get("proposition") instanceof String p) {
          propositions.add(p);
        }
      }
    }
    m.put("claims", claims);
    m.put("findings", s.findings().stream().map(ClaimsJson::finding).toList());
    List<Object> places = new ArrayList<>();
    for (Place p : s.claims().places().values()) {
      Map<String, Object> pm = new LinkedHashMap<>();
      pm.put("id", p.id());
      pm.put("name", p.label());
      pm.put("within", p.within());
      places.add(pm);
    }
    m.put("places", places);
    List<Object> people = new ArrayList<>();
    for (Map.Entry<String, String> p : s.claims().people().entrySet()) {
      Map<String, Object> pm = new LinkedHashMap<>();
      pm.put("id", p.getKey());
      pm.put("name", p.getValue());
      people.add(pm);
    }
    m.put("people", people);
    List<Object> events = new ArrayList<>();
    for (var e : s.claims().events().values()) {
      Map<String, Object> em = new LinkedHashMap<>();
      em.put("id", e.id());
      em.put("single", e.single());
      em.put("many", e.many());
      events.add(em);
    }
    m.put("events", events);
    m.put("saidBy", List.copyOf(saidBy));
    m.put("propositions", List.copyOf(propositions));
    return m;
  }

  private static void json(Context ctx, int status, Object value) {
    ctx.status(status);
    ctx.contentType("application/json; charset=utf-8").result(CaseJson.write(value) + "\n");
  }
}
