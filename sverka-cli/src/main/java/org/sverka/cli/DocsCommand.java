package org.sverka.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sverka.document.Part;
import org.sverka.store.CaseFile;
import org.sverka.store.StoredDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code sverka docs}: the documents of a case with their parts. */
@Command(
    name = "docs",
    description = "List the documents of a case with their parts.",
    mixinStandardHelpOptions = true)
final class DocsCommand implements Callable<Integer> {
  @Mixin CaseOptions opts;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (CaseFile cf = CaseFile.openExisting(opts.caseDir)) {
      List<StoredDocument> docs = cf.documents();
      switch (opts.format) {
        case json -> {
          List<Object> arr = new ArrayList<>();
          for (StoredDocument d : docs) {
            arr.add(toJson(d));
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

  static Map<String, Object> toJson(StoredDocument d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", d.id());
    m.put("title", d.meta().title());
    m.put("author", d.meta().author());
    m.put("date", d.meta().date());
    m.put("lines", d.lines());
    m.put("words", d.words());
    List<Object> parts = new ArrayList<>();
    for (Part p : d.parts()) {
      parts.add(partJson(p));
    }
    m.put("parts", parts);
    m.put("file", d.file());
    m.put("mediaType", d.mediaType());
    m.put("charset", d.charset());
    m.put("published", d.meta().published());
    m.put("place", d.meta().place());
    m.put("source", d.meta().source());
    m.put("translatedFrom", d.meta().translatedFrom());
    m.put("kind", d.meta().kind());
    m.put("sha256", d.sha256());
    m.put("extra", d.meta().extra());
    m.put("detected", d.meta().detected());
    return m;
  }

  static Map<String, Object> partJson(Part p) {
    Map<String, Object> pm = new LinkedHashMap<>();
    pm.put("lineStart", p.lineStart());
    pm.put("lineEnd", p.lineEnd());
    pm.put("title", p.title());
    pm.put("date", p.date());
    pm.put("author", p.author());
    pm.put("kind", p.kind());
    pm.put("place", p.place());
    pm.put("implicit", p.implicit());
    if (!p.extra().isEmpty()) {
      pm.put("extra", p.extra());
    }
    return pm;
  }
}
