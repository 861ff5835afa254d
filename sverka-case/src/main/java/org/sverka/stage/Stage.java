package org.sverka.stage;

import java.io.IOException;
import java.sql.SQLException;

/**
 * A derived stage of {@code sverka analyze} over the whole case: it runs when the stamp of its
 * inputs differs from the one stored under its {@link #name()} in table {@code stages}.
 */
public interface Stage {
  /** The stage's row in table {@code stages} (e.g. "reuse"). */
  String name();

  /** What the run's listener hears when the stage begins (e.g. "finding reuse"). */
  String message();

  /** The stamp of the stage's inputs as they are now; stored once the stage has run. */
  String stamp(StageContext context) throws SQLException;

  /** Whether the stage must run, given its stamp now and the one stored (null if none). */
  default boolean due(StageContext context, String stamp, String stored) {
    return !stamp.equals(stored);
  }

  /**
   * Whether the stage reads the corpus and reuse index that the context shares ({@link
   * StageContext#corpus}); once no stage still to come does, {@link Stages#runDue} lets them go, so
   * that the stages after reuse do not run beside every document's tokens.
   */
  default boolean readsCorpus() {
    return false;
  }

  /** Runs the stage over the case, replacing what an earlier run stored. */
  void run(StageContext context, String stamp) throws IOException, SQLException;
}
