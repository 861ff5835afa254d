package org.sverka.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sverka.quotes.Difference;
import org.sverka.quotes.QuoteCheck;
import org.sverka.quotes.SourceMatch;
import org.sverka.reuse.DocTokens;
import org.sverka.stage.QuoteStage;
import org.sverka.stage.ReuseStage;
import org.sverka.store.CaseFile;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sverka quote-check}: where does this come from, and how was it changed? */
@Command(
    name = "quote-check",
    description = {
      "Check a quotation against the case: where does it come from, and how was it changed?",
      "%nGive the quotation with --text or --file. '...' and '[...]' count as your ellipses, other"
          + " [bracketed] words as your insertions. With --by, a quotation attributed to someone"
          + " who is not the source's author is MISATTRIBUTED."
    },
    mixinStandardHelpOptions = true)
final class QuoteCheckCommand implements Callable<Integer> {
  @Mixin CaseOptions opts;

  static final class Input {
    @Option(names = "--text", paramLabel = "TEXT", description = "The quotation.")
    String text;

    @Option(names = "--file", paramLabel = "FILE", description = "A UTF-8 file with the quotation.")
    Path file;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Input input;

  @Option(names = "--by", paramLabel = "NAME", description = "Who the quotation is attributed to.")
  String by;

  @Override
  public Integer call() throws Exception {
    String text;
    if (input.file != null) {
      if (!Files.isReadable(input.file)) {
        throw new BadInputException(input.file + ": cannot read file");
      }
      text = Files.readString(input.file, StandardCharsets.UTF_8);
    } else {
      text = input.text;
    }
    if (text == null || text.strip().isEmpty()) {
      throw new IllegalArgumentException(
          "the quotation is empty; give its words with --text or --file");
    }
    PrintWriter out = opts.out();
    try (CaseFile cf = CaseFile.openExisting(opts.caseDir)) {
      ReuseStage.Loaded corpus = ReuseStage.load(cf);
      QuoteCheck check = new QuoteStage(corpus).checkText(text, by);
      switch (opts.format) {
        case json -> Output.json(out, json(check, text, corpus));
        case csv -> {
          Output.csv(
              out, List.of("rank", "sourceDoc", "lineStart", "lineEnd", "verdicts", "explanation"));
          int rank = 1;
          for (SourceMatch m : check.matches()) {
            DocTokens d = doc(corpus, m.passage().docB());
            Output.csv(
                out,
                List.of(
                    rank++,
                    d.doc,
                    d.lines.lineOf(m.passage().b().start()),
                    d.lines.lastLineOf(m.passage().b()),
                    String.join(" ", m.verdicts().stream().map(Enum::name).toList()),
                    m.explanation()));
          }
        }
        case text -> {
          out.println(String.join(" ", check.verdicts().stream().map(Enum::name).toList()));
          out.println(check.explanation());
          for (int i = 1; i < check.matches().size(); i++) {
            SourceMatch m = check.matches().get(i);
            out.println(
                "Also: "
                    + String.join(" ", m.verdicts().stream().map(Enum::name).toList())
                    + " — "
                    + m.explanation());
          }
        }
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static DocTokens doc(ReuseStage.Loaded corpus, String id) {
    return corpus.docs().stream().filter(d -> d.doc.equals(id)).findFirst().orElseThrow();
  }

  static Map<String, Object> json(QuoteCheck check, String text, ReuseStage.Loaded corpus) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("verdicts", check.verdicts().stream().map(Enum::name).toList());
    m.put("explanation", check.explanation());
    List<Object> matches = new ArrayList<>();
    for (SourceMatch sm : check.matches()) {
      DocTokens d = doc(corpus, sm.passage().docB());
      Map<String, Object> mm = new LinkedHashMap<>();
      mm.put("source", Spans.json(d.doc, d.text, d.lines, sm.passage().b()));
      mm.put("verdicts", sm.verdicts().stream().map(Enum::name).toList());
      List<Object> diffs = new ArrayList<>();
      for (Difference df : sm.differences()) {
        Map<String, Object> dm = new LinkedHashMap<>();
        dm.put("op", df.op());
        dm.put("quote", text.substring(df.quote().start(), df.quote().end()));
        dm.put("source", d.text.substring(df.source().start(), df.source().end()));
        if (df.marked()) {
          dm.put("marked", true);
        }
        if (df.spelling()) {
          dm.put("spelling", true);
        }
        if (df.ocr()) {
          dm.put("ocr", true);
        }
        diffs.add(dm);
      }
      mm.put("differences", diffs);
      mm.put("explanation", sm.explanation());
      mm.put("author", sm.sourceAuthor());
      mm.put("date", sm.sourceDate());
      mm.put("identity", org.sverka.json.CaseJson.round(sm.passage().identity()));
      matches.add(mm);
    }
    m.put("matches", matches);
    return m;
  }
}
