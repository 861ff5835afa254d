package org.sverka.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sverka.claims.Drift;
import org.sverka.claims.Drift.Member;
import org.sverka.claims.Drift.PartCast;
import org.sverka.query.CaseQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sverka drift}: how a story's cast changes from one document part to the next. */
@Command(
    name = "drift",
    description =
        "For each document part in date order, the persons and organisations named in the same"
            + " sentences as TERM, and who appears or vanishes from one part to the next.",
    mixinStandardHelpOptions = true)
final class DriftCommand implements Callable<Integer> {
  @Mixin CaseOptions opts;

  @Option(
      names = "--focus",
      paramLabel = "TERM",
      required = true,
      description = "A word or name (e.g. Kirov), or an entity id.")
  String focus;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (focus.isBlank()) {
      throw new IllegalArgumentException("--focus needs a word or a name");
    }
    PrintWriter out = opts.out();
    List<PartCast> parts;
    long mentions;
    try (CaseQueries q = CaseQueries.open(opts.caseDir)) {
      mentions = q.mentionCount();
      parts = Drift.of(q.mentionedSentences(null), q.sources(), focus);
    }
    if (mentions == 0) {
      spec.commandLine()
          .getErr()
          .println(
              "sverka: the case has no entity mentions yet (the entity stage of 'sverka analyze'"
                  + " finds them); no cast to follow");
      opts.err().flush();
    }
    switch (opts.format) {
      case json -> Output.json(out, json(focus, parts));
      case csv -> csv(out, parts);
      case text -> text(out, focus, parts);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static Map<String, Object> json(String focus, List<PartCast> parts) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("focus", focus);
    List<Object> ps = new ArrayList<>();
    for (PartCast p : parts) {
      Map<String, Object> pm = new LinkedHashMap<>();
      pm.put("doc", p.doc());
      pm.put("lineStart", p.lineStart());
      pm.put("lineEnd", p.lineEnd());
      pm.put("cite", Spans.cite(p.doc(), p.lineStart(), p.lineEnd()));
      pm.put("title", p.title());
      pm.put("date", p.date());
      pm.put("sentences", p.sentences());
      pm.put("cast", members(p.cast()));
      pm.put("appeared", p.appeared().stream().map(Member::key).toList());
      pm.put("vanished", p.vanished().stream().map(Member::key).toList());
      ps.add(pm);
    }
    m.put("parts", ps);
    return m;
  }

  private static void csv(PrintWriter out, List<PartCast> parts) {
    Output.csv(
        out,
        List.of(
            "date",
            "doc",
            "lineStart",
            "lineEnd",
            "entity",
            "name",
            "type",
            "count",
            "change",
            "cite"));
    for (PartCast p : parts) {
      for (Member c : p.cast()) {
        String change = p.appeared().contains(c) ? "appeared" : "";
        Output.csv(out, csvRow(p, c, c.count(), change, c.first().toString()));
      }
      for (Member c : p.vanished()) {
        Output.csv(out, csvRow(p, c, 0, "vanished", null));
      }
    }
  }

  /** A member of a part's cast as a CSV row: in it, appeared in it, or vanished from it. */
  private static List<Object> csvRow(PartCast p, Member c, int count, String change, String first) {
    return java.util.Arrays.asList(
        p.date(),
        p.doc(),
        p.lineStart(),
        p.lineEnd(),
        c.key(),
        c.name(),
        c.type(),
        count,
        change,
        first);
  }

  private static void text(PrintWriter out, String focus, List<PartCast> parts) {
    out.printf(
        "Cast around \u201c%s\u201d, part by part in date order: %d parts.%n", focus, parts.size());
    for (PartCast p : parts) {
      out.printf(
          "%n%s  %s%s  (%d sentence%s)%n",
          p.date() == null ? "undated" : p.date(),
          Spans.cite(p.doc(), p.lineStart(), p.lineEnd()),
          p.title() == null ? "" : "  " + p.title(),
          p.sentences(),
          p.sentences() == 1 ? "" : "s");
      out.printf("  cast:    %s%n", names(p.cast(), true));
      if (!p.appeared().isEmpty()) {
        out.printf("  appear:  %s%n", names(p.appeared(), false));
      }
      if (!p.vanished().isEmpty()) {
        out.printf("  vanish:  %s%n", names(p.vanished(), false));
      }
    }
  }

  private static List<Object> members(List<Member> ms) {
    List<Object> out = new ArrayList<>();
    for (Member c : ms) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("entity", c.key());
      m.put("name", c.name());
      m.put("type", c.type().name());
      m.put("count", c.count());
      m.put("first", c.first().toString());
      out.add(m);
    }
    return out;
  }

  private static String names(List<Member> ms, boolean withCite) {
    if (ms.isEmpty()) {
      return "-";
    }
    List<String> out = new ArrayList<>();
    for (Member m : ms) {
      out.add(m.name() + (withCite ? " \u00d7" + m.count() + " (" + m.first() + ")" : ""));
    }
    return String.join(", ", out);
  }
}
