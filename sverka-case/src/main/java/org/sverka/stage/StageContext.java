package org.sverka.stage;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.sverka.Sverka;
import org.sverka.reuse.ReuseDetector;
import org.sverka.store.CaseFile;
import org.sverka.store.DocumentTables;

/**
 * What the derived stages of one run share: the case, the run's options, the stamps the stages
 * computed so far, and the corpus loaded and indexed for reuse and quotations, built on first use
 * only (so only when either of them is due).
 */
public final class StageContext {
  private final CaseFile cf;
  private final int threads;
  private final boolean names;
  private final Map<String, String> stamps = new HashMap<>();
  private String corpusStamp;
  private ReuseStage.Loaded corpus;
  private ReuseDetector.Indexed index;
  private int passages = -1;

  /**
   * @param threads the threads reuse may use
   * @param names whether names are found (the mention stage runs only then)
   */
  public StageContext(CaseFile cf, int threads, boolean names) {
    this.cf = cf;
    this.threads = threads;
    this.names = names;
  }

  public CaseFile caseFile() {
    return cf;
  }

  public boolean names() {
    return names;
  }

  /** The reuse detector's options for this run (the index and the detection share them). */
  public ReuseDetector.Options reuseOptions() {
    return ReuseDetector.Options.defaults().withThreads(threads);
  }

  /** The fingerprint of the documents ({@code corpusStamp}), read once per run. */
  public String corpusStamp() throws SQLException {
    if (corpusStamp == null) {
      corpusStamp = new DocumentTables(cf).corpusStamp();
    }
    return corpusStamp;
  }

  /**
   * The stamp of the documents as the reuse stage has it ({@code reuse:ANALYSIS:VERSION:corpus});
   * the mention and quotation stamps hold it too.
   */
  public String reuseStamp() throws SQLException {
    return "reuse:" + Sverka.ANALYSIS_VERSION + ":" + ReuseStage.VERSION + ":" + corpusStamp();
  }

  /** Records the stamp a stage computed in this run, for the stages whose stamps hold it. */
  void stamped(String stage, String stamp) {
    stamps.put(stage, stamp);
  }

  /** The stamp {@code stage} computed earlier in this run. */
  String stampOf(String stage) {
    String s = stamps.get(stage);
    if (s == null) {
      throw new IllegalStateException("stage " + stage + " has not been stamped in this run");
    }
    return s;
  }

  /** Every document as tokens, loaded on first use and shared by reuse and quotations. */
  ReuseStage.Loaded corpus() throws SQLException {
    if (corpus == null) {
      corpus = ReuseStage.load(cf);
    }
    return corpus;
  }

  /** The reuse index of {@link #corpus()}, built on first use and shared likewise. */
  ReuseDetector.Indexed index() throws SQLException {
    if (index == null) {
      ReuseStage.Loaded c = corpus();
      index = new ReuseDetector(reuseOptions()).index(c.docs(), c.vocabulary());
    }
    return index;
  }

  /** Lets the corpus and its index go (loaded again if a stage asks for them). */
  void releaseCorpus() {
    corpus = null;
    index = null;
  }

  void passagesFound(int n) {
    passages = n;
  }

  /** How many passages the reuse stage found in this run, or -1 if it did not run. */
  public int passages() {
    return passages;
  }
}
