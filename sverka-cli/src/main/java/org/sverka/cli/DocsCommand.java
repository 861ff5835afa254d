package org.sverka.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sverka.document.Part;
import org.sverka.json.CaseJson;
import org.sverka.query.CaseQueries;
import org.sverka.store.StoredDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code sverka docs}: the documents of a case with their parts. */
@Command(
    name = "docs",
    description = "List the documents of a case with their parts.",
    mixinStandardHelpOptions = true)
final class DocsCommand implements Callable<Integer> {
  @Mixin CaseOptions opts;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = opts.out();
    try (CaseQueries q = CaseQueries.open(opts.caseDir)) {
      List<StoredDocument> docs = q.documents();
      switch (opts.format) {
        case json -> {
          List<Object> arr = new ArrayList<>();
          for (StoredDocument d : docs) {
            arr.add(CaseJson.document(d));
          }
          Output.json(out, arr);
        }
        case csv -> {
          Output.csv(
              out, List.of("id", "title", "author", "date", "lines", "words", "parts", "file"));
          for (StoredDocument d : docs) {
            Output.csv(
                out,
                java.util.Arrays.asList(
                    d.id(),
                    d.meta().title(),
                    d.meta().author(),
                    d.meta().date(),
                    d.lines(),
                    d.words(),
                    d.parts().size(),
                    d.file()));
          }
        }
        case text -> {
          for (StoredDocument d : docs) {
            out.printf("%s  %s%n", d.id(), nz(d.meta().title()));
            out.printf(
                "    %s · %s · %d lines · %d words · %s%n",
                nz(d.meta().author()), nz(d.meta().date()), d.lines(), d.words(), d.file());
            for (Part p : d.parts()) {
              if (!p.implicit()) {
                out.printf(
                    "    %6d-%-6d %s%s%n",
                    p.lineStart(),
                    p.lineEnd(),
                    nz(p.title()),
                    p.date() == null ? "" : " (" + p.date() + ")");
              }
            }
          }
          out.printf("%d documents.%n", docs.size());
        }
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static String nz(String s) {
    return s == null ? "—" : s;
  }
}
