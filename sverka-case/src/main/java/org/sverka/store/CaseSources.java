package org.sverka.store;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sverka.claims.Sources;
import org.sverka.text.LineMap;

/**
 * The case's documents as a claims file cites them: original text, lines, parts and dates, read
 * from the case file once per document.
 */
public final class CaseSources implements Sources {
  private final CaseFile caseFile;
  private final Map<String, Optional<Source>> cache = new HashMap<>();
  private List<String> ids;

  public CaseSources(CaseFile caseFile) {
    this.caseFile = caseFile;
  }

  @Override
  public Optional<Source> document(String id) {
    return cache.computeIfAbsent(
        id,
        k -> {
          try {
            return new DocumentTables(caseFile)
                .document(k, true)
                .map(
                    d ->
                        new Source(
                            d.id(), d.text(), LineMap.of(d.text()), d.meta().date(), d.parts()));
          } catch (SQLException e) {
            throw new IllegalStateException("cannot read document " + k + ": " + e.getMessage(), e);
          }
        });
  }

  @Override
  public List<String> ids() {
    if (ids == null) {
      try {
        ids = new DocumentTables(caseFile).documentIds();
      } catch (SQLException e) {
        throw new IllegalStateException("cannot list documents: " + e.getMessage(), e);
      }
    }
    return ids;
  }
}
