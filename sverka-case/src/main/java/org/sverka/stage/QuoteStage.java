package org.sverka.stage;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sverka.claims.MentionedSentence;
import org.sverka.document.DocumentBuilder;
import org.sverka.entities.Mention;
import org.sverka.quotes.Attribution;
import org.sverka.quotes.CheckedQuotation;
import org.sverka.quotes.Quotation;
import org.sverka.quotes.QuoteCheck;
import org.sverka.quotes.QuoteChecker;
import org.sverka.quotes.QuoteFinder;
import org.sverka.quotes.SourceMatch;
import org.sverka.quotes.Verdict;
import org.sverka.reuse.DocTokens;
import org.sverka.reuse.ReuseDetector;
import org.sverka.store.CaseFile;
import org.sverka.store.MentionTables;
import org.sverka.store.QuotationTables;
import org.sverka.text.LineMap;
import org.sverka.text.Paragraph;
import org.sverka.text.Segmenter;
import org.sverka.text.Span;

/**
 * The quotation stage of {@code sverka analyze}: finds every quotation in every document, looks for
 * its source in the corpus and judges it; and the fact-checker's question for a text from outside
 * the case ({@link #checkText}).
 */
public final class QuoteStage {
  /** Bump when quotation finding or judging changes its output. */
  public static final String VERSION = "4";

  private static final Pattern ELLIPSIS =
      Pattern.compile("\\[\\s*(?:\\.\\s*){3}\\]|\\[…\\]|(?:\\.\\s?){2}\\.|…");
  private static final Pattern INSERTION = Pattern.compile("\\[[^\\]]{0,80}\\]");

  private final ReuseStage.Loaded corpus;
  private final ReuseDetector.Indexed index;
  private final QuoteChecker checker;

  public QuoteStage(ReuseStage.Loaded corpus) {
    this(
        corpus,
        new ReuseDetector(ReuseDetector.Options.defaults().withThreads(1))
            .index(corpus.docs(), corpus.vocabulary()));
  }

  /** With the index the reuse stage built for the same corpus (it is the larger structure). */
  public QuoteStage(ReuseStage.Loaded corpus, ReuseDetector.Indexed index) {
    this.corpus = corpus;
    this.index = index;
    Segmenter segmenter = new Segmenter();
    QuoteFinder finder = new QuoteFinder();
    for (DocTokens doc : corpus.docs()) {
      List<Paragraph> paragraphs =
          segmenter.paragraphs(doc.text, doc.lines, DocumentBuilder.normalizerFor(doc.text));
      found.put(doc.doc, finder.find(doc.text, paragraphs));
    }
    this.checker =
        new QuoteChecker(
            index,
            new QuoteChecker.Authorship() {
              @Override
              public String authorAt(String doc, int start, int end) {
                Quotation q = innermost(doc, start, end);
                if (q == null) {
                  return corpus.authorAt(doc, start);
                }
                Speaker who = speaker(doc, q);
                return who == null ? null : who.name();
              }

              @Override
              public String dateAt(String doc, int offset) {
                return corpus.dateAt(doc, offset);
              }

              @Override
              public boolean quotedAt(String doc, int start, int end) {
                return innermost(doc, start, end) != null;
              }

              @Override
              public boolean translated(String doc) {
                return corpus.translated(doc);
              }
            });
  }

  private final java.util.Map<String, List<Quotation>> found = new java.util.HashMap<>();

  /** The innermost quotation of {@code doc} that holds most of [start, end), or null. */
  private Quotation innermost(String doc, int start, int end) {
    Quotation best = null;
    for (Quotation q : found.getOrDefault(doc, List.of())) {
      int o = Math.min(end, q.span().end()) - Math.max(start, q.span().start());
      if (o > 0.5 * (end - start) && (best == null || q.depth() > best.depth())) {
        best = q;
      }
    }
    return best;
  }

  /**
   * The names the mention and entity stages found in the case's documents (NAME mentions with their
   * entities), so that a quotation is attributed only to a person or a named body. Without them
   * (names not analysed) the speakers the text gives are taken as they stand.
   */
  public QuoteStage withNames(List<MentionedSentence> sentences) {
    names.clear();
    for (MentionedSentence ms : sentences) {
      for (MentionedSentence.Named n : ms.mentions()) {
        if (n.mention().role() == Mention.Role.NAME) {
          names.computeIfAbsent(n.mention().doc(), d -> new ArrayList<>()).add(n);
        }
      }
    }
    namesKnown = !sentences.isEmpty();
    return this;
  }

  private final java.util.Map<String, List<MentionedSentence.Named>> names =
      new java.util.HashMap<>();
  private boolean namesKnown;

  /**
   * Who a quotation is attributed to.
   *
   * @param name the speaker as the text names him, or the author of the quoting part ("I wrote:")
   * @param person the speaker is clearly a person other than the quoting author, so that a source
   *     by someone else makes the quotation {@link Verdict#MISATTRIBUTED}
   */
  record Speaker(String name, String entityName, boolean person) {}

  /**
   * The speaker of a quotation, or null. With the case's names known, a speaker the text gives is
   * kept only when the name found there is a person or an organisation (a court, a convention, a
   * committee); a place (also when the speaker is only part of its name: "United" of "United
   * States"), a work, a group or a word no name stage found there is nobody. A person must be
   * resolved to an entity, and not be the quoting author, to be judged against the source's author.
   */
  Speaker speaker(String doc, Quotation q) {
    Attribution a = q.attribution();
    if (a == null) {
      return null;
    }
    String author = corpus.authorAt(doc, q.span().start());
    if (a.firstPerson() && (a.speaker() == null || a.speaker().equals("I"))) {
      return author == null ? null : new Speaker(author, null, false);
    }
    if (a.speaker() == null) {
      return null;
    }
    if (!namesKnown) {
      return new Speaker(a.speaker(), null, !isAuthor(a.speaker(), null, author));
    }
    MentionedSentence.Named name = nameAt(doc, a.speakerSpan());
    if (name == null) {
      return null;
    }
    Mention m = name.mention();
    return switch (m.type()) {
      case PERSON -> {
        boolean resolved = name.entity() != null;
        yield new Speaker(
            a.speaker(), name.name(), resolved && !isAuthor(a.speaker(), name.name(), author));
      }
      // a body speaks, also under part of its name ("the Congress" of "the Tenth Party Congress")
      case ORGANIZATION -> new Speaker(a.speaker(), name.name(), false);
      default -> null; // a place or a work does not speak
    };
  }

  private static boolean isAuthor(String speaker, String entityName, String author) {
    return author != null
        && (QuoteChecker.sameSurname(speaker, author)
            || entityName != null && QuoteChecker.sameSurname(entityName, author));
  }

  /** The NAME mention that overlaps most of a speaker's span, or null. */
  private MentionedSentence.Named nameAt(String doc, Span span) {
    if (span == null) {
      return null;
    }
    MentionedSentence.Named best = null;
    int bestOverlap = 0;
    for (MentionedSentence.Named n : names.getOrDefault(doc, List.of())) {
      int o = Math.min(span.end(), n.mention().end()) - Math.max(span.start(), n.mention().start());
      if (o > bestOverlap) {
        best = n;
        bestOverlap = o;
      }
    }
    return best;
  }

  /** The quotation with its attribution as the names allow it: a speaker who is nobody dropped. */
  private Quotation attributed(Quotation q, Speaker who) {
    Attribution a = q.attribution();
    if (a == null || a.speaker() == null || who != null || a.firstPerson()) {
      return q;
    }
    Attribution kept =
        a.work() == null ? null : new Attribution(null, null, false, a.work(), a.workSpan());
    return new Quotation(
        q.span(),
        q.outer(),
        q.segments(),
        q.style(),
        q.depth(),
        q.closed(),
        q.ellipses(),
        q.insertions(),
        kept);
  }

  /** Finds and checks the quotations of every document. */
  public List<CheckedQuotation> findAll() {
    List<CheckedQuotation> out = new ArrayList<>();
    for (DocTokens doc : corpus.docs()) {
      for (Quotation q : found.get(doc.doc)) {
        Speaker who = speaker(doc.doc, q);
        DocTokens words = doc.slice(q.segments(), q.insertions());
        QuoteCheck check =
            checker.check(
                words,
                q.ellipses(),
                q.insertions(),
                who == null
                    ? null
                    : new QuoteChecker.Attributed(who.name(), who.entityName(), who.person()),
                doc.doc,
                q.outer());
        out.add(
            new CheckedQuotation(
                doc.doc,
                attributed(q, who),
                who == null ? null : who.name(),
                earlierSources(doc, q, check)));
      }
    }
    return out;
  }

  /**
   * A source must not be later than the quotation: a later text with the same words quotes the same
   * thing, or quotes the quotation. Those matches are kept, after the sources, but judge nothing;
   * with no earlier source the verdict is NOT_FOUND.
   */
  private QuoteCheck earlierSources(DocTokens doc, Quotation q, QuoteCheck check) {
    String when = doc.dateAt(q.span().start());
    if (check.matches().isEmpty()) {
      return check;
    }
    List<SourceMatch> earlier = new ArrayList<>();
    List<SourceMatch> later = new ArrayList<>();
    for (SourceMatch m : check.matches()) {
      if (m.partial()) {
        later.add(m);
        continue;
      }
      String d = DocTokens.sortable(m.sourceDate());
      if (when != null
              && d != null
              && d.compareTo(when) > 0
              && !when.startsWith(d)
              && !d.startsWith(when)
          || laterInSelf(doc, q, m, d, when)) {
        later.add(m);
      } else {
        earlier.add(m);
      }
    }
    if (later.isEmpty() || earlier.isEmpty() && check.verdicts().contains(Verdict.NOT_FOUND)) {
      return check;
    }
    List<SourceMatch> all = new ArrayList<>(earlier);
    all.addAll(later);
    if (earlier.isEmpty()) {
      SourceMatch first = later.get(0);
      return new QuoteCheck(
          List.of(Verdict.NOT_FOUND),
          all,
          "No earlier source in the corpus. The same words stand in a later text: "
              + first.explanation().replaceFirst("^Source: ", ""));
    }
    return new QuoteCheck(earlier.get(0).verdicts(), all, earlier.get(0).explanation());
  }

  /**
   * Is the match the quoting text's own words further on: in the same part of the document (a part
   * of its own, an appended text or the work an introduction introduces, can be a source), at no
   * earlier date? A text that says again what it has quoted (a heckler's words taken up in the
   * reply) does not quote its own repetition.
   */
  private static boolean laterInSelf(
      DocTokens doc, Quotation q, SourceMatch m, String sourceDate, String when) {
    int at = m.passage().b().start();
    return m.passage().docB().equals(doc.doc)
        && at >= q.outer().end()
        && partOf(doc, at) == partOf(doc, q.outer().start())
        && (sourceDate == null || when == null || sourceDate.compareTo(when) >= 0);
  }

  /** The index of the part of {@code doc} that holds {@code offset} (-1 before the first). */
  private static int partOf(DocTokens doc, int offset) {
    int[] starts = doc.partStarts();
    int part = -1;
    for (int i = 0; i < starts.length; i++) {
      if (starts[i] <= offset) {
        part = i;
      }
    }
    return part;
  }

  /**
   * Finds, checks and stores; returns how many quotations. The names are read from the case's
   * mention and entity tables, so this runs after those stages.
   */
  public int run(CaseFile cf) throws SQLException {
    withNames(MentionTables.sentences(cf, null));
    List<CheckedQuotation> all = findAll();
    new QuotationTables(cf).replaceQuotations(all, corpus.docs());
    return all.size();
  }

  /**
   * The quotation stage in a run: on the corpus and index it shares with the reuse stage, after the
   * entity stage, whose stamp its own holds.
   */
  public static final class InCase implements Stage {
    @Override
    public String name() {
      return "quotes";
    }

    @Override
    public String message() {
      return "checking quotations";
    }

    @Override
    public String stamp(StageContext context) throws SQLException {
      return "quotes:" + VERSION + ":" + context.reuseStamp() + ":" + context.stampOf("entities");
    }

    @Override
    public boolean readsCorpus() {
      return true;
    }

    @Override
    public void run(StageContext context, String stamp) throws SQLException {
      new QuoteStage(context.corpus(), context.index()).run(context.caseFile());
    }
  }

  /**
   * Checks a text from outside the case: where does it come from, and how was it changed? Marks
   * around the whole text are ignored; "..." and "[...]" count as the quoter's ellipses and other
   * [bracketed] words as the quoter's insertions.
   *
   * @param by who the text is attributed to, or null
   */
  public QuoteCheck checkText(String text, String by) {
    String t = text;
    Segmenter segmenter = new Segmenter();
    List<Paragraph> paragraphs =
        segmenter.paragraphs(t, LineMap.of(t), DocumentBuilder.normalizerFor(t));
    DocTokens all = DocTokens.of("(text)", t, null, paragraphs, segmenter, corpus.vocabulary());
    List<Span> ellipses = new ArrayList<>();
    Matcher m = ELLIPSIS.matcher(t);
    while (m.find()) {
      ellipses.add(new Span(m.start(), m.end()));
    }
    List<Span> insertions = new ArrayList<>();
    Matcher ins = INSERTION.matcher(t);
    while (ins.find()) {
      Span s = new Span(ins.start(), ins.end());
      if (ellipses.stream().noneMatch(e -> e.overlaps(s))) {
        insertions.add(s);
      }
    }
    DocTokens words = all.slice(List.of(new Span(0, t.length())), insertions);
    return checker.check(words, ellipses, insertions, by, null, null);
  }
}
