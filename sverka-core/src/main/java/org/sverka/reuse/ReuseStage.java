package org.sverka.reuse;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sverka.document.DocumentBuilder;
import org.sverka.document.Part;
import org.sverka.store.CaseFile;
import org.sverka.store.StoredDocument;
import org.sverka.text.LineMap;
import org.sverka.text.Segmenter;

/**
 * The reuse stage of {@code sverka analyze}: reads every document of a case, finds the passages
 * they share and stores them, replacing what an earlier run stored. Documents are segmented
 * again from their stored original text (the same code gives the same tokens), so tokens need
 * not be kept in the case file.
 */
public final class ReuseStage {
  /** Bump when the detector's output changes, so that cases find their reuse again. */
  public static final String VERSION = "1";

  private final ReuseDetector.Options options;

  public ReuseStage(ReuseDetector.Options options) {
    this.options = options;
  }

  /** Tokens of every document of the case, in id order, read into {@code vocabulary}. */
  public static List<DocTokens> tokens(CaseFile cf, Vocabulary vocabulary) throws SQLException {
    List<DocTokens> docs = new ArrayList<>();
    Segmenter segmenter = new Segmenter();
    for (String id : cf.documentIds()) {
      StoredDocument d = cf.document(id, true).orElseThrow();
      docs.add(tokens(d, segmenter, vocabulary));
    }
    return docs;
  }

  static DocTokens tokens(StoredDocument d, Segmenter segmenter, Vocabulary vocabulary) {
    String text = d.text();
    LineMap lines = LineMap.of(text);
    DocTokens t =
        DocTokens.of(
            d.id(),
            text,
            d.meta().date(),
            segmenter.paragraphs(text, lines, DocumentBuilder.normalizerFor(text)),
            segmenter,
            vocabulary);
    int[] starts = new int[d.parts().size()];
    String[] dates = new String[d.parts().size()];
    for (int i = 0; i < starts.length; i++) {
      Part p = d.parts().get(i);
      starts[i] = lines.lineStart(Math.min(p.lineStart(), lines.lineCount()));
      dates[i] = p.date();
    }
    return t.withPartDates(starts, dates);
  }

  /** Finds and stores the passages of the whole case; returns how many. */
  public int run(CaseFile cf) throws SQLException {
    Vocabulary vocabulary = new Vocabulary();
    List<DocTokens> docs = tokens(cf, vocabulary);
    List<Passage> passages = new ReuseDetector(options).detect(docs, vocabulary);
    cf.replacePassages(passages, docs);
    return passages.size();
  }
}
