package org.sverka.stage;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import org.sverka.entities.Authority;
import org.sverka.entities.Gazetteer;
import org.sverka.store.StageStamps;

/** The derived stages of {@code sverka analyze} in the order they run, and their running. */
public final class Stages {
  private Stages() {}

  /**
   * Mentions, entities, reuse, quotations, dates and figures, then the search index: each reads
   * what the stages before it wrote (quotations are attributed to the names found, the timeline's
   * entities come from the mentions, the index holds the entity tables).
   */
  public static List<Stage> all(Authority authority, StageContext context) {
    return List.of(
        new MentionStage(gazetteer(authority)),
        new EntityStage(authority),
        new ReuseStage(context.reuseOptions()),
        new QuoteStage.InCase(),
        new DatesFiguresStage(),
        new SearchStage());
  }

  /** The authority file's names and aliases, as the mention finder's gazetteer. */
  private static Gazetteer gazetteer(Authority authority) {
    Gazetteer gazetteer = new Gazetteer();
    for (Authority.GazetteerEntry e : authority.gazetteer()) {
      gazetteer.add(e.form(), e.type(), "authority");
    }
    return gazetteer;
  }

  /**
   * Runs, in order, each stage whose stamp differs from the stored one, telling {@code started} its
   * message first, and stores its stamp under {@code runId} once it has run.
   */
  public static void runDue(
      List<Stage> stages, StageContext context, long runId, Consumer<String> started)
      throws IOException, SQLException {
    StageStamps stamps = new StageStamps(context.caseFile());
    for (int i = 0; i < stages.size(); i++) {
      Stage stage = stages.get(i);
      String stamp = stage.stamp(context);
      context.stamped(stage.name(), stamp);
      if (stage.due(context, stamp, stamps.stageStamp(stage.name()))) {
        started.accept(stage.message());
        stage.run(context, stamp);
        stamps.setStageStamp(stage.name(), stamp, runId);
      }
      if (stages.subList(i + 1, stages.size()).stream().noneMatch(Stage::readsCorpus)) {
        context.releaseCorpus();
      }
    }
  }
}
