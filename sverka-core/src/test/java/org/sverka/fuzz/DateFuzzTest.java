package org.sverka.fuzz;

import static org.sverka.fuzz.Invariants.check;
import static org.sverka.fuzz.Invariants.inside;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.List;
import org.sverka.text.FlatText;
import org.sverka.time.DateExpression;
import org.sverka.time.DateText;
import org.sverka.time.Edtf;

/**
 * The date rules and the EDTF reader on arbitrary text. Seeds: {@code DateFuzzTestInputs/findAll/}
 * (first line the statement date, the rest the sentence) and {@code DateFuzzTestInputs/edtf/}.
 */
class DateFuzzTest {

  @FuzzTest(maxDuration = "10m") // in fuzzing mode (JAZZER_FUZZ=1) only
  void findAll(byte[] input) {
    String all = Invariants.text(input);
    int nl = all.indexOf('\n');
    String statementDate = nl < 0 ? null : all.substring(0, nl);
    String text = nl < 0 ? all : all.substring(nl + 1);
    // the sentence as a stretch of a longer text: offsets must stay the original ones
    String doc = "Line one.\n" + text + "\nThe end.";
    int from = "Line one.\n".length();
    int to = from + text.length();
    List<DateExpression> found = DateText.findAll(doc, from, to, statementDate, "1900");
    int lastStart = -1;
    for (DateExpression d : found) {
      inside(d.start(), d.end(), from, to, "date");
      check(d.start() < d.end(), "empty date", d);
      check(d.start() >= lastStart, "dates out of order", d);
      lastStart = d.start();
      check(d.kind() != null, "no kind", d);
      // a date's text is the original as written at its offsets (white space flattened,
      // markup such as Markdown emphasis kept: FlatText.written)
      FlatText at = FlatText.of(doc, d.start(), d.end());
      check(
          at.written(0, at.text().length()).equals(d.text()),
          "text is not what the offsets hold",
          d,
          doc.substring(d.start(), d.end()));
      if (d.value() != null) {
        Edtf e = Edtf.parse(d.value()); // a value the rules make is always EDTF
        check(!e.earliest().isAfter(e.latest()), "value ends before it begins", d);
      }
    }
    check(
        found.equals(DateText.findAll(doc, from, to, statementDate, "1900")), "not deterministic");
    // the flattened entry point gives the same dates
    check(
        found.equals(DateText.findAll(FlatText.of(doc, from, to), statementDate, "1900")),
        "findAll on flat text differs");
  }

  @FuzzTest(maxDuration = "10m") // in fuzzing mode (JAZZER_FUZZ=1) only
  void edtf(byte[] input) {
    String s = Invariants.text(input);
    Edtf e;
    try {
      e = Edtf.parse(s);
    } catch (IllegalArgumentException bad) {
      Invariants.oneLine(bad.getMessage(), "EDTF error");
      check(Edtf.tryParse(s).isEmpty(), "tryParse accepts what parse refuses", s);
      return;
    }
    LocalDate lo = e.earliest();
    LocalDate hi = e.latest();
    check(!lo.isAfter(hi), "ends before it begins", s);
    check(e.toString().equals(s.strip()), "text not kept as given", s, e);
    check(e.equals(Edtf.parse(e.toString())), "does not read back", s);
    check(e.compareTo(Edtf.parse(e.toString())) == 0, "compareTo not consistent", s);
    check(e.contains(e) && e.overlaps(e), "does not contain itself", s);
    check(Edtf.tryParse(s).orElseThrow().equals(e), "tryParse differs", s);
  }
}
