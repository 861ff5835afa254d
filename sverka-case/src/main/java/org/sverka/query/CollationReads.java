package org.sverka.query;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sverka.collate.Collation;
import org.sverka.collate.Collator;
import org.sverka.collate.Witness;
import org.sverka.collate.WitnessReader;
import org.sverka.document.Part;
import org.sverka.store.StoredDocument;
import org.sverka.text.Cited;
import org.sverka.text.Span;

/**
 * Witnesses read from the case's documents (each document's text read and laid out once per {@link
 * CaseQueries}), dated by the part they begin in (else the document's date), and collated.
 */
final class CollationReads {
  private final CaseQueries queries;
  private final Map<String, WitnessReader> readers = new HashMap<>();
  private final Map<String, StoredDocument> docs = new HashMap<>();

  CollationReads(CaseQueries queries) {
    this.queries = queries;
  }

  private StoredDocument doc(String id) throws SQLException {
    StoredDocument d = docs.get(id);
    if (d == null) {
      d = queries.document(id, true);
      docs.put(id, d);
      readers.put(id, new WitnessReader(id, d.text()));
    }
    return d;
  }

  /** The place of lines {@code first}-{@code last} of {@code doc}. */
  Cited place(String doc, int first, int last) throws SQLException {
    doc(doc);
    WitnessReader r = readers.get(doc);
    Span span = r.linesSpan(first, last);
    return Cited.of(doc, span, r.lines());
  }

  /** The witnesses at {@code places}, collated. */
  Collation collate(List<Cited> places) throws SQLException {
    List<Witness> witnesses = new ArrayList<>();
    for (Cited c : places) {
      StoredDocument d = doc(c.doc());
      Part p = d.partOf(c.lineStart());
      String date = p != null && p.date() != null ? p.date() : d.meta().date();
      witnesses.add(readers.get(c.doc()).witness(c.span(), date));
    }
    return new Collator().collate(witnesses);
  }
}
