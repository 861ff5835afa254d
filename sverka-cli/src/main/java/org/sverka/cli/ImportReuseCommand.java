package org.sverka.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sverka.reuse.AlignOp;
import org.sverka.reuse.DocTokens;
import org.sverka.reuse.Op;
import org.sverka.reuse.Passage;
import org.sverka.stage.ReuseStage;
import org.sverka.store.CaseFile;
import org.sverka.store.PassageTables;
import org.sverka.text.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sverka import-reuse}: loads passages found elsewhere (the Spark job, {@code sverka-spark})
 * into a case, in place of its own, after checking every record against the case's documents.
 */
@Command(
    name = "import-reuse",
    resourceBundle = "org.sverka.cli.ImportReuseCommand",
    description = {
      "Load passages computed elsewhere (the Spark job's passages.jsonl, or records of `sverka"
          + " reuse --format json`, one a line) into a case, replacing its passages, so that"
          + " `sverka reuse`, the report and the web app show them.",
      "%nEach record is checked against the case: its documents must be there, its offsets inside"
          + " them and on word boundaries, its texts equal to the case's. A bad record is named by"
          + " file and line; then nothing is loaded, unless --skip-bad. Passages are numbered in"
          + " file order. A later `sverka analyze` that finds changed documents finds passages"
          + " anew."
    },
    mixinStandardHelpOptions = true)
final class ImportReuseCommand implements Callable<Integer> {
  @Mixin CaseFolder folder;

  @Parameters(
      paramLabel = "FILE",
      description =
          "JSON Lines of passages, or a folder of them (the job's passages.jsonl/: part files read"
              + " in name order).")
  Path file;

  @Option(
      names = "--skip-bad",
      description = "Load the good records even when some are bad (still exits 1).")
  boolean skipBad;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = folder.out();
    PrintWriter err = folder.err();
    List<Path> files = files(file);
    try (CaseFile cf = CaseFile.openExisting(folder.caseDir)) {
      ReuseStage.Loaded corpus = ReuseStage.load(cf);
      Map<String, DocTokens> docs = new HashMap<>();
      for (DocTokens d : corpus.docs()) {
        docs.put(d.doc, d);
      }
      List<Passage> passages = new ArrayList<>();
      int bad = 0;
      for (Path f : files) {
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
          int line = 0;
          for (String s = r.readLine(); s != null; s = r.readLine()) {
            line++;
            if (s.isBlank()) {
              continue;
            }
            try {
              passages.add(passage(s, docs));
            } catch (BadRecord e) {
              err.println(f + ":" + line + ": " + e.getMessage());
              bad++;
            }
          }
        } catch (java.nio.charset.CharacterCodingException e) {
          throw new BadInputException(f + ": not UTF-8 text");
        }
      }
      if (bad > 0 && !skipBad) {
        out.printf(
            "Nothing loaded: %d bad records (above); fix them, or --skip-bad to load the %d good"
                + " ones.%n",
            bad, passages.size());
        out.flush();
        err.flush();
        return ExitCodes.BAD_INPUT;
      }
      new PassageTables(cf).replacePassages(passages, corpus.docs());
      out.printf(
          "%d passages loaded into %s%s.%n",
          passages.size(), folder.caseDir, bad == 0 ? "" : ", " + bad + " bad records left out");
      out.flush();
      err.flush();
      return bad == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
  }

  /** The file, or a folder's part files in name order (Spark's output; hidden files skipped). */
  private static List<Path> files(Path file) throws IOException {
    if (Files.isRegularFile(file)) {
      return List.of(file);
    }
    if (!Files.isDirectory(file)) {
      throw new BadInputException(file + ": no such file or folder");
    }
    try (Stream<Path> s = Files.list(file)) {
      List<Path> out =
          s.filter(Files::isRegularFile)
              .filter(
                  p -> {
                    String n = p.getFileName().toString();
                    return !n.startsWith(".") && !n.startsWith("_") && !n.endsWith(".crc");
                  })
              .sorted()
              .toList();
      if (out.isEmpty()) {
        throw new BadInputException(file + ": no passage files in this folder");
      }
      return out;
    }
  }

  /** A record that cannot be loaded: the message says why. */
  static final class BadRecord extends Exception {
    BadRecord(String message) {
      super(message, null, false, false);
    }
  }

  static Passage passage(String line, Map<String, DocTokens> docs) throws BadRecord {
    JsonNode n;
    try {
      n = JSON.readTree(line);
    } catch (IOException e) {
      throw new BadRecord("not valid JSON");
    }
    if (n == null || !n.isObject()) {
      throw new BadRecord("expected a passage object {a, b, kind, ...}");
    }
    DocTokens da = doc(n, "a", docs);
    DocTokens db = doc(n, "b", docs);
    Span a = span(n.get("a"), "a", da);
    Span b = span(n.get("b"), "b", db);
    Passage.Kind kind;
    try {
      kind = Passage.Kind.valueOf(text(n, "kind"));
    } catch (IllegalArgumentException e) {
      throw new BadRecord("kind '" + n.get("kind").asText() + "' is not a kind of reuse");
    }
    double identity = number(n, "identity");
    double weight = number(n, "weight");
    int wordsA = integer(n, "wordsA");
    int wordsB = integer(n, "wordsB");
    if (wordsA != words(da, a) || wordsB != words(db, b)) {
      throw new BadRecord(
          "wordsA/wordsB "
              + wordsA
              + "/"
              + wordsB
              + " but the case has "
              + words(da, a)
              + "/"
              + words(db, b)
              + " words there (another version of the documents?)");
    }
    JsonNode ops = n.get("ops");
    if (ops == null || !ops.isArray() || ops.isEmpty()) {
      throw new BadRecord("no \"ops\" (the alignment)");
    }
    List<AlignOp> list = new ArrayList<>();
    int posA = a.start();
    int posB = b.start();
    for (int i = 0; i < ops.size(); i++) {
      JsonNode o = ops.get(i);
      Op op = op(o, i);
      String ta = o.path("a").isTextual() ? o.get("a").asText() : null;
      String tb = o.path("b").isTextual() ? o.get("b").asText() : null;
      if (ta == null || tb == null) {
        throw new BadRecord("ops[" + i + "] lacks its \"a\" or \"b\" text");
      }
      Span sa = new Span(posA, Math.min(a.end(), posA + ta.length()));
      Span sb = new Span(posB, Math.min(b.end(), posB + tb.length()));
      if (!da.text.startsWith(ta, posA) || !db.text.startsWith(tb, posB)) {
        throw new BadRecord("ops[" + i + "] text differs from the case's text at that place");
      }
      boolean spelling = o.path("spelling").asBoolean(false);
      list.add(new AlignOp(op, sa, sb, words(da, sa), words(db, sb), spelling));
      posA = sa.end();
      posB = sb.end();
    }
    if (posA != a.end() || posB != b.end()) {
      throw new BadRecord("ops do not cover the passage's two sides");
    }
    return new Passage(
        da.doc, a, db.doc, b, kind, identity, weight, wordsA, wordsB, List.copyOf(list));
  }

  /** Tokens whose start lies in the span: the words the detector counts there. */
  private static int words(DocTokens d, Span s) {
    return s.length() == 0 ? 0 : d.tokenAt(s.end()) - d.tokenAt(s.start());
  }

  private static DocTokens doc(JsonNode n, String side, Map<String, DocTokens> docs)
      throws BadRecord {
    JsonNode s = n.get(side);
    if (s == null || !s.isObject() || !s.path("doc").isTextual()) {
      throw new BadRecord("no \"" + side + "\" side with its \"doc\"");
    }
    DocTokens d = docs.get(s.get("doc").asText());
    if (d == null) {
      throw new BadRecord("no document '" + s.get("doc").asText() + "' in the case");
    }
    return d;
  }

  private static Span span(JsonNode s, String side, DocTokens d) throws BadRecord {
    if (!s.path("start").canConvertToInt()
        || !s.path("end").canConvertToInt()
        || !s.path("start").isIntegralNumber()
        || !s.path("end").isIntegralNumber()) {
      throw new BadRecord("side " + side + " lacks its \"start\" and \"end\" offsets");
    }
    int start = s.get("start").asInt();
    int end = s.get("end").asInt();
    if (start < 0 || end <= start || end > d.text.length()) {
      throw new BadRecord(
          "side "
              + side
              + ": offsets "
              + start
              + "-"
              + end
              + " are not inside '"
              + d.doc
              + "' ("
              + d.text.length()
              + " characters)");
    }
    if (s.path("text").isTextual() && !d.text.startsWith(s.get("text").asText(), start)
        || s.path("text").isTextual() && s.get("text").asText().length() != end - start) {
      throw new BadRecord(
          "side "
              + side
              + ": the text at "
              + start
              + "-"
              + end
              + " of '"
              + d.doc
              + "' is not the case's (another version of the document?)");
    }
    return new Span(start, end);
  }

  private static Op op(JsonNode o, int i) throws BadRecord {
    String name = o == null ? null : o.path("op").asText(null);
    for (Op op : Op.values()) {
      if (op.json().equals(name)) {
        return op;
      }
    }
    throw new BadRecord(
        "ops[" + i + "]: op '" + name + "' is not equal, changed, omitted or added");
  }

  private static String text(JsonNode n, String field) throws BadRecord {
    if (!n.path(field).isTextual()) {
      throw new BadRecord("no \"" + field + "\"");
    }
    return n.get(field).asText();
  }

  private static double number(JsonNode n, String field) throws BadRecord {
    if (!n.path(field).isNumber()) {
      throw new BadRecord("no \"" + field + "\" (a number)");
    }
    return n.get(field).asDouble();
  }

  private static int integer(JsonNode n, String field) throws BadRecord {
    if (!n.path(field).canConvertToInt() || !n.path(field).isIntegralNumber()) {
      throw new BadRecord("no \"" + field + "\" (a whole number)");
    }
    return n.get(field).asInt();
  }
}
