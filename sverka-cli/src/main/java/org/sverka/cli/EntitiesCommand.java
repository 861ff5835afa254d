package org.sverka.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sverka.entities.EntityType;
import org.sverka.query.CaseQueries;
import org.sverka.store.EntityTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sverka entities}: every entity of the case with its variants and counts. */
@Command(
    name = "entities",
    description = {
      "List the people, places, organisations and works named in a case, each with every"
          + " spelling it is named by (variants) and how often.",
      "%nGroups and adjectives derived from a name (Zinovievists, Stalinist) are listed under"
          + " 'derived', never as variants. See 'sverka entity NAME' for the mentions themselves."
    },
    mixinStandardHelpOptions = true)
final class EntitiesCommand implements Callable<Integer> {
  @Mixin CaseOptions opts;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description = "Only entities of this type: ${COMPLETION-CANDIDATES}.")
  EntityType type;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = opts.out();
    try (CaseQueries q = CaseQueries.open(opts.caseDir)) {
      List<EntityTables.StoredEntity> list = q.entities(type);
      switch (opts.format) {
        case json -> {
          Output.json(out, org.sverka.json.EntityJson.entities(list));
        }
        case csv -> {
          Output.csv(
              out, List.of("id", "type", "name", "wikidata", "mentions", "documents", "variants"));
          for (EntityTables.StoredEntity e : list) {
            Output.csv(
                out,
                java.util.Arrays.asList(
                    e.id(),
                    e.type(),
                    e.name(),
                    e.wikidata(),
                    e.mentions(),
                    e.documents(),
                    variants(e, "; ")));
          }
        }
        case text -> {
          for (EntityTables.StoredEntity e : list) {
            out.printf(
                "%-28s %-13s %-28s %5d mention%s in %d document%s%n    %s%n",
                e.id(),
                e.type(),
                e.name(),
                e.mentions(),
                e.mentions() == 1 ? "" : "s",
                e.documents(),
                e.documents() == 1 ? "" : "s",
                variants(e, " · "));
          }
          out.printf("%d entities.%n", list.size());
        }
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  static String variants(EntityTables.StoredEntity e, String sep) {
    StringBuilder b = new StringBuilder();
    for (EntityTables.Variant v : e.variants()) {
      b.append(b.length() == 0 ? "" : sep).append(v.form()).append(' ').append(v.count());
    }
    return b.toString();
  }
}
