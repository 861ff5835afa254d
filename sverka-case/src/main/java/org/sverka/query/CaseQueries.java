package org.sverka.query;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sverka.claims.MentionedSentence;
import org.sverka.entities.EntityType;
import org.sverka.eval.Evaluation;
import org.sverka.eval.Gold;
import org.sverka.eval.Scorer;
import org.sverka.stage.MentionGroups;
import org.sverka.store.CaseFile;
import org.sverka.store.CaseSources;
import org.sverka.store.DateFigureTables;
import org.sverka.store.DateFigureTables.StoredCheck;
import org.sverka.store.DateFigureTables.StoredFigure;
import org.sverka.store.DateFigureTables.TimelineItem;
import org.sverka.store.DocumentTables;
import org.sverka.store.EntityTables;
import org.sverka.store.EntityTables.CoMention;
import org.sverka.store.EntityTables.StoredEntity;
import org.sverka.store.MentionTables;
import org.sverka.store.PassageTables;
import org.sverka.store.QuotationTables;
import org.sverka.store.StoredDocument;
import org.sverka.store.StoredPassage;
import org.sverka.store.StoredQuotation;
import org.sverka.time.Edtf;

/**
 * The questions the CLI and the web app ask of a case (passages, quotations, entities, timeline,
 * figures, each with its filters, and one by id), answered from the store with one query each where
 * a single one is asked for; an unknown document or id is an {@link Unknown}.
 */
public final class CaseQueries implements AutoCloseable {
  private final CaseFile cf;
  private final boolean owned;
  private CollationReads collations;

  private CaseQueries(CaseFile cf, boolean owned) {
    this.cf = cf;
    this.owned = owned;
  }

  /** The queries of the case in {@code dir}, which must exist; closing them closes the case. */
  public static CaseQueries open(Path dir) throws IOException {
    return new CaseQueries(CaseFile.openExisting(dir), true);
  }

  /** The queries of a case opened by the caller (who closes it). */
  public static CaseQueries of(CaseFile cf) {
    return new CaseQueries(cf, false);
  }

  /** The case these queries read, for what reads its texts. */
  public CaseFile caseFile() {
    return cf;
  }

  /** What was asked for and is not in the case. */
  public enum What {
    DOCUMENT,
    PASSAGE,
    CLUSTER,
    QUOTATION,
    ENTITY
  }

  /**
   * A document, id or entity name that is not in the case. The message is the short one ("no
   * document 'x' in this case"); {@link #known} lists the document ids for a longer one.
   */
  public static final class Unknown extends RuntimeException {
    private final What what;
    private final String key;
    private final transient List<String> known;

    Unknown(What what, String key, String message, List<String> known) {
      super(message);
      this.what = what;
      this.key = key;
      this.known = known;
    }

    /** What kind of thing was asked for. */
    public What what() {
      return what;
    }

    /** The id or name asked for, as given. */
    public String key() {
      return key;
    }

    /** The case's document ids, in id order (empty when not about a document). */
    public List<String> known() {
      return known;
    }
  }

  /** A name that several entities answer to; the message lists them. */
  public static final class Ambiguous extends RuntimeException {
    Ambiguous(String message) {
      super(message);
    }
  }

  // ---- documents

  /** Every document, in id order, without text. */
  public List<StoredDocument> documents() throws SQLException {
    return new DocumentTables(cf).documents();
  }

  /** The pages and OCR lines of a document ({@code PageLayout.NONE} for a text file). */
  public org.sverka.ingest.PageLayout layout(String id) throws SQLException {
    return new DocumentTables(cf).layout(id);
  }

  /** The document {@code id} (with its text and paragraphs if {@code withText}). */
  public StoredDocument document(String id, boolean withText) throws SQLException {
    Optional<StoredDocument> d = new DocumentTables(cf).document(id, withText);
    if (d.isEmpty()) {
      throw new Unknown(
          What.DOCUMENT,
          id,
          "no document '" + id + "' in this case",
          new DocumentTables(cf).documentIds());
    }
    return d.get();
  }

  /** Checks that {@code doc}, a filter, is a document of the case when it is not null. */
  public void requireDocument(String doc) throws SQLException {
    if (doc != null) {
      document(doc, false);
    }
  }

  // ---- reuse and quotations

  // ---- collation

  /** The witnesses a cluster of passages needs at least: three, as the issue asks. */
  public static final int MIN_WITNESSES = 3;

  /**
   * The clusters of at least {@code min} places that the case's reuse passages chain into (see
   * {@link Cluster}), in id order.
   */
  public List<Cluster> clusters(int min) throws SQLException {
    return Clusters.of(new PassageTables(cf).passages(null, 0), min);
  }

  /** The cluster {@code id} among {@link #clusters(int) clusters(min)}. */
  public Cluster cluster(int id, int min) throws SQLException {
    List<Cluster> all = clusters(min);
    if (id < 1 || id > all.size()) {
      throw new Unknown(What.CLUSTER, String.valueOf(id), "no cluster #" + id, List.of());
    }
    return all.get(id - 1);
  }

  /** The place of lines {@code first} to {@code last} of the document {@code doc}. */
  public org.sverka.text.Cited place(String doc, int first, int last) throws SQLException {
    return collations().place(doc, first, last);
  }

  /** The witnesses at {@code places} collated into one table (by date; the earliest the base). */
  public org.sverka.collate.Collation collate(List<org.sverka.text.Cited> places)
      throws SQLException {
    return collations().collate(places);
  }

  private CollationReads collations() {
    if (collations == null) {
      collations = new CollationReads(this);
    }
    return collations;
  }

  /** Passages with a side in {@code doc} (all if null) and at least {@code minWords} a side. */
  public List<StoredPassage> passages(String doc, int minWords) throws SQLException {
    requireDocument(doc);
    return new PassageTables(cf).passages(doc, minWords);
  }

  /** The passage {@code id}. */
  public StoredPassage passage(int id) throws SQLException {
    return new PassageTables(cf)
        .passage(id)
        .orElseThrow(
            () ->
                new Unknown(
                    What.PASSAGE, String.valueOf(id), "no reuse passage #" + id, List.of()));
  }

  /**
   * Quotations in {@code doc} (all if null), with one of {@code verdicts} (any if null or empty),
   * and only those whose source is in the corpus if {@code found}; in id order.
   */
  public List<StoredQuotation> quotations(String doc, Collection<String> verdicts, boolean found)
      throws SQLException {
    requireDocument(doc);
    return select(new QuotationTables(cf).quotations(doc), verdicts, found);
  }

  /** The quotations of {@code all} that pass the filters of {@link #quotations}. */
  public static List<StoredQuotation> select(
      List<StoredQuotation> all, Collection<String> verdicts, boolean found) {
    return all.stream()
        .filter(q -> !(found && q.verdicts().contains("NOT_FOUND")))
        .filter(
            q ->
                verdicts == null
                    || verdicts.isEmpty()
                    || verdicts.stream().anyMatch(v -> q.verdicts().contains(v)))
        .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
  }

  /** The quotation {@code id}. */
  public StoredQuotation quotation(int id) throws SQLException {
    return new QuotationTables(cf)
        .quotation(id)
        .orElseThrow(
            () ->
                new Unknown(What.QUOTATION, String.valueOf(id), "no quotation #" + id, List.of()));
  }

  // ---- entities

  /** Entities of {@code type} (all if null), by type, mentions (most first), id. */
  public List<StoredEntity> entities(EntityType type) throws SQLException {
    return new EntityTables(cf).entities(type);
  }

  /** Every entity by its id. */
  public Map<String, StoredEntity> entitiesById() throws SQLException {
    Map<String, StoredEntity> byId = new HashMap<>();
    for (StoredEntity e : entities(null)) {
      byId.put(e.id(), e);
    }
    return byId;
  }

  /** The one entity {@code name} (an id, a name or a spelling of one) resolves to. */
  public StoredEntity entity(String name) throws SQLException {
    List<StoredEntity> found = new EntityTables(cf).lookup(name);
    if (found.isEmpty()) {
      throw new Unknown(
          What.ENTITY, name, "no entity named '" + name + "' in this case", List.of());
    }
    if (found.size() > 1) {
      List<String> ids = found.stream().map(e -> e.id() + " (" + e.name() + ")").toList();
      throw new Ambiguous(
          "'" + name + "' may be " + String.join(", ", ids) + "; give one of the ids");
    }
    return found.get(0);
  }

  /** The mentions of {@code e} (NAME only unless {@code derived}), grouped by document part. */
  public List<MentionGroups.Group> mentions(StoredEntity e, boolean derived) throws SQLException {
    return MentionGroups.of(cf, new EntityTables(cf).mentionsOf(e.id(), derived));
  }

  /** Pairs of entities named in at least {@code minSentences} same sentences. */
  public List<CoMention> comentions(int minSentences) throws SQLException {
    return new EntityTables(cf).coMentions(minSentences);
  }

  /** How many entity mentions the case holds (0 before the entity stage has run). */
  public long mentionCount() throws SQLException {
    return cf.count("mentions");
  }

  /** The sentences of {@code doc} (all if null) with the names mentioned in each. */
  public List<MentionedSentence> mentionedSentences(String doc) throws SQLException {
    requireDocument(doc);
    return MentionTables.sentences(cf, doc);
  }

  /** The documents' texts, lines, parts and dates, for the claims. */
  public CaseSources sources() {
    return new CaseSources(cf);
  }

  // ---- dates and figures

  /** The timeline, of sentences naming {@code entity} (all if null), within from..to. */
  public List<TimelineItem> timeline(String entity, Edtf from, Edtf to) throws SQLException {
    return new DateFigureTables(cf).timeline(entity, from, to);
  }

  /** Every figure of the case, in text order. */
  public List<StoredFigure> figures() throws SQLException {
    return new DateFigureTables(cf).figures();
  }

  /** The date expressions of {@code doc} (all if null), in document and text order. */
  public List<DateFigureTables.StoredDate> dates(String doc) throws SQLException {
    requireDocument(doc);
    return new DateFigureTables(cf).dates(doc);
  }

  /** The figures of {@code doc} (all if null), in document and text order. */
  public List<StoredFigure> figures(String doc) throws SQLException {
    requireDocument(doc);
    return new DateFigureTables(cf).figures(doc);
  }

  /** The checks of the figures of {@code doc} (all if null). */
  public List<StoredCheck> checks(String doc) throws SQLException {
    requireDocument(doc);
    return new DateFigureTables(cf).checks(doc);
  }

  // ---- evaluation

  /** The case scored against a gold folder. */
  public Evaluation score(Gold gold) throws SQLException {
    return Scorer.score(cf, gold);
  }

  @Override
  public void close() throws IOException {
    if (owned) {
      cf.close();
    }
  }
}
