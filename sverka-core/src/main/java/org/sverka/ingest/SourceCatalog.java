package org.sverka.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sverka.ingest.SourceEntry.PartSpec;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The user's {@code sources.yaml}: what they know about each file. Read with line numbers so that
 * every problem names its line; a bad entry is reported and skipped, the rest is used. Unknown keys
 * are kept and shown, never an error. Sverka never writes this file.
 */
public final class SourceCatalog {
  private static final Pattern LINES = Pattern.compile("\\s*(\\d+)\\s*-\\s*(\\d+)\\s*");
  private static final java.util.Set<String> DOC_KEYS =
      java.util.Set.of(
          "id",
          "file",
          "title",
          "author",
          "date",
          "published",
          "place",
          "source",
          "translated_from",
          "kind",
          "parts",
          "encoding");
  private static final java.util.Set<String> PART_KEYS =
      java.util.Set.of("lines", "title", "date", "author", "kind", "place");

  private final Path file;
  private final String corpus;
  private final String language;
  private final Map<String, SourceEntry> byFile;
  private final List<Problem> problems;

  private SourceCatalog(
      Path file,
      String corpus,
      String language,
      Map<String, SourceEntry> byFile,
      List<Problem> problems) {
    this.file = file;
    this.corpus = corpus;
    this.language = language;
    this.byFile = byFile;
    this.problems = problems;
  }

  public static SourceCatalog empty() {
    return new SourceCatalog(null, null, null, Map.of(), List.of());
  }

  /** Reads a catalogue; never throws for bad content, which becomes {@link #problems()}. */
  public static SourceCatalog read(Path file) {
    List<Problem> problems = new ArrayList<>();
    Map<String, SourceEntry> byFile = new LinkedHashMap<>();
    String name = file.toString();
    Node root;
    String text;
    try {
      text = YamlText.read(file);
    } catch (UnusableInputException e) {
      problems.add(new Problem(name, e.line(), e.getMessage()));
      return new SourceCatalog(file, null, null, byFile, problems);
    }
    try (Reader r = new java.io.StringReader(text)) {
      root = new Yaml(new LoaderOptions()).compose(r);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      problems.add(
          new Problem(
              name, line, "not valid YAML: " + UnusableInputException.oneLine(e.getProblem())));
      return new SourceCatalog(file, null, null, byFile, problems);
    } catch (IOException | RuntimeException e) {
      problems.add(
          new Problem(name, 0, "cannot read: " + UnusableInputException.oneLine(e.getMessage())));
      return new SourceCatalog(file, null, null, byFile, problems);
    }
    if (root == null) {
      return new SourceCatalog(file, null, null, byFile, problems);
    }
    if (!(root instanceof MappingNode top)) {
      problems.add(
          new Problem(name, line(root), "expected a mapping with 'documents:' at the top"));
      return new SourceCatalog(file, null, null, byFile, problems);
    }
    String corpus = null;
    String language = null;
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (NodeTuple t : top.getValue()) {
      String key = scalar(t.getKeyNode());
      Node v = t.getValueNode();
      switch (key == null ? "" : key) {
        case "corpus" -> corpus = scalar(v);
        case "language" -> language = languages(v, name, problems);
        case "documents" -> {
          if (!(v instanceof SequenceNode seq)) {
            problems.add(new Problem(name, line(v), "'documents' must be a list"));
            continue;
          }
          for (Node d : seq.getValue()) {
            try {
              SourceEntry e = entry(d, name, problems);
              if (byFile.containsKey(e.file())) {
                throw new UnusableInputException(
                    "file '" + e.file() + "' is listed twice", line(d));
              }
              if (e.id() != null && !ids.add(e.id())) {
                throw new UnusableInputException("id '" + e.id() + "' is used twice", line(d));
              }
              byFile.put(e.file(), e);
            } catch (UnusableInputException ex) {
              problems.add(new Problem(name, ex.line(), ex.getMessage() + "; entry skipped"));
            }
          }
        }
        default -> {} // unknown top-level keys are kept by the user and ignored here
      }
    }
    return new SourceCatalog(file, corpus, language, byFile, problems);
  }

  private static SourceEntry entry(Node d, String name, List<Problem> problems)
      throws UnusableInputException {
    if (!(d instanceof MappingNode m)) {
      throw new UnusableInputException("a document entry must be a mapping with 'file:'", line(d));
    }
    Map<String, Node> f = fields(m);
    String file = scalar(f.get("file"));
    if (file == null || file.isBlank()) {
      throw new UnusableInputException("document entry has no 'file:'", line(d));
    }
    String id = scalar(f.get("id"));
    if (id != null && !id.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*")) {
      throw new UnusableInputException(
          "id '" + id + "' may contain only letters, digits, '.', '_' and '-'", line(f.get("id")));
    }
    List<PartSpec> parts = new ArrayList<>();
    Node partsNode = f.get("parts");
    if (partsNode != null) {
      if (!(partsNode instanceof SequenceNode ps)) {
        throw new UnusableInputException("'parts' must be a list", line(partsNode));
      }
      for (Node p : ps.getValue()) {
        try {
          parts.add(part(p));
        } catch (UnusableInputException ex) {
          // one bad part loses only itself
          problems.add(new Problem(name, ex.line(), ex.getMessage() + "; part skipped"));
        }
      }
    }
    return new SourceEntry(
        id,
        file,
        scalar(f.get("title")),
        scalar(f.get("author")),
        scalar(f.get("date")),
        scalar(f.get("published")),
        scalar(f.get("place")),
        scalar(f.get("source")),
        scalar(f.get("translated_from")),
        scalar(f.get("kind")),
        scalar(f.get("encoding")),
        parts,
        extra(f, DOC_KEYS),
        line(d));
  }

  private static PartSpec part(Node p) throws UnusableInputException {
    if (!(p instanceof MappingNode m)) {
      throw new UnusableInputException("a part must be a mapping with 'lines: A-B'", line(p));
    }
    Map<String, Node> f = fields(m);
    String lines = scalar(f.get("lines"));
    Matcher lm = lines == null ? null : LINES.matcher(lines);
    if (lm == null || !lm.matches()) {
      throw new UnusableInputException(
          "part needs 'lines: A-B' (1-based, inclusive), got "
              + (lines == null ? "nothing" : "'" + lines + "'"),
          line(f.getOrDefault("lines", p)));
    }
    int a;
    int b;
    try {
      a = Integer.parseInt(lm.group(1));
      b = Integer.parseInt(lm.group(2));
    } catch (NumberFormatException e) {
      throw new UnusableInputException(
          "part lines '" + lines.strip() + "' are beyond any file's length", line(f.get("lines")));
    }
    if (a < 1 || b < a) {
      throw new UnusableInputException(
          "part lines '" + lines + "' must have 1 <= A <= B", line(f.get("lines")));
    }
    return new PartSpec(
        a,
        b,
        scalar(f.get("title")),
        scalar(f.get("date")),
        scalar(f.get("author")),
        scalar(f.get("kind")),
        scalar(f.get("place")),
        extra(f, PART_KEYS),
        line(p));
  }

  private static Map<String, Node> fields(MappingNode m) {
    Map<String, Node> f = new LinkedHashMap<>();
    for (NodeTuple t : m.getValue()) {
      String k = scalar(t.getKeyNode());
      if (k != null) {
        f.put(k, t.getValueNode());
      }
    }
    return f;
  }

  /** More values than this in one unknown key are an alias bomb, not something a user wrote. */
  static final int MAX_EXTRA_VALUES = 10_000;

  private static Map<String, Object> extra(Map<String, Node> f, java.util.Set<String> known)
      throws UnusableInputException {
    Map<String, Object> extra = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : f.entrySet()) {
      if (!known.contains(e.getKey())) {
        extra.put(
            e.getKey(),
            plain(
                e.getValue(),
                e.getKey(),
                java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()),
                new int[1]));
      }
    }
    return extra;
  }

  /**
   * A node as plain Java values (strings, lists, maps), scalars as written. YAML aliases let a
   * short file hold a loop or billions of values: either is refused.
   */
  private static Object plain(Node n, String key, java.util.Set<Node> path, int[] count)
      throws UnusableInputException {
    if (++count[0] > MAX_EXTRA_VALUES) {
      throw new UnusableInputException(
          "'" + key + "' holds more than " + MAX_EXTRA_VALUES + " values (YAML aliases?)", line(n));
    }
    if (n instanceof ScalarNode s) {
      return s.getValue();
    }
    if (!path.add(n)) {
      throw new UnusableInputException(
          "'" + key + "' contains itself (a YAML alias loop)", line(n));
    }
    try {
      if (n instanceof SequenceNode s) {
        List<Object> out = new ArrayList<>();
        for (Node x : s.getValue()) {
          out.add(plain(x, key, path, count));
        }
        return out;
      }
      if (n instanceof MappingNode m) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
          out.put(
              String.valueOf(plain(t.getKeyNode(), key, path, count)),
              plain(t.getValueNode(), key, path, count));
        }
        return out;
      }
      return null;
    } finally {
      path.remove(n);
    }
  }

  /**
   * The corpus's languages, {@code en} or {@code [eng, rus]}, as OCR's languages joined with '+'
   * ({@code eng+rus}); a code that is not one is a problem at its line.
   */
  private static String languages(Node v, String name, List<Problem> problems) {
    List<String> items = new ArrayList<>();
    if (v instanceof SequenceNode seq) {
      for (Node n : seq.getValue()) {
        String item = scalar(n);
        if (item != null) {
          items.add(item);
        }
      }
    } else if (scalar(v) != null) {
      items.add(scalar(v));
    }
    try {
      List<String> langs = OcrSettings.parseLanguages(items);
      return langs.isEmpty() ? null : String.join("+", langs);
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(name, line(v), "language: " + e.getMessage()));
      return null;
    }
  }

  private static String scalar(Node n) {
    if (n instanceof ScalarNode s) {
      String v = s.getValue();
      return v == null || v.isEmpty() || v.equals("~") || v.equals("null") ? null : v;
    }
    return null;
  }

  private static int line(Node n) {
    return n == null ? 0 : n.getStartMark().getLine() + 1;
  }

  /** The entry for a file, by its path relative to the catalogue's folder (with '/'). */
  public Optional<SourceEntry> entryFor(String relativePath) {
    return Optional.ofNullable(byFile.get(relativePath));
  }

  public java.util.Collection<SourceEntry> entries() {
    return byFile.values();
  }

  public Path file() {
    return file;
  }

  public String corpus() {
    return corpus;
  }

  /** The corpus's languages as Tesseract names them, joined with '+' ({@code eng+rus}), or null. */
  public String language() {
    return language;
  }

  public List<Problem> problems() {
    return problems;
  }
}
