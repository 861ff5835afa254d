package org.sverka.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sverka.quotes.Verdict;
import org.sverka.store.CaseFile;
import org.sverka.store.StoredQuotation;
import org.sverka.text.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sverka quotes}: every quotation in the case, with its source and verdicts. */
@Command(
    name = "quotes",
    description = {
      "List the quotations in the documents of a case, with where each comes from and how it was changed.",
      "%nVerdicts: VERBATIM, VARIANT_WORDING, ABRIDGED_MARKED, ABRIDGED_UNMARKED, INTERPOLATED,"
          + " CUT_BEFORE_QUALIFIER, MISATTRIBUTED, NOT_FOUND."
    },
    mixinStandardHelpOptions = true)
final class QuotesCommand implements Callable<Integer> {
  @Mixin CaseOptions opts;

  @Option(names = "--doc", paramLabel = "ID", description = "Only quotations in this document.")
  String doc;

  @Option(
      names = "--verdict",
      paramLabel = "VERDICT",
      description = "Only quotations with this verdict (may be repeated).")
  List<Verdict> verdicts;

  @Option(names = "--found", description = "Only quotations whose source is in the corpus.")
  boolean found;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (CaseFile cf = CaseFile.openExisting(opts.caseDir)) {
      if (doc != null && cf.document(doc, false).isEmpty()) {
        throw new BadInputException(ShowCommand.noSuchDocument(doc, cf));
      }
      ReuseCommand.Texts texts = new ReuseCommand.Texts(cf);
      List<StoredQuotation> list = new ArrayList<>();
      for (StoredQuotation q : cf.quotations(doc)) {
        if (found && q.verdicts().contains("NOT_FOUND")) {
          continue;
        }
        if (verdicts != null && verdicts.stream().noneMatch(v -> q.verdicts().contains(v.name()))) {
          continue;
        }
        list.add(q);
      }
      switch (opts.format) {
        case json -> {
          List<Object> arr = new ArrayList<>();
          for (StoredQuotation q : list) {
            arr.add(json(q, texts));
          }
          Output.json(out, arr);
        }
        case csv -> {
          Output.csv(
              out,
              List.of(
                  "id",
                  "doc",
                  "lineStart",
                  "lineEnd",
                  "attributedTo",
                  "work",
                  "sourceDoc",
                  "sourceLineStart",
                  "sourceLineEnd",
                  "verdicts",
                  "explanation",
                  "text"));
          for (StoredQuotation q : list) {
            Map<String, Object> best = best(q);
            Output.csv(
                out,
                java.util.Arrays.asList(
                    q.id(),
                    q.doc(),
                    q.lineStart(),
                    q.lineEnd(),
                    q.attributedTo(),
                    q.work(),
                    best == null ? null : best.get("doc"),
                    best == null ? null : best.get("lineStart"),
                    best == null ? null : best.get("lineEnd"),
                    String.join(" ", q.verdicts()),
                    q.explanation(),
                    texts.of(q.doc()).substring(q.span().start(), q.span().end())));
          }
        }
        case text -> {
          for (StoredQuotation q : list) {
            String t =
                texts
                    .of(q.doc())
                    .substring(q.span().start(), q.span().end())
                    .replaceAll("\\s+", " ");
            out.printf(
                "#%d  %s  %s%s%n    \u201c%s\u201d%n    %s%n%n",
                q.id(),
                Spans.cite(q.doc(), q.lineStart(), q.lineEnd()),
                String.join(" ", q.verdicts()),
                q.attributedTo() == null ? "" : "  (attributed to " + q.attributedTo() + ")",
                t.length() > 160 ? t.substring(0, 157) + "…" : t,
                q.explanation());
          }
          out.printf("%d quotations.%n", list.size());
        }
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> best(StoredQuotation q) {
    List<Object> matches = (List<Object>) q.detail().get("matches");
    return matches == null || matches.isEmpty() ? null : (Map<String, Object>) matches.get(0);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> json(StoredQuotation q, ReuseCommand.Texts texts) throws Exception {
    Map<String, Object> m = new LinkedHashMap<>();
    String text = texts.of(q.doc());
    m.put("id", q.id());
    m.put("quote", Spans.json(q.doc(), text, texts.lines(q.doc()), q.span()));
    m.put("attributedTo", q.attributedTo());
    m.put("speaker", q.speaker());
    m.put("firstPerson", q.firstPerson());
    m.put("work", q.work());
    Map<String, Object> best = best(q);
    m.put(
        "source",
        best == null
            ? null
            : Spans.json(
                (String) best.get("doc"),
                texts.of((String) best.get("doc")),
                texts.lines((String) best.get("doc")),
                new Span((Integer) best.get("start"), (Integer) best.get("end"))));
    m.put("verdicts", q.verdicts());
    m.put("explanation", q.explanation());
    m.put("style", q.style().toLowerCase(Locale.ROOT));
    m.put("depth", q.depth());
    m.put("closed", q.closed());
    m.put("ellipses", q.detail().get("ellipses"));
    m.put("insertions", q.detail().get("insertions"));
    List<Object> matches = new ArrayList<>();
    for (Object o : (List<Object>) q.detail().get("matches")) {
      Map<String, Object> mm = (Map<String, Object>) o;
      String src = (String) mm.get("doc");
      Map<String, Object> out = new LinkedHashMap<>();
      out.put(
          "source",
          Spans.json(
              src,
              texts.of(src),
              texts.lines(src),
              new Span((Integer) mm.get("start"), (Integer) mm.get("end"))));
      out.put("verdicts", mm.get("verdicts"));
      out.put(
          "differences", differences((List<Object>) mm.get("differences"), text, texts.of(src)));
      out.put("explanation", mm.get("explanation"));
      out.put("author", mm.get("author"));
      out.put("date", mm.get("date"));
      out.put("identity", mm.get("identity"));
      matches.add(out);
    }
    m.put("matches", matches);
    return m;
  }

  @SuppressWarnings("unchecked")
  static List<Object> differences(List<Object> diffs, String quoteText, String sourceText) {
    List<Object> out = new ArrayList<>();
    for (Object o : diffs) {
      Map<String, Object> d = (Map<String, Object>) o;
      Map<String, Object> dm = new LinkedHashMap<>();
      dm.put("op", d.get("op"));
      dm.put(
          "quote", quoteText.substring((Integer) d.get("quoteStart"), (Integer) d.get("quoteEnd")));
      dm.put(
          "source",
          sourceText.substring((Integer) d.get("sourceStart"), (Integer) d.get("sourceEnd")));
      if (Boolean.TRUE.equals(d.get("marked"))) {
        dm.put("marked", true);
      }
      if (Boolean.TRUE.equals(d.get("spelling"))) {
        dm.put("spelling", true);
      }
      out.add(dm);
    }
    return out;
  }
}
