package org.sverka.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.sverka.store.CaseFile;
import org.sverka.text.Cited;
import org.sverka.text.LineMap;
import org.sverka.text.Span;
import org.sverka.time.Edtf;

/**
 * Searches a case's index ({@link SearchIndex}) with Lucene query syntax.
 *
 * <p>Words are matched as the index folds them (case, diacritics); several words must all occur in
 * the sentence (AND is the default operator; OR and NOT are written out). A word or quoted phrase
 * that the case's entity tables resolve to an entity also matches every mention of that entity,
 * however it is spelt; a capitalised word that resolves to none matches, as a marked spelling
 * variant, the capitalised words with the same {@link org.sverka.reuse.MatchKey} ("Nikolayev",
 * "Nicolaiev"). Fields: {@code person:}, {@code place:}, {@code org:}, {@code work:} (sentences
 * that mention that entity), {@code entity:ID}, {@code doc:ID}, {@code author:NAME}.
 *
 * <p>Hits come in a fixed order: score, then document id, then offset. Thread-safe after opening.
 */
public final class Searcher implements Closeable {
  private static final Map<String, String> ENTITY_FIELDS =
      Map.of(
          "person", "PERSON",
          "place", "PLACE",
          "org", "ORGANIZATION",
          "organization", "ORGANIZATION",
          "work", "WORK");
  private static final Set<String> FIELDS =
      Set.of(
          SearchIndex.TEXT,
          SearchIndex.DOC,
          SearchIndex.AUTHOR,
          SearchIndex.ENTITY,
          "person",
          "place",
          "org",
          "organization",
          "work");

  private static final Sort ORDER =
      new Sort(
          SortField.FIELD_SCORE,
          new SortField(SearchIndex.DOC, SortField.Type.STRING),
          new SortField(SearchIndex.START, SortField.Type.LONG));

  private final FSDirectory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer text = SearchAnalysis.text();
  private final Analyzer parsing;
  private final EntityNames entities;
  private volatile SortedSetDocValuesReaderState facetState;

  /** How many sentences' stored fields a searcher keeps in memory at most. */
  static final int CACHED = 50_000;

  private final java.util.concurrent.ConcurrentHashMap<Integer, Document> documents =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Searcher(FSDirectory directory, DirectoryReader reader, EntityNames entities) {
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.entities = entities;
    this.parsing =
        new PerFieldAnalyzerWrapper(
            text,
            Map.of(
                SearchIndex.DOC, new KeywordAnalyzer(), SearchIndex.ENTITY, new KeywordAnalyzer()));
  }

  /**
   * Opens the index of a case, with its entity tables.
   *
   * @throws IOException if the case has no index (it is written by {@code sverka analyze})
   */
  public static Searcher open(CaseFile cf) throws IOException, SQLException {
    Path dir = SearchIndex.dir(cf);
    FSDirectory d = Files.isDirectory(dir) ? FSDirectory.open(dir) : null;
    if (d == null || !DirectoryReader.indexExists(d)) {
      if (d != null) {
        d.close();
      }
      throw new IOException(
          "no search index in "
              + cf.dir()
              + "; run 'sverka analyze PATH --case "
              + cf.dir()
              + "' to build it");
    }
    try {
      return new Searcher(d, DirectoryReader.open(d), EntityNames.read(cf, SearchAnalysis.text()));
    } catch (IOException | SQLException | RuntimeException e) {
      d.close();
      throw e;
    }
  }

  /**
   * What to search and how.
   *
   * @param doc only this document, or null
   * @param author only statements by an author whose name contains these words in this order
   *     ("Trotsky" finds "Leon Trotsky" and "L. D. Trotsky"), or null
   * @param from only statements whose date may fall on or after this date's earliest day, or null
   * @param to only statements whose date may fall on or before this date's latest day, or null
   * @param variants whether names also match their entity's other spellings and, failing that,
   *     their spelling variants
   */
  public record Options(
      String doc, String author, Edtf from, Edtf to, boolean variants, String type) {
    /** The entity types {@code type} takes. */
    public static final List<String> TYPES = List.of("person", "place", "org", "work");

    /**
     * @param type only sentences that mention an entity of this type ({@link #TYPES}), or null
     */
    public Options {
      if (type != null && !TYPES.contains(type)) {
        throw new IllegalArgumentException(
            "not an entity type: '" + type + "'; types are " + String.join(", ", TYPES));
      }
    }

    public Options(String doc, String author, Edtf from, Edtf to, boolean variants) {
      this(doc, author, from, to, variants, null);
    }

    public static Options defaults() {
      return new Options(null, null, null, null, true);
    }
  }

  /**
   * The result of a search.
   *
   * @param total how many sentences match
   * @param hits the first of them, in order
   * @param notes what the reader should know about how the query was read (e.g. a {@code person:}
   *     name that names no entity of the case)
   */
  public record Result(long total, List<Hit> hits, List<String> notes, Facets facets) {
    public Result(long total, List<Hit> hits, List<String> notes) {
      this(total, hits, notes, null);
    }
  }

  /**
   * How the whole result set (not only the hits returned) divides: by document, author, year of the
   * statement date (a date spanning several years counts under each) and type of the entities the
   * sentences mention (a sentence counts under each type it mentions). A dimension the search is
   * filtered on is counted without that filter (the other documents when one document is chosen),
   * so that each count is what choosing that value instead would give. Each list is in a fixed
   * order: years in time order, the others by count (highest first), then value.
   */
  public record Facets(
      List<Count> docs, List<Count> authors, List<Count> years, List<Count> types) {}

  /** A facet value and how many matching sentences have it. */
  public record Count(String value, long count) {}

  /** A query that is not Lucene query syntax, or uses a field that does not exist. */
  private static final String TOO_COMPLEX =
      "not a valid query: a /regular expression/ too complex to search; make it simpler";

  public static final class SyntaxException extends IllegalArgumentException {
    SyntaxException(String message) {
      super(message);
    }
  }

  public Result search(String query, Options options, int limit) throws IOException {
    return search(query, options, 0, limit, false);
  }

  /**
   * The hits {@code offset} to {@code offset + limit - 1} of a query, with the total and, when
   * asked, the facets of the whole result set.
   */
  public Result search(String query, Options options, int offset, int limit, boolean withFacets)
      throws IOException {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be 0 or more, got " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be 0 or more, got " + offset);
    }
    Parser parser = new Parser(options.variants());
    Query q = parse(parser, query);
    // each filter under its facet dimension, so that a dimension's counts can leave out its own
    Map<String, List<Query>> filters = filters(options);
    Query full = filtered(q, filters, null);
    TopDocs top;
    TopFieldCollectorManager topManager =
        new TopFieldCollectorManager(
            ORDER,
            (int) Math.min(Integer.MAX_VALUE - 1L, Math.max(1L, (long) offset + limit)),
            null,
            Integer.MAX_VALUE,
            false);
    SortedSetDocValuesReaderState state = withFacets ? facetState() : null;
    FacetsCollector matching = null;
    try {
      if (state != null) {
        // the hits and the facets of the whole result set in one pass over the matches
        Object[] both =
            searcher.search(
                full, new MultiCollectorManager(topManager, new FacetsCollectorManager()));
        top = (TopDocs) both[0];
        matching = (FacetsCollector) both[1];
      } else {
        top = searcher.search(full, topManager);
      }
    } catch (IndexSearcher.TooManyClauses e) {
      throw new SyntaxException("the query expands to too many words; make it more specific");
    } catch (TooComplexToDeterminizeException e) {
      throw new SyntaxException(TOO_COMPLEX);
    }
    List<Hit> hits = limit > 0 ? page(full, top, offset, limit, parser) : new ArrayList<>();
    Facets facets = withFacets ? facets(state, q, filters, matching) : null;
    return new Result(top.totalHits.value, hits, List.copyOf(parser.notes), facets);
  }

  /**
   * The query as the parser reads it; what it cannot read is a one-line {@link SyntaxException}.
   */
  private static Query parse(Parser parser, String query) {
    try {
      return parser.parse(query);
    } catch (ParseException e) {
      String m = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
      throw new SyntaxException("not a valid query: " + m.replaceFirst("^Cannot parse '.*': ", ""));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new SyntaxException("the query expands to too many words; make it more specific");
    } catch (TooComplexToDeterminizeException e) {
      throw new SyntaxException(TOO_COMPLEX);
    } catch (SyntaxException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      // Lucene's reader of /regular expressions/ refuses a bad one this way
      throw new SyntaxException(
          "not a valid query: " + org.sverka.ingest.UnusableInputException.oneLine(e.getMessage()));
    }
  }

  /** The options' filters by facet dimension (document, author, years, entity type). */
  private Map<String, List<Query>> filters(Options options) {
    Map<String, List<Query>> filters = new LinkedHashMap<>();
    if (options.doc() != null) {
      filter(
          filters, SearchIndex.FACET_DOC, new TermQuery(new Term(SearchIndex.DOC, options.doc())));
    }
    if (options.author() != null) {
      List<String> words = EntityNames.words(text, options.author());
      if (words.isEmpty()) {
        throw new IllegalArgumentException("--author has no words: '" + options.author() + "'");
      }
      PhraseQuery.Builder p = new PhraseQuery.Builder();
      for (String w : words) {
        p.add(new Term(SearchIndex.AUTHOR, w));
      }
      filter(filters, SearchIndex.FACET_AUTHOR, p.build());
    }
    if (options.from() != null) {
      filter(
          filters,
          SearchIndex.FACET_YEAR,
          LongPoint.newRangeQuery(
              SearchIndex.LATEST, options.from().earliest().toEpochDay(), Long.MAX_VALUE));
    }
    if (options.to() != null) {
      filter(
          filters,
          SearchIndex.FACET_YEAR,
          LongPoint.newRangeQuery(
              SearchIndex.EARLIEST, Long.MIN_VALUE, options.to().latest().toEpochDay()));
    }
    if (options.type() != null) {
      filter(
          filters,
          SearchIndex.FACET_TYPE,
          new TermQuery(new Term(SearchIndex.TYPE, options.type())));
    }
    return filters;
  }

  /** The hits {@code offset} to {@code offset + limit - 1} of the sorted top documents. */
  private List<Hit> page(Query full, TopDocs top, int offset, int limit, Parser parser)
      throws IOException {
    List<Hit> hits = new ArrayList<>();
    Weight weight = searcher.createWeight(searcher.rewrite(full), ScoreMode.COMPLETE_NO_SCORES, 1);
    StoredFields stored = searcher.storedFields();
    List<LeafReaderContext> leaves = reader.leaves();
    ScoreDoc[] page = top.scoreDocs;
    for (int i = offset; i < page.length && i < (long) offset + limit; i++) {
      ScoreDoc sd = page[i];
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
      Matches matches = weight.matches(leaf, sd.doc - leaf.docBase);
      float score = (Float) ((FieldDoc) sd).fields[0]; // the sort's first key
      hits.add(hit(stored(stored, sd.doc), score, matches, parser));
    }
    return hits;
  }

  private static void filter(Map<String, List<Query>> filters, String dim, Query q) {
    filters.computeIfAbsent(dim, k -> new ArrayList<>()).add(q);
  }

  /** The query with every filter but those of dimension {@code except}. */
  private static Query filtered(Query q, Map<String, List<Query>> filters, String except) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST);
    for (Map.Entry<String, List<Query>> e : filters.entrySet()) {
      if (!e.getKey().equals(except)) {
        for (Query f : e.getValue()) {
          b.add(f, BooleanClause.Occur.FILTER);
        }
      }
    }
    return b.build();
  }

  /**
   * Counts the facets over every sentence that matches. A dimension that is filtered on is counted
   * without its own filter (drill-sideways), so that its other values show what choosing them
   * instead would give.
   */
  private Facets facets(
      SortedSetDocValuesReaderState state,
      Query q,
      Map<String, List<Query>> filters,
      FacetsCollector matching)
      throws IOException {
    if (state == null) {
      return new Facets(List.of(), List.of(), List.of(), List.of());
    }
    Map<String, org.apache.lucene.facet.Facets> byDim = new HashMap<>();
    org.apache.lucene.facet.Facets all = null;
    for (String dim :
        List.of(
            SearchIndex.FACET_DOC,
            SearchIndex.FACET_AUTHOR,
            SearchIndex.FACET_YEAR,
            SearchIndex.FACET_TYPE)) {
      if (filters.containsKey(dim)) {
        byDim.put(dim, count(state, filtered(q, filters, dim)));
      } else {
        if (all == null) {
          all = new SortedSetDocValuesFacetCounts(state, matching);
        }
        byDim.put(dim, all);
      }
    }
    return new Facets(
        counts(state, byDim.get(SearchIndex.FACET_DOC), SearchIndex.FACET_DOC, false),
        counts(state, byDim.get(SearchIndex.FACET_AUTHOR), SearchIndex.FACET_AUTHOR, false),
        counts(state, byDim.get(SearchIndex.FACET_YEAR), SearchIndex.FACET_YEAR, true),
        counts(state, byDim.get(SearchIndex.FACET_TYPE), SearchIndex.FACET_TYPE, false));
  }

  private org.apache.lucene.facet.Facets count(SortedSetDocValuesReaderState state, Query query)
      throws IOException {
    FacetsCollector fc = searcher.search(query, new FacetsCollectorManager());
    return new SortedSetDocValuesFacetCounts(state, fc);
  }

  private static List<Count> counts(
      SortedSetDocValuesReaderState state,
      org.apache.lucene.facet.Facets counts,
      String dim,
      boolean byValue)
      throws IOException {
    if (counts == null || state.getOrdRange(dim) == null) {
      return List.of();
    }
    FacetResult r = counts.getAllChildren(dim);
    if (r == null) {
      return List.of();
    }
    List<Count> out = new ArrayList<>();
    for (LabelAndValue lv : r.labelValues) {
      if (lv.value.longValue() > 0) {
        out.add(new Count(lv.label, lv.value.longValue()));
      }
    }
    Comparator<Count> order =
        byValue
            ? Comparator.comparingInt((Count c) -> Integer.parseInt(c.value()))
            : Comparator.comparingLong(Count::count).reversed().thenComparing(Count::value);
    out.sort(order);
    return List.copyOf(out);
  }

  /** The ordinals of the facet labels, built once per reader (null if the index has no facets). */
  private SortedSetDocValuesReaderState facetState() throws IOException {
    SortedSetDocValuesReaderState s = facetState;
    if (s == null) {
      synchronized (this) {
        s = facetState;
        if (s == null) {
          if (FieldInfos.getMergedFieldInfos(reader)
                  .fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME)
              == null) {
            return null;
          }
          s = new DefaultSortedSetDocValuesReaderState(reader, SearchIndex.facetsConfig());
          facetState = s;
        }
      }
    }
    return s;
  }

  /**
   * A sentence's stored fields, kept after the first read (up to {@link #CACHED} sentences): a
   * searcher serving many requests would otherwise decompress the same stored-field blocks for
   * every hit it shows again. The index a searcher reads never changes, so neither do its docs.
   */
  private Document stored(StoredFields stored, int doc) throws IOException {
    Document d = documents.get(doc);
    if (d == null) {
      d = stored.document(doc);
      if (documents.size() < CACHED) {
        documents.putIfAbsent(doc, d);
      }
    }
    return d;
  }

  private Hit hit(Document d, float score, Matches matches, Parser parser) throws IOException {
    String sentence = d.get(SearchIndex.ORIGINAL);
    int base = d.getField(SearchIndex.START).numericValue().intValue();
    int line = d.getField(SearchIndex.LINE).numericValue().intValue();
    LineMap lines = LineMap.of(sentence);
    List<Hit.Match> found = new ArrayList<>();
    if (matches != null) {
      for (String field : List.of(SearchIndex.TEXT, SearchIndex.ENTITY, SearchIndex.VARIANT)) {
        MatchesIterator it = matches.getMatches(field);
        if (it == null) {
          continue;
        }
        while (it.next()) {
          int s = it.startOffset();
          int e = it.endOffset();
          if (s < 0 || e <= s || e > sentence.length()) {
            continue;
          }
          found.add(match(field, it.getQuery(), sentence, s, e, base, line, lines, parser));
        }
      }
    }
    // text order; where matches overlap, the longer one, then the literal one, wins
    found.sort(
        Comparator.comparingInt(Hit.Match::start)
            .thenComparing(Comparator.comparingInt(Hit.Match::end).reversed())
            .thenComparing(m -> m.via().ordinal()));
    List<Hit.Match> kept = new ArrayList<>();
    int lastEnd = -1;
    for (Hit.Match m : found) {
      if (m.start() >= lastEnd) {
        kept.add(m);
        lastEnd = m.end();
      }
    }
    Hit.Match first = kept.isEmpty() ? null : kept.get(0);
    Hit.Match last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
    int start = first == null ? base : first.start();
    int end = last == null ? base + sentence.length() : last.end();
    return new Hit(
        new Cited(
            d.get(SearchIndex.DOC),
            new Span(start, end),
            line - 1 + lines.lineOf(start - base),
            line - 1 + lines.lineOf(Math.max(start, end - 1) - base)),
        score,
        d.get(SearchIndex.AUTHOR_NAME),
        d.get(SearchIndex.DATE),
        d.get(SearchIndex.PART),
        sentence,
        base,
        line,
        List.copyOf(kept));
  }

  private Hit.Match match(
      String field,
      Query leaf,
      String sentence,
      int s,
      int e,
      int base,
      int line,
      LineMap lines,
      Parser parser) {
    String written = sentence.substring(s, e);
    int at = line - 1 + lines.lineOf(s);
    Hit.Via via = Hit.Via.WORD;
    String variantOf = null;
    String entity = null;
    if (field.equals(SearchIndex.ENTITY) && leaf instanceof TermQuery tq) {
      via = Hit.Via.ENTITY;
      entity = tq.getTerm().text();
      variantOf = parser.entityAsked.get(entity);
    } else if (field.equals(SearchIndex.VARIANT) && leaf instanceof TermQuery tq) {
      via = Hit.Via.SPELLING;
      variantOf = parser.keyAsked.get(tq.getTerm().text());
    } else if (!parser.phraseVariants.isEmpty()) {
      // a phrase matched through an entity's other spelling
      for (String w : EntityNames.words(text, written)) {
        String id = parser.phraseVariants.get(w);
        if (id != null && !parser.asked.contains(w)) {
          via = Hit.Via.ENTITY;
          entity = id;
          variantOf = parser.entityAsked.get(id);
          break;
        }
      }
    }
    EntityNames.Entity en = entity == null ? null : entities.entity(entity);
    return new Hit.Match(
        new Span(base + s, base + e),
        at,
        written,
        via,
        variantOf,
        entity,
        en == null ? null : en.name());
  }

  /** Lucene's classic query parser, with the case's fields and the name expansion. */
  private final class Parser extends QueryParser {
    final boolean variants;
    final List<String> notes = new ArrayList<>();

    /** entity id -> the query word (or person: name) that asked for it */
    final Map<String, String> entityAsked = new LinkedHashMap<>();

    /** spelling key -> the query word it came from */
    final Map<String, String> keyAsked = new HashMap<>();

    /** a folded spelling added inside a phrase -> its entity */
    final Map<String, String> phraseVariants = new HashMap<>();

    /** the folded words the query itself contains */
    final Set<String> asked = new HashSet<>();

    Parser(boolean variants) {
      super(SearchIndex.TEXT, parsing);
      this.variants = variants;
      setDefaultOperator(QueryParser.Operator.AND);
      setSplitOnWhitespace(true);
      setAutoGeneratePhraseQueries(true); // Berman-Yurin is the phrase "berman yurin"
    }

    private void check(String field) throws ParseException {
      if (!FIELDS.contains(field)) {
        throw new ParseException(
            "unknown field '"
                + field
                + ":'; fields are person:, place:, org:, work:, entity:, doc:, author:");
      }
    }

    private void noPattern(String field) throws ParseException {
      check(field);
      if (ENTITY_FIELDS.containsKey(field)) {
        throw new ParseException(field + ": takes a name, not a pattern or range");
      }
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted)
        throws ParseException {
      check(field);
      String type = ENTITY_FIELDS.get(field);
      if (type != null) {
        return entityQuery(field, queryText, type);
      }
      Query q = super.getFieldQuery(field, queryText, quoted);
      if (!field.equals(SearchIndex.TEXT) || q == null) {
        return q;
      }
      List<String> words = EntityNames.words(text, queryText);
      asked.addAll(words);
      if (!variants || words.isEmpty()) {
        return q;
      }
      Set<String> ids = entities.ids(words, null);
      BooleanQuery.Builder any = new BooleanQuery.Builder().add(q, BooleanClause.Occur.SHOULD);
      boolean expanded = false;
      for (String id : ids) {
        entityAsked.putIfAbsent(id, queryText);
        any.add(new TermQuery(new Term(SearchIndex.ENTITY, id)), BooleanClause.Occur.SHOULD);
        expanded = true;
      }
      // the spelling fallback is for names: only a word the query writes with a capital
      if (ids.isEmpty() && words.size() == 1 && capitalised(queryText)) {
        String key = org.sverka.reuse.MatchKey.of(words.get(0));
        if (!key.isEmpty()) {
          keyAsked.putIfAbsent(key, queryText);
          any.add(new TermQuery(new Term(SearchIndex.VARIANT, key)), BooleanClause.Occur.SHOULD);
          expanded = true;
        }
      }
      if (words.size() > 1 && q instanceof PhraseQuery pq) {
        Query mp = phraseWithVariants(pq, queryText);
        if (mp != null) {
          any.add(mp, BooleanClause.Occur.SHOULD);
          expanded = true;
        }
      }
      return expanded ? any.build() : q;
    }

    /**
     * The phrase with each word that names an entity widened to that entity's one-word spellings.
     */
    private Query phraseWithVariants(PhraseQuery pq, String queryText) {
      Term[] terms = pq.getTerms();
      int[] positions = pq.getPositions();
      MultiPhraseQuery.Builder mp = new MultiPhraseQuery.Builder().setSlop(pq.getSlop());
      boolean widened = false;
      for (int i = 0; i < terms.length; i++) {
        List<Term> alternatives = new ArrayList<>();
        alternatives.add(terms[i]);
        for (String id : entities.ids(List.of(terms[i].text()), null)) {
          EntityNames.Entity e = entities.entity(id);
          for (String form : e.forms()) {
            List<String> fw = EntityNames.words(text, form);
            if (fw.size() == 1 && !fw.get(0).equals(terms[i].text())) {
              alternatives.add(new Term(SearchIndex.TEXT, fw.get(0)));
              phraseVariants.put(fw.get(0), id);
              entityAsked.putIfAbsent(id, terms[i].text());
              widened = true;
            }
          }
        }
        mp.add(alternatives.toArray(new Term[0]), positions[i]);
      }
      return widened ? mp.build() : null;
    }

    private static boolean capitalised(String word) {
      return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    private Query entityQuery(String field, String name, String type) {
      List<String> words = EntityNames.words(text, name);
      Set<String> ids = new java.util.TreeSet<>(entities.ids(words, type));
      EntityNames.Entity byId = entities.entity(name);
      if (byId != null && type.equals(byId.type())) {
        ids.add(name);
      }
      if (ids.isEmpty()) {
        notes.add(
            field
                + ":"
                + name
                + " names no "
                + type.toLowerCase(Locale.ROOT)
                + " in the case's entity tables"
                + (entities.isEmpty() ? " (they are empty: no entity stage has run)" : ""));
        return new MatchNoDocsQuery();
      }
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      for (String id : ids) {
        entityAsked.putIfAbsent(id, field + ":" + name);
        b.add(new TermQuery(new Term(SearchIndex.ENTITY, id)), BooleanClause.Occur.SHOULD);
      }
      return b.build();
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      noPattern(field);
      return super.getWildcardQuery(field, termStr);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      noPattern(field);
      return super.getPrefixQuery(field, termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
        throws ParseException {
      noPattern(field);
      return super.getFuzzyQuery(field, termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      noPattern(field);
      return super.getRegexpQuery(field, termStr);
    }

    @Override
    protected Query getRangeQuery(
        String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
        throws ParseException {
      noPattern(field);
      return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
    }
  }

  /**
   * Whether the index on disk is still the one this searcher reads (false once {@code sverka
   * analyze} has written a new one, or the index is gone).
   */
  public boolean current() {
    try {
      return reader.isCurrent();
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** How many sentences the index holds. */
  public int sentences() {
    return reader.numDocs();
  }

  /** The underlying Lucene searcher, for benchmarks that compare with bare Lucene queries. */
  public IndexSearcher lucene() {
    return searcher;
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      directory.close();
    }
  }
}
