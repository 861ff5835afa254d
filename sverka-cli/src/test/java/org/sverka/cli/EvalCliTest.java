package org.sverka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sverka eval} on a small corpus of two invented texts (a harbour board's report of 1853, a
 * town gazette of 1854 quoting it) and a gold folder written for it by hand.
 */
class EvalCliTest {
  @TempDir static Path tmp;
  static Path caseDir;
  static Path gold;

  @BeforeAll
  static void analyse() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(
        corpus.resolve("harbour-report-1853.txt"),
        "Report of the Harbour Board\n\nWritten: 14 May 1853.\n\n"
            + "The Board met on the 2nd of May, 1853, under Captain Josiah Marlowe. The tonnage"
            + " entered at the port rose from 40,000 tons in 1851 to 50,000 tons in 1852, an"
            + " increase of 25 per cent.\n\n"
            + "Captain Marlowe declared that the new pier must be finished before the autumn"
            + " storms, whatever the cost to the town.\n");
    Files.writeString(
        corpus.resolve("town-gazette-1854.txt"),
        "The Town Gazette\n\nWritten: 9 March 1854.\n\n"
            + "Last spring Captain Marlowe wrote: \"The tonnage entered at the port rose from"
            + " 40,000 tons in 1851 to 50,000 tons in 1852, an increase of 25 per cent.\" The pier"
            + " is still not finished, and on March 1, 1854, the council asked why.\n");
    caseDir = tmp.resolve("case");
    Cli.Run r = Cli.run("analyze", corpus.toString(), "--case", caseDir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    gold = Files.createDirectories(tmp.resolve("gold"));
    Files.writeString(
        gold.resolve("variants.tsv"),
        "# by hand\nmerge\tJosiah Marlowe\tPERSON\tNAME\tMarlowe\tPERSON\tNAME\n");
    Files.writeString(
        gold.resolve("quotes.tsv"),
        "# by hand\n# covers: town-gazette-1854 harbour-report-1853\n"
            + "town-gazette-1854\t5\tThe tonnage entered at\tharbour-report-1853\t5\tVERBATIM"
            + "\tCaptain Marlowe\n");
    Files.writeString(
        gold.resolve("checks.tsv"),
        "harbour-report-1853\t5\tPERCENT_CHANGE\tCONSISTENT\t25 per cent\n"
            // the gazette's arithmetic is right too: this record is wrong on purpose
            + "town-gazette-1854\t5\tPERCENT_CHANGE\tINCONSISTENT\t25 per cent\n");
  }

  private static void dates(String extra) throws Exception {
    Files.writeString(
        gold.resolve("dates.tsv"),
        "harbour-report-1853\t5\t2nd of May, 1853\t1853-05-02\n"
            + "town-gazette-1854\t5\tMarch 1, 1854\t1854-03-01\n"
            + extra);
  }

  @Test
  void printsOneTableAndTheSameNumbersInJson() throws Exception {
    dates("");
    Cli.Run r = eval();
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .containsPattern("variant merge recall +1/1 +1\\.000")
        .containsPattern("wrong merges +0/0 +-")
        .containsPattern("quotations found +1/1 +1\\.000")
        .containsPattern("verdicts right +1/1 +1\\.000")
        .containsPattern("gold speakers right +1/1 +1\\.000")
        .containsPattern("dates exact +2/2 +1\\.000")
        .containsPattern("figure checks right +1/2 +0\\.500")
        .doesNotContain("figures read right");

    Cli.Run j = eval("--format", "json");
    assertThat(j.code()).as(j.err()).isZero();
    JsonNode measures = new ObjectMapper().readTree(j.out()).get("measures");
    JsonNode checks = null;
    for (JsonNode m : measures) {
      if (m.get("measure").asText().equals("figure checks right")) {
        checks = m;
      }
    }
    assertThat(checks).isNotNull();
    assertThat(checks.get("found").asInt()).isEqualTo(1);
    assertThat(checks.get("total").asInt()).isEqualTo(2);
    assertThat(checks.get("ratio").asDouble()).isEqualTo(0.5);
    assertThat(checks.get("misses").get(0).asText()).startsWith("checks.tsv:2 town-gazette-1854:5");
  }

  @Test
  void aBadGoldRecordIsOneLineAndTheRestIsScored() throws Exception {
    dates("town-gazette-1854\t5\tlast spring\tspring\n");
    Cli.Run r = eval();
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err().strip()).endsWith("dates.tsv:3: value 'spring' is not EDTF");
    assertThat(r.out()).containsPattern("dates exact +2/2 +1\\.000");
  }

  @Test
  void failUnderExitsOneWhenABoundIsNotMet() throws Exception {
    dates("");
    Path t = tmp.resolve("thresholds.tsv");
    Files.writeString(t, "dates exact\tmin\t1\nfigure checks right\tmin\t0.5\n");
    Cli.Run ok = eval("--fail-under", t.toString());
    assertThat(ok.code()).as(ok.err()).isZero();
    Files.writeString(t, "dates exact\tmin\t1\nfigure checks right\tmin\t0.75\n");
    Cli.Run low = eval("--fail-under", t.toString());
    assertThat(low.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(low.err())
        .contains("below threshold: thresholds.tsv:2: figure checks right min 0.75: measured 1/2")
        .doesNotContain("dates exact");
  }

  /** {@code sverka eval --case CASE --gold GOLD ARGS...}. */
  private static Cli.Run eval(String... args) throws Exception {
    String[] all =
        java.util.Arrays.copyOf(
            new String[] {"eval", "--case", caseDir.toString(), "--gold", gold.toString()},
            5 + args.length);
    System.arraycopy(args, 0, all, 5, args.length);
    return Cli.run(all);
  }
}
