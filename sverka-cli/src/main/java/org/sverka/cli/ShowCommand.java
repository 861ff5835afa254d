package org.sverka.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sverka.document.Part;
import org.sverka.ingest.PageLayout;
import org.sverka.json.CaseJson;
import org.sverka.query.CaseQueries;
import org.sverka.store.StoredDocument;
import org.sverka.text.LineMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sverka show DOC:LINE[-LINE]}: the original lines behind a citation. */
@Command(
    name = "show",
    description =
        "Print the original lines of a citation DOC:LINE or DOC:LINE-LINE, with their numbers and the title and date of the part they belong to.",
    mixinStandardHelpOptions = true)
final class ShowCommand implements Callable<Integer> {
  static final Pattern CITATION = Pattern.compile("(.+):(\\d+)(?:-(\\d+))?");

  @Parameters(
      paramLabel = "DOC:LINE[-LINE]",
      description = "A citation, e.g. trotsky-dewey-13:307.")
  String citation;

  @Mixin CaseOptions opts;

  @Option(
      names = "--context",
      paramLabel = "N",
      defaultValue = "0",
      description = "Also print N lines before and after (default: ${DEFAULT-VALUE}).")
  int context;

  @Override
  public Integer call() throws Exception {
    Matcher m = CITATION.matcher(citation);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'"
              + citation
              + "' is not a citation; write DOC:LINE or DOC:LINE-LINE, e.g. trotsky-dewey-13:307");
    }
    if (context < 0) {
      throw new IllegalArgumentException("--context must be 0 or more");
    }
    String id = m.group(1);
    int from = Integer.parseInt(m.group(2));
    int to = m.group(3) == null ? from : Integer.parseInt(m.group(3));
    if (from < 1 || to < from) {
      throw new IllegalArgumentException(
          "line range " + from + "-" + to + " must have 1 <= first <= last");
    }
    PrintWriter out = opts.out();
    try (CaseQueries q = CaseQueries.open(opts.caseDir)) {
      StoredDocument d = q.document(id, true);
      if (from > d.lines()) {
        throw new BadInputException(
            id + " has " + d.lines() + " lines; line " + from + " is past its end");
      }
      to = Math.min(to, d.lines());
      int first = Math.max(1, from - context);
      int last = Math.min(d.lines(), to + context);
      LineMap lines = LineMap.of(d.text());
      PageLayout layout = q.layout(id);
      switch (opts.format) {
        case json -> Output.json(out, CaseJson.citation(d, layout, lines, from, to, first, last));
        case csv -> {
          Output.csv(out, List.of("doc", "line", "cited", "part", "date", "text"));
          for (int l = first; l <= last; l++) {
            Part p = d.partOf(l);
            Output.csv(
                out,
                java.util.Arrays.asList(
                    id,
                    l,
                    l >= from && l <= to,
                    p == null ? null : p.title(),
                    p == null ? null : p.date(),
                    line(d, lines, l)));
          }
        }
        case text -> text(out, d, layout, lines, from, to, first, last);
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * The lines with their numbers under the part (and page) they belong to; a cited line read by OCR
   * is followed by its page and box, and carets under the words Tesseract was unsure of.
   */
  private static void text(
      PrintWriter out,
      StoredDocument d,
      PageLayout layout,
      LineMap lines,
      int from,
      int to,
      int first,
      int last) {
    out.println(d.id() + " · " + (d.meta().title() == null ? "" : d.meta().title()));
    Part shown = null;
    int page = 0;
    int width = String.valueOf(last).length();
    for (int l = first; l <= last; l++) {
      Part p = d.partOf(l);
      if (p != shown) {
        shown = p;
        out.println(
            "── "
                + (p.title() == null ? "(untitled part)" : p.title())
                + (p.date() == null ? "" : " · " + p.date())
                + " · lines "
                + p.lineStart()
                + "-"
                + p.lineEnd());
      }
      int onPage = layout.pageOf(l).map(PageLayout.Page::number).orElse(page);
      if (onPage != page) {
        page = onPage;
        out.println("── page " + page);
      }
      boolean cited = l >= from && l <= to;
      String text = line(d, lines, l);
      out.printf("%s%" + width + "d  %s%n", cited ? ">" : " ", l, text);
      if (cited) {
        layout.ocrLine(l).ifPresent(o -> ocrNotes(out, o, text, width));
      }
    }
  }

  private static void ocrNotes(PrintWriter out, PageLayout.OcrLine o, String text, int width) {
    String pad = " ".repeat(width + 3);
    StringBuilder carets = new StringBuilder();
    List<String> doubtful = new java.util.ArrayList<>();
    for (PageLayout.Word w : o.words()) {
      if (w.doubtful() && w.end() <= text.length()) {
        carets.append(" ".repeat(Math.max(0, w.start() - carets.length())));
        carets.append("^".repeat(w.end() - w.start()));
        doubtful.add(text.substring(w.start(), w.end()) + " " + w.confidence() + "%");
      }
    }
    if (carets.length() > 0) {
      out.println(pad + carets);
    }
    PageLayout.Box b = o.box();
    out.println(
        pad
            + "OCR: page "
            + o.page()
            + ", box x="
            + b.left()
            + " y="
            + b.top()
            + " "
            + b.width()
            + "×"
            + b.height()
            + " px"
            + (doubtful.isEmpty()
                ? ""
                : "; doubtful (under "
                    + PageLayout.LOW_CONFIDENCE
                    + "%): "
                    + String.join(", ", doubtful)));
  }

  private static String line(StoredDocument d, LineMap lines, int l) {
    return d.text().substring(lines.lineStart(l), lines.contentEnd(d.text(), l));
  }
}
