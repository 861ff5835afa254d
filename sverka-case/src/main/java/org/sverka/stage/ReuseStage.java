package org.sverka.stage;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sverka.document.DocumentBuilder;
import org.sverka.document.Part;
import org.sverka.ingest.PageLayout;
import org.sverka.reuse.DocTokens;
import org.sverka.reuse.Passage;
import org.sverka.reuse.ReuseDetector;
import org.sverka.reuse.Vocabulary;
import org.sverka.store.CaseFile;
import org.sverka.store.DocumentTables;
import org.sverka.store.PassageTables;
import org.sverka.store.StoredDocument;
import org.sverka.text.LineMap;
import org.sverka.text.Segmenter;

/**
 * The reuse stage of {@code sverka analyze}: reads every document of a case, finds the passages
 * they share and stores them, replacing what an earlier run stored. Documents are segmented again
 * from their stored original text (the same code gives the same tokens), so tokens need not be kept
 * in the case file.
 */
public final class ReuseStage implements Stage {
  /** Bump when the detector's output changes, so that cases find their reuse again. */
  public static final String VERSION = "4";

  private final ReuseDetector.Options options;

  public ReuseStage(ReuseDetector.Options options) {
    this.options = options;
  }

  static DocTokens tokens(StoredDocument d, Segmenter segmenter, Vocabulary vocabulary) {
    return tokens(d.id(), d.text(), d.meta().date(), d.parts(), segmenter, vocabulary);
  }

  /**
   * A document's tokens as the stage reads them: its original text segmented again, with its date
   * and its parts' dates (the distributed job reads its documents through this too).
   */
  public static DocTokens tokens(
      String id,
      String text,
      String date,
      List<Part> parts,
      Segmenter segmenter,
      Vocabulary vocabulary) {
    LineMap lines = LineMap.of(text);
    DocTokens t =
        DocTokens.of(
            id,
            text,
            date,
            segmenter.paragraphs(text, lines, DocumentBuilder.normalizerFor(text)),
            segmenter,
            vocabulary);
    int[] starts = new int[parts.size()];
    String[] dates = new String[parts.size()];
    for (int i = 0; i < starts.length; i++) {
      Part p = parts.get(i);
      starts[i] = lines.lineStart(Math.min(p.lineStart(), lines.lineCount()));
      dates[i] = p.date();
    }
    return t.withPartDates(starts, dates);
  }

  @Override
  public String name() {
    return "reuse";
  }

  @Override
  public String message() {
    return "finding reuse";
  }

  @Override
  public String stamp(StageContext context) throws SQLException {
    return context.reuseStamp();
  }

  @Override
  public boolean readsCorpus() {
    return true;
  }

  /** On the corpus and index the context shares with the quotation stage. */
  @Override
  public void run(StageContext context, String stamp) throws SQLException {
    context.passagesFound(run(context.caseFile(), context.corpus(), context.index()));
  }

  /** Finds and stores the passages of the whole case; returns how many. */
  public int run(CaseFile cf) throws SQLException {
    return run(cf, load(cf));
  }

  /** As {@link #run(CaseFile)}, on a corpus already loaded. */
  public int run(CaseFile cf, Loaded corpus) throws SQLException {
    return run(cf, corpus, new ReuseDetector(options).index(corpus.docs(), corpus.vocabulary()));
  }

  /** As {@link #run(CaseFile)}, on a corpus already loaded and indexed. */
  public int run(CaseFile cf, Loaded corpus, ReuseDetector.Indexed index) throws SQLException {
    List<Passage> passages = new ReuseDetector(options).detect(index);
    new PassageTables(cf).replacePassages(passages, corpus.docs());
    return passages.size();
  }

  /**
   * A case's documents as tokens, with their parts' authors and dates: what the reuse and quotation
   * stages read.
   */
  public record Loaded(
      List<DocTokens> docs, Vocabulary vocabulary, java.util.Map<String, StoredDocument> meta) {
    /** The author of the part at an offset (the document's author if the part names none). */
    public String authorAt(String doc, int offset) {
      Part p = partAt(doc, offset);
      StoredDocument d = meta.get(doc);
      return p != null && p.author() != null ? p.author() : d == null ? null : d.meta().author();
    }

    /** Is the document a translation ({@code translated_from} in its sources)? */
    public boolean translated(String doc) {
      StoredDocument d = meta.get(doc);
      return d != null && d.meta().translatedFrom() != null && !d.meta().translatedFrom().isBlank();
    }

    public String dateAt(String doc, int offset) {
      Part p = partAt(doc, offset);
      StoredDocument d = meta.get(doc);
      return p != null && p.date() != null ? p.date() : d == null ? null : d.meta().date();
    }

    private Part partAt(String doc, int offset) {
      StoredDocument d = meta.get(doc);
      DocTokens t = docs.stream().filter(x -> x.doc.equals(doc)).findFirst().orElse(null);
      if (d == null || t == null) {
        return null;
      }
      return d.partOf(t.lines.lineOf(Math.min(offset, t.text.length())));
    }
  }

  /** Loads every document of the case as tokens (documents' texts are dropped from the meta). */
  public static Loaded load(CaseFile cf) throws SQLException {
    Vocabulary vocabulary = new Vocabulary();
    List<DocTokens> docs = new ArrayList<>();
    java.util.Map<String, StoredDocument> meta = new java.util.HashMap<>();
    Segmenter segmenter = new Segmenter();
    for (String id : new DocumentTables(cf).documentIds()) {
      StoredDocument d = new DocumentTables(cf).document(id, true).orElseThrow();
      PageLayout layout = new DocumentTables(cf).layout(id);
      DocTokens t = tokens(d, segmenter, vocabulary);
      if (!layout.ocrLines().isEmpty()) {
        t.withDoubtful(layout.doubtfulSpans(t.lines));
      }
      docs.add(t);
      meta.put(id, new DocumentTables(cf).document(id, false).orElseThrow());
    }
    return new Loaded(docs, vocabulary, meta);
  }
}
