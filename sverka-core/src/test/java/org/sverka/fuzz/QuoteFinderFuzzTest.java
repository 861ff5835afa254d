package org.sverka.fuzz;

import static org.sverka.fuzz.Invariants.check;
import static org.sverka.fuzz.Invariants.inside;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.sverka.document.DocumentBuilder;
import org.sverka.quotes.Attribution;
import org.sverka.quotes.Quotation;
import org.sverka.quotes.QuoteFinder;
import org.sverka.text.LineMap;
import org.sverka.text.Paragraph;
import org.sverka.text.Segmenter;
import org.sverka.text.Span;

/**
 * The quotation finder on arbitrary text, segmented as ingest segments a document. Regression mode
 * (in {@code verify}) replays {@code QuoteFinderFuzzTestInputs/quotes/}; see docs/reliability.md
 * for a fuzzing run.
 */
class QuoteFinderFuzzTest {

  @FuzzTest(maxDuration = "10m") // in fuzzing mode (JAZZER_FUZZ=1) only
  void quotes(byte[] input) {
    String text = Invariants.text(input);
    List<Paragraph> paragraphs =
        new Segmenter().paragraphs(text, LineMap.of(text), DocumentBuilder.normalizerFor(text));
    List<Quotation> found = new QuoteFinder().find(text, paragraphs);
    int n = text.length();
    for (int i = 0; i < found.size(); i++) {
      Quotation q = found.get(i);
      inside(q.outer().start(), q.outer().end(), 0, n, "outer span");
      check(q.outer().contains(q.span()), "span not inside its marks", q);
      check(q.depth() >= 0, "negative depth", q);
      check(q.style() != null, "no style", q);
      Span prev = null;
      for (Span s : q.segments()) {
        check(q.span().contains(s), "segment outside the quotation", s, q);
        check(prev == null || prev.end() <= s.start(), "segments out of order", prev, s);
        prev = s;
      }
      for (Span s : q.ellipses()) {
        check(q.outer().contains(s), "ellipsis outside the quotation", s, q);
      }
      for (Span s : q.insertions()) {
        check(q.outer().contains(s), "insertion outside the quotation", s, q);
      }
      q.text(text); // the quoted words, straight from the original
      Attribution a = q.attribution();
      if (a != null) {
        if (a.speakerSpan() != null) {
          inside(a.speakerSpan().start(), a.speakerSpan().end(), 0, n, "speaker");
        }
        if (a.workSpan() != null) {
          inside(a.workSpan().start(), a.workSpan().end(), 0, n, "work");
        }
      }
      if (q.depth() > 0) {
        boolean enclosed = false;
        for (Quotation o : found) {
          enclosed |= o != q && o.depth() < q.depth() && o.outer().contains(q.outer());
        }
        check(enclosed, "nested quotation without an enclosing one", q);
      }
    }
    check(found.equals(new QuoteFinder().find(text, paragraphs)), "not deterministic");
  }
}
