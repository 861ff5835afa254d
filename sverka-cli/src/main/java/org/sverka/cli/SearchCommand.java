package org.sverka.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sverka.search.Hit;
import org.sverka.search.Searcher;
import org.sverka.search.Snippet;
import org.sverka.store.CaseFile;
import org.sverka.time.Edtf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sverka search}: sentences of the case that match a Lucene query, cited to DOC:LINE. */
@Command(
    name = "search",
    description = {
      "Search the sentences of a case (Lucene query syntax). Case and accents do not matter;"
          + " several words must all occur (write OR for either); \"quoted words\" are a phrase,"
          + " also across line breaks; terror* and Nikolaev~ work as in Lucene.",
      "%nA name also finds the other spellings of the entity it names (from the case's entity"
          + " tables); failing that, a capitalised name finds the capitalised words with the"
          + " same spelling key (Nikolayev, Nicolaiev), marked as spelling variants. --exact"
          + " turns both off.",
      "%nFields: person:NAME, place:NAME, org:NAME, work:NAME (sentences that mention that"
          + " entity), doc:ID, author:NAME.",
      "%nHits are ordered by score, then document, then line. Text and CSV mark matches as"
          + " «word» (a « » or \\ of the text is written \\« \\» \\\\); JSON marks them"
          + " <mark>word</mark> in an HTML-escaped snippet and lists each match's offsets."
    },
    mixinStandardHelpOptions = true)
final class SearchCommand implements Callable<Integer> {
  @Mixin CaseOptions opts;

  @Parameters(
      arity = "1..*",
      paramLabel = "QUERY",
      description = "The query; several arguments are joined with spaces.")
  List<String> query;

  @Option(
      names = "--from",
      paramLabel = "EDTF",
      description = "Only statements whose date may fall on or after this date (EDTF).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "EDTF",
      description = "Only statements whose date may fall on or before this date (EDTF).")
  String to;

  @Option(
      names = "--author",
      paramLabel = "NAME",
      description =
          "Only statements by an author whose name has these words (Trotsky finds"
              + " Leon Trotsky and L. D. Trotsky).")
  String author;

  @Option(names = "--doc", paramLabel = "ID", description = "Only this document.")
  String doc;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "20",
      description = "Show at most N hits (default: ${DEFAULT-VALUE}); the total is always counted.")
  int limit;

  @Option(
      names = "--exact",
      description = "Only the words as written: no entity spellings, no spelling variants.")
  boolean exact;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (limit < 0) {
      throw new IllegalArgumentException("--limit must be 0 or more, got " + limit);
    }
    Edtf fromDate = date("--from", from);
    Edtf toDate = date("--to", to);
    if (fromDate != null && toDate != null && fromDate.earliest().isAfter(toDate.latest())) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
    String q = String.join(" ", query);
    try (CaseFile cf = CaseFile.openExisting(opts.caseDir)) {
      if (doc != null && cf.document(doc, false).isEmpty()) {
        throw new BadInputException(ShowCommand.noSuchDocument(doc, cf));
      }
      Searcher.Result r;
      try (Searcher s = Searcher.open(cf)) {
        r = s.search(q, new Searcher.Options(doc, author, fromDate, toDate, !exact), limit);
      }
      switch (opts.format) {
        case json -> Output.json(out, json(q, r));
        case csv -> {
          Output.csv(
              out,
              List.of(
                  "doc",
                  "line",
                  "lineEnd",
                  "score",
                  "author",
                  "date",
                  "part",
                  "snippet",
                  "variants"));
          for (Hit h : r.hits()) {
            Output.csv(
                out,
                java.util.Arrays.asList(
                    h.doc(),
                    h.line(),
                    h.lineEnd(),
                    score(h),
                    h.author(),
                    h.date(),
                    h.part(),
                    Snippet.of(h, Snippet.Style.TEXT),
                    String.join("; ", explanations(h))));
          }
        }
        case text -> {
          for (Hit h : r.hits()) {
            out.printf(
                "%s  %s%s  [%s]%n    %s%n",
                Spans.cite(h.doc(), h.line(), h.lineEnd()),
                h.author() == null ? "(no author)" : h.author(),
                h.date() == null ? "" : ", " + h.date(),
                score(h),
                Snippet.of(h, Snippet.Style.TEXT));
            for (String e : explanations(h)) {
              out.printf("    * %s%n", e);
            }
          }
          for (String n : r.notes()) {
            out.printf("Note: %s%n", n);
          }
          out.printf(
              "%s%d sentence%s match.%n",
              r.hits().size() < r.total() ? "Showing " + r.hits().size() + "; " : "",
              r.total(),
              r.total() == 1 ? "" : "s");
        }
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static Edtf date(String option, String value) {
    if (value == null) {
      return null;
    }
    try {
      return Edtf.parse(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + ": " + e.getMessage());
    }
  }

  /** The score rounded to 4 decimals, so that output is stable text. */
  static BigDecimal score(Hit h) {
    return new BigDecimal(Float.toString(h.score())).setScale(4, RoundingMode.HALF_UP);
  }

  /** One line for each spelling that matched through an entity or a spelling key. */
  static List<String> explanations(Hit h) {
    Set<String> out = new LinkedHashSet<>();
    for (Hit.Match m : h.matches()) {
      if (m.via() == Hit.Via.ENTITY) {
        out.add(
            m.text().replaceAll("\\s+", " ")
                + ": "
                + (m.entityName() == null ? m.entity() : m.entityName())
                + " (entity "
                + m.entity()
                + ")"
                + (m.variantOf() == null ? "" : ", asked as " + m.variantOf()));
      } else if (m.via() == Hit.Via.SPELLING) {
        out.add(
            m.text()
                + ": spelling variant of "
                + m.variantOf()
                + " (same spelling key, not checked to be the same person)");
      }
    }
    return new ArrayList<>(out);
  }

  static Map<String, Object> json(String q, Searcher.Result r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("query", q);
    m.put("total", r.total());
    List<Object> hits = new ArrayList<>();
    for (Hit h : r.hits()) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("doc", h.doc());
      j.put("line", h.line());
      j.put("lineEnd", h.lineEnd());
      j.put("start", h.start());
      j.put("end", h.end());
      j.put("snippet", Snippet.of(h, Snippet.Style.HTML));
      j.put("score", score(h));
      j.put("author", h.author());
      j.put("date", h.date());
      j.put("part", h.part());
      List<Object> matches = new ArrayList<>();
      for (Hit.Match x : h.matches()) {
        Map<String, Object> mm = new LinkedHashMap<>();
        mm.put("start", x.start());
        mm.put("end", x.end());
        mm.put("line", x.line());
        mm.put("text", x.text());
        mm.put("via", x.via().name().toLowerCase(Locale.ROOT));
        if (x.variantOf() != null) {
          mm.put("variantOf", x.variantOf());
        }
        if (x.entity() != null) {
          mm.put("entity", x.entity());
          mm.put("entityName", x.entityName());
        }
        matches.add(mm);
      }
      j.put("matches", matches);
      hits.add(j);
    }
    m.put("hits", hits);
    m.put("notes", r.notes());
    return m;
  }
}
