package org.sverka.cli;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import org.sverka.json.Texts;
import org.sverka.query.CaseQueries;
import org.sverka.stage.MentionGroups;
import org.sverka.store.EntityTables;
import org.sverka.text.LineMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sverka entity NAME}: every mention of one entity, by any of its names. */
@Command(
    name = "entity",
    description = {
      "Show every mention of the entity NAME resolves to (an id such as person:zinoviev, its"
          + " name, or any spelling of it: Zinovieff, Nicolaiev), with citations, grouped by"
          + " document part and ordered by date."
    },
    mixinStandardHelpOptions = true)
final class EntityCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "NAME", description = "An entity id, name or variant.")
  String name;

  @Mixin CaseOptions opts;

  @Option(
      names = "--derived",
      description = "Also list groups and adjectives derived from the name (Zinovievists).")
  boolean derived;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = opts.out();
    try (CaseQueries q = CaseQueries.open(opts.caseDir)) {
      EntityTables.StoredEntity e = q.entity(name);
      List<MentionGroups.Group> groups = q.mentions(e, derived);
      Texts texts = new Texts(q.caseFile());
      switch (opts.format) {
        case json -> Output.json(out, org.sverka.json.EntityJson.entity(e, groups, texts));
        case csv -> csv(out, e, groups, texts);
        case text -> text(out, e, groups, texts);
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void csv(
      PrintWriter out, EntityTables.StoredEntity e, List<MentionGroups.Group> groups, Texts texts)
      throws SQLException {
    Output.csv(
        out,
        List.of(
            "entity",
            "doc",
            "lineStart",
            "lineEnd",
            "start",
            "end",
            "form",
            "role",
            "date",
            "part",
            "line"));
    for (MentionGroups.Group g : groups) {
      for (EntityTables.StoredMention sm : g.mentions()) {
        var mn = sm.mention();
        Output.csv(
            out,
            java.util.Arrays.asList(
                e.id(),
                mn.doc(),
                mn.lineStart(),
                mn.lineEnd(),
                mn.start(),
                mn.end(),
                mn.form(),
                mn.role(),
                g.date(),
                g.title(),
                lineText(sm, texts)));
      }
    }
  }

  private static void text(
      PrintWriter out, EntityTables.StoredEntity e, List<MentionGroups.Group> groups, Texts texts)
      throws SQLException {
    out.printf(
        "%s  %s  (%s)  %d mention%s in %d document%s%n",
        e.id(),
        e.name(),
        e.type(),
        e.mentions(),
        e.mentions() == 1 ? "" : "s",
        e.documents(),
        e.documents() == 1 ? "" : "s");
    out.printf("variants: %s%n", EntitiesCommand.variants(e, " · "));
    for (MentionGroups.Group g : groups) {
      out.printf(
          "%n%s  %s%s  (%s)%n",
          g.date() == null ? "undated" : g.date(),
          g.docTitle(),
          g.title() == null ? "" : " — " + g.title(),
          Spans.cite(g.doc(), g.lineStart(), g.lineEnd()));
      for (EntityTables.StoredMention sm : g.mentions()) {
        var mn = sm.mention();
        String line = lineText(sm, texts).strip();
        if (line.length() > 140) {
          line = shorten(line, sm, texts);
        }
        out.printf(
            "  %-26s %s%s%n",
            Spans.cite(mn.doc(), mn.lineStart(), mn.lineEnd()),
            mn.role() == org.sverka.entities.Mention.Role.NAME ? "" : "[" + mn.role() + "] ",
            line);
      }
    }
  }

  /** The original line(s) the mention stands on, without the line break. */
  static String lineText(EntityTables.StoredMention sm, org.sverka.json.Texts texts)
      throws java.sql.SQLException {
    return org.sverka.json.EntityJson.lineText(sm, texts);
  }

  /** A long line cut to about 140 characters around the mention. */
  private static String shorten(
      String ignored, EntityTables.StoredMention sm, org.sverka.json.Texts t)
      throws java.sql.SQLException {
    String text = t.of(sm.mention().doc());
    LineMap lines = t.lines(sm.mention().doc());
    int ls = lines.lineStart(sm.mention().lineStart());
    int le = lines.contentEnd(text, sm.mention().lineEnd());
    int from = Math.max(ls, sm.mention().start() - 65);
    int to = Math.min(le, sm.mention().end() + 65);
    return (from > ls ? "…" : "")
        + text.substring(from, to).replaceAll("\\s+", " ").strip()
        + (to < le ? "…" : "");
  }
}
