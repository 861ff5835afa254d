package org.sverka.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.sverka.query.CaseQueries;
import org.sverka.report.Html;
import org.sverka.store.EntityTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sverka comentions}: the network of entities named in the same sentence. */
@Command(
    name = "comentions",
    description = {
      "Export the co-mention network: entities named in the same sentence, each edge weighted by"
          + " the number of sentences the two share.",
      "%nGraphML opens in Gephi, Cytoscape and yEd (nodes carry label, type and mentions; edges"
          + " weight). CSV is an edge list with Source, Target, Weight (Gephi's import names)."
    },
    mixinStandardHelpOptions = true)
final class ComentionsCommand implements Callable<Integer> {
  enum GraphFormat {
    graphml,
    csv,
    json
  }

  @Mixin CaseFolder folder;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "graphml",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  GraphFormat format;

  @Option(
      names = "--min-sentences",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "Only pairs named together in at least N sentences (default: ${DEFAULT-VALUE}).")
  int min;

  @Override
  public Integer call() throws Exception {
    if (min < 1) {
      throw new IllegalArgumentException("--min-sentences must be at least 1");
    }
    PrintWriter out = folder.out();
    try (CaseQueries q = CaseQueries.open(folder.caseDir)) {
      List<EntityTables.CoMention> edges = q.comentions(min);
      Map<String, EntityTables.StoredEntity> byId = q.entitiesById();
      TreeSet<String> nodes = new TreeSet<>();
      for (EntityTables.CoMention c : edges) {
        nodes.add(c.a());
        nodes.add(c.b());
      }
      switch (format) {
        case graphml -> {
          out.print(
              """
              <?xml version="1.0" encoding="UTF-8"?>
              <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                <key id="label" for="node" attr.name="label" attr.type="string"/>
                <key id="type" for="node" attr.name="type" attr.type="string"/>
                <key id="mentions" for="node" attr.name="mentions" attr.type="int"/>
                <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
                <graph id="comentions" edgedefault="undirected">
              """);
          for (String id : nodes) {
            EntityTables.StoredEntity e = byId.get(id);
            out.printf(
                "    <node id=\"%s\"><data key=\"label\">%s</data><data key=\"type\">%s</data>"
                    + "<data key=\"mentions\">%d</data></node>%n",
                Html.esc(id), Html.esc(e.name()), e.type(), e.mentions());
          }
          int n = 0;
          for (EntityTables.CoMention c : edges) {
            out.printf(
                "    <edge id=\"e%d\" source=\"%s\" target=\"%s\"><data key=\"weight\">%d</data></edge>%n",
                n++, Html.esc(c.a()), Html.esc(c.b()), c.sentences());
          }
          out.print("  </graph>\n</graphml>\n");
        }
        case csv -> {
          Output.csv(out, List.of("Source", "Target", "Weight", "SourceLabel", "TargetLabel"));
          for (EntityTables.CoMention c : edges) {
            Output.csv(
                out,
                List.of(
                    c.a(), c.b(), c.sentences(), byId.get(c.a()).name(), byId.get(c.b()).name()));
          }
        }
        case json -> {
          Output.json(out, org.sverka.json.EntityJson.comentions(edges, byId));
        }
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
