package org.sverka.fuzz;

import static org.sverka.fuzz.Invariants.check;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.sverka.pipeline.Analyzer;
import org.sverka.search.Hit;
import org.sverka.search.Searcher;
import org.sverka.store.CaseFile;

/**
 * The search query parser on arbitrary queries, against a tiny index of three short texts of my own
 * making (names found, so that entity and spelling expansion run): a query either gives hits whose
 * offsets lie in their sentences, or a one-line {@link Searcher.SyntaxException}. Seeds: {@code
 * SearchQueryFuzzTestInputs/query/}.
 */
class SearchQueryFuzzTest {
  static Path dir;
  static CaseFile caseFile;
  static Searcher searcher;

  @BeforeAll
  static void tinyIndex() throws Exception {
    dir = Files.createTempDirectory("sverka-fuzz-search");
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(
        in.resolve("letter.txt"),
        "Boston, March 5, 1791.\n\nSir, Mr. Jonathan Ames wrote to me from Salem that the"
            + " assembly\nwill sit in April. Mr. Ames thinks the tax on rum will pass.\n");
    Files.writeString(
        in.resolve("diary.txt"),
        "9 January 1905.\n\nCrowds on the Nevsky Prospect. Father Gapon led them to the Winter\n"
            + "Palace. Gapon was not seen again that day; Gapone, said the paper.\n");
    Files.writeString(
        in.resolve("report.txt"),
        "Report of the Committee on Roads, 1868.\n\nThe road from Lyon to Geneva cost 12,500"
            + " francs,\nan increase of 25 per cent on the year before. M. Durand signed it.\n");
    caseFile = CaseFile.open(dir.resolve("case"));
    new Analyzer(null)
        .run(
            caseFile,
            new Analyzer.Options(List.of(in), null, Analyzer.Options.DEFAULT_MAX_FILE_BYTES, 1));
    searcher = Searcher.open(caseFile);
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
    caseFile.close();
  }

  @FuzzTest(maxDuration = "10m") // in fuzzing mode (JAZZER_FUZZ=1) only
  void query(byte[] input) throws Exception {
    String query = Invariants.text(input);
    for (boolean variants : new boolean[] {true, false}) {
      Searcher.Result r;
      try {
        r =
            searcher.search(
                query, new Searcher.Options(null, null, null, null, variants), 0, 20, true);
      } catch (Searcher.SyntaxException e) {
        Invariants.oneLine(e.getMessage(), "syntax error");
        continue;
      }
      check(r.total() >= r.hits().size(), "fewer in total than hits", r.total());
      for (Hit h : r.hits()) {
        int s0 = h.sentenceStart();
        int s1 = s0 + h.sentence().length();
        Invariants.inside(h.start(), h.end(), s0, s1, "hit");
        check(h.line() >= h.sentenceLine() && h.lineEnd() >= h.line(), "hit lines", h);
        int last = s0;
        for (Hit.Match m : h.matches()) {
          Invariants.inside(m.start(), m.end(), s0, s1, "match");
          check(m.start() >= last, "matches overlap or out of order", h);
          last = m.end();
          check(
              h.sentence().substring(m.start() - s0, m.end() - s0).equals(m.text()),
              "match text is not what its offsets hold",
              m);
          check(m.via() != null, "match without a way", m);
        }
      }
      for (String note : r.notes()) {
        Invariants.oneLine(note, "note");
      }
    }
  }
}
