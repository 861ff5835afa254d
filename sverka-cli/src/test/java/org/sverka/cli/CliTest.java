package org.sverka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.store.PassageTables;

/** The commands a user runs, on the bundled demo corpus, in-process. */
class CliTest {
  @TempDir static Path tmp;
  static Path demo;

  @BeforeAll
  static void runDemo() {
    demo = tmp.resolve("sverka-demo");
    Cli.Run r = Cli.run("demo", "--case", demo.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("5 documents in the case").contains("Report: ");
    assertThat(demo.resolve("corpus/opposition-1926-1937/authority.yaml")).exists();
    assertThat(demo.resolve("report/entities.html")).exists();
  }

  @Test
  void helpAndVersion() {
    Cli.Run help = Cli.run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("analyze", "docs", "show", "report", "demo", "Exit codes");
    Cli.Run version = Cli.run("--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("sverka ");
  }

  @Test
  void usageErrorsExitTwoWithOneLine() {
    Cli.Run none = Cli.run();
    assertThat(none.code()).isEqualTo(2);
    Cli.Run bad = Cli.run("docs", "--case", demo.toString(), "--format", "xml");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).startsWith("sverka: ").contains("xml");
    Cli.Run citation = Cli.run("show", "nonsense", "--case", demo.toString());
    assertThat(citation.code()).isEqualTo(2);
    assertThat(citation.err().strip().lines()).hasSize(1);
    assertThat(citation.err()).contains("DOC:LINE");
  }

  @Test
  void showPrintsTheOriginalLines() {
    Cli.Run bristol = Cli.run("show", "trotsky-dewey-13:307", "--case", demo.toString());
    assertThat(bristol.code()).isZero();
    assertThat(bristol.out())
        .contains(">307  The organ of the Danish governmental party")
        .contains("Hotel Bristol")
        .contains("was demolished in the year 1917");
    Cli.Run stalin = Cli.run("show", "stalin-works-10:15241", "--case", demo.toString());
    assertThat(stalin.out()).contains(">15241  is 41.5 per cent.");
    assertThat(stalin.out())
        .contains("Political Report of the Central Committee to the Fifteenth Congress")
        .contains("1927-12-03");
  }

  @Test
  void showWithContextAndJson() throws Exception {
    Cli.Run r =
        Cli.run(
            "show",
            "stalin-works-10:15239-15241",
            "--case",
            demo.toString(),
            "--context",
            "2",
            "--format",
            "json");
    assertThat(r.code()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("doc").asText()).isEqualTo("stalin-works-10");
    assertThat(j.get("lines")).hasSize(7);
    assertThat(j.get("lines").get(4).get("line").asInt()).isEqualTo(15241);
    assertThat(j.get("lines").get(4).get("cited").asBoolean()).isTrue();
    assertThat(j.get("lines").get(0).get("cited").asBoolean()).isFalse();
    assertThat(j.get("lines").get(4).get("text").asText()).isEqualTo("is 41.5 per cent. ");
    assertThat(j.get("lines").get(4).get("part").get("date").asText()).isEqualTo("1927-12-03");
  }

  @Test
  void showRefusesWhatIsNotThere() {
    Cli.Run doc = Cli.run("show", "nobody:1", "--case", demo.toString());
    assertThat(doc.code()).isEqualTo(1);
    assertThat(doc.err()).contains("no document 'nobody'").contains("trotsky-dewey-13");
    Cli.Run line = Cli.run("show", "trotsky-reply-1928:999", "--case", demo.toString());
    assertThat(line.code()).isEqualTo(1);
    assertThat(line.err()).contains("has 82 lines");
    Cli.Run noCase = Cli.run("docs", "--case", tmp.resolve("nothing-here").toString());
    assertThat(noCase.code()).isEqualTo(1);
    assertThat(noCase.err().strip().lines()).hasSize(1);
    assertThat(noCase.err()).contains("no case in").doesNotContain("\tat ");
  }

  @Test
  void stackTraceOnlyOnRequest() {
    Cli.Run r = Cli.run("docs", "--stacktrace", "--case", tmp.resolve("nothing-here").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("\tat ");
  }

  @Test
  void docsJsonHasTheContractFields() throws Exception {
    Cli.Run r = Cli.run("docs", "--case", demo.toString(), "--format", "json");
    assertThat(r.code()).isZero();
    JsonNode arr = new ObjectMapper().readTree(r.out());
    assertThat(arr).hasSize(5);
    for (JsonNode d : arr) {
      assertThat(
              d.has("id")
                  && d.has("title")
                  && d.has("author")
                  && d.has("date")
                  && d.has("lines")
                  && d.has("words")
                  && d.has("parts"))
          .isTrue();
      for (JsonNode p : d.get("parts")) {
        assertThat(p.has("lineStart") && p.has("lineEnd") && p.has("title") && p.has("date"))
            .isTrue();
      }
    }
    JsonNode stalin = arr.get(0);
    assertThat(stalin.get("id").asText()).isEqualTo("stalin-works-10");
    assertThat(stalin.get("lines").asInt()).isEqualTo(20060);
    assertThat(stalin.get("words").asInt()).isGreaterThan(100_000);
    assertThat(stalin.get("parts").get(1).get("lineStart").asInt()).isEqualTo(88);
    assertThat(stalin.get("parts").get(1).get("date").asText()).isEqualTo("1927-08-01");
    Cli.Run csv = Cli.run("docs", "--case", demo.toString(), "--format", "csv");
    assertThat(csv.out().lines())
        .hasSize(6)
        .first()
        .asString()
        .startsWith("id,title,author,date,lines,words");
  }

  @Test
  void sameInputsGiveByteIdenticalOutput() throws Exception {
    Path other = tmp.resolve("second");
    assertThat(Cli.run("demo", "--case", other.toString()).code()).isZero();
    assertThat(Cli.run("docs", "--case", other.toString(), "--format", "json").out())
        .isEqualTo(Cli.run("docs", "--case", demo.toString(), "--format", "json").out());
    for (String page :
        new String[] {"index.html", "doc/stalin-works-10.html", "doc/trotsky-dewey-13.html"}) {
      assertThat(
              Files.mismatch(
                  demo.resolve("report").resolve(page), other.resolve("report").resolve(page)))
          .as(page)
          .isEqualTo(-1L);
    }
  }

  @Test
  void reportHasEveryDocumentLineAnchorsPartsAndGreyBoilerplate() throws Exception {
    Path report = demo.resolve("report");
    String index = Files.readString(report.resolve("index.html"));
    for (String id :
        new String[] {
          "stalin-works-10",
          "trotsky-compilation",
          "trotsky-dewey-13",
          "trotsky-kirov-1935",
          "trotsky-reply-1928"
        }) {
      assertThat(index).contains("href=\"doc/" + id + ".html\"");
      assertThat(report.resolve("doc/" + id + ".html")).exists();
    }
    assertThat(index)
        .contains("Letter to the Central Committee and the ECCI answering the G.P.U. ultimatum");
    // the overview counts entities, dates and checks, and lists the claims that cannot all be
    // true (the demo checks its claims file) and the figures that do not add up
    assertThat(index)
        .containsPattern(
            "<h3>Claims that cannot all be true \\(<a href=\"findings.html\">\\d+ definite findings</a>")
        .containsPattern(
            "<li><a href=\"findings.html#F\\d+\">PRESENCE_CONFLICT</a> [^<]*holtzman-at-bristol")
        .containsPattern("<a href=\"entities.html\"><b>\\d+</b> entities</a>")
        .containsPattern("<a href=\"timeline.html\"><b>\\d+</b> dates</a>")
        .containsPattern(
            "<h3>Figures that do not add up</h3>\n<ul class=\"findings\"><li><a href=\"figures.html#C\\d+\">"
                + "PERCENT_CHANGE</a> <a href=\"doc/stalin-works-10.html#L15235-15241\">");
    String dewey = Files.readString(report.resolve("doc/trotsky-dewey-13.html"));
    assertThat(dewey).contains("id=\"L307\"").contains("Hotel Bristol");
    assertThat(dewey).containsPattern("class=\"l bp\" id=\"L436\"");
    // names link to their entity, dates to their row of the timeline (listed in the margin too)
    assertThat(dewey)
        .containsPattern(
            "id=\"L285\">.*<a class=\"hl e t-place\" href=\"../entity/place_copenhagen.html\""
                + " title=\"Copenhagen \\(place\\)\">Copenhagen</a>")
        .containsPattern(
            "id=\"L307\">.*<a class=\"hl d\" href=\"../timeline.html#(D\\d+)\""
                + " title=\"date 1936-09-01\">September 1st, 1936</a>.*"
                + "<a class=\"note d\" href=\"../timeline.html#\\1\"");
    java.util.regex.Matcher dateRow =
        java.util.regex.Pattern.compile(
                "id=\"L307\">.*?href=\"../timeline.html#(D\\d+)\" title=\"date 1936-09-01\"")
            .matcher(dewey);
    assertThat(dateRow.find()).isTrue();
    assertThat(Files.readString(report.resolve("timeline.html")))
        .containsPattern("<tr id=\"" + dateRow.group(1) + "\"><td class=\"v\">1936-09-01</td>");
    // the goods-shortage sentence's inconsistent percentage is in the compilation's margin
    assertThat(Files.readString(report.resolve("doc/trotsky-compilation.html")))
        .containsPattern(
            "<a class=\"note f\" href=\"../figures.html#C\\d+\" title=\"figure check #\\d+:"
                + " INCONSISTENT\\. From “380 million roubles” to “500 million”");
    String stalin = Files.readString(report.resolve("doc/stalin-works-10.html"));
    assertThat(stalin)
        .contains(
            "<h2>The International Situation and the Defence of the U.S.S.R. (Joint Plenum of the CC and CCC)</h2>");
    // nothing is loaded from the network (a plain link out, e.g. to Wikidata, loads nothing)
    try (Stream<Path> pages = Files.walk(report)) {
      for (Path p : pages.filter(Files::isRegularFile).toList()) {
        String s = Files.readString(p);
        assertThat(s).as(p.toString()).doesNotContainPattern("src=\"(https?:)?//");
        assertThat(s).as(p.toString()).doesNotContainPattern("<link[^>]*href=\"(https?:)?//");
        assertThat(s).doesNotContain("@import");
      }
    }
  }

  @Test
  void reuseListsPassagesWithOpsThatRecreateBothSides() throws Exception {
    Cli.Run r =
        Cli.run(
            "reuse", "--case", demo.toString(), "--doc", "trotsky-reply-1928", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode arr = new ObjectMapper().readTree(r.out());
    assertThat(arr).hasSize(1);
    JsonNode p = arr.get(0);
    assertThat(p.get("a").get("doc").asText()).isEqualTo("trotsky-compilation");
    assertThat(p.get("b").get("doc").asText()).isEqualTo("trotsky-reply-1928");
    assertThat(p.get("kind").asText()).isEqualTo("VERBATIM");
    for (String side : new String[] {"a", "b"}) {
      JsonNode span = p.get(side);
      assertThat(
              span.has("lineStart") && span.has("lineEnd") && span.has("start") && span.has("end"))
          .isTrue();
      StringBuilder joined = new StringBuilder();
      for (JsonNode op : p.get("ops")) {
        joined.append(op.get(side).asText());
      }
      assertThat(joined.toString()).isEqualTo(span.get("text").asText());
    }
    Cli.Run text = Cli.run("reuse", "--case", demo.toString(), "--doc", "trotsky-dewey-13");
    assertThat(text.out())
        .contains("trotsky-kirov-1935:161-163  ~  trotsky-dewey-13:63")
        .containsPattern("Nicolaiev +≈ Nikolayev");
    Cli.Run few =
        Cli.run("reuse", "--case", demo.toString(), "--min-words", "1000", "--format", "json");
    assertThat(new ObjectMapper().readTree(few.out())).hasSize(1); // the 1928 letter
    Cli.Run csv =
        Cli.run("reuse", "--case", demo.toString(), "--min-words", "1000", "--format", "csv");
    assertThat(csv.out()).startsWith("id,docA,lineStartA,lineEndA,docB,lineStartB,lineEndB,kind");
    Cli.Run bad = Cli.run("reuse", "--case", demo.toString(), "--doc", "nobody");
    assertThat(bad.code()).isEqualTo(1);
  }

  @Test
  void reportHasAReusePageWithBothSidesLinkedToTheirLines() throws Exception {
    String reuse = Files.readString(demo.resolve("report/reuse.html"));
    assertThat(reuse)
        .contains("href=\"doc/trotsky-kirov-1935.html#L161-163\"")
        .contains("href=\"doc/trotsky-dewey-13.html#L63\"");
    assertThat(reuse).contains("<span class=\"add\">a pinch of powder and a slug of lead");
    assertThat(reuse).contains("<span class=\"spell\">Nicolaiev ");
  }

  @Test
  void quotesListsQuotationsWithSourcesAndVerdicts() throws Exception {
    Cli.Run r =
        Cli.run(
            "quotes", "--case", demo.toString(), "--doc", "trotsky-reply-1928", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode arr = new ObjectMapper().readTree(r.out());
    assertThat(arr.size()).isGreaterThan(5);
    JsonNode decl = null;
    for (JsonNode q : arr) {
      assertThat(
              q.has("quote")
                  && q.has("attributedTo")
                  && q.has("work")
                  && q.has("source")
                  && q.has("verdicts")
                  && q.has("explanation"))
          .isTrue();
      if (q.get("quote").get("lineStart").asInt() == 67) {
        decl = q;
      }
    }
    assertThat(decl).isNotNull();
    assertThat(decl.get("quote").get("text").asText()).startsWith("Only a bureaucracy corrupted");
    assertThat(decl.get("verdicts").get(0).asText()).isEqualTo("VERBATIM");
    assertThat(decl.get("source").get("doc").asText()).isEqualTo("trotsky-compilation");
    assertThat(decl.get("source").get("lineStart").asInt()).isEqualTo(417);
    Cli.Run filtered =
        Cli.run("quotes", "--case", demo.toString(), "--verdict", "CUT_BEFORE_QUALIFIER");
    assertThat(filtered.code()).isZero();
    assertThat(filtered.out()).contains("CUT_BEFORE_QUALIFIER").doesNotContain(" VERBATIM\n");
    assertThat(Files.readString(demo.resolve("report/quotes.html")))
        .contains("data-verdicts=\"VERBATIM\"")
        .contains("value=\"ABRIDGED_UNMARKED\"");
  }

  @Test
  void quoteCheckAnswersWhereATextComesFromAndHowItWasChanged() throws Exception {
    String quote =
        "Only a bureaucracy corrupted to its roots can demand this renunciation. Only contemptible"
            + " renegades can give such a promise.";
    Cli.Run r =
        Cli.run(
            "quote-check",
            "--case",
            demo.toString(),
            "--text",
            quote,
            "--by",
            "Stalin",
            "--format",
            "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("verdicts"))
        .extracting(JsonNode::asText)
        .containsExactlyInAnyOrder("ABRIDGED_UNMARKED", "MISATTRIBUTED");
    JsonNode best = j.get("matches").get(0);
    assertThat(best.get("source").get("doc").asText()).startsWith("trotsky-");
    assertThat(best.get("differences").get(0).get("op").asText()).isEqualTo("omitted");
    assertThat(best.get("differences").get(0).get("source").asText())
        .contains("from political activity");
    assertThat(best.get("explanation").asText())
        .contains("without an ellipsis")
        .contains("attributed to Stalin");
    Path file = tmp.resolve("quote.txt");
    Files.writeString(
        file, "A sentence that nobody in this corpus ever wrote down anywhere at all.");
    Cli.Run none =
        Cli.run(
            "quote-check",
            "--case",
            demo.toString(),
            "--file",
            file.toString(),
            "--format",
            "json");
    JsonNode n = new ObjectMapper().readTree(none.out());
    assertThat(n.get("verdicts").get(0).asText()).isEqualTo("NOT_FOUND");
    assertThat(n.get("matches")).isEmpty();
    Cli.Run empty = Cli.run("quote-check", "--case", demo.toString(), "--text", "   ");
    assertThat(empty.code()).isEqualTo(2);
    assertThat(empty.err()).contains("empty");
    Cli.Run both = Cli.run("quote-check", "--case", demo.toString());
    assertThat(both.code()).isEqualTo(2);
  }

  @Test
  void analyzeReportsSkippedFilesAndExitsOne() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("mixed"));
    Files.writeString(in.resolve("ok.txt"), "Fine text.\n");
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Cli.Run r = Cli.run("analyze", in.toString(), "--case", tmp.resolve("mixed-case").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip().lines())
        .singleElement()
        .asString()
        .contains("empty.txt")
        .contains("empty");
    assertThat(r.out()).contains("1 analysed").contains("1 skipped").contains("Skipped files:");
    Cli.Run j =
        Cli.run(
            "analyze",
            in.toString(),
            "--case",
            tmp.resolve("mixed-case").toString(),
            "--format",
            "json");
    JsonNode n = new ObjectMapper().readTree(j.out());
    assertThat(n.get("unchanged").asInt()).isEqualTo(1);
    assertThat(n.get("problems").get(0).get("file").asText()).endsWith("empty.txt");
  }

  @Test
  void searchFindsTheKirovPamphletsSpellingOfNikolayev() throws Exception {
    Cli.Run r =
        Cli.run(
            "search",
            "--case",
            demo.toString(),
            "Nikolayev",
            "--doc",
            "trotsky-kirov-1935",
            "--limit",
            "100",
            "--format",
            "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("total").asInt()).isGreaterThan(20);
    assertThat(j.get("hits")).hasSize(j.get("total").asInt());
    String kirov =
        Files.readString(
            demo.resolve("corpus")
                .resolve("opposition-1926-1937")
                .resolve("trotsky-kirov-assassination-1935.txt"));
    String[] lines = kirov.split("\n", -1);
    for (JsonNode h : j.get("hits")) {
      assertThat(h.get("doc").asText()).isEqualTo("trotsky-kirov-1935");
      assertThat(lines[h.get("line").asInt() - 1]).contains("Nicolaiev");
      // the whole mention is marked: "Nicolaiev", or "Leonid Nicolaiev" once
      assertThat(h.get("snippet").asText()).contains("Nicolaiev</mark>");
      JsonNode m = h.get("matches").get(0);
      // the finder's Nicolaiev mentions resolve to Nikolayev's entity: found through it
      assertThat(m.get("via").asText()).isEqualTo("entity");
      assertThat(m.get("entity").asText()).isEqualTo("person:nikolayev");
      assertThat(m.get("variantOf").asText()).isEqualTo("Nikolayev");
      assertThat(kirov.substring(m.get("start").asInt(), m.get("end").asInt()))
          .isEqualTo(m.get("text").asText())
          .endsWith("Nicolaiev");
    }
  }

  @Test
  void searchUsageErrors() {
    Cli.Run syntax = Cli.run("search", "--case", demo.toString(), "terror AND");
    assertThat(syntax.code()).isEqualTo(2);
    assertThat(syntax.err().strip().lines()).hasSize(1);
    assertThat(syntax.err()).startsWith("sverka: not a valid query");
    Cli.Run date = Cli.run("search", "--case", demo.toString(), "terror", "--from", "1927-13");
    assertThat(date.code()).isEqualTo(2);
    assertThat(date.err().strip().lines()).hasSize(1);
    assertThat(date.err()).contains("--from").contains("YYYY, YYYY-MM or YYYY-MM-DD");
    Cli.Run doc = Cli.run("search", "--case", demo.toString(), "terror", "--doc", "nope");
    assertThat(doc.code()).isEqualTo(1);
    assertThat(doc.err()).contains("no document 'nope'");
  }

  @Test
  void searchTextAndCsvMarkTheWords() {
    Cli.Run text =
        Cli.run(
            "search",
            "--case",
            demo.toString(),
            "\"Zinoviev and Trotsky on sections\"",
            "--to",
            "1927");
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out())
        .contains("stalin-works-10:108-110  J. V. Stalin, 1927-08-01")
        .contains("«Zinoviev and Trotsky on sections»")
        .endsWith("1 sentence match.\n");
    Cli.Run none =
        Cli.run(
            "search",
            "--case",
            demo.toString(),
            "\"Zinoviev and Trotsky on sections\"",
            "--from",
            "1928");
    assertThat(none.out()).isEqualTo("0 sentences match.\n");
    Cli.Run csv =
        Cli.run("search", "--case", demo.toString(), "Zinovieff", "--format", "csv", "--exact");
    assertThat(csv.out().split("\r\n"))
        .hasSize(2)
        .contains("doc,line,lineEnd,score,author,date,part,snippet,variants");
    assertThat(csv.out()).contains("trotsky-kirov-1935,").contains("«Zinovieff»");
  }

  @Test
  void importReuseLoadsPassagesFromJsonLinesAndNamesBadRecords() throws Exception {
    ObjectMapper json = new ObjectMapper();
    Cli.Run before = Cli.run("reuse", "--case", demo.toString(), "--format", "json");
    JsonNode arr = json.readTree(before.out());
    assertThat(arr.size()).isGreaterThan(20);
    // the Spark job's output layout: part files in passage order, and a _SUCCESS marker
    Path dir = tmp.resolve("passages.jsonl");
    Files.createDirectories(dir);
    StringBuilder p0 = new StringBuilder();
    StringBuilder p1 = new StringBuilder();
    for (int i = 0; i < arr.size(); i++) {
      (i < arr.size() / 2 ? p0 : p1).append(json.writeValueAsString(arr.get(i))).append('\n');
    }
    Files.writeString(dir.resolve("part-00000"), p0);
    Files.writeString(dir.resolve("part-00001"), p1);
    Files.writeString(dir.resolve("_SUCCESS"), "");
    // a copy of the case, its passages emptied first so that the import has to fill them
    Path copy = tmp.resolve("imported-case");
    Files.createDirectories(copy);
    Files.copy(demo.resolve("sverka.db"), copy.resolve("sverka.db"));
    try (org.sverka.store.CaseFile cf = org.sverka.store.CaseFile.openExisting(copy)) {
      new PassageTables(cf).replacePassages(List.of(), List.of());
    }
    Cli.Run ok = Cli.run("import-reuse", "--case", copy.toString(), dir.toString());
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(ok.out()).contains(arr.size() + " passages loaded");
    Cli.Run after = Cli.run("reuse", "--case", copy.toString(), "--format", "json");
    assertThat(after.out()).isEqualTo(before.out());
    // the stored records, down to each op's spans and word counts, are the analysed ones
    try (org.sverka.store.CaseFile a = org.sverka.store.CaseFile.openExisting(demo);
        org.sverka.store.CaseFile b = org.sverka.store.CaseFile.openExisting(copy)) {
      var pa = new PassageTables(a).passages(null, 0);
      var pb = new PassageTables(b).passages(null, 0);
      assertThat(pb).hasSameSizeAs(pa);
      for (int i = 0; i < pa.size(); i++) {
        assertThat(pb.get(i).passage().ops()).isEqualTo(pa.get(i).passage().ops());
        assertThat(pb.get(i).lineStartA()).isEqualTo(pa.get(i).lineStartA());
        assertThat(pb.get(i).lineEndB()).isEqualTo(pa.get(i).lineEndB());
      }
    }
    // bad records: each named by file and line, the good ones still loaded
    JsonNode good = arr.get(0);
    com.fasterxml.jackson.databind.node.ObjectNode unknown = good.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) unknown.get("a")).put("doc", "nobody");
    com.fasterxml.jackson.databind.node.ObjectNode outside = good.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) outside.get("b")).put("end", 99_999_999);
    com.fasterxml.jackson.databind.node.ObjectNode shifted = good.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) shifted.get("a"))
        .put("start", good.get("a").get("start").asInt() + 1);
    Path badFile = tmp.resolve("bad.jsonl");
    Files.writeString(
        badFile,
        json.writeValueAsString(good)
            + "\n"
            + json.writeValueAsString(unknown)
            + "\n{oops\n"
            + json.writeValueAsString(outside)
            + "\n"
            + json.writeValueAsString(shifted)
            + "\n");
    Cli.Run refused = Cli.run("import-reuse", "--case", copy.toString(), badFile.toString());
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.out()).startsWith("Nothing loaded: 4 bad records");
    assertThat(Cli.run("reuse", "--case", copy.toString(), "--format", "json").out())
        .isEqualTo(before.out());
    Cli.Run bad =
        Cli.run("import-reuse", "--case", copy.toString(), "--skip-bad", badFile.toString());
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).isEqualTo(refused.err());
    List<String> errs = bad.err().lines().toList();
    assertThat(errs).hasSize(4);
    assertThat(errs.get(0)).isEqualTo(badFile + ":2: no document 'nobody' in the case");
    assertThat(errs.get(1)).isEqualTo(badFile + ":3: not valid JSON");
    assertThat(errs.get(2))
        .startsWith(
            badFile
                + ":4: side b: offsets "
                + good.get("b").get("start").asInt()
                + "-99999999 are not inside '"
                + good.get("b").get("doc").asText()
                + "' (");
    assertThat(errs.get(3))
        .isEqualTo(
            badFile
                + ":5: side a: the text at "
                + (good.get("a").get("start").asInt() + 1)
                + "-"
                + good.get("a").get("end").asInt()
                + " of '"
                + good.get("a").get("doc").asText()
                + "' is not the case's (another version of the document?)");
    assertThat(bad.out()).contains("1 passages loaded").contains("4 bad records left out");
  }
}
