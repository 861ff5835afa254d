package org.sverka.bench.reuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sverka.document.DocumentBuilder;
import org.sverka.reuse.DocTokens;
import org.sverka.reuse.Passage;
import org.sverka.reuse.ReuseDetector;
import org.sverka.reuse.Vocabulary;
import org.sverka.text.LineMap;
import org.sverka.text.Segmenter;

/**
 * Runs the detector on documents given as strings, as the reuse stage runs it on stored documents
 * (and as the core tests' {@code ReuseFixtures} do): one {@link Vocabulary}, documents in order,
 * tokens through {@link DocTokens#of} with the document's own normaliser, no dates.
 */
public final class ReuseRun {
  private ReuseRun() {}

  /** Tokens of the documents, in order, and the vocabulary they were read into. */
  public record Tokens(List<DocTokens> docs, Vocabulary vocabulary) {}

  public static Tokens tokens(List<PlantedCorpus.Doc> docs) {
    Vocabulary v = new Vocabulary();
    Segmenter seg = new Segmenter();
    List<DocTokens> out = new ArrayList<>(docs.size());
    for (PlantedCorpus.Doc d : docs) {
      String text = d.text();
      out.add(
          DocTokens.of(
              d.id(),
              text,
              null,
              seg.paragraphs(text, LineMap.of(text), DocumentBuilder.normalizerFor(text)),
              seg,
              v));
    }
    return new Tokens(out, v);
  }

  public static List<Passage> detect(Tokens t, ReuseDetector.Options options) {
    return new ReuseDetector(options).detect(t.docs(), t.vocabulary());
  }

  public static List<PanMeasures.Pair> pairs(List<Passage> passages) {
    List<PanMeasures.Pair> out = new ArrayList<>(passages.size());
    for (Passage p : passages) {
      out.add(
          new PanMeasures.Pair(
              p.docA(), p.a().start(), p.a().end(), p.docB(), p.b().start(), p.b().end()));
    }
    return out;
  }

  public static List<PanMeasures.Pair> truth(List<PlantedCorpus.Case> cases) {
    return cases.stream().map(PlantedCorpus.Case::pair).toList();
  }

  /** Counts of the ways detection went wrong. */
  public record Failures(int missed, int fragmented, int merged, int falsePositives) {}

  public static Failures failures(PanMeasures.Matching m) {
    int missed = 0;
    int fragmented = 0;
    for (int[] rs : m.detectionsOf()) {
      missed += rs.length == 0 ? 1 : 0;
      fragmented += rs.length > 1 ? 1 : 0;
    }
    int merged = 0;
    int fp = 0;
    for (int[] ss : m.casesOf()) {
      merged += ss.length > 1 ? 1 : 0;
      fp += ss.length == 0 ? 1 : 0;
    }
    return new Failures(missed, fragmented, merged, fp);
  }

  /**
   * A human-readable account of up to {@code limit} examples of each failure: missed and fragmented
   * cases with their edits, merged detections and false positives with their text.
   */
  public static String describe(
      PanMeasures.Matching m,
      List<PlantedCorpus.Case> cases,
      List<PlantedCorpus.Doc> docs,
      int limit) {
    java.util.Map<String, String> text = new java.util.HashMap<>();
    for (PlantedCorpus.Doc d : docs) {
      text.put(d.id(), d.text());
    }
    StringBuilder b = new StringBuilder();
    int shown = 0;
    for (int s = 0; s < cases.size() && shown < limit; s++) {
      if (m.detectionsOf()[s].length == 0) {
        b.append("MISSED ").append(caseLine(cases.get(s))).append('\n');
        b.append("  a: ")
            .append(clip(text, cases.get(s).docA(), cases.get(s).startA(), cases.get(s).endA()))
            .append('\n');
        b.append("  b: ")
            .append(clip(text, cases.get(s).docB(), cases.get(s).startB(), cases.get(s).endB()))
            .append('\n');
        shown++;
      }
    }
    shown = 0;
    for (int s = 0; s < cases.size() && shown < limit; s++) {
      if (m.detectionsOf()[s].length > 1) {
        b.append("FRAGMENTED ").append(caseLine(cases.get(s))).append('\n');
        for (int r : m.detectionsOf()[s]) {
          b.append("  -> ").append(pairLine(m.detections().get(r))).append('\n');
        }
        shown++;
      }
    }
    shown = 0;
    for (int r = 0; r < m.casesOf().length && shown < limit; r++) {
      if (m.casesOf()[r].length > 1) {
        b.append("MERGED ").append(pairLine(m.detections().get(r))).append('\n');
        for (int s : m.casesOf()[r]) {
          b.append("  <- ").append(caseLine(cases.get(s))).append('\n');
        }
        shown++;
      }
    }
    shown = 0;
    for (int r = 0; r < m.casesOf().length && shown < limit; r++) {
      if (m.casesOf()[r].length == 0) {
        PanMeasures.Pair p = m.detections().get(r);
        b.append("FALSE POSITIVE ").append(pairLine(p)).append('\n');
        b.append("  a: ").append(clip(text, p.docA(), p.startA(), p.endA())).append('\n');
        b.append("  b: ").append(clip(text, p.docB(), p.startB(), p.endB())).append('\n');
        shown++;
      }
    }
    return b.toString();
  }

  static String caseLine(PlantedCorpus.Case c) {
    return String.format(
        Locale.ROOT,
        "case %d: %s[%d,%d) -> %s[%d,%d), %d words, %d edited (subst %d, ocr %d, translit %d,"
            + " omitted %d sentences/%d words, inserted %d/%d)",
        c.id(),
        c.docA(),
        c.startA(),
        c.endA(),
        c.docB(),
        c.startB(),
        c.endB(),
        c.words(),
        c.editedWords(),
        c.substituted(),
        c.ocr(),
        c.transliterated(),
        c.omittedSentences(),
        c.omittedWords(),
        c.insertedSentences(),
        c.insertedWords());
  }

  static String pairLine(PanMeasures.Pair p) {
    return String.format(
        Locale.ROOT,
        "%s[%d,%d) ~ %s[%d,%d)",
        p.docA(),
        p.startA(),
        p.endA(),
        p.docB(),
        p.startB(),
        p.endB());
  }

  private static String clip(java.util.Map<String, String> text, String doc, int from, int to) {
    String s = text.get(doc).substring(from, to).replace('\n', ' ');
    return s.length() <= 300 ? s : s.substring(0, 140) + " [...] " + s.substring(s.length() - 140);
  }
}
