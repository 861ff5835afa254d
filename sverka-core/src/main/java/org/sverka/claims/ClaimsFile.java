package org.sverka.claims;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sverka.document.Part;
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
 * The analyst's {@code claims.yaml}: places, people, events and claims, each claim with its source.
 * Read with line numbers (SnakeYAML's marks), the way {@link org.sverka.ingest.SourceCatalog} reads
 * {@code sources.yaml}; every problem is collected, one per line, naming the file, the line and
 * what is wrong, so the analyst sees them all at once. Cites are resolved against the case's
 * documents: the cited line must exist, and its original text is kept for the findings. Sverka
 * writes this file only through {@link ClaimsEditor} (the claims editor of {@code sverka serve}),
 * which edits its text in place, validates it first and keeps a backup.
 */
public final class ClaimsFile {
  /** The default for {@code settings.max_speed_kmh}: fast travel by train or car in the 1930s. */
  public static final double DEFAULT_MAX_SPEED_KMH = 80;

  private static final Set<String> TOP = Set.of("places", "people", "events", "claims", "settings");
  private static final Set<String> PLACE_KEYS =
      Set.of("name", "within", "lat", "lon", "existed", "cite", "note");
  private static final Set<String> EVENT_KEYS = Set.of("single", "many", "name", "note");
  private static final Set<String> COMMON =
      Set.of("id", "cite", "said_by", "said_on", "trust", "note");
  private static final List<String> PRESENCE = List.of("who", "where", "when", "throughout");
  private static final List<String> EVENT = List.of("event", "slot", "value");
  private static final List<String> STANCE = List.of("proposition", "stance");
  private static final String ID = "[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*";

  private final Path file;
  private final Map<String, Place> places;
  private final Map<String, String> people;
  private final Map<String, EventDef> events;
  private final List<Claim> claims;
  private final double maxSpeedKmh;
  private final List<Problem> problems;

  private ClaimsFile(
      Path file,
      Map<String, Place> places,
      Map<String, String> people,
      Map<String, EventDef> events,
      List<Claim> claims,
      double maxSpeedKmh,
      List<Problem> problems) {
    this.file = file;
    this.places = Collections.unmodifiableMap(places);
    this.people = Collections.unmodifiableMap(people);
    this.events = Collections.unmodifiableMap(events);
    this.claims = List.copyOf(claims);
    this.maxSpeedKmh = maxSpeedKmh;
    this.problems = List.copyOf(problems);
  }

  /** Builds a claims file from parts already made (tests, other front ends). */
  public static ClaimsFile of(
      Map<String, Place> places,
      Map<String, String> people,
      Map<String, EventDef> events,
      List<Claim> claims,
      double maxSpeedKmh) {
    return new ClaimsFile(
        null,
        new TreeMap<>(places),
        new TreeMap<>(people),
        new TreeMap<>(events),
        claims,
        maxSpeedKmh,
        List.of());
  }

  /** Reads and validates a claims file; never throws for bad content, see {@link #problems()}. */
  public static ClaimsFile read(Path file, Sources sources) {
    return new Reading(file, null, sources).read();
  }

  /**
   * Reads and validates claims given as text, reporting problems under {@code file}'s name: what
   * the file would be after an edit, checked before it is written.
   */
  public static ClaimsFile read(Path file, String text, Sources sources) {
    return new Reading(file, text, sources).read();
  }

  public Path file() {
    return file;
  }

  public Map<String, Place> places() {
    return places;
  }

  /** Declared people: id to name. */
  public Map<String, String> people() {
    return people;
  }

  public Map<String, EventDef> events() {
    return events;
  }

  public List<Claim> claims() {
    return claims;
  }

  public double maxSpeedKmh() {
    return maxSpeedKmh;
  }

  /** Every problem found, in line order; a file with problems is not checked. */
  public List<Problem> problems() {
    return problems;
  }

  public boolean ok() {
    return problems.isEmpty();
  }

  /** A person's name if declared, else the id. */
  public String personName(String id) {
    return people.getOrDefault(id, id);
  }

  /** A place's name if declared, else the id. */
  public String placeName(String id) {
    Place p = places.get(id);
    return p == null ? id : p.label();
  }

  /** Whether {@code inner} is {@code outer} or lies within it, following {@code within}. */
  public boolean isWithin(String inner, String outer) {
    Set<String> seen = new HashSet<>();
    for (String p = inner; p != null && seen.add(p); ) {
      if (p.equals(outer)) {
        return true;
      }
      Place pl = places.get(p);
      p = pl == null ? null : pl.within();
    }
    return false;
  }

  /** The place or the nearest place containing it that has coordinates, if any. */
  public Optional<Place> located(String id) {
    Set<String> seen = new HashSet<>();
    for (String p = id; p != null && seen.add(p); ) {
      Place pl = places.get(p);
      if (pl == null) {
        return Optional.empty();
      }
      if (pl.lat() != null && pl.lon() != null) {
        return Optional.of(pl);
      }
      p = pl.within();
    }
    return Optional.empty();
  }

  /** When a claim was said, and where that date comes from ("claim", "part", "document"). */
  private record SaidOn(Edtf when, String source) {}

  /** One reading of one file: collects the problems while it builds the parts. */
  private static final class Reading {
    final Path file;
    final String text;
    final String name;
    final Sources sources;
    final List<Problem> problems = new ArrayList<>();
    final Map<String, Place> places = new TreeMap<>();
    final Map<String, String> people = new TreeMap<>();
    final Map<String, EventDef> events = new TreeMap<>();
    final List<Claim> claims = new ArrayList<>();
    boolean peopleDeclared;
    double maxSpeed = DEFAULT_MAX_SPEED_KMH;

    Reading(Path file, String text, Sources sources) {
      this.file = file;
      this.text = text;
      this.name = file.toString();
      this.sources = sources;
    }

    ClaimsFile read() {
      Node root;
      String yaml = text;
      if (yaml == null) {
        try {
          yaml = org.sverka.ingest.YamlText.read(file);
        } catch (UnusableInputException e) {
          problem(e.line(), e.getMessage());
          return done();
        }
      }
      try (Reader r = new java.io.StringReader(yaml)) {
        root = new Yaml(new LoaderOptions()).compose(r);
      } catch (MarkedYAMLException e) {
        int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
        problem(line, "not valid YAML: " + UnusableInputException.oneLine(e.getProblem()));
        return done();
      } catch (IOException | RuntimeException e) {
        problem(
            0, "cannot read: " + UnusableInputException.oneLine(String.valueOf(e.getMessage())));
        return done();
      }
      if (!(root instanceof MappingNode top)) {
        problem(root == null ? 0 : line(root), "expected a mapping with 'claims:' at the top");
        return done();
      }
      Map<String, Node> f = fields(top, TOP, "top-level key");
      // an empty section ("claims:" with everything under it commented out) is an empty one
      f.values().removeIf(v -> v instanceof ScalarNode && scalar(v) == null);
      Node settings = f.get("settings");
      if (settings != null) {
        settings(settings);
      }
      if (f.containsKey("places")) {
        places(f.get("places"));
      }
      if (f.containsKey("people")) {
        people(f.get("people"));
      }
      if (f.containsKey("events")) {
        events(f.get("events"));
      }
      if (!f.containsKey("claims")) {
        if (top.getValue().stream().noneMatch(t -> "claims".equals(scalar(t.getKeyNode())))) {
          problem(line(top), "no 'claims:' list");
        }
      } else {
        claims(f.get("claims"));
      }
      return done();
    }

    ClaimsFile done() {
      problems.sort(null);
      return new ClaimsFile(file, places, people, events, claims, maxSpeed, problems);
    }

    void problem(int line, String message) {
      problems.add(new Problem(name, line, message));
    }

    void settings(Node n) {
      if (!(n instanceof MappingNode m)) {
        problem(line(n), "'settings' must be a mapping");
        return;
      }
      Map<String, Node> f = fields(m, Set.of("max_speed_kmh"), "setting");
      Node v = f.get("max_speed_kmh");
      if (v != null) {
        Double d = number(v, "max_speed_kmh");
        if (d != null) {
          if (d <= 0) {
            problem(line(v), "max_speed_kmh must be above 0, got " + scalar(v));
          } else {
            maxSpeed = d;
          }
        }
      }
    }

    void places(Node n) {
      if (!(n instanceof MappingNode m)) {
        problem(
            line(n),
            "'places' must be a mapping from place id to {name, within, lat, lon, existed}");
        return;
      }
      Map<String, Node> raw = new LinkedHashMap<>();
      for (NodeTuple t : m.getValue()) {
        String id = scalar(t.getKeyNode());
        if (!checkId(id, t.getKeyNode(), "place")) {
          continue;
        }
        if (raw.containsKey(id)) {
          problem(line(t.getKeyNode()), "place id '" + id + "' is used twice");
          continue;
        }
        raw.put(id, t.getValueNode());
      }
      for (Map.Entry<String, Node> e : raw.entrySet()) {
        String id = e.getKey();
        Node v = e.getValue();
        if (!(v instanceof MappingNode pm)) {
          problem(
              line(v), "place '" + id + "' must be a mapping like {name: ..., lat: ..., lon: ...}");
          continue;
        }
        Map<String, Node> f = fields(pm, PLACE_KEYS, "key of place '" + id + "'");
        String within = scalar(f.get("within"));
        if (within != null && !raw.containsKey(within)) {
          problem(
              line(f.get("within")),
              "place '" + id + "' is within unknown place '" + within + "'" + known(raw.keySet()));
          within = null;
        }
        Double lat = f.containsKey("lat") ? number(f.get("lat"), "lat") : null;
        Double lon = f.containsKey("lon") ? number(f.get("lon"), "lon") : null;
        if (lat != null && (lat < -90 || lat > 90)) {
          problem(line(f.get("lat")), "lat must be between -90 and 90, got " + lat);
          lat = null;
        }
        if (lon != null && (lon < -180 || lon > 180)) {
          problem(line(f.get("lon")), "lon must be between -180 and 180, got " + lon);
          lon = null;
        }
        if ((f.containsKey("lat")) != (f.containsKey("lon"))) {
          problem(line(v), "place '" + id + "' needs both lat and lon, or neither");
        }
        Edtf existed = f.containsKey("existed") ? edtf(f.get("existed"), "existed") : null;
        Cite cite = null;
        String text = null;
        if (f.containsKey("cite")) {
          cite = cite(f.get("cite"));
          text = cite == null ? null : citedText(cite);
        }
        places.put(
            id,
            new Place(id, scalar(f.get("name")), within, lat, lon, existed, cite, text, line(v)));
      }
      // a place may not lie within itself, however indirectly
      for (Place p : places.values()) {
        Set<String> seen = new HashSet<>();
        String q = p.within();
        while (q != null && seen.add(q)) {
          if (q.equals(p.id())) {
            problem(p.line(), "place '" + p.id() + "' lies within itself (a cycle of 'within')");
            break;
          }
          Place pq = places.get(q);
          q = pq == null ? null : pq.within();
        }
      }
    }

    void people(Node n) {
      peopleDeclared = true;
      if (!(n instanceof MappingNode m)) {
        problem(line(n), "'people' must be a mapping from person id to {name: ...}");
        return;
      }
      for (NodeTuple t : m.getValue()) {
        String id = scalar(t.getKeyNode());
        if (!checkId(id, t.getKeyNode(), "person")) {
          continue;
        }
        if (people.containsKey(id)) {
          problem(line(t.getKeyNode()), "person id '" + id + "' is used twice");
          continue;
        }
        Node v = t.getValueNode();
        String pname = id;
        if (v instanceof MappingNode pm) {
          Map<String, Node> f = fields(pm, Set.of("name", "note"), "key of person '" + id + "'");
          pname = scalar(f.get("name")) == null ? id : scalar(f.get("name"));
        } else if (v instanceof ScalarNode && scalar(v) != null) {
          pname = scalar(v);
        } else if (!(v instanceof ScalarNode)) {
          problem(line(v), "person '" + id + "' must be a mapping like {name: ...}");
        }
        people.put(id, pname);
      }
    }

    void events(Node n) {
      if (!(n instanceof MappingNode m)) {
        problem(
            line(n), "'events' must be a mapping from event id to {single: [...], many: [...]}");
        return;
      }
      for (NodeTuple t : m.getValue()) {
        String id = scalar(t.getKeyNode());
        if (!checkId(id, t.getKeyNode(), "event")) {
          continue;
        }
        if (events.containsKey(id)) {
          problem(line(t.getKeyNode()), "event id '" + id + "' is used twice");
          continue;
        }
        Node v = t.getValueNode();
        if (!(v instanceof MappingNode em)) {
          problem(
              line(v), "event '" + id + "' must be a mapping like {single: [...], many: [...]}");
          continue;
        }
        Map<String, Node> f = fields(em, EVENT_KEYS, "key of event '" + id + "'");
        List<String> single = strings(f.get("single"), "single");
        List<String> many = strings(f.get("many"), "many");
        for (String s : single) {
          if (many.contains(s)) {
            problem(line(v), "slot '" + s + "' of event '" + id + "' is both single and many");
          }
        }
        events.put(id, new EventDef(id, single, many, line(v)));
      }
    }

    void claims(Node n) {
      if (!(n instanceof SequenceNode seq)) {
        problem(line(n), "'claims' must be a list");
        return;
      }
      Map<String, Integer> ids = new LinkedHashMap<>();
      for (Node c : seq.getValue()) {
        Claim claim = claim(c, ids);
        if (claim != null) {
          claims.add(claim);
        }
      }
    }

    /** One claim, or null when it has a problem (all its problems are recorded). */
    Claim claim(Node c, Map<String, Integer> ids) {
      if (!(c instanceof MappingNode m)) {
        problem(line(c), "a claim must be a mapping with id, cite, said_by and one shape");
        return null;
      }
      int before = problems.size();
      Set<String> known = new HashSet<>(COMMON);
      known.addAll(PRESENCE);
      known.addAll(EVENT);
      known.addAll(STANCE);
      Map<String, Node> f = fields(m, known, "key of a claim");
      String id = claimId(f, c, ids);
      String label = id == null ? "claim" : "claim '" + id + "'";
      Cite cite = null;
      String text = null;
      if (!f.containsKey("cite")) {
        problem(line(c), label + " has no 'cite' (DOC:LINE or DOC:LINE-LINE)");
      } else {
        cite = cite(f.get("cite"));
        text = cite == null ? null : citedText(cite);
      }
      String saidBy = scalar(f.get("said_by"));
      if (saidBy == null) {
        problem(line(c), label + " has no 'said_by' (who asserts it)");
      }
      SaidOn saidOn = saidOn(f, cite, text);
      Claim.Trust trust = trust(f);
      Claim.Shape shape = shape(f, c, label);
      if (problems.size() > before
          || id == null
          || cite == null
          || text == null
          || saidBy == null
          || shape == null) {
        return null;
      }
      return new Claim(
          id, cite, text, saidBy, saidOn.when(), saidOn.source(), trust, shape, line(c));
    }

    /**
     * The claim's id, recorded in {@code ids} with its line; null (with a problem) when unusable.
     */
    private String claimId(Map<String, Node> f, Node c, Map<String, Integer> ids) {
      String id = scalar(f.get("id"));
      if (id == null) {
        problem(line(c), "claim has no 'id'");
      } else if (!id.matches(ID)) {
        problem(
            line(f.get("id")),
            "claim id '" + id + "' may contain only letters, digits, '.', '_' and '-'");
      } else if (ids.containsKey(id)) {
        problem(
            line(f.get("id")),
            "claim id '" + id + "' is used twice (first on line " + ids.get(id) + ")");
      } else {
        ids.put(id, line(f.get("id")));
      }
      return id;
    }

    /**
     * When the claim was said: its own said_on, else the date of the part or document it cites;
     * both null when none is known.
     */
    private SaidOn saidOn(Map<String, Node> f, Cite cite, String text) {
      if (f.containsKey("said_on")) {
        return new SaidOn(edtf(f.get("said_on"), "said_on"), "claim");
      }
      if (cite != null && text != null) {
        Sources.Source d = sources.document(cite.doc()).orElseThrow();
        Part p = d.partOf(cite.lineStart());
        if (p != null && p.date() != null && Edtf.tryParse(p.date()).isPresent()) {
          return new SaidOn(Edtf.parse(p.date()), p.implicit() ? "document" : "part");
        } else if (d.date() != null && Edtf.tryParse(d.date()).isPresent()) {
          return new SaidOn(Edtf.parse(d.date()), "document");
        }
      }
      return new SaidOn(null, null);
    }

    /** The claim's trust: asserted unless it says established. */
    private Claim.Trust trust(Map<String, Node> f) {
      Claim.Trust trust = Claim.Trust.ASSERTED;
      if (f.containsKey("trust")) {
        String t = scalar(f.get("trust"));
        if ("established".equals(t)) {
          trust = Claim.Trust.ESTABLISHED;
        } else if (!"asserted".equals(t)) {
          problem(
              line(f.get("trust")), "trust must be 'asserted' or 'established', got '" + t + "'");
        }
      }
      return trust;
    }

    /**
     * The claim's one shape (presence, event or stance); null, with a problem, unless exactly one.
     */
    private Claim.Shape shape(Map<String, Node> f, Node c, String label) {
      List<String> shapes = new ArrayList<>();
      for (var shape : List.of(PRESENCE, EVENT, STANCE)) {
        for (String k : shape) {
          if (f.containsKey(k)) {
            shapes.add(
                shape == PRESENCE
                    ? "presence (" + k + ")"
                    : shape == EVENT ? "event (" + k + ")" : "stance (" + k + ")");
            break;
          }
        }
      }
      if (shapes.isEmpty()) {
        problem(
            line(c),
            label
                + " has no shape: give who/where/when (presence), event/slot/value (event) or proposition/stance (stance)");
        return null;
      } else if (shapes.size() > 1) {
        problem(
            line(c),
            label
                + " has "
                + shapes.size()
                + " shapes, "
                + String.join(" and ", shapes)
                + "; a claim has exactly one");
        return null;
      } else if (shapes.get(0).startsWith("presence")) {
        return presence(f, c, label);
      } else if (shapes.get(0).startsWith("event")) {
        return eventValue(f, c, label);
      } else {
        return stance(f, c, label);
      }
    }

    Claim.Presence presence(Map<String, Node> f, Node c, String label) {
      List<String> who = List.of();
      Node w = f.get("who");
      if (w == null) {
        problem(line(c), label + " is a presence claim without 'who'");
      } else {
        who =
            w instanceof ScalarNode
                ? (scalar(w) == null ? List.of() : List.of(scalar(w)))
                : strings(w, "who");
        if (who.isEmpty()) {
          problem(line(w), label + ": 'who' names nobody");
        }
        if (peopleDeclared) {
          for (String p : who) {
            if (!people.containsKey(p)) {
              problem(
                  line(w),
                  label + ": unknown person '" + p + "' in 'who'" + known(people.keySet()));
            }
          }
        }
      }
      String where = scalar(f.get("where"));
      if (where == null) {
        problem(line(c), label + " is a presence claim without 'where'");
      } else if (!places.containsKey(where)) {
        problem(
            line(f.get("where")),
            label + ": unknown place '" + where + "' in 'where'" + known(places.keySet()));
      }
      Edtf when = null;
      if (!f.containsKey("when")) {
        problem(line(c), label + " is a presence claim without 'when'");
      } else {
        when = edtf(f.get("when"), "when");
      }
      boolean throughout = false;
      if (f.containsKey("throughout")) {
        String t = scalar(f.get("throughout"));
        if ("true".equals(t) || "false".equals(t)) {
          throughout = Boolean.parseBoolean(t);
        } else {
          problem(line(f.get("throughout")), "throughout must be true or false, got '" + t + "'");
        }
      }
      if (who.isEmpty() || where == null || when == null) {
        return null;
      }
      return new Claim.Presence(who, where, when, throughout);
    }

    Claim.EventValue eventValue(Map<String, Node> f, Node c, String label) {
      String event = scalar(f.get("event"));
      String slot = scalar(f.get("slot"));
      Node v = f.get("value");
      if (event == null) {
        problem(line(c), label + " is an event claim without 'event'");
      }
      if (slot == null) {
        problem(line(c), label + " is an event claim without 'slot'");
      }
      if (v == null) {
        problem(line(c), label + " is an event claim without 'value'");
      }
      if (event == null || slot == null || v == null) {
        return null;
      }
      EventDef def = events.get(event);
      boolean many = def != null && def.isMany(slot);
      if (def != null && !def.single().contains(slot) && !def.many().contains(slot)) {
        List<String> slots = new ArrayList<>(def.single());
        slots.addAll(def.many());
        problem(
            line(f.get("slot")),
            label + ": event '" + event + "' has no slot '" + slot + "'" + known(slots));
        return null;
      }
      List<String> values;
      if (v instanceof SequenceNode) {
        if (!many) {
          problem(
              line(v),
              label
                  + ": slot '"
                  + slot
                  + "' of event '"
                  + event
                  + "' is single-valued; give one value, not a list"
                  + (def == null
                      ? " (declare the event under 'events:' with '"
                          + slot
                          + "' under 'many' to allow lists)"
                      : ""));
          return null;
        }
        values = strings(v, "value");
      } else {
        String s = scalar(v);
        if (s == null) {
          problem(line(v), label + ": 'value' is empty");
          return null;
        }
        values = List.of(s);
      }
      return new Claim.EventValue(event, slot, values);
    }

    Claim.Stance stance(Map<String, Node> f, Node c, String label) {
      String prop = scalar(f.get("proposition"));
      String st = scalar(f.get("stance"));
      if (prop == null) {
        problem(line(c), label + " is a stance claim without 'proposition'");
      }
      if (st == null) {
        problem(line(c), label + " is a stance claim without 'stance' (affirms or denies)");
      } else if (!st.equals("affirms") && !st.equals("denies")) {
        problem(
            line(f.get("stance")),
            label + ": stance must be 'affirms' or 'denies', got '" + st + "'");
        return null;
      }
      if (prop == null || st == null) {
        return null;
      }
      return new Claim.Stance(prop, st.equals("affirms"));
    }

    Cite cite(Node n) {
      String s = scalar(n);
      Optional<Cite> c = Cite.parse(s);
      if (c.isEmpty()) {
        problem(
            line(n),
            "cite '"
                + (s == null ? "" : s)
                + "' is not DOC:LINE or DOC:LINE-LINE (lines 1-based, first <= last)");
        return null;
      }
      Optional<Sources.Source> d = sources.document(c.get().doc());
      if (d.isEmpty()) {
        problem(
            line(n),
            "cite '"
                + s
                + "': the case has no document '"
                + c.get().doc()
                + "'"
                + known(sources.ids()));
        return null;
      }
      if (c.get().lineEnd() > d.get().lineCount()) {
        problem(
            line(n),
            "cite '"
                + s
                + "' is outside its document: "
                + c.get().doc()
                + " has "
                + d.get().lineCount()
                + " lines");
        return null;
      }
      return c.get();
    }

    String citedText(Cite c) {
      return sources.document(c.doc()).orElseThrow().linesText(c.lineStart(), c.lineEnd());
    }

    Edtf edtf(Node n, String key) {
      String s = scalar(n);
      try {
        return Edtf.parse(s);
      } catch (IllegalArgumentException e) {
        problem(line(n), key + ": " + e.getMessage());
        return null;
      }
    }

    Double number(Node n, String key) {
      String s = scalar(n);
      try {
        return Double.parseDouble(s);
      } catch (NumberFormatException | NullPointerException e) {
        problem(line(n), key + " must be a number, got '" + (s == null ? "" : s) + "'");
        return null;
      }
    }

    List<String> strings(Node n, String key) {
      if (n == null) {
        return List.of();
      }
      if (!(n instanceof SequenceNode s)) {
        problem(line(n), "'" + key + "' must be a list like [a, b]");
        return List.of();
      }
      List<String> out = new ArrayList<>();
      for (Node x : s.getValue()) {
        String v = scalar(x);
        if (v == null) {
          problem(line(x), "'" + key + "' holds something that is not a plain value");
        } else if (!out.contains(v)) {
          out.add(v);
        }
      }
      return out;
    }

    boolean checkId(String id, Node n, String what) {
      if (id == null || !id.matches(ID)) {
        problem(
            line(n),
            what
                + " id '"
                + (id == null ? "" : id)
                + "' may contain only letters, digits, '.', '_' and '-'");
        return false;
      }
      return true;
    }

    Map<String, Node> fields(MappingNode m, Set<String> known, String what) {
      Map<String, Node> f = new LinkedHashMap<>();
      for (NodeTuple t : m.getValue()) {
        String k = scalar(t.getKeyNode());
        if (k == null || !known.contains(k)) {
          problem(
              line(t.getKeyNode()),
              "unknown "
                  + what
                  + " '"
                  + k
                  + "' (known: "
                  + String.join(", ", new java.util.TreeSet<>(known))
                  + ")");
        } else if (f.containsKey(k)) {
          problem(line(t.getKeyNode()), "'" + k + "' is given twice");
        } else {
          f.put(k, t.getValueNode());
        }
      }
      return f;
    }

    static String known(java.util.Collection<String> ids) {
      if (ids.isEmpty()) {
        return "";
      }
      List<String> sorted = new ArrayList<>(new java.util.TreeSet<>(ids));
      String list = String.join(", ", sorted.subList(0, Math.min(12, sorted.size())));
      return " (known: " + list + (sorted.size() > 12 ? ", ..." : "") + ")";
    }

    static String scalar(Node n) {
      if (n instanceof ScalarNode s) {
        String v = s.getValue();
        return v == null || v.isEmpty() || v.equals("~") || v.equals("null") ? null : v.strip();
      }
      return null;
    }

    static int line(Node n) {
      return n == null ? 0 : n.getStartMark().getLine() + 1;
    }
  }
}
