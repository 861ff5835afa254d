package org.sverka.entities;

import java.io.StringReader;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sverka.ingest.Problem;
import org.sverka.ingest.UnusableInputException;
import org.sverka.time.Edtf;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code authority.yaml}. Every problem names the file, the line and what is wrong: bad YAML,
 * unknown keys, bad values, and contradictions (an alias given to two entities, an entity not the
 * same as itself or as one of its own names). A bad entry is reported and skipped; the rest is
 * used.
 *
 * <pre>
 * entities:
 *   zinoviev:                      # key; the id becomes person:zinoviev
 *     type: person                 # person | place | organization | work
 *     name: Grigory Zinoviev       # canonical name
 *     aliases: [Zinoviev, G. Zinoviev]
 *     wikidata: Q...               # optional
 *     not_same_as: [Zinovievists]  # ids (person:x or x) or surface forms
 *   leningrad:
 *     type: place
 *     name: Leningrad
 *     names:                       # names borne for a time (EDTF)
 *       - {name: Petrograd, when: 1914-08-31/1924-01-26}
 *     lat: 59.94
 *     lon: 30.31
 * </pre>
 */
public final class AuthorityFile {
  private static final Set<String> TOP_KEYS = Set.of("entities");
  private static final Set<String> ENTRY_KEYS =
      Set.of("type", "name", "aliases", "names", "wikidata", "lat", "lon", "not_same_as", "note");
  private static final Set<String> NAME_KEYS = Set.of("name", "when");

  private AuthorityFile() {}

  /** Reads the file; never throws for bad content, which becomes {@link Authority#problems()}. */
  public static Authority read(Path file) {
    String name = file.toString();
    List<Problem> problems = new ArrayList<>();
    String text;
    try {
      text = org.sverka.ingest.YamlText.read(file);
    } catch (UnusableInputException e) {
      problems.add(new Problem(name, e.line(), e.getMessage()));
      return new Authority(List.of(), problems, name, "unreadable");
    }
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8); // the file's own bytes
    String hash = sha256(bytes);
    Node root;
    try {
      root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      problems.add(
          new Problem(
              name, line, "not valid YAML: " + UnusableInputException.oneLine(e.getProblem())));
      return new Authority(List.of(), problems, name, hash);
    } catch (RuntimeException e) {
      problems.add(
          new Problem(
              name, 0, "not valid YAML: " + UnusableInputException.oneLine(e.getMessage())));
      return new Authority(List.of(), problems, name, hash);
    }
    List<Authority.Entry> entries = new ArrayList<>();
    if (root == null) {
      return new Authority(entries, problems, name, hash);
    }
    if (!(root instanceof MappingNode top)) {
      problems.add(new Problem(name, line(root), "expected a mapping with 'entities:' at the top"));
      return new Authority(entries, problems, name, hash);
    }
    for (NodeTuple t : top.getValue()) {
      String key = scalar(t.getKeyNode());
      if ((key == null || !TOP_KEYS.contains(key))) {
        problems.add(
            new Problem(
                name,
                line(t.getKeyNode()),
                "unknown key '" + key + "' (the top level has only 'entities:')"));
        continue;
      }
      if (!(t.getValueNode() instanceof MappingNode m)) {
        problems.add(
            new Problem(
                name,
                line(t.getValueNode()),
                "'entities' must be a mapping of keys to entities (e.g. 'zinoviev: {type: person,"
                    + " name: Grigory Zinoviev}')"));
        continue;
      }
      Set<String> seenKeys = new java.util.HashSet<>();
      for (NodeTuple e : m.getValue()) {
        String k = scalar(e.getKeyNode());
        try {
          if (k == null || !k.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*")) {
            throw new UnusableInputException(
                "entity key '"
                    + k
                    + "' may contain only letters, digits, '.', '_' and '-' (e.g. leon-sedov)",
                line(e.getKeyNode()));
          }
          if (!seenKeys.add(k)) {
            throw new UnusableInputException(
                "entity '" + k + "' is given twice", line(e.getKeyNode()));
          }
          entries.add(entry(k, e.getValueNode(), line(e.getKeyNode()), name, problems));
        } catch (UnusableInputException ex) {
          problems.add(new Problem(name, ex.line(), ex.getMessage() + "; entity skipped"));
        }
      }
    }
    entries = contradictions(entries, name, problems);
    java.util.Collections.sort(problems);
    return new Authority(entries, problems, name, hash);
  }

  private static Authority.Entry entry(
      String key, Node node, int keyLine, String file, List<Problem> problems)
      throws UnusableInputException {
    if (!(node instanceof MappingNode m)) {
      throw new UnusableInputException(
          "entity '" + key + "' must be a mapping with 'type:' and 'name:'", line(node));
    }
    Map<String, Node> f = fields(key, m, file, problems);
    EntityType type = type(key, f, node);
    String name = scalar(f.get("name"));
    if (name == null || name.isBlank()) {
      throw new UnusableInputException("entity '" + key + "' needs 'name:'", keyLine);
    }
    List<String> aliases = strings(f.get("aliases"), "aliases", key);
    List<String> notSameAs = strings(f.get("not_same_as"), "not_same_as", key);
    List<Authority.Renaming> names = renamings(key, f.get("names"));
    String wikidata = scalar(f.get("wikidata"));
    if (wikidata != null && !wikidata.matches("Q[1-9][0-9]*")) {
      throw new UnusableInputException(
          "wikidata id '" + wikidata + "' of '" + key + "' must look like Q1748",
          line(f.get("wikidata")));
    }
    Double lat = number(f.get("lat"), -90, 90, "lat");
    Double lon = number(f.get("lon"), -180, 180, "lon");
    if ((lat == null) != (lon == null)) {
      throw new UnusableInputException(
          "entity '" + key + "' needs both 'lat:' and 'lon:' or neither",
          line(f.getOrDefault("lat", f.get("lon"))));
    }
    if (lat != null && type != EntityType.PLACE) {
      throw new UnusableInputException(
          "coordinates are for places; '" + key + "' is a " + type.name().toLowerCase(Locale.ROOT),
          line(f.get("lat")));
    }
    return new Authority.Entry(
        type.name().toLowerCase(Locale.ROOT) + ":" + key,
        type,
        name,
        aliases,
        names,
        wikidata,
        lat,
        lon,
        notSameAs,
        scalar(f.get("note")),
        keyLine);
  }

  /** The known keys of an entity's mapping, with their values; an unknown key is a problem. */
  private static Map<String, Node> fields(
      String key, MappingNode m, String file, List<Problem> problems) {
    Map<String, Node> f = new LinkedHashMap<>();
    for (NodeTuple t : m.getValue()) {
      String k = scalar(t.getKeyNode());
      if ((k == null || !ENTRY_KEYS.contains(k))) {
        problems.add(
            new Problem(
                file,
                line(t.getKeyNode()),
                "unknown key '"
                    + k
                    + "' in entity '"
                    + key
                    + "' (known: aliases, lat, lon, name, names, not_same_as, note, type,"
                    + " wikidata); ignored"));
        continue;
      }
      f.put(k, t.getValueNode());
    }
    return f;
  }

  /** The entity's 'type:'. */
  private static EntityType type(String key, Map<String, Node> f, Node node)
      throws UnusableInputException {
    String typeText = scalar(f.get("type"));
    try {
      return EntityType.valueOf(typeText == null ? "" : typeText.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UnusableInputException(
          "entity '"
              + key
              + "' needs 'type:' person, place, organization or work"
              + (typeText == null ? "" : ", got '" + typeText + "'"),
          line(f.getOrDefault("type", node)));
    }
  }

  /** The entity's historical 'names:', each {name: ..., when: EDTF}; none when absent. */
  private static List<Authority.Renaming> renamings(String key, Node ns)
      throws UnusableInputException {
    List<Authority.Renaming> names = new ArrayList<>();
    if (ns != null) {
      if (!(ns instanceof SequenceNode seq)) {
        throw new UnusableInputException(
            "'names' of '" + key + "' must be a list of {name: ..., when: EDTF}", line(ns));
      }
      for (Node n : seq.getValue()) {
        names.add(renaming(n));
      }
    }
    return names;
  }

  /** One of 'names:', {name: ..., when: EDTF}. */
  private static Authority.Renaming renaming(Node n) throws UnusableInputException {
    if (!(n instanceof MappingNode nm)) {
      throw new UnusableInputException("each of 'names' must be {name: ..., when: EDTF}", line(n));
    }
    String nn = null;
    String when = null;
    for (NodeTuple t : nm.getValue()) {
      String k = scalar(t.getKeyNode());
      if ((k == null || !NAME_KEYS.contains(k))) {
        throw new UnusableInputException(
            "unknown key '" + k + "' in 'names' (known: name, when)", line(t.getKeyNode()));
      }
      if (k.equals("name")) {
        nn = scalar(t.getValueNode());
      } else {
        when = scalar(t.getValueNode());
      }
    }
    if (nn == null || when == null) {
      throw new UnusableInputException(
          "each of 'names' needs both 'name:' and 'when:' (an EDTF date or interval)", line(n));
    }
    try {
      return new Authority.Renaming(nn, Edtf.parse(when));
    } catch (IllegalArgumentException ex) {
      String why = ex.getMessage();
      int cut = why.indexOf("; expected");
      why = cut > 0 ? why.substring(0, cut) : why;
      throw new UnusableInputException(
          "'when: "
              + when
              + "' of name '"
              + nn
              + "': "
              + why
              + " (EDTF, e.g. 1914-08-31/1924-01-26 or ../1914-08-31)",
          line(n));
    }
  }

  /**
   * Drops entries that contradict themselves or each other: an alias (or name) given to two
   * entities of one type, an entity not the same as itself or as one of its own names, and a
   * not_same_as naming an entity that is not in the file.
   */
  private static List<Authority.Entry> contradictions(
      List<Authority.Entry> entries, String file, List<Problem> problems) {
    Map<String, Authority.Entry> byId = new HashMap<>();
    Map<String, String> bareIds = new HashMap<>();
    for (Authority.Entry e : entries) {
      byId.put(e.id(), e);
      bareIds.merge(e.id().substring(e.id().indexOf(':') + 1), e.id(), (a, b) -> "");
    }
    List<Authority.Entry> out = new ArrayList<>();
    Map<String, Authority.Entry> owner = new HashMap<>();
    for (Authority.Entry e : entries) {
      if (notSameAsItself(e, byId, bareIds, file, problems)
          || nameOfAnother(e, owner, file, problems)) {
        continue;
      }
      for (String f : e.forms()) {
        owner.put(e.type() + "|" + Authority.formKey(f, e.type()), e);
      }
      out.add(e);
    }
    return out;
  }

  /**
   * Whether the entry is said to be not the same as itself or one of its own names; a not_same_as
   * naming no entity of the file is a problem too, but keeps the entry.
   */
  private static boolean notSameAsItself(
      Authority.Entry e,
      Map<String, Authority.Entry> byId,
      Map<String, String> bareIds,
      String file,
      List<Problem> problems) {
    boolean bad = false;
    for (String n : e.notSameAs()) {
      String id = resolveId(n, byId, bareIds);
      if (e.id().equals(id)) {
        problems.add(
            new Problem(
                file, e.line(), "'" + e.id() + "' is said to be not the same as itself; skipped"));
        bad = true;
      } else if (id == null && looksLikeId(n)) {
        problems.add(
            new Problem(
                file,
                e.line(),
                "not_same_as of '"
                    + e.id()
                    + "' names '"
                    + n
                    + "', which is not an entity of this file"));
      } else if (id == null) {
        String k = Authority.formKey(n, e.type());
        for (String f : e.forms()) {
          if (Authority.formKey(f, e.type()).equals(k)) {
            problems.add(
                new Problem(
                    file,
                    e.line(),
                    "'"
                        + e.id()
                        + "' is said to be not the same as '"
                        + n
                        + "', which is one of its own names; skipped"));
            bad = true;
            break;
          }
        }
      }
    }
    return bad;
  }

  /** Whether one of the entry's names is already a name of another entity of its type. */
  private static boolean nameOfAnother(
      Authority.Entry e, Map<String, Authority.Entry> owner, String file, List<Problem> problems) {
    for (String f : e.forms()) {
      String k = e.type() + "|" + Authority.formKey(f, e.type());
      Authority.Entry other = owner.get(k);
      if (other != null && other != e) {
        problems.add(
            new Problem(
                file,
                e.line(),
                "'"
                    + f
                    + "' is a name of both '"
                    + other.id()
                    + "' (line "
                    + other.line()
                    + ") and '"
                    + e.id()
                    + "'; give it to one and use not_same_as; '"
                    + e.id()
                    + "' skipped"));
        return true;
      }
    }
    return false;
  }

  /** The full id that a not_same_as value names, or null if it names no entry. */
  static String resolveId(String v, Map<String, Authority.Entry> byId, Map<String, String> bare) {
    if (byId.containsKey(v)) {
      return v;
    }
    String id = bare.get(v);
    return id == null || id.isEmpty() ? null : id;
  }

  private static boolean looksLikeId(String v) {
    return v.matches("(?i)(person|place|organization|work):.+");
  }

  private static List<String> strings(Node n, String what, String key)
      throws UnusableInputException {
    if (n == null) {
      return List.of();
    }
    if (n instanceof ScalarNode) {
      String s = scalar(n);
      return s == null ? List.of() : List.of(s);
    }
    if (!(n instanceof SequenceNode seq)) {
      throw new UnusableInputException(
          "'" + what + "' of '" + key + "' must be a list of names", line(n));
    }
    List<String> out = new ArrayList<>();
    for (Node x : seq.getValue()) {
      String s = scalar(x);
      if (s == null || !(x instanceof ScalarNode)) {
        throw new UnusableInputException(
            "'" + what + "' of '" + key + "' must hold names (text), one per item", line(x));
      }
      out.add(s);
    }
    return out;
  }

  private static Double number(Node n, double min, double max, String what)
      throws UnusableInputException {
    String s = scalar(n);
    if (s == null) {
      return null;
    }
    try {
      double d = Double.parseDouble(s);
      if (d < min || d > max || Double.isNaN(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new UnusableInputException(
          "'" + what + ": " + s + "' must be a number from " + (int) min + " to " + (int) max,
          line(n));
    }
  }

  private static String scalar(Node n) {
    if (n instanceof ScalarNode s) {
      String v = s.getValue();
      return v == null || v.isEmpty() || v.equals("~") || v.equals("null") ? null : v.strip();
    }
    return null;
  }

  private static int line(Node n) {
    return n == null ? 0 : n.getStartMark().getLine() + 1;
  }

  private static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
