package org.sverka.export;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sverka.claims.MentionedSentence;
import org.sverka.query.CaseQueries;
import org.sverka.store.DateFigureTables.StoredDate;
import org.sverka.store.DateFigureTables.StoredFigure;
import org.sverka.store.EntityTables.StoredEntity;
import org.sverka.store.StoredDocument;
import org.sverka.store.StoredPassage;
import org.sverka.store.StoredQuotation;

/**
 * What a case found in one document, as the exports write it: the document with its text, its
 * entity mentions (with the entity each is linked to, or none), the entities of the case by id, its
 * dates, figures, quotations and the passages it shares, each list in the case's order.
 */
record Findings(
    StoredDocument doc,
    List<MentionedSentence.Named> mentions,
    Map<String, StoredEntity> entities,
    List<StoredDate> dates,
    List<StoredFigure> figures,
    List<StoredQuotation> quotations,
    List<StoredPassage> passages) {

  /** The findings of document {@code id}; {@code entities} is {@link CaseQueries#entitiesById}. */
  static Findings of(CaseQueries q, String id, Map<String, StoredEntity> entities)
      throws SQLException {
    StoredDocument doc = q.document(id, true);
    List<MentionedSentence.Named> mentions = new ArrayList<>();
    for (MentionedSentence s : q.mentionedSentences(id)) {
      mentions.addAll(s.mentions());
    }
    return new Findings(
        doc,
        mentions,
        entities,
        q.dates(id),
        q.figures(id),
        q.quotations(id, null, false),
        q.passages(id, 0));
  }

  /** The best source found for a quotation ({@code detail.matches[0]}), or null. */
  static Map<?, ?> source(StoredQuotation q) {
    Object matches = q.detail() == null ? null : q.detail().get("matches");
    if (matches instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Map<?, ?> m) {
      return m.get("doc") == null ? null : m;
    }
    return null;
  }

  /** An integer field of a JSON map. */
  static int intOf(Map<?, ?> m, String key) {
    return ((Number) m.get(key)).intValue();
  }
}
