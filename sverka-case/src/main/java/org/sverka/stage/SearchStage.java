package org.sverka.stage;

import java.io.IOException;
import java.sql.SQLException;
import org.sverka.search.SearchIndex;

/**
 * The search index as the last derived stage: rebuilt when the documents or the entity tables
 * changed, or when the index in the case folder is missing or was built with another stamp.
 */
public final class SearchStage implements Stage {
  @Override
  public String name() {
    return "search";
  }

  @Override
  public String message() {
    return "indexing for search";
  }

  @Override
  public String stamp(StageContext context) throws SQLException {
    return SearchIndex.stamp(context.caseFile());
  }

  @Override
  public boolean due(StageContext context, String stamp, String stored) {
    return !stamp.equals(stored) || !SearchIndex.current(context.caseFile(), stamp);
  }

  @Override
  public void run(StageContext context, String stamp) throws IOException, SQLException {
    SearchIndex.build(context.caseFile(), stamp);
  }
}
