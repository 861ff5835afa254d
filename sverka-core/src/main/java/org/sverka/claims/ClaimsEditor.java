package org.sverka.claims;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import org.sverka.ingest.Problem;
import org.sverka.ingest.UnusableInputException;
import org.sverka.text.Span;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Edits the analyst's {@code claims.yaml} as text, so that everything it does not change stays as
 * the analyst wrote it: comments, order, blank lines, quoting and the formatting of every other
 * claim. Each claim's place in the text comes from SnakeYAML's node marks: from its leading comment
 * lines (comment lines directly above its dash) to its last line. Editing a claim rewrites only the
 * keys whose value changed (a comment after a value stays), removes the lines of keys it drops and
 * adds new keys after its last line; deleting removes its lines; a new claim goes after the last
 * one, indented like the others.
 *
 * <p>{@link #save} writes under a lock per file: it refuses when the file changed since the caller
 * read it (its SHA-256, {@link Text#version()}), validates the new text with {@link ClaimsFile}
 * (any problem refuses the edit and the file is untouched), keeps the previous file as a numbered
 * backup ({@code claims.yaml.bak.N}, the highest N the newest) and replaces the file atomically (a
 * temporary file beside it, then a move).
 */
public final class ClaimsEditor {
  /** A claim's keys in the order the editor writes new ones. */
  public static final List<String> KEYS =
      List.of(
          "id",
          "cite",
          "said_by",
          "said_on",
          "trust",
          "who",
          "where",
          "when",
          "throughout",
          "event",
          "slot",
          "value",
          "proposition",
          "stance",
          "note");

  private static final Pattern PLAIN =
      Pattern.compile(
          "[\\p{L}\\p{N}(][\\p{L}\\p{N} ._()/~?+';!-]*[\\p{L}\\p{N}._()/~?+';!-]|[\\p{L}\\p{N}]");
  private static final List<String> NULLS = List.of("null", "Null", "NULL", "~");
  private static final Map<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

  private ClaimsEditor() {}

  /** Why an edit was refused; the file is untouched. */
  public static final class Refused extends Exception {
    /** What kind of refusal. */
    public enum Kind {
      /** The file changed on disk since it was read. */
      STALE,
      /** The edited file would have problems ({@link #problems()}). */
      INVALID,
      /** No claim with that id. */
      NOT_FOUND,
      /** The file is written in a way the editor does not edit (it says how). */
      UNSUPPORTED
    }

    private final Kind kind;
    private final List<String> problems;

    public Refused(Kind kind, String message, List<String> problems) {
      super(message);
      this.kind = kind;
      this.problems = List.copyOf(problems);
    }

    public Refused(Kind kind, String message) {
      this(kind, message, List.of());
    }

    public Kind kind() {
      return kind;
    }

    /** The one-line problems of an {@link Kind#INVALID} edit ({@code FILE:LINE: problem}). */
    public List<String> problems() {
      return problems;
    }
  }

  /**
   * One claim as written: its id (null if it has none), its lines (1-based: the first of its
   * leading comments, its dash, its last), and its keys in file order with their values (a string,
   * or a list of strings for a list; anything else as its text).
   */
  public record Entry(
      String id, int firstLine, int dashLine, int lastLine, Map<String, Object> fields) {
    public Entry {
      fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
  }

  /** The result of a save: the file's new version, the claims read from it, the backup made. */
  public record Saved(String version, ClaimsFile claims, Path backup) {}

  /** The SHA-256 of a file's bytes, in hex: the version an edit must name. */
  public static String version(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads a claims file's text (UTF-8) and where its claims are. */
  public static Text read(Path file) throws IOException, Refused {
    return parse(Files.readAllBytes(file), file);
  }

  private static Text parse(byte[] bytes, Path file) throws IOException, Refused {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new Refused(Refused.Kind.UNSUPPORTED, file + " is not UTF-8 text");
    }
    return new Text(text, version(bytes), file);
  }

  /** Parses claims given as text (tests, previews); {@code file} names it in messages. */
  public static Text parse(String text, Path file) throws Refused {
    return new Text(text, version(text.getBytes(StandardCharsets.UTF_8)), file);
  }

  /**
   * Applies an edit to the file, if it is still at {@code expectedVersion}: under the file's lock,
   * re-reads it, refuses if its hash differs, computes the new text with {@code edit}, validates it
   * against {@code sources}, keeps a numbered backup of the current file, then writes the new text
   * through a temporary file moved over the old one.
   */
  public static Saved save(Path file, String expectedVersion, Edit edit, Sources sources)
      throws IOException, Refused {
    Path key = file.toAbsolutePath().normalize();
    ReentrantLock lock = LOCKS.computeIfAbsent(key, k -> new ReentrantLock());
    lock.lock();
    try {
      byte[] before = Files.readAllBytes(file);
      String current = version(before);
      if (expectedVersion == null || !expectedVersion.equals(current)) {
        throw new Refused(
            Refused.Kind.STALE,
            file.getFileName()
                + " changed on disk since it was read (edited elsewhere?); nothing was saved:"
                + " reload it and make the change again");
      }
      Text text = parse(before, file);
      String next = edit.apply(text);
      ClaimsFile checked = ClaimsFile.read(file, next, sources);
      if (!checked.ok()) {
        List<String> problems = new ArrayList<>();
        for (Problem p : checked.problems()) {
          problems.add(UnusableInputException.oneLine(p.toString()));
        }
        throw new Refused(
            Refused.Kind.INVALID,
            "the claims file would have "
                + problems.size()
                + (problems.size() == 1 ? " problem" : " problems")
                + " (lines as it would be); nothing was saved",
            problems);
      }
      Path backup = backup(file);
      write(file, next.getBytes(StandardCharsets.UTF_8));
      return new Saved(version(next.getBytes(StandardCharsets.UTF_8)), checked, backup);
    } finally {
      lock.unlock();
    }
  }

  /** An edit of a claims file's text. */
  @FunctionalInterface
  public interface Edit {
    String apply(Text text) throws Refused;
  }

  /** Copies the file to the next free {@code NAME.bak.N}; returns the backup. */
  static Path backup(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    String base = file.getFileName() + ".bak.";
    int n = 0;
    try (var list = Files.list(dir)) {
      for (Path p : list.toList()) {
        String name = p.getFileName().toString();
        if (name.startsWith(base) && name.substring(base.length()).matches("\\d{1,9}")) {
          n = Math.max(n, Integer.parseInt(name.substring(base.length())));
        }
      }
    }
    while (true) {
      Path b = dir.resolve(base + (++n));
      try {
        Files.copy(file, b, StandardCopyOption.COPY_ATTRIBUTES);
        return b;
      } catch (FileAlreadyExistsException e) {
        // another writer took this number: the next one
      }
    }
  }

  /** Writes bytes through a temporary file in the same folder, moved over the file at once. */
  static void write(Path file, byte[] bytes) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
          OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
        out.write(bytes);
        out.flush();
        ch.force(true);
      }
      PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
      if (posix != null) {
        Files.setPosixFilePermissions(tmp, posix.readAttributes().permissions());
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** A claims file's text, its version, and where each claim is written in it. */
  public static final class Text {
    private final String text;
    private final String version;
    private final Path file;
    private final String nl;
    private final int[] lineStarts;
    private final MappingNode top;
    private final NodeTuple claimsTuple;
    private final List<Entry> entries = new ArrayList<>();
    private final List<MappingNode> nodes = new ArrayList<>();
    private final Map<String, Boolean> quoted = new LinkedHashMap<>();

    Text(String text, String version, Path file) throws Refused {
      this.text = text;
      this.version = version;
      this.file = file;
      this.nl = text.contains("\r\n") ? "\r\n" : "\n";
      List<Integer> starts = new ArrayList<>();
      starts.add(0);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
          starts.add(i + 1);
        }
      }
      lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
      Node root;
      try {
        root = new Yaml(new LoaderOptions()).compose(new java.io.StringReader(text));
      } catch (MarkedYAMLException e) {
        int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
        throw new Refused(
            Refused.Kind.UNSUPPORTED,
            name()
                + ":"
                + line
                + ": not valid YAML: "
                + UnusableInputException.oneLine(e.getProblem())
                + "; fix it by hand first");
      } catch (RuntimeException e) {
        throw new Refused(
            Refused.Kind.UNSUPPORTED,
            name() + ": not valid YAML: " + UnusableInputException.oneLine(String.valueOf(e)));
      }
      if (root == null) {
        top = null;
        claimsTuple = null;
        return;
      }
      if (!(root instanceof MappingNode m)) {
        throw new Refused(
            Refused.Kind.UNSUPPORTED, name() + ": expected a mapping with 'claims:' at the top");
      }
      top = m;
      NodeTuple ct = null;
      for (NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k && "claims".equals(k.getValue())) {
          ct = t;
        }
      }
      claimsTuple = ct;
      if (ct != null && ct.getValueNode() instanceof SequenceNode seq) {
        readEntries(seq);
      }
    }

    private String name() {
      return file == null ? "claims" : file.toString();
    }

    public String text() {
      return text;
    }

    /** The SHA-256 of the text's bytes (the file's, as read). */
    public String version() {
      return version;
    }

    /** The claims as written, in file order. */
    public List<Entry> claims() {
      return Collections.unmodifiableList(entries);
    }

    public Optional<Entry> claim(String id) {
      return entries.stream().filter(e -> id.equals(e.id())).findFirst();
    }

    private int lineCount() {
      // a final line terminator does not start another line
      int n = lineStarts.length;
      return n > 1 && lineStarts[n - 1] == text.length() ? n - 1 : n;
    }

    /** A 0-based line's text without its terminator. */
    private String line(int i) {
      int s = lineStarts[i];
      int e = i + 1 < lineStarts.length ? lineStarts[i + 1] : text.length();
      while (e > s && (text.charAt(e - 1) == '\n' || text.charAt(e - 1) == '\r')) {
        e--;
      }
      return text.substring(s, e);
    }

    private boolean blank(int i) {
      return line(i).isBlank();
    }

    private boolean comment(int i) {
      return line(i).strip().startsWith("#");
    }

    private static int indent(String line) {
      int n = 0;
      while (n < line.length() && line.charAt(n) == ' ') {
        n++;
      }
      return n;
    }

    /** The offset of a 0-based line's start (the text's end past the last line). */
    private int lineOffset(int i) {
      return i < lineStarts.length ? lineStarts[i] : text.length();
    }

    /** The char offset of a SnakeYAML position (line, column in code points). */
    private int offset(int line, int column) {
      int s = lineOffset(line);
      String l = line < lineStarts.length ? line(line) : "";
      int cps = l.codePointCount(0, l.length());
      return s + l.offsetByCodePoints(0, Math.min(column, cps));
    }

    /** Where a node's text ends, as (line, column): block collections end with their last value. */
    private int[] endOf(Node n) {
      if (n instanceof CollectionNode<?> c && c.getFlowStyle() == DumperOptions.FlowStyle.BLOCK) {
        Node last = null;
        if (n instanceof MappingNode m && !m.getValue().isEmpty()) {
          last = m.getValue().get(m.getValue().size() - 1).getValueNode();
        } else if (n instanceof SequenceNode s && !s.getValue().isEmpty()) {
          last = s.getValue().get(s.getValue().size() - 1);
        }
        if (last != null) {
          return endOf(last);
        }
      }
      Mark start = n.getStartMark();
      Mark end = n.getEndMark();
      int line = end.getLine();
      int col = end.getColumn();
      if (col == 0 && line > start.getLine()) {
        // a block scalar ends at the start of the line after it
        line--;
        String l = line(line);
        col = l.codePointCount(0, l.length());
      }
      return new int[] {line, col};
    }

    private void readEntries(SequenceNode seq) {
      int claimsLine = claimsTuple.getKeyNode().getStartMark().getLine();
      List<Node> items = seq.getValue();
      int[] dash = new int[items.size()];
      int[] first = new int[items.size()];
      for (int i = 0; i < items.size(); i++) {
        int l = items.get(i).getStartMark().getLine();
        while (l > claimsLine + 1 && !line(l).strip().startsWith("-")) {
          l--;
        }
        dash[i] = l;
        int f = l;
        while (f - 1 > claimsLine && comment(f - 1)) {
          f--;
        }
        first[i] = f;
      }
      int bound = lineCount() - 1;
      List<NodeTuple> tuples = top.getValue();
      int at = tuples.indexOf(claimsTuple);
      if (at + 1 < tuples.size()) {
        bound = tuples.get(at + 1).getKeyNode().getStartMark().getLine() - 1;
      }
      for (int i = 0; i < items.size(); i++) {
        Node item = items.get(i);
        int limit = i + 1 < items.size() ? first[i + 1] - 1 : bound;
        int last = limit;
        int contentEnd = endOf(item)[0];
        while (last > contentEnd && (blank(last) || comment(last))) {
          last--;
        }
        // comment lines indented under the claim, right after it, are its own
        int dashIndent = indent(line(dash[i]));
        while (last + 1 <= limit && comment(last + 1) && indent(line(last + 1)) > dashIndent) {
          last++;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        String id = null;
        if (item instanceof MappingNode m) {
          for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
              continue;
            }
            Node v = t.getValueNode();
            Object value;
            if (v instanceof ScalarNode s) {
              value = s.getValue();
              quoted.merge(
                  k.getValue(),
                  s.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED,
                  (a, b) -> a && b);
            } else if (v instanceof SequenceNode s
                && s.getValue().stream().allMatch(x -> x instanceof ScalarNode)) {
              value = s.getValue().stream().map(x -> ((ScalarNode) x).getValue()).toList();
            } else {
              int[] e = endOf(v);
              Mark st = v.getStartMark();
              value = text.substring(offset(st.getLine(), st.getColumn()), offset(e[0], e[1]));
            }
            fields.putIfAbsent(k.getValue(), value);
          }
          if (fields.get("id") instanceof String s && !s.isBlank()) {
            id = s.strip();
          }
          nodes.add(m);
        } else {
          nodes.add(null);
        }
        entries.add(new Entry(id, first[i] + 1, dash[i] + 1, last + 1, fields));
      }
    }

    // ---- edits --------------------------------------------------------------------------------

    /** The text's characters in {@code span} replaced by {@code text}. */
    private record Change(Span span, String text) {
      Change(int start, int end, String text) {
        this(new Span(start, end), text);
      }
    }

    private String apply(List<Change> changes) {
      List<Change> sorted = new ArrayList<>(changes);
      sorted.sort((a, b) -> Integer.compare(b.span.start(), a.span.start()));
      StringBuilder b = new StringBuilder(text);
      for (Change c : sorted) {
        b.replace(c.span.start(), c.span.end(), c.text);
      }
      return b.toString();
    }

    private int index(String id) throws Refused {
      for (int i = 0; i < entries.size(); i++) {
        if (id.equals(entries.get(i).id())) {
          return i;
        }
      }
      throw new Refused(
          Refused.Kind.NOT_FOUND,
          "no claim '" + id + "' in " + (file == null ? "the claims" : file.getFileName()));
    }

    /** The text with claim {@code id} removed: its leading comments, its lines, one blank line. */
    public String delete(String id) throws Refused {
      int i = index(id);
      Entry e = entries.get(i);
      int from = e.firstLine() - 1;
      int to = e.lastLine() - 1;
      if (from - 1 >= 0 && blank(from - 1)) {
        from--;
      } else if (to + 1 < lineCount() && blank(to + 1)) {
        to++;
      }
      int end = lineOffset(to + 1);
      return apply(List.of(new Change(lineOffset(from), end, "")));
    }

    /**
     * The text with claim {@code id}'s keys set to {@code fields} (YAML keys; a value is a string
     * or a list of strings; a key missing or empty is removed): only the keys whose value changed
     * are rewritten.
     */
    public String replace(String id, Map<String, Object> fields) throws Refused {
      int i = index(id);
      Entry e = entries.get(i);
      MappingNode m = nodes.get(i);
      Map<String, Object> want = clean(fields);
      if (m == null || m.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
        return rewrite(e, want);
      }
      List<Change> changes = new ArrayList<>();
      int keyColumn = m.getValue().get(0).getKeyNode().getStartMark().getColumn();
      for (NodeTuple t : m.getValue()) {
        if (!(t.getKeyNode() instanceof ScalarNode k)) {
          continue;
        }
        String key = k.getValue();
        Object now = e.fields().get(key);
        Object next = want.get(key);
        if (next != null && next.equals(now)) {
          continue;
        }
        Mark ks = k.getStartMark();
        int[] ve = endOf(t.getValueNode());
        if (next == null) {
          if (ks.getLine() == e.dashLine() - 1) {
            return rewrite(e, want); // the key on the dash line: write the claim anew
          }
          changes.add(new Change(lineOffset(ks.getLine()), lineOffset(ve[0] + 1), ""));
        } else {
          changes.add(
              new Change(
                  offset(ks.getLine(), ks.getColumn()),
                  offset(ve[0], ve[1]),
                  key + ": " + render(key, next)));
        }
      }
      StringBuilder added = new StringBuilder();
      for (Map.Entry<String, Object> w : want.entrySet()) {
        if (!e.fields().containsKey(w.getKey())) {
          added
              .append(" ".repeat(keyColumn))
              .append(w.getKey())
              .append(": ")
              .append(render(w.getKey(), w.getValue()))
              .append(nl);
        }
      }
      if (added.length() > 0) {
        changes.add(insertAfter(e.lastLine() - 1, added.toString()));
      }
      return apply(changes);
    }

    /** Inserts whole lines after a 0-based line (adding the missing terminator of a last line). */
    private Change insertAfter(int line, String lines) {
      int at = lineOffset(line + 1);
      boolean terminated = at > 0 && (text.charAt(at - 1) == '\n' || text.charAt(at - 1) == '\r');
      return new Change(at, at, (terminated ? "" : nl) + lines);
    }

    /** The claim written anew, block style, where its lines were (its leading comments kept). */
    private String rewrite(Entry e, Map<String, Object> want) {
      String dashLine = line(e.dashLine() - 1);
      int dashIndent = indent(dashLine);
      int keyIndent = Math.max(dashIndent + 2, keyIndent());
      String block = block(want, dashIndent, keyIndent);
      return apply(
          List.of(new Change(lineOffset(e.dashLine() - 1), lineOffset(e.lastLine()), block)));
    }

    private int keyIndent() {
      for (MappingNode m : nodes) {
        if (m != null && m.getFlowStyle() == DumperOptions.FlowStyle.BLOCK) {
          return m.getValue().get(0).getKeyNode().getStartMark().getColumn();
        }
      }
      return -1;
    }

    /** A claim as block lines: "- key: value" then the other keys under it. */
    private String block(Map<String, Object> fields, int dashIndent, int keyIndent) {
      StringBuilder b = new StringBuilder();
      boolean firstKey = true;
      for (Map.Entry<String, Object> f : fields.entrySet()) {
        String kv = f.getKey() + ": " + render(f.getKey(), f.getValue());
        if (firstKey) {
          b.append(" ".repeat(dashIndent))
              .append('-')
              .append(" ".repeat(keyIndent - dashIndent - 1))
              .append(kv)
              .append(nl);
          firstKey = false;
        } else {
          b.append(" ".repeat(keyIndent)).append(kv).append(nl);
        }
      }
      return b.toString();
    }

    /**
     * The text with a new claim after the last one, indented like the claims before it (and set
     * apart by a blank line if they are).
     */
    public String append(Map<String, Object> fields) throws Refused {
      Map<String, Object> want = clean(fields);
      if (claimsTuple == null) {
        String sep = text.isEmpty() || text.endsWith("\n") || text.endsWith("\r") ? "" : nl;
        return text + sep + (text.isBlank() ? "" : nl) + "claims:" + nl + block(want, 2, 4);
      }
      Node v = claimsTuple.getValueNode();
      int keyLine = claimsTuple.getKeyNode().getStartMark().getLine();
      if (v instanceof ScalarNode s && (s.getValue().isEmpty() || NULLS.contains(s.getValue()))) {
        return apply(List.of(insertAfter(keyLine, block(want, 2, 4))));
      }
      if (!(v instanceof SequenceNode seq)) {
        throw new Refused(Refused.Kind.UNSUPPORTED, "'claims' in the file is not a list");
      }
      if (seq.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
        if (!seq.getValue().isEmpty()) {
          throw new Refused(
              Refused.Kind.UNSUPPORTED,
              "the claims list is written in flow style ([...]); the editor adds to block lists"
                  + " (one '- id: ...' per claim) only");
        }
        int[] end = endOf(seq);
        Mark st = seq.getStartMark();
        return apply(
            List.of(
                new Change(offset(st.getLine(), st.getColumn()), offset(end[0], end[1]), ""),
                insertAfter(keyLine, block(want, 2, 4))));
      }
      Entry last = entries.get(entries.size() - 1);
      int dashIndent = indent(line(last.dashLine() - 1));
      int keyIndent = keyIndent() > dashIndent ? keyIndent() : dashIndent + 2;
      boolean spaced = false;
      for (int i = 1; i < entries.size(); i++) {
        int before = entries.get(i).firstLine() - 2;
        spaced |= before >= 0 && blank(before);
      }
      return apply(
          List.of(
              insertAfter(
                  last.lastLine() - 1, (spaced ? nl : "") + block(want, dashIndent, keyIndent))));
    }

    /** The fields in {@link #KEYS} order, empty ones left out; unknown keys are kept at the end. */
    private static Map<String, Object> clean(Map<String, Object> fields) {
      Map<String, Object> out = new LinkedHashMap<>();
      List<String> order = new ArrayList<>(KEYS);
      for (String k : fields.keySet()) {
        if (!order.contains(k)) {
          order.add(k);
        }
      }
      for (String k : order) {
        Object v = fields.get(k);
        if (v instanceof String s && !s.isBlank()) {
          out.put(k, s.strip());
        } else if (v instanceof List<?> l && !l.isEmpty()) {
          List<String> items = new ArrayList<>();
          for (Object x : l) {
            if (x != null && !String.valueOf(x).isBlank()) {
              items.add(String.valueOf(x).strip());
            }
          }
          if (!items.isEmpty()) {
            out.put(k, List.copyOf(items));
          }
        }
      }
      return out;
    }

    /** A value in YAML: plain when safe, else double-quoted; a list in flow style. */
    private String render(String key, Object value) {
      if (value instanceof List<?> l) {
        List<String> items = new ArrayList<>();
        for (Object x : l) {
          items.add(scalar(String.valueOf(x), false));
        }
        return "[" + String.join(", ", items) + "]";
      }
      return scalar(String.valueOf(value), quoted.getOrDefault(key, false));
    }
  }

  /** A scalar: plain if it reads back as itself in block and flow context, else double-quoted. */
  static String scalar(String s, boolean preferQuotes) {
    if (!preferQuotes && PLAIN.matcher(s).matches() && !NULLS.contains(s)) {
      return s;
    }
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
