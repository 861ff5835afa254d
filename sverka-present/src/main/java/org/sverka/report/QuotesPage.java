package org.sverka.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sverka.quotes.Verdict;
import org.sverka.store.StoredQuotation;

/**
 * What the quotations page shows (template {@code report/quotes.jte}): a checkbox per verdict with
 * its count, and every quotation with its verdicts, text, source and explanation.
 */
public record QuotesPage(int total, List<Filter> filters, List<Item> quotations) {

  /** A verdict's checkbox: checked unless it is NOT_FOUND. */
  public record Filter(String verdict, int count, boolean checked) {}

  /**
   * A quotation, its text as shown (cut to 1,500 characters) and the first match of its source, or
   * null.
   */
  public record Item(StoredQuotation quotation, String shown, Source source) {}

  /** Where a quotation's source is: a document's lines. */
  public record Source(String doc, int lineStart, int lineEnd) {}

  /** The quotations page of {@code quotes}; {@code texts} are the documents' original texts. */
  static QuotesPage of(List<StoredQuotation> quotes, Map<String, String> texts) {
    Map<String, Integer> counts = new TreeMap<>();
    for (StoredQuotation q : quotes) {
      for (String v : q.verdicts()) {
        counts.merge(v, 1, Integer::sum);
      }
    }
    List<Filter> filters = new ArrayList<>();
    for (Verdict v : Verdict.values()) {
      filters.add(new Filter(v.name(), counts.getOrDefault(v.name(), 0), v != Verdict.NOT_FOUND));
    }
    List<Item> items = new ArrayList<>();
    for (StoredQuotation q : quotes) {
      String quoted = texts.get(q.doc()).substring(q.span().start(), q.span().end());
      items.add(
          new Item(
              q, quoted.length() > 1500 ? quoted.substring(0, 1497) + "…" : quoted, source(q)));
    }
    return new QuotesPage(quotes.size(), filters, items);
  }

  @SuppressWarnings("unchecked")
  private static Source source(StoredQuotation q) {
    List<Object> matches = (List<Object>) q.detail().getOrDefault("matches", List.of());
    if (matches.isEmpty()) {
      return null;
    }
    Map<String, Object> m = (Map<String, Object>) matches.get(0);
    return new Source(
        (String) m.get("doc"), (Integer) m.get("lineStart"), (Integer) m.get("lineEnd"));
  }
}
