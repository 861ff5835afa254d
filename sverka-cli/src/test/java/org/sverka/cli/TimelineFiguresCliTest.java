package org.sverka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.time.Edtf;

class TimelineFiguresCliTest {
  @TempDir static Path tmp;
  static Path demo;

  @BeforeAll
  static void runDemo() {
    demo = tmp.resolve("demo");
    Cli.Run r = Cli.run("demo", "--case", demo.toString());
    assertThat(r.code()).as(r.err()).isZero();
  }

  @Test
  void timelineJsonIsOrderedByValueWithTheContractFields() throws Exception {
    Cli.Run r =
        Cli.run(
            "timeline",
            "--case",
            demo.toString(),
            "--format",
            "json",
            "--from",
            "1934-12",
            "--to",
            "1935-01");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode arr = new ObjectMapper().readTree(r.out());
    assertThat(arr.size()).isGreaterThan(10);
    Edtf prev = null;
    for (JsonNode n : arr) {
      for (String f : new String[] {"doc", "line", "text", "value", "statementDate", "sentence"}) {
        assertThat(n.has(f)).as(f).isTrue();
      }
      assertThat(n.get("entities").isArray()).isTrue();
      Edtf v = Edtf.parse(n.get("value").asText());
      assertThat(Edtf.parse("1934-12/1935-01").contains(v)).isTrue();
      if (prev != null) {
        assertThat(v.compareTo(prev)).isGreaterThanOrEqualTo(0);
      }
      prev = v;
    }
    assertThat(r.out())
        .contains("\"text\" : \"December 17\"")
        .contains("\"value\" : \"1934-12-17\"");
  }

  @Test
  void aMalformedFromIsAUsageErrorNamingTheAcceptedForms() {
    Cli.Run r = Cli.run("timeline", "--case", demo.toString(), "--from", "last Tuesday");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--from").contains("last Tuesday").contains(Edtf.FORMS);
    assertThat(r.err()).doesNotContain("Exception");
    Cli.Run to = Cli.run("timeline", "--case", demo.toString(), "--to", "1934-13");
    assertThat(to.code()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void figuresFlagTheGoodsShortageSpeechFirst() throws Exception {
    Cli.Run r = Cli.run("figures", "--case", demo.toString(), "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("statements").size()).isGreaterThan(100);
    JsonNode checks = root.get("checks");
    assertThat(checks.get(0).get("verdict").asText()).isEqualTo("INCONSISTENT");
    boolean found = false;
    for (JsonNode c : checks) {
      if (c.get("doc").asText().equals("trotsky-compilation") && c.get("lineStart").asInt() == 15) {
        found = true;
        assertThat(c.get("verdict").asText()).isEqualTo("INCONSISTENT");
        assertThat(c.get("computed").asText()).isEqualTo("31.6 per cent");
        assertThat(c.get("stated").asText()).contains("25 per cent");
        for (String f : new String[] {"lineEnd", "explanation"}) {
          assertThat(c.has(f)).isTrue();
        }
      }
    }
    assertThat(found).isTrue();
    Cli.Run text = Cli.run("figures", "--case", demo.toString());
    assertThat(text.out()).startsWith("INCONSISTENT");
    Cli.Run csv = Cli.run("figures", "--case", demo.toString(), "--format", "csv");
    assertThat(csv.out()).startsWith("record,doc,lineStart");
  }

  @Test
  void theReportHasATimelineChartAndAFiguresPageLinkedFromTheIndex() throws Exception {
    Path report = demo.resolve("report");
    String index = Files.readString(report.resolve("index.html"));
    assertThat(index).contains("href=\"timeline.html\"").contains("href=\"figures.html\"");
    String timeline = Files.readString(report.resolve("timeline.html"));
    assertThat(timeline)
        .contains("<svg class=\"timeline\"")
        .contains("<circle")
        .contains("28th of December 1934");
    String figures = Files.readString(report.resolve("figures.html"));
    assertThat(figures.indexOf("v-INCONSISTENT")).isLessThan(figures.indexOf("v-CONSISTENT"));
    assertThat(figures).contains("380 million roubles");
  }
}
