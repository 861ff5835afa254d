package org.sverka.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import org.sverka.apparatus.CollationTei;
import org.sverka.collate.Collation;
import org.sverka.json.CollationJson;
import org.sverka.query.CaseQueries;
import org.sverka.query.Cluster;
import org.sverka.text.Cited;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sverka collate}: many witnesses of one passage in one alignment table. */
@Command(
    name = "collate",
    resourceBundle = "org.sverka.cli.CollateCommand",
    mixinStandardHelpOptions = true)
final class CollateCommand implements Callable<Integer> {
  enum CollateFormat {
    text,
    json,
    tei
  }

  @Mixin CaseFolder folder;

  @Parameters(
      paramLabel = "SPAN",
      arity = "0..*",
      description = "Witnesses given by hand: DOC:LINE or DOC:LINE-LINE, two or more.")
  List<String> spans = new ArrayList<>();

  @Option(
      names = "--cluster",
      paramLabel = "N",
      description = "The table of cluster N (as listed without it).")
  Integer cluster;

  @Option(
      names = "--min-witnesses",
      paramLabel = "N",
      defaultValue = "3",
      description = "Clusters of at least N places (default: ${DEFAULT-VALUE}).")
  int minWitnesses;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); tei is TEI P5 parallel"
              + " segmentation, for a table only.")
  CollateFormat format;

  @Override
  public Integer call() throws Exception {
    if (minWitnesses < 2) {
      throw new IllegalArgumentException("--min-witnesses must be at least 2");
    }
    if (cluster != null && !spans.isEmpty()) {
      throw new IllegalArgumentException("give either spans or --cluster, not both");
    }
    if (spans.size() == 1) {
      throw new IllegalArgumentException("a collation needs two spans or more, got one");
    }
    PrintWriter out = folder.out();
    try (CaseQueries q = CaseQueries.open(folder.caseDir)) {
      if (cluster == null && spans.isEmpty()) {
        list(out, q);
      } else {
        Cluster c = cluster == null ? null : q.cluster(cluster, minWitnesses);
        List<Cited> places = c == null ? places(q) : c.places();
        table(out, c, q.collate(places));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private List<Cited> places(CaseQueries q) throws Exception {
    List<Cited> out = new ArrayList<>();
    for (String s : spans) {
      Matcher m = ShowCommand.CITATION.matcher(s);
      if (!m.matches()) {
        throw new IllegalArgumentException(
            "'" + s + "' is not a span; write DOC:LINE or DOC:LINE-LINE, e.g. trotsky-dewey-13:63");
      }
      int from = Integer.parseInt(m.group(2));
      int to = m.group(3) == null ? from : Integer.parseInt(m.group(3));
      try {
        out.add(q.place(m.group(1), from, to));
      } catch (IllegalArgumentException e) {
        throw new BadInputException(e.getMessage());
      }
    }
    return out;
  }

  private void list(PrintWriter out, CaseQueries q) throws Exception {
    if (format == CollateFormat.tei) {
      throw new IllegalArgumentException(
          "--format tei writes one table: give --cluster N or spans");
    }
    List<Cluster> clusters = q.clusters(minWitnesses);
    if (format == CollateFormat.json) {
      Output.jsonArray(out, clusters, CollationJson::cluster);
      return;
    }
    for (Cluster c : clusters) {
      Collation col = q.collate(c.places());
      out.printf(
          "#%d  %d witnesses in %d document%s, reuse passages %s%n",
          c.id(),
          c.places().size(),
          c.documents(),
          c.documents() == 1 ? "" : "s",
          join(c.passages()));
      for (int w = 0; w < col.witnesses().size(); w++) {
        var wit = col.witnesses().get(w);
        out.printf(
            "    %-3s %-34s %-12s %5d words%s%n",
            Collation.siglum(w),
            wit.cite(),
            wit.date() == null ? "undated" : wit.date(),
            wit.words().size(),
            w == 0 ? "  (base)" : "");
      }
      out.printf("    %s%n", CollationText.summary(col));
    }
    out.printf("%d clusters of %d or more witnesses.%n", clusters.size(), minWitnesses);
  }

  private void table(PrintWriter out, Cluster c, Collation col) throws Exception {
    switch (format) {
      case json -> Output.json(out, CollationJson.collation(c, col));
      case tei -> {
        CollationTei.write(out, col, title(c, col));
        out.println();
      }
      case text -> {
        out.println(title(c, col));
        CollationText.write(out, col);
      }
    }
  }

  private static String title(Cluster c, Collation col) {
    return "Collation of "
        + col.witnesses().size()
        + " witnesses"
        + (c == null
            ? ""
            : " (cluster #" + c.id() + ", reuse passages " + join(c.passages()) + ")");
  }

  private static String join(List<Integer> ids) {
    List<String> s = new ArrayList<>();
    for (int id : ids) {
      s.add("#" + id);
    }
    return String.join(", ", s);
  }
}
