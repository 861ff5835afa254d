package org.sverka.fuzz;

import static org.sverka.fuzz.Invariants.check;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.sverka.claims.Claim;
import org.sverka.claims.ClaimsFile;
import org.sverka.claims.Sources;
import org.sverka.ingest.Problem;
import org.sverka.text.LineMap;

/**
 * The claims loader on arbitrary text: it never throws, and every problem names the file, a line of
 * it and what is wrong in one line. Seeds: {@code ClaimsFileFuzzTestInputs/claims/}.
 */
class ClaimsFileFuzzTest {
  static final Path FILE = Path.of("cases", "claims.yaml");

  /** Two short documents of my own making, to cite. */
  static final Sources SOURCES = new TwoDocuments();

  @FuzzTest(maxDuration = "10m") // in fuzzing mode (JAZZER_FUZZ=1) only
  void claims(byte[] input) {
    String text = Invariants.text(input);
    ClaimsFile c = ClaimsFile.read(FILE, text, SOURCES);
    int lines = LineMap.of(text).lineCount();
    for (Problem p : c.problems()) {
      check(p.file().equals(FILE.toString()), "problem names another file", p);
      check(p.line() >= 0 && p.line() <= lines + 1, "problem on a line the file has not", p, lines);
      Invariants.oneLine(p.message(), "problem");
    }
    check(c.ok() == c.problems().isEmpty(), "ok() disagrees with problems()");
    for (Claim claim : c.claims()) {
      check(claim != null, "null claim");
    }
    check(
        c.problems().equals(ClaimsFile.read(FILE, text, SOURCES).problems()), "not deterministic");
  }
}
