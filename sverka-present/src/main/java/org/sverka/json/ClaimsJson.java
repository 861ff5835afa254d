package org.sverka.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sverka.claims.Claim;
import org.sverka.claims.ClaimsEditor;
import org.sverka.claims.Finding;
import org.sverka.claims.VersionMatrix;

/**
 * The JSON shapes of claims and findings, shared by {@code sverka check --format json} and the web
 * app's {@code /api/claims} and {@code /api/versions}, so that both give the same fields. A claim's
 * keys are the claims file's, in camelCase ({@code said_by} is {@code saidBy}).
 */
public final class ClaimsJson {
  private ClaimsJson() {}

  /** A finding: {@code type, certainty, claims, explanation, citations, detail}. */
  public static Map<String, Object> finding(Finding f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", f.type().name());
    m.put("certainty", f.certainty().name());
    m.put("claims", f.claims());
    m.put("explanation", f.explanation());
    List<Object> cites = new ArrayList<>();
    for (Finding.Citation c : f.citations()) {
      Map<String, Object> cm = new LinkedHashMap<>();
      cm.put("cite", c.cite());
      cm.put("text", c.text());
      cm.put("claim", c.claim());
      cites.add(cm);
    }
    m.put("citations", cites);
    m.put("detail", f.detail());
    return m;
  }

  /**
   * The versions of an event ({@code sverka versions --format json}): {@code event, slots, rows}
   * with each row's {@code saidOn, saidBy, cites, values, claims}.
   */
  public static Map<String, Object> versions(VersionMatrix vm) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("event", vm.event());
    m.put("slots", vm.slots());
    List<Object> rows = new ArrayList<>();
    for (VersionMatrix.Row r : vm.rows()) {
      Map<String, Object> rm = new LinkedHashMap<>();
      rm.put("saidOn", r.saidOn());
      rm.put("saidBy", r.saidBy());
      rm.put("cites", r.cites());
      rm.put("values", r.cells());
      rm.put("claims", r.claims());
      rows.add(rm);
    }
    m.put("rows", rows);
    return m;
  }

  /** The JSON name of a claims file key: {@code said_by} → {@code saidBy}. */
  public static String jsonKey(String yamlKey) {
    StringBuilder b = new StringBuilder();
    boolean up = false;
    for (char c : yamlKey.toCharArray()) {
      if (c == '_') {
        up = true;
      } else {
        b.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return b.toString();
  }

  /** The claims file key of a JSON name, or null if no claim has that key. */
  public static String yamlKey(String jsonKey) {
    for (String k : ClaimsEditor.KEYS) {
      if (jsonKey(k).equals(jsonKey)) {
        return k;
      }
    }
    return null;
  }

  /**
   * A claim as written in the file: {@code id}, its keys in camelCase (a list stays a list), its
   * {@code line} and, when it is valid, its {@code shape} and the cited {@code text}.
   */
  public static Map<String, Object> claim(ClaimsEditor.Entry e, Claim valid) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    for (Map.Entry<String, Object> f : e.fields().entrySet()) {
      if (!f.getKey().equals("id")) {
        m.put(jsonKey(f.getKey()), f.getValue());
      }
    }
    m.put("line", e.dashLine());
    if (valid != null) {
      m.put(
          "shape",
          valid.shape() instanceof Claim.Presence
              ? "presence"
              : valid.shape() instanceof Claim.EventValue ? "event" : "stance");
      m.put("text", valid.citedText());
      m.put("saidOnUsed", valid.saidOn() == null ? null : valid.saidOn().toString());
    }
    return m;
  }
}
