package org.sverka.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.sverka.Sverka;
import org.sverka.document.DocumentBuilder;
import org.sverka.document.Part;
import org.sverka.store.CaseFile;
import org.sverka.store.DocumentTables;
import org.sverka.store.NamedMention;
import org.sverka.store.SearchTables;
import org.sverka.store.StoredDocument;
import org.sverka.text.LineMap;
import org.sverka.text.Paragraph;
import org.sverka.text.Segmenter;
import org.sverka.text.Sentence;
import org.sverka.time.Edtf;

/**
 * The search stage of {@code sverka analyze}: writes a Lucene index of the case to {@code
 * CASE/index/}, one Lucene document per sentence (so a phrase matches across the line breaks of a
 * printed page, and a hit is one statement with one author and one date). Sentences of boilerplate
 * paragraphs (running heads, page numbers) are left out.
 *
 * <p>Fields: {@code text} (the sentence's normalised words, with offsets into the original
 * sentence), {@code variant} (spelling keys of its capitalised words), {@code entity} (ids of the
 * entities its NAME mentions resolve to, with the mentions' offsets), {@code doc}, {@code author}
 * (the part's author, else the document's), {@code earliest}/{@code latest} (the statement date:
 * the part's, else the document's, as epoch days), {@code type} (the types of its resolved
 * mentions: person, place, org, work) and, stored, the original sentence with its offset and first
 * line. Facets ({@link #facetsConfig()}, sorted-set doc values): {@code doc}, {@code author},
 * {@code year} (every year the statement date spans, if at most {@link #MAX_YEARS}) and {@code
 * type}.
 */
public final class SearchIndex {
  /** Bump when the index's content or fields change, so that cases are indexed again. */
  public static final String VERSION = "2";

  /** The index folder inside a case. */
  public static final String DIR = "index";

  static final String TEXT = "text";
  static final String VARIANT = "variant";
  static final String ENTITY = "entity";
  static final String DOC = "doc";
  static final String AUTHOR = "author";
  static final String AUTHOR_NAME = "authorName";
  static final String EARLIEST = "earliest";
  static final String LATEST = "latest";
  static final String DATE = "date";
  static final String PART = "part";
  static final String START = "start";
  static final String LINE = "line";
  static final String ORIGINAL = "original";
  static final String STAMP = "stamp";

  /** The entity types its resolved mentions have ({@code person}, {@code place}, ...). */
  static final String TYPE = "type";

  /** Facet dimensions (Lucene facets on sorted-set doc values, field {@code $facets}). */
  static final String FACET_DOC = "doc";

  static final String FACET_AUTHOR = "author";
  static final String FACET_YEAR = "year";
  static final String FACET_TYPE = "type";

  /** A statement date spanning more years than this is not counted under any year. */
  static final int MAX_YEARS = 50;

  /** How the facet dimensions are indexed: a sentence has several years and entity types. */
  static FacetsConfig facetsConfig() {
    FacetsConfig c = new FacetsConfig();
    c.setMultiValued(FACET_YEAR, true);
    c.setMultiValued(FACET_TYPE, true);
    return c;
  }

  /** The query word for a mention type: PERSON to person, ORGANIZATION to org, ... */
  public static String typeName(String mentionType) {
    return switch (mentionType) {
      case "ORGANIZATION" -> "org";
      default -> mentionType.toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static final FieldType WORDS = new FieldType();

  static {
    WORDS.setTokenized(true);
    WORDS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    WORDS.freeze();
  }

  private SearchIndex() {}

  public static Path dir(CaseFile cf) {
    return cf.dir().resolve(DIR);
  }

  /** The stamp of the index a case needs now: documents, entity tables and versions. */
  public static String stamp(CaseFile cf) throws SQLException {
    return "search:"
        + VERSION
        + ":"
        + Sverka.ANALYSIS_VERSION
        + ":"
        + new DocumentTables(cf).corpusStamp()
        + ":"
        + new SearchTables(cf).stamp();
  }

  /** Whether the index in the case folder exists and was built with {@code stamp}. */
  public static boolean current(CaseFile cf, String stamp) {
    Path dir = dir(cf);
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Directory d = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(d)) {
        return false;
      }
      try (DirectoryReader r = DirectoryReader.open(d)) {
        return stamp.equals(r.getIndexCommit().getUserData().get(STAMP));
      }
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Writes the index of the whole case, replacing the one there. Lucene keeps the old commit until
   * the new one is complete, so a run killed meanwhile leaves the old index readable (and its stamp
   * out of date, so the next run builds it again).
   *
   * @return how many sentences were indexed
   */
  public static int build(CaseFile cf, String stamp) throws IOException, SQLException {
    SearchTables tables = new SearchTables(cf);
    Segmenter segmenter = new Segmenter();
    Analyzer text = SearchAnalysis.text();
    Analyzer variant = SearchAnalysis.variant(true);
    int count = 0;
    FacetsConfig facets = facetsConfig();
    IndexWriterConfig config =
        new IndexWriterConfig(text)
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setRAMBufferSizeMB(64)
            .setCommitOnClose(false);
    try (Directory dir = FSDirectory.open(dir(cf));
        IndexWriter w = new IndexWriter(dir, config)) {
      Writing writing = new Writing(w, segmenter, text, variant, facets);
      for (String id : new DocumentTables(cf).documentIds()) {
        StoredDocument d = new DocumentTables(cf).document(id, true).orElseThrow();
        count += writing.index(d, tables.namedMentions(id));
      }
      w.setLiveCommitData(Map.of(STAMP, stamp).entrySet());
      w.commit();
    }
    return count;
  }

  /** What writing the index of a case needs: the writer and the analyses of every sentence. */
  private record Writing(
      IndexWriter w,
      Segmenter segmenter,
      Analyzer textAnalyzer,
      Analyzer variantAnalyzer,
      FacetsConfig facets) {

    /** Indexes every sentence of a document outside boilerplate; returns how many. */
    int index(StoredDocument d, List<NamedMention> mentions) throws IOException {
      String text = d.text();
      LineMap lines = LineMap.of(text);
      List<Paragraph> paragraphs =
          segmenter.paragraphs(text, lines, DocumentBuilder.normalizerFor(text));
      int m = 0;
      int count = 0;
      for (Paragraph p : paragraphs) {
        for (Sentence s : p.sentences()) {
          int start = s.span().start();
          int end = s.span().end();
          while (m < mentions.size() && mentions.get(m).span().start() < start) {
            m++;
          }
          if (p.boilerplate() || start == end) {
            continue;
          }
          Document doc = sentence(d, lines, p, s, within(mentions, m, end));
          w.addDocument(facets.build(doc));
          count++;
        }
      }
      return count;
    }

    /**
     * The mentions from the {@code m}th on that end by {@code end}, among those starting before.
     */
    private static List<NamedMention> within(List<NamedMention> mentions, int m, int end) {
      List<NamedMention> inside = new ArrayList<>();
      for (int k = m; k < mentions.size() && mentions.get(k).span().start() < end; k++) {
        if (mentions.get(k).span().end() <= end) {
          inside.add(mentions.get(k));
        }
      }
      return inside;
    }

    /** A sentence's Lucene document: where it is, its words, its entities, author, date, part. */
    private Document sentence(
        StoredDocument d, LineMap lines, Paragraph p, Sentence s, List<NamedMention> inside) {
      int start = s.span().start();
      int end = s.span().end();
      int line = lines.lineOf(start);
      Part part = d.partOf(line);
      String author = part != null && part.author() != null ? part.author() : d.meta().author();
      String date = part != null && part.date() != null ? part.date() : d.meta().date();

      Document doc = new Document();
      doc.add(new StringField(DOC, d.id(), Field.Store.YES));
      doc.add(new SortedDocValuesField(DOC, new BytesRef(d.id())));
      doc.add(new StoredField(START, start));
      doc.add(new NumericDocValuesField(START, start));
      doc.add(new StoredField(LINE, line));
      doc.add(new StoredField(ORIGINAL, d.text().substring(start, end)));
      addWords(doc, p, s);
      addEntities(doc, inside, start);
      doc.add(new SortedSetDocValuesFacetField(FACET_DOC, d.id()));
      addAuthor(doc, author);
      addDate(doc, date);
      if (part != null && part.title() != null) {
        doc.add(new StoredField(PART, part.title()));
      }
      return doc;
    }

    /** The sentence's words in both chains, each token at its original offsets. */
    private void addWords(Document doc, Paragraph p, Sentence s) {
      int start = s.span().start();
      String words = p.normalized().text().substring(s.normStart(), s.normEnd());
      doc.add(
          new Field(
              TEXT,
              new SearchAnalysis.ToOriginal(
                  textAnalyzer.tokenStream(TEXT, words), p.normalized(), s.normStart(), start),
              WORDS));
      doc.add(
          new Field(
              VARIANT,
              new SearchAnalysis.ToOriginal(
                  variantAnalyzer.tokenStream(VARIANT, words),
                  p.normalized(),
                  s.normStart(),
                  start),
              WORDS));
    }
  }

  /** The entities of a sentence's mentions and their types (field and facet). */
  private static void addEntities(Document doc, List<NamedMention> inside, int start) {
    if (!inside.isEmpty()) {
      doc.add(new Field(ENTITY, new Mentions(inside, start), WORDS));
    }
    java.util.TreeSet<String> types = new java.util.TreeSet<>();
    for (NamedMention nm : inside) {
      types.add(typeName(nm.type()));
    }
    for (String t : types) {
      doc.add(new StringField(TYPE, t, Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(FACET_TYPE, t));
    }
  }

  private static void addAuthor(Document doc, String author) {
    if (author != null) {
      doc.add(new TextField(AUTHOR, author, Field.Store.NO));
      doc.add(new StoredField(AUTHOR_NAME, author));
      if (!author.isBlank()) {
        doc.add(new SortedSetDocValuesFacetField(FACET_AUTHOR, author));
      }
    }
  }

  /** The statement date as stored text, its range of days and the years it spans (facet). */
  private static void addDate(Document doc, String date) {
    if (date != null) {
      doc.add(new StoredField(DATE, date));
      Edtf.tryParse(date)
          .ifPresent(
              e -> {
                doc.add(new LongPoint(EARLIEST, e.earliest().toEpochDay()));
                doc.add(new LongPoint(LATEST, e.latest().toEpochDay()));
                int y0 = e.earliest().getYear();
                int y1 = e.latest().getYear();
                if (y1 - y0 < MAX_YEARS) {
                  for (int y = y0; y <= y1; y++) {
                    doc.add(new SortedSetDocValuesFacetField(FACET_YEAR, Integer.toString(y)));
                  }
                }
              });
    }
  }

  /** The entity ids of a sentence's mentions, each at its mention's offsets in the sentence. */
  static final class Mentions extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
    private final List<NamedMention> mentions;
    private final int base;
    private int i;

    Mentions(List<NamedMention> mentions, int base) {
      this.mentions = mentions;
      this.base = base;
    }

    @Override
    public boolean incrementToken() {
      if (i >= mentions.size()) {
        return false;
      }
      clearAttributes();
      NamedMention mm = mentions.get(i++);
      term.setEmpty().append(mm.entity());
      offset.setOffset(mm.span().start() - base, mm.span().end() - base);
      inc.setPositionIncrement(1);
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      i = 0;
    }
  }
}
