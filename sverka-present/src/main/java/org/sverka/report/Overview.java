package org.sverka.report;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sverka.quotes.Verdict;
import org.sverka.store.CaseFile;
import org.sverka.store.DateFigureTables;
import org.sverka.store.EntityTables;
import org.sverka.store.PassageTables;
import org.sverka.store.QuotationTables;
import org.sverka.store.StoredDocument;
import org.sverka.store.StoredPassage;
import org.sverka.store.StoredQuotation;

/**
 * What the index page's overview shows (template {@code report/overview.jte}): what the case holds,
 * and the findings most worth a look (figures that do not add up, quotations that changed their
 * source's meaning, the longest reuse between documents).
 */
public record Overview(
    int documents,
    long lines,
    long words,
    int passages,
    Map<String, Integer> kinds,
    int quotations,
    Map<String, Integer> verdicts,
    int entities,
    Map<String, Integer> types,
    int dates,
    int checks,
    List<DateFigureTables.StoredCheck> inconsistent,
    String claims,
    int changedCount,
    List<Changed> changed,
    List<StoredPassage> longest) {

  /** A quotation that changed its source, with the start of its text as the overview shows it. */
  public record Changed(StoredQuotation quotation, String shown) {}

  /** The verdicts that say a quotation changed its source's meaning. */
  private static final Set<String> CHANGING =
      Set.of(
          Verdict.ABRIDGED_UNMARKED.name(),
          Verdict.CUT_BEFORE_QUALIFIER.name(),
          Verdict.MISATTRIBUTED.name(),
          Verdict.INTERPOLATED.name());

  /**
   * The overview of a case's documents; {@code texts} are their original texts, {@code claims} the
   * claims pages' part of it (already HTML).
   */
  static Overview of(
      CaseFile caseFile, List<StoredDocument> docs, Map<String, String> texts, String claims)
      throws SQLException {
    List<StoredPassage> passages = new PassageTables(caseFile).passages(null, 0);
    List<StoredQuotation> quotes = new QuotationTables(caseFile).quotations(null);
    Map<String, Integer> kinds = new TreeMap<>();
    for (StoredPassage sp : passages) {
      kinds.merge(sp.passage().kind().name(), 1, Integer::sum);
    }
    Map<String, Integer> verdicts = new TreeMap<>();
    for (StoredQuotation q : quotes) {
      for (String v : q.verdicts()) {
        verdicts.merge(v, 1, Integer::sum);
      }
    }
    Map<String, Integer> types = new LinkedHashMap<>();
    for (EntityTables.StoredEntity e : new EntityTables(caseFile).entities(null)) {
      types.merge(e.type().name().toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
    DateFigureTables dft = new DateFigureTables(caseFile);
    List<DateFigureTables.StoredCheck> checks = dft.checks();
    List<StoredQuotation> changed =
        quotes.stream().filter(q -> q.verdicts().stream().anyMatch(CHANGING::contains)).toList();
    return new Overview(
        docs.size(),
        docs.stream().mapToLong(StoredDocument::lines).sum(),
        docs.stream().mapToLong(StoredDocument::words).sum(),
        passages.size(),
        kinds,
        quotes.size(),
        verdicts,
        types.values().stream().mapToInt(Integer::intValue).sum(),
        types,
        dft.dates().size(),
        checks.size(),
        checks.stream().filter(c -> c.verdict().equals("INCONSISTENT")).toList(),
        claims,
        changed.size(),
        changed.subList(0, Math.min(15, changed.size())).stream()
            .map(q -> new Changed(q, shown(texts.get(q.doc()), q)))
            .toList(),
        longest(passages));
  }

  /** The quotation's text, cut to 140 characters. */
  private static String shown(String text, StoredQuotation q) {
    String quoted = text.substring(q.span().start(), q.span().end());
    return quoted.length() > 140 ? quoted.substring(0, 139) + "\u2026" : quoted;
  }

  /** The ten longest passages between two documents, longest first. */
  private static List<StoredPassage> longest(List<StoredPassage> passages) {
    return passages.stream()
        .filter(sp -> !sp.passage().docA().equals(sp.passage().docB()))
        .sorted(
            Comparator.comparingInt(
                    (StoredPassage sp) -> -(sp.passage().tokensA() + sp.passage().tokensB()))
                .thenComparingInt(StoredPassage::id))
        .limit(10)
        .toList();
  }
}
