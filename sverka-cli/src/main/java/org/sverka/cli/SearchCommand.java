package org.sverka.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sverka.json.CaseJson;
import org.sverka.query.CaseQueries;
import org.sverka.search.Hit;
import org.sverka.search.Searcher;
import org.sverka.search.Snippet;
import org.sverka.time.Edtf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sverka search}: sentences of the case that match a Lucene query, cited to DOC:LINE. */
@Command(
    name = "search",
    resourceBundle = "org.sverka.cli.SearchCommand",
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

  @Mixin DocFilter only;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "20",
      description = "Show at most N hits (default: ${DEFAULT-VALUE}); the total is always counted.")
  int limit;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description =
          "Only sentences that mention an entity of this type: person, place, org or work.")
  String type;

  @Option(
      names = "--offset",
      paramLabel = "N",
      defaultValue = "0",
      description = "Skip the first N hits (for paging; default: ${DEFAULT-VALUE}).")
  int offset;

  @Option(
      names = "--facets",
      description =
          "Count the whole result set by document, author, year and entity type (JSON: a"
              + " facets field; text: a summary at the end).")
  boolean facets;

  @Option(
      names = "--exact",
      description = "Only the words as written: no entity spellings, no spelling variants.")
  boolean exact;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = opts.out();
    checkPaging();
    Edtf fromDate = date("--from", from);
    Edtf toDate = date("--to", to);
    if (fromDate != null && toDate != null && fromDate.earliest().isAfter(toDate.latest())) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
    String q = String.join(" ", query);
    try (CaseQueries cq = CaseQueries.open(opts.caseDir)) {
      cq.requireDocument(only.doc);
      Searcher.Result r;
      try (Searcher s = Searcher.open(cq.caseFile())) {
        r =
            s.search(
                q,
                new Searcher.Options(only.doc, author, fromDate, toDate, !exact, type),
                offset,
                limit,
                facets);
      }
      switch (opts.format) {
        case json -> Output.json(out, CaseJson.search(q, r));
        case csv -> csv(out, r);
        case text -> text(out, r);
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** Refuses a negative --limit or --offset and a --type that is no entity type. */
  private void checkPaging() {
    if (limit < 0) {
      throw new IllegalArgumentException("--limit must be 0 or more, got " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("--offset must be 0 or more, got " + offset);
    }
    if (type != null && !Searcher.Options.TYPES.contains(type)) {
      throw new IllegalArgumentException(
          "--type: not an entity type: '"
              + type
              + "'; types are "
              + String.join(", ", Searcher.Options.TYPES));
    }
  }

  private static void csv(PrintWriter out, Searcher.Result r) {
    Output.csv(
        out,
        List.of(
            "doc", "line", "lineEnd", "score", "author", "date", "part", "snippet", "variants"));
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
              Snippet.of(h),
              String.join("; ", explanations(h))));
    }
  }

  private void text(PrintWriter out, Searcher.Result r) {
    for (Hit h : r.hits()) {
      out.printf(
          "%s  %s%s  [%s]%n    %s%n",
          Spans.cite(h.doc(), h.line(), h.lineEnd()),
          h.author() == null ? "(no author)" : h.author(),
          h.date() == null ? "" : ", " + h.date(),
          score(h),
          Snippet.of(h));
      for (String e : explanations(h)) {
        out.printf("    * %s%n", e);
      }
    }
    for (String n : r.notes()) {
      out.printf("Note: %s%n", n);
    }
    if (r.facets() != null) {
      facet(out, "documents", r.facets().docs());
      facet(out, "authors", r.facets().authors());
      facet(out, "years", r.facets().years());
      facet(out, "entity types", r.facets().types());
    }
    out.printf("%s%d sentence%s match.%n", showing(r), r.total(), r.total() == 1 ? "" : "s");
  }

  /** "Showing 10; ", "Showing hits 11-20; " when not every hit is printed, else nothing. */
  private String showing(Searcher.Result r) {
    if (r.hits().size() >= r.total()) {
      return "";
    }
    return "Showing "
        + (offset == 0
            ? Integer.toString(r.hits().size())
            : r.hits().size() <= 1
                ? "hit " + (offset + 1)
                : "hits " + (offset + 1) + "-" + (offset + r.hits().size()))
        + "; ";
  }

  private static void facet(PrintWriter out, String name, List<Searcher.Count> counts) {
    if (counts.isEmpty()) {
      return;
    }
    StringBuilder b = new StringBuilder();
    for (Searcher.Count c : counts) {
      b.append(b.length() == 0 ? "" : ", ").append(c.value()).append(' ').append(c.count());
    }
    out.printf("By %s: %s%n", name, b);
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
    return CaseJson.score(h);
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
}
