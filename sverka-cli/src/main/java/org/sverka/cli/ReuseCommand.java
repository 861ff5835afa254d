package org.sverka.cli;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sverka.json.CaseJson;
import org.sverka.json.Texts;
import org.sverka.query.CaseQueries;
import org.sverka.reuse.AlignOp;
import org.sverka.reuse.Op;
import org.sverka.reuse.Passage;
import org.sverka.store.StoredPassage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sverka reuse}: the passages documents share, aligned word by word. */
@Command(
    name = "reuse",
    resourceBundle = "org.sverka.cli.ReuseCommand",
    description = {
      "List the passages that documents share (or that one document repeats), aligned word by word.",
      "%nSide a is the earlier text where the dates say so. Kinds: VERBATIM (same words up to case,"
          + " punctuation and spelling), VARIANT (words changed), ABRIDGED (b leaves words of a"
          + " out), EXPANDED (b adds words), and ABRIDGED_VARIANT, EXPANDED_VARIANT,"
          + " ABRIDGED_EXPANDED."
    },
    mixinStandardHelpOptions = true)
final class ReuseCommand implements Callable<Integer> {
  @Mixin CaseOptions opts;

  @Mixin DocFilter only;

  @Option(
      names = "--min-words",
      paramLabel = "N",
      defaultValue = "0",
      description = "Only passages with at least N words on each side (default: all).")
  int minWords;

  @Override
  public Integer call() throws Exception {
    if (minWords < 0) {
      throw new IllegalArgumentException("--min-words must be 0 or more");
    }
    PrintWriter out = opts.out();
    try (CaseQueries q = CaseQueries.open(opts.caseDir)) {
      List<StoredPassage> passages = q.passages(only.doc, minWords);
      Texts texts = new Texts(q.caseFile());
      switch (opts.format) {
        case json -> Output.jsonArray(out, passages, sp -> CaseJson.passage(sp, texts));
        case csv -> Output.csvTable(out, CSV_HEADER, passages, sp -> csvRow(sp, texts));
        case text -> {
          for (StoredPassage sp : passages) {
            text(out, sp, texts);
          }
          out.printf("%d passages.%n", passages.size());
        }
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static final List<String> CSV_HEADER =
      List.of(
          ("id docA lineStartA lineEndA docB lineStartB lineEndB kind identity wordsA wordsB"
                  + " textA textB")
              .split(" "));

  private static List<Object> csvRow(StoredPassage sp, Texts texts) throws SQLException {
    Passage p = sp.passage();
    return List.of(
        sp.id(),
        p.docA(),
        sp.lineStartA(),
        sp.lineEndA(),
        p.docB(),
        sp.lineStartB(),
        sp.lineEndB(),
        p.kind(),
        CaseJson.round(p.identity()),
        p.tokensA(),
        p.tokensB(),
        texts.of(p.docA()).substring(p.a().start(), p.a().end()),
        texts.of(p.docB()).substring(p.b().start(), p.b().end()));
  }

  private static final int COLUMN = 48;

  /**
   * The two sides in parallel: = same, ~ changed, ≈ spelling variant, < only in a (omitted), > only
   * in b (added).
   */
  static void text(PrintWriter out, StoredPassage sp, Texts texts) throws SQLException {
    Passage p = sp.passage();
    String ta = texts.of(p.docA());
    String tb = texts.of(p.docB());
    out.printf(
        "#%d  %s  ~  %s   %s, identity %.2f, %d/%d words%n",
        sp.id(),
        Spans.cite(p.docA(), sp.lineStartA(), sp.lineEndA()),
        Spans.cite(p.docB(), sp.lineStartB(), sp.lineEndB()),
        p.kind(),
        p.identity(),
        p.tokensA(),
        p.tokensB());
    for (AlignOp o : p.ops()) {
      String a = flat(ta.substring(o.a().start(), o.a().end()));
      String b = flat(tb.substring(o.b().start(), o.b().end()));
      char mark =
          switch (o.op()) {
            case EQUAL -> '=';
            case CHANGED -> o.spelling() ? '≈' : '~';
            case OMITTED -> '<';
            case ADDED -> '>';
          };
      List<String> la = wrap(o.op() == Op.ADDED ? "" : a);
      List<String> lb = wrap(o.op() == Op.OMITTED ? "" : b);
      int rows = Math.max(la.size(), lb.size());
      for (int r = 0; r < rows; r++) {
        String left = r < la.size() ? la.get(r) : "";
        String right = r < lb.size() ? lb.get(r) : "";
        out.printf("  %-" + COLUMN + "s %c %s%n", left, r == 0 ? mark : ' ', right);
      }
    }
    out.println();
  }

  private static String flat(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static List<String> wrap(String s) {
    List<String> lines = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String w : s.split(" ")) {
      if (w.isEmpty()) {
        continue;
      }
      if (cur.length() > 0 && cur.length() + 1 + w.length() > COLUMN) {
        lines.add(cur.toString());
        cur.setLength(0);
      }
      if (cur.length() > 0) {
        cur.append(' ');
      }
      cur.append(w.length() > COLUMN ? w.substring(0, COLUMN - 1) + "…" : w);
    }
    if (cur.length() > 0 || lines.isEmpty()) {
      lines.add(cur.toString());
    }
    return lines;
  }
}
