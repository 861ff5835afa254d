package org.sverka.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sverka.quotes.internal.Rewordings;
import org.sverka.reuse.AlignOp;
import org.sverka.reuse.DocTokens;
import org.sverka.reuse.MatchKey;
import org.sverka.reuse.Op;
import org.sverka.reuse.Passage;
import org.sverka.reuse.ReuseDetector;
import org.sverka.text.Span;

/**
 * Judges quotations against their sources in the corpus. A quotation's words (without its editor's
 * bracketed insertions) are matched against the whole corpus with the reuse detector's index, at
 * thresholds low enough for a sentence; each match is then read op by op:
 *
 * <ul>
 *   <li>source words the quotation leaves out are {@link Verdict#ABRIDGED_MARKED} when an ellipsis
 *       of the quotation stands between the words around the gap, else {@link
 *       Verdict#ABRIDGED_UNMARKED};
 *   <li>quotation words the source lacks are {@link Verdict#INTERPOLATED};
 *   <li>what older print does to the same words is no change: "&amp;" for "and", a note number
 *       glued to a word ("assembly,2 and"), an editor's bracketed words standing where the source
 *       has others ("[the colony's]" for "its own"); long s and ligatures fold away with the words,
 *       capitals and the spelling of the period are spelling variants;
 *   <li>other words are {@link Verdict#VARIANT_WORDING}; spelling and transliteration variants are
 *       not;
 *   <li>a quotation that ends where its source sentence goes on with "but", "although", "unless",
 *       "provided", "except", "only if", "however", "yet" or a negation is {@link
 *       Verdict#CUT_BEFORE_QUALIFIER};
 *   <li>a quotation attributed to a person (clearly one: see {@link Attributed#person}) whose
 *       surname is not in the source author's name is {@link Verdict#MISATTRIBUTED}.
 * </ul>
 *
 * A match with none of these is {@link Verdict#VERBATIM}. Not thread-safe.
 */
public final class QuoteChecker {
  /**
   * Who wrote the words of a document at a span, and when. Inside a quotation the author is the one
   * the quotation is attributed to (null when the text does not say), not the document's.
   */
  public interface Authorship {
    String authorAt(String doc, int start, int end);

    String dateAt(String doc, int offset);

    /** Are these words themselves inside a quotation of that document? */
    default boolean quotedAt(String doc, int start, int end) {
      return false;
    }

    /** Is the document a translation (its sources say what it was translated from)? */
    default boolean translated(String doc) {
      return false;
    }
  }

  private static final Set<String> QUALIFIERS =
      Set.of(
          "but",
          "although",
          "though",
          "unless",
          "provided",
          "except",
          "however",
          "yet",
          "nevertheless",
          "only",
          "not",
          "no",
          "never",
          "nor",
          "save",
          "whereas",
          "while");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’]+");
  private static final Pattern FOOTNOTE = Pattern.compile("\\[?\\d{1,3}\\]?\\W*");
  private static final Pattern NOTE_DIGITS =
      Pattern.compile("[\\[(]?(?:\\d{1,3}|[\\u00B9\\u00B2\\u00B3\\u2070-\\u2079]{1,3})[\\])]?");

  /** Words a quotation must have to be looked up; shorter ones are phrases, not quotations. */
  public static final int MIN_WORDS = 4;

  private final ReuseDetector detector;
  private final ReuseDetector.Indexed index;
  private final Authorship authorship;

  public QuoteChecker(ReuseDetector.Indexed index, Authorship authorship) {
    this.index = index;
    this.authorship = authorship;
    this.detector =
        new ReuseDetector(
            ReuseDetector.Options.defaults().withMinWords(3).withMinWeight(1.0).withThreads(1));
  }

  /**
   * Checks a quotation.
   *
   * @param quote the quotation's words (see {@link DocTokens#slice}); offsets are those of the
   *     quoting text
   * @param ellipses the quotation's explicit ellipses, as spans of the quoting text
   * @param attributedTo who the quotation is attributed to, or null
   * @param selfDoc the quoting document (its own place is never a source), or null
   * @param self the quotation's own span in it
   */
  public QuoteCheck check(
      DocTokens quote, List<Span> ellipses, String attributedTo, String selfDoc, Span self) {
    return check(quote, ellipses, List.of(), attributedTo, selfDoc, self);
  }

  /**
   * Who a quotation is attributed to.
   *
   * @param name as the text (or the user) names him
   * @param entityName the name of the entity the name resolves to, or null
   * @param person clearly a person other than the quoting author: only then does a source by
   *     someone else make the quotation {@link Verdict#MISATTRIBUTED}
   */
  public record Attributed(String name, String entityName, boolean person) {}

  /** Checks a quotation attributed to someone the caller names ({@code --by}): judged as given. */
  public QuoteCheck check(
      DocTokens quote,
      List<Span> ellipses,
      List<Span> insertions,
      String attributedTo,
      String selfDoc,
      Span self) {
    return check(
        quote,
        ellipses,
        insertions,
        attributedTo == null ? null : new Attributed(attributedTo, null, true),
        selfDoc,
        self);
  }

  /**
   * Checks a quotation whose editor's bracketed insertions are known: source words left out where
   * such an insertion stands were replaced by the editor in the open, not left out.
   *
   * @param insertions the quotation's editorial insertions, as spans of the quoting text
   */
  public QuoteCheck check(
      DocTokens quote,
      List<Span> ellipses,
      List<Span> insertions,
      Attributed attributedTo,
      String selfDoc,
      Span self) {
    if (quote.size() < MIN_WORDS) {
      return new QuoteCheck(
          List.of(Verdict.NOT_FOUND),
          List.of(),
          "Not looked up: " + quote.size() + " words are a phrase, not a quotation to trace.");
    }
    List<Passage> found = detector.match(index, quote, selfDoc, self);
    Attributed judgedAs = attributedTo;
    if (found.isEmpty() && unseeded(quote)) {
      found = wholeRuns(quote, selfDoc, self);
      judgedAs = null; // words that common do not tell who wrote them: no misattribution
    }
    List<SourceMatch> sources = new ArrayList<>();
    List<SourceMatch> partial = new ArrayList<>();
    boolean translation = selfDoc != null && authorship.translated(selfDoc);
    for (Passage p : found) {
      SourceMatch m =
          judge(
              quote,
              p,
              ellipses,
              insertions,
              judgedAs,
              translation || authorship.translated(p.docB()));
      (m.partial() ? partial : sources).add(m);
    }
    sources = ownFirst(attributedTo, originalsFirst(quote, sources));
    List<SourceMatch> matches = new ArrayList<>(sources);
    matches.addAll(partial);
    if (sources.isEmpty()) {
      return new QuoteCheck(
          List.of(Verdict.NOT_FOUND),
          matches,
          "No source in the corpus."
              + (partial.isEmpty() ? "" : " " + partial.get(0).explanation()));
    }
    return new QuoteCheck(sources.get(0).verdicts(), matches, sources.get(0).explanation());
  }

  /**
   * Has the quotation too few content words for one seed of the index ({@code seedLength} of them
   * in a row)? "I do not know, how should I know?" is all function words but one: the index cannot
   * find it, whatever the corpus holds.
   */
  private boolean unseeded(DocTokens quote) {
    int content = 0;
    for (int i = 0; i < quote.size(); i++) {
      content += index.vocabulary().isStop(quote.word(i)) ? 0 : 1;
    }
    return content < ReuseDetector.Options.defaults().seedLength();
  }

  /** More places than this with a quotation's whole words make them a turn of phrase. */
  static final int MAX_RUNS = 5;

  /**
   * Every place of the corpus where a quotation the index cannot seed stands word for word (up to
   * spelling: the words' match keys), as passages of equal words; none when it stands in more than
   * {@value #MAX_RUNS} places (a common turn of phrase is nobody's in particular) or only at its
   * own place.
   */
  List<Passage> wholeRuns(DocTokens quote, String selfDoc, Span self) {
    ReuseDetector.Indexed ix = index;
    int n = quote.size();
    int[] keys = new int[n];
    double weight = 0;
    for (int i = 0; i < n; i++) {
      keys[i] = ix.vocabulary().keyOf(quote.word(i));
      weight += ix.vocabulary().weight(quote.word(i));
    }
    List<Passage> out = new ArrayList<>();
    for (DocTokens d : ix.docs()) {
      for (int at = 0; at + n <= d.size(); at++) {
        if (!runAt(d, at, keys)) {
          continue;
        }
        Span b = new Span(d.start(at), d.end(at + n - 1));
        if (d.doc.equals(selfDoc) && self != null && b.overlaps(self)) {
          continue;
        }
        if (out.size() == MAX_RUNS) {
          return List.of();
        }
        out.add(runPassage(quote, d, at, b, weight));
      }
    }
    return out;
  }

  private boolean runAt(DocTokens d, int at, int[] keys) {
    for (int i = 0; i < keys.length; i++) {
      if (index.vocabulary().keyOf(d.word(at + i)) != keys[i]) {
        return false;
      }
    }
    return true;
  }

  /** A passage of the quotation's words found whole at token {@code at} of {@code d}. */
  private static Passage runPassage(DocTokens quote, DocTokens d, int at, Span b, double weight) {
    int n = quote.size();
    List<AlignOp> ops = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= n; i++) {
      boolean cut = i == n || quote.word(i) != d.word(at + i);
      if (cut && i > from) {
        ops.add(op(Op.EQUAL, quote, d, at, from, i));
      }
      if (i < n && quote.word(i) != d.word(at + i)) {
        ops.add(op(Op.CHANGED, quote, d, at, i, i + 1));
        from = i + 1;
      }
    }
    Span a = new Span(quote.start(0), quote.end(n - 1));
    boolean spelt = ops.stream().anyMatch(o -> o.op() == Op.CHANGED);
    return new Passage(
        quote.doc,
        a,
        d.doc,
        b,
        spelt ? Passage.Kind.VARIANT : Passage.Kind.VERBATIM,
        1.0,
        weight,
        n,
        n,
        List.copyOf(ops));
  }

  /** Tokens {@code [i, j)} of the quotation and the same ones of the run at {@code at}. */
  private static AlignOp op(Op op, DocTokens quote, DocTokens d, int at, int i, int j) {
    return new AlignOp(
        op,
        new Span(quote.start(i), quote.end(j - 1)),
        new Span(d.start(at + i), d.end(at + j - 1)),
        j - i,
        j - i,
        op == Op.CHANGED);
  }

  /**
   * The sources in the order a reader looks for the original: of those that match nearly as much of
   * the quotation as the best ({@value #COMPLETE} of its matched words), the earliest dated first,
   * and at one date a text that does not itself quote the words before one that does (a speech that
   * relays a sentence is not its source when the sentence stands in an earlier text); then the
   * others, best first. A relay often matches the quotation better than the original (both print
   * the same words since the relay copied them), which is why the weight comes last.
   */
  private List<SourceMatch> originalsFirst(DocTokens quote, List<SourceMatch> sources) {
    if (sources.size() < 2) {
      return sources;
    }
    int[] matched = new int[sources.size()];
    int best = 0;
    for (int i = 0; i < sources.size(); i++) {
      matched[i] = matchedWords(quote, sources.get(i).passage().a());
      best = Math.max(best, matched[i]);
    }
    List<Integer> complete = new ArrayList<>();
    List<SourceMatch> rest = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      if (matched[i] >= COMPLETE * best) {
        complete.add(i);
      } else {
        rest.add(sources.get(i));
      }
    }
    complete.sort(
        Comparator.comparing(
                (Integer i) -> DocTokens.sortable(sources.get(i).sourceDate()),
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(i -> relays(sources.get(i).passage()))
            .thenComparingInt(i -> i));
    List<SourceMatch> out = new ArrayList<>();
    for (int i : complete) {
      out.add(sources.get(i));
    }
    out.addAll(rest);
    return out;
  }

  /**
   * Share of a quotation's words that a source in the words of the one it is attributed to must
   * cover to be its source (other sources: half). A man quoted from memory or in paraphrase ("he
   * tells you, in his speech at the fair, that ...") is looked for first in his own texts.
   */
  static final double OWN_SHARE = 1.0 / 3;

  /**
   * Is the match in the words of the one the quotation is attributed to (his surname in the name of
   * the author there: a document's or part's author, or the speaker of a quotation there)?
   */
  private boolean own(Attributed attributedTo, Passage p) {
    if (attributedTo == null || attributedTo.name() == null) {
      return false;
    }
    String author = authorship.authorAt(p.docB(), p.b().start(), p.b().end());
    return author != null
        && !names(author).isEmpty()
        && !names(attributedTo.name()).isEmpty()
        && (sameSurname(attributedTo.name(), author)
            || attributedTo.entityName() != null && sameSurname(attributedTo.entityName(), author));
  }

  /** The sources in the words of the one the quotation is attributed to first, each in order. */
  private List<SourceMatch> ownFirst(Attributed attributedTo, List<SourceMatch> sources) {
    List<SourceMatch> out = new ArrayList<>();
    List<SourceMatch> rest = new ArrayList<>();
    for (SourceMatch m : sources) {
      (own(attributedTo, m.passage()) ? out : rest).add(m);
    }
    out.addAll(rest);
    return out;
  }

  /** Share of the best match's quotation words that a match must cover to be a candidate. */
  static final double COMPLETE = 0.8;

  private static int matchedWords(DocTokens quote, Span a) {
    int n = 0;
    for (int i = 0; i < quote.size(); i++) {
      if (quote.start(i) >= a.start() && quote.end(i) <= a.end()) {
        n++;
      }
    }
    return n;
  }

  /** Are the source's words themselves a quotation there? */
  private boolean relays(Passage p) {
    return authorship.quotedAt(p.docB(), p.b().start(), p.b().end());
  }

  /** The verdicts, differences and findings in words that a comparison gathers. */
  private static final class Findings {
    final EnumSet<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
    final List<Difference> diffs = new ArrayList<>();
    final List<String> says = new ArrayList<>();
  }

  private SourceMatch judge(
      DocTokens quote,
      Passage p,
      List<Span> ellipses,
      List<Span> insertions,
      Attributed attributedTo,
      boolean translation) {
    String q = quote.text;
    DocTokens source =
        index.docs().stream().filter(d -> d.doc.equals(p.docB())).findFirst().orElseThrow();
    String s = source.text;
    Findings f = new Findings();
    readOps(quote, source, p, ellipses, insertions, translation, f);
    // quotation words beyond the matched stretch: the source lacks them
    int before = 0;
    int after = 0;
    for (int i = 0; i < quote.size(); i++) {
      if (quote.end(i) <= p.a().start()) {
        before++;
      } else if (quote.start(i) >= p.a().end()) {
        after++;
      }
    }
    int matched = quote.size() - before - after;
    boolean partial = matched < (own(attributedTo, p) ? OWN_SHARE : 0.5) * quote.size();
    if (!partial && before + after >= 3) {
      wordsBeyond(quote, p, s, before, after, f);
    }
    if (!partial) {
      markedEnds(quote, p, s, ellipses, before == 0, after == 0, f);
    }
    String qualifier = qualifierAfter(s, p.b().end());
    if (qualifier != null) {
      f.verdicts.add(Verdict.CUT_BEFORE_QUALIFIER);
      f.says.add("stops where the source goes on: \u201c" + qualifier + "\u201d");
    }
    String author = authorship.authorAt(p.docB(), p.b().start(), p.b().end());
    String date = authorship.dateAt(p.docB(), p.b().start());
    if (attributedTo != null
        && attributedTo.person()
        && author != null
        && givesWords(p, quote.size())
        && !sameSurname(attributedTo.name(), author)
        && (attributedTo.entityName() == null || !sameSurname(attributedTo.entityName(), author))) {
      f.verdicts.add(Verdict.MISATTRIBUTED);
      f.says.add("is attributed to " + attributedTo.name() + ", but the source is by " + author);
    }
    if (partial) {
      f.verdicts.clear();
      f.says.clear();
    } else if (f.verdicts.isEmpty()) {
      f.verdicts.add(Verdict.VERBATIM);
    }
    String where =
        (partial
                ? "Only part of the quotation ("
                    + matched
                    + " of "
                    + quote.size()
                    + " words) matches: "
                : "Source: ")
            + cite(source, p.b())
            + (author == null ? "" : ", " + author)
            + (date == null ? "" : ", " + date)
            + (authorship.quotedAt(p.docB(), p.b().start(), p.b().end())
                ? " (there too the words are a quotation)"
                : "")
            + ".";
    String explanation = where + (partial ? "" : judgement(f));
    return new SourceMatch(
        p, List.copyOf(f.verdicts), List.copyOf(f.diffs), explanation, author, date, partial);
  }

  /**
   * Does the source give most of the quotation's words ({@value #GIVES_WORDS} of them equal, up to
   * spelling)? Only such a source says who wrote the words: a looser match is a paraphrase or a
   * shared turn of phrase, and whoever paraphrases a man is not the author of what he is quoted as
   * saying.
   */
  static boolean givesWords(Passage p, int quoteWords) {
    int equal = 0;
    for (AlignOp o : p.ops()) {
      if (o.op() == Op.EQUAL || o.op() == Op.CHANGED && o.spelling()) {
        equal += o.tokensA();
      }
    }
    return equal >= GIVES_WORDS * quoteWords;
  }

  /** Share of a quotation's words its source must give for a misattribution to be judged. */
  static final double GIVES_WORDS = 2.0 / 3;

  /** Reads the alignment's ops: stretches first, then each op left on its own. */
  private void readOps(
      DocTokens quote,
      DocTokens source,
      Passage p,
      List<Span> ellipses,
      List<Span> insertions,
      boolean translation,
      Findings f) {
    String q = quote.text;
    String s = source.text;
    List<AlignOp> ops = p.ops();
    boolean[] read = stretches(ops, q, s, p, ellipses, insertions, f);
    for (int i = 0; i < ops.size(); i++) {
      AlignOp o = ops.get(i);
      if (read[i]) {
        continue;
      }
      if (translation
          && grammar(o, nextToChange(ops, i), quote, source, p, ellipses, insertions, f)) {
        continue;
      }
      switch (o.op()) {
        case CHANGED -> changed(o, q, s, f);
        case ADDED -> leftOut(o, q, s, p, ellipses, insertions, f);
        case OMITTED -> interpolated(o, q, s, f);
        default -> {}
      }
    }
  }

  /**
   * Reads the stretches of the alignment that say one thing together ({@link Rewordings}): one word
   * spelt two ways, words put in the place of others, words moved. Returns the ops they cover.
   */
  private static boolean[] stretches(
      List<AlignOp> ops,
      String q,
      String s,
      Passage p,
      List<Span> ellipses,
      List<Span> insertions,
      Findings f) {
    boolean[] read = new boolean[ops.size()];
    IntPredicate own = i -> readAlone(ops.get(i), q, s, p, ellipses, insertions);
    for (Rewordings.Stretch st : Rewordings.of(ops, q, s, own)) {
      st.ops().forEach(i -> read[i] = true);
      switch (st.kind()) {
        case SPELLING ->
            f.diffs.add(
                new Difference("changed", trim(q, st.quote()), trim(s, st.source()), false, true));
        case REWORDED -> {
          f.diffs.add(
              new Difference("changed", trim(q, st.quote()), trim(s, st.source()), false, false));
          f.verdicts.add(Verdict.VARIANT_WORDING);
          f.says.add(
              "changes \u201c"
                  + show(s, st.source())
                  + "\u201d to \u201c"
                  + show(q, st.quote())
                  + "\u201d");
        }
        case MOVED -> {
          f.diffs.add(
              new Difference("changed", trim(q, st.quote()), trim(s, st.source()), false, false));
          f.verdicts.add(Verdict.VARIANT_WORDING);
          f.says.add("moves \u201c" + show(q, st.quote()) + "\u201d");
        }
      }
    }
    return read;
  }

  /**
   * An op read on its own whatever stands around it: a note number, "&amp;" for "and", the editor's
   * bracketed words, source words left out at an ellipsis.
   */
  private static boolean readAlone(
      AlignOp o, String q, String s, Passage p, List<Span> ellipses, List<Span> insertions) {
    return switch (o.op()) {
      case ADDED ->
          FOOTNOTE.matcher(s.substring(o.b().start(), o.b().end()).strip()).matches()
              || isAnd(s, o.b()) && ampersandAt(q, o.a().start())
              || bracketAt(insertions, o.a().start(), q) != null
              || ellipsisBetween(ellipses, o.a().start(), q, p);
      case OMITTED -> isAnd(q, o.a()) && ampersandAt(s, o.b().start()) || noteReference(q, o.a());
      default -> false;
    };
  }

  /**
   * Where the quotation or its source is a translation: one function word added or left out on its
   * own ("have condemned" for "condemned", "the moon earth" for "the moon an earth"), or a few
   * words (fewer than {@value Rewordings#SLACK}) right beside a change of wording ("all the more
   * will they" for "will even"): translators choose their articles, auxiliaries and prepositions,
   * and render a phrase in a word or two more or fewer, so the wording changed and no words of the
   * source were dropped or put in. Content words added between words rendered alike ("contemptible
   * and cowardly renegades") and longer runs are a real addition or cut. (Between texts in their
   * own language even one such word is a real cut or addition, and is read as one.) Returns whether
   * the op was read so.
   */
  private boolean grammar(
      AlignOp o,
      boolean nextToChange,
      DocTokens quote,
      DocTokens source,
      Passage p,
      List<Span> ellipses,
      List<Span> insertions,
      Findings f) {
    int most = nextToChange ? Rewordings.SLACK - 1 : 1;
    boolean adds = o.op() == Op.OMITTED && o.tokensA() <= most && o.tokensB() == 0;
    boolean drops = o.op() == Op.ADDED && o.tokensB() <= most && o.tokensA() == 0;
    if (!adds && !drops || readAlone(o, quote.text, source.text, p, ellipses, insertions)) {
      return false;
    }
    DocTokens t = adds ? quote : source;
    Span sp = adds ? o.a() : o.b();
    if (!nextToChange) {
      int tok = t.tokenAt(sp.start());
      while (tok >= 0 && tok < t.size() && t.end(tok) <= sp.start()) {
        tok++;
      }
      if (tok < 0 || tok >= t.size() || !index.vocabulary().isStop(t.word(tok))) {
        return false;
      }
    }
    String w = show(t.text, trim(t.text, sp));
    f.diffs.add(
        adds
            ? new Difference("added", trim(quote.text, o.a()), o.b(), false, false)
            : new Difference("omitted", o.a(), trim(source.text, o.b()), false, false));
    f.verdicts.add(Verdict.VARIANT_WORDING);
    f.says.add((adds ? "adds \u201c" : "leaves out \u201c") + w + "\u201d (a change of wording)");
    return true;
  }

  /** Does another difference stand right beside op {@code i}, with no equal word between? */
  private static boolean nextToChange(List<AlignOp> ops, int i) {
    return i > 0 && ops.get(i - 1).op() != Op.EQUAL
        || i + 1 < ops.size() && ops.get(i + 1).op() != Op.EQUAL;
  }

  /**
   * Words the quotation changes: a variant wording unless only the spelling differs, or OCR was
   * unsure of a word there (an OCR variant).
   */
  private static void changed(AlignOp o, String q, String s, Findings f) {
    f.diffs.add(
        new Difference("changed", trim(q, o.a()), trim(s, o.b()), false, o.spelling(), o.ocr()));
    if (!o.spelling()) {
      f.verdicts.add(Verdict.VARIANT_WORDING);
      f.says.add(
          "changes \u201c" + show(s, o.b()) + "\u201d to \u201c" + show(q, o.a()) + "\u201d");
    }
  }

  /**
   * Words of the source that the quotation leaves out, with or without an ellipsis (but for a
   * footnote number, "and" printed as "&", or the editor's bracketed words standing for them).
   */
  private static void leftOut(
      AlignOp o,
      String q,
      String s,
      Passage p,
      List<Span> ellipses,
      List<Span> insertions,
      Findings f) {
    if (FOOTNOTE.matcher(s.substring(o.b().start(), o.b().end()).strip()).matches()) {
      return; // the source's footnote number, "[1]" or "C.P.S.U.(B.)1"
    }
    if (isAnd(s, o.b()) && ampersandAt(q, o.a().start())) {
      return; // "and" printed as "&" in the quotation
    }
    Span bracket = bracketAt(insertions, o.a().start(), q);
    if (bracket != null) {
      // "[the colony's]" for "its own": the editor's bracketed words stand for these, in
      // the open
      f.diffs.add(new Difference("changed", bracket, trim(s, o.b()), true, false));
      return;
    }
    boolean marked = ellipsisBetween(ellipses, o.a().start(), q, p);
    f.diffs.add(new Difference("omitted", o.a(), trim(s, o.b()), marked, false));
    f.verdicts.add(marked ? Verdict.ABRIDGED_MARKED : Verdict.ABRIDGED_UNMARKED);
    f.says.add(
        "leaves out \u201c"
            + show(s, trim(s, o.b()))
            + "\u201d"
            + (marked ? " (marked with an ellipsis)" : " without an ellipsis"));
  }

  /** Words of the quotation the source does not have (but for "&" and note numbers). */
  private static void interpolated(AlignOp o, String q, String s, Findings f) {
    if (isAnd(q, o.a()) && ampersandAt(s, o.b().start())) {
      return; // "and" printed as "&" in the source
    }
    if (noteReference(q, o.a())) {
      return; // the quotation's own footnote number: "assembly,2 and"
    }
    f.diffs.add(new Difference("added", trim(q, o.a()), o.b(), false, false));
    f.verdicts.add(Verdict.INTERPOLATED);
    f.says.add("adds \u201c" + show(q, o.a()) + "\u201d, which the source does not have");
  }

  /** The quotation's words before and after the matched stretch, which the source lacks. */
  private static void wordsBeyond(
      DocTokens quote, Passage p, String s, int before, int after, Findings f) {
    String q = quote.text;
    if (before > 0) {
      Span extra = new Span(quote.start(0), quote.end(before - 1));
      edge(q, s, extra, before, sentenceBefore(s, p.b().start()), true, f);
    }
    if (after > 0) {
      Span extra = new Span(quote.start(quote.size() - after), quote.end(quote.size() - 1));
      edge(q, s, extra, after, sentenceAfter(s, p.b().end()), false, f);
    }
  }

  /**
   * Quotation words at one end beyond the matched stretch. Where the source's sentence goes on
   * there with about as many words of its own (fewer than {@value Rewordings#SLACK} words apart),
   * the quotation renders those words otherwise: a change of wording. Where the source's sentence
   * ends (or its words there are far fewer), the quotation adds words of its own.
   */
  private static void edge(
      String q, String s, Span extra, int words, Span there, boolean begins, Findings f) {
    int theirs = wordsIn(s, there);
    String side = begins ? "begins with \u201c" : "ends with \u201c";
    if (theirs > 0 && words - theirs < Rewordings.SLACK) {
      f.diffs.add(
          begins ? 0 : f.diffs.size(),
          new Difference("changed", extra, trim(s, there), false, false));
      f.verdicts.add(Verdict.VARIANT_WORDING);
      f.says.add(
          side + show(q, extra) + "\u201d where the source has \u201c" + show(s, there) + "\u201d");
      return;
    }
    Span at = begins ? new Span(there.end(), there.end()) : new Span(there.start(), there.start());
    f.diffs.add(begins ? 0 : f.diffs.size(), new Difference("added", extra, at, false, false));
    f.verdicts.add(Verdict.INTERPOLATED);
    f.says.add(side + show(q, extra) + "\u201d, which the source does not have");
  }

  /** The words of the source's sentence before offset {@code at} (back to its start). */
  static Span sentenceBefore(String s, int at) {
    int i = at;
    int limit = Math.max(0, at - 400);
    while (i > limit && !sentenceEnds(s, i - 1)) {
      i--;
    }
    while (i < at && !Character.isLetterOrDigit(s.charAt(i))) {
      i++;
    }
    return new Span(i, at);
  }

  /** The words of the source's sentence from offset {@code at} on (up to its end). */
  static Span sentenceAfter(String s, int at) {
    int i = at;
    int limit = Math.min(s.length(), at + 400);
    while (i < limit && !sentenceEnds(s, i)) {
      i++;
    }
    return new Span(at, i);
  }

  /**
   * Does a sentence end at {@code s[i]}: a full stop, ! or ? before white space, or a blank line?
   */
  private static boolean sentenceEnds(String s, int i) {
    char c = s.charAt(i);
    if (c == '\n') {
      int j = i + 1;
      while (j < s.length() && (s.charAt(j) == '\r' || s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
        j++;
      }
      return j < s.length() && s.charAt(j) == '\n';
    }
    return (c == '.' || c == '!' || c == '?')
        && (i + 1 >= s.length() || Character.isWhitespace(s.charAt(i + 1)));
  }

  private static int wordsIn(String t, Span sp) {
    Matcher m = WORD.matcher(t).region(sp.start(), sp.end());
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /**
   * An ellipsis before the quotation's first word (or after its last) where the match begins (or
   * ends) and the source's sentence has words before (after) it: the quotation marks that it leaves
   * them out ("... if they ..." for "But if they ...").
   */
  private static void markedEnds(
      DocTokens quote,
      Passage p,
      String s,
      List<Span> ellipses,
      boolean fromFirst,
      boolean toLast,
      Findings f) {
    String q = quote.text;
    int first = quote.start(0);
    int last = quote.end(quote.size() - 1);
    for (Span e : ellipses) {
      boolean lead = fromFirst && e.end() <= first && !hasWord(q, e.end(), first);
      boolean tail = toLast && e.start() >= last && !hasWord(q, last, e.start());
      Span there =
          lead ? sentenceBefore(s, p.b().start()) : tail ? sentenceAfter(s, p.b().end()) : null;
      if (there == null || wordsIn(s, there) == 0) {
        continue;
      }
      Span gap = trim(s, there);
      f.diffs.add(
          lead ? 0 : f.diffs.size(),
          new Difference(
              "omitted", new Span(lead ? first : last, lead ? first : last), gap, true, false));
      f.verdicts.add(Verdict.ABRIDGED_MARKED);
      f.says.add("leaves out \u201c" + show(s, gap) + "\u201d (marked with an ellipsis)");
    }
  }

  /** The sentence of an explanation that judges a quotation matched in full. */
  private static String judgement(Findings f) {
    long misread = f.diffs.stream().filter(Difference::ocr).count();
    return judged(f)
        + (misread == 0
            ? ""
            : " "
                + (misread == 1 ? "One place differs" : misread + " places differ")
                + " where OCR was unsure of a word: an OCR variant, not a change of wording.");
  }

  private static String judged(Findings f) {
    return f.says.isEmpty()
        ? " The quotation gives the source's words"
            + (f.diffs.isEmpty()
                ? " exactly."
                : f.diffs.stream().anyMatch(Difference::marked)
                    ? ", up to spelling and the editor's bracketed words."
                    : ", up to spelling.")
        : " The quotation " + summary(f.says) + ".";
  }

  /** The first eight findings in words, and how many more the differences list. */
  private static String summary(List<String> says) {
    if (says.size() <= 8) {
      return String.join("; ", says);
    }
    return String.join("; ", says.subList(0, 8))
        + "; and "
        + (says.size() - 8)
        + " more differences (see the list)";
  }

  /** Is there an ellipsis of the quotation between the quote words around {@code at}? */
  private static boolean ellipsisBetween(List<Span> ellipses, int at, String q, Passage p) {
    return spanBetween(ellipses, at, q, p.a()) != null;
  }

  /**
   * Does one of {@code spans} stand between the words around offset {@code at} of {@code t} (within
   * {@code within})? The gap sits at {@code at}; the span may stand just before or after it.
   */
  private static Span spanBetween(List<Span> spans, int at, String t, Span within) {
    int lo = at;
    while (lo > within.start() && !Character.isLetterOrDigit(t.charAt(lo - 1))) {
      lo--;
    }
    int hi = at;
    while (hi < within.end() && !Character.isLetterOrDigit(t.charAt(hi))) {
      hi++;
    }
    for (Span e : spans) {
      if (e.start() >= lo && e.end() <= hi) {
        return e;
      }
    }
    return null;
  }

  /** The insertion that stands at offset {@code at} of {@code q} with no word between, or null. */
  private static Span bracketAt(List<Span> insertions, int at, String q) {
    for (Span e : insertions) {
      int from = Math.min(e.end(), at);
      int to = Math.max(e.end(), at);
      if (at < e.start()) {
        from = at;
        to = e.start();
      } else if (at <= e.end()) {
        return e;
      }
      if (!hasWord(q, from, to)) {
        return e;
      }
    }
    return null;
  }

  private static boolean hasWord(String t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Are the words of {@code t} at {@code s} just "and"? */
  private static boolean isAnd(String t, Span s) {
    return t.substring(s.start(), s.end()).strip().equalsIgnoreCase("and");
  }

  /** Is there an ampersand between the words around offset {@code at} of {@code t}? */
  private static boolean ampersandAt(String t, int at) {
    int lo = Math.min(at, t.length());
    while (lo > 0 && !Character.isLetterOrDigit(t.charAt(lo - 1))) {
      lo--;
    }
    int hi = Math.min(at, t.length());
    while (hi < t.length() && !Character.isLetterOrDigit(t.charAt(hi))) {
      hi++;
    }
    return t.substring(lo, hi).indexOf('&') >= 0;
  }

  /**
   * A note reference inside a quotation: one to three digits glued to the word or punctuation
   * before them ({@code assembly,2 and}, {@code powers.14}), not a number standing as a word.
   */
  private static boolean noteReference(String t, Span s) {
    String w = t.substring(s.start(), s.end()).strip();
    int a = s.start();
    while (a < s.end() && Character.isWhitespace(t.charAt(a))) {
      a++;
    }
    if (!NOTE_DIGITS.matcher(w).matches() || a == 0) {
      return false;
    }
    char before = t.charAt(a - 1);
    return !Character.isWhitespace(before) && !Character.isDigit(before);
  }

  /** The qualifier that continues the source sentence after {@code end}, or null. */
  static String qualifierAfter(String s, int end) {
    int i = end;
    int limit = Math.min(s.length(), end + 200);
    StringBuilder rest = new StringBuilder();
    while (i < limit) {
      char c = s.charAt(i);
      if (c == '.'
          || c == '!'
          || c == '?'
          || c == ';'
          || c == '\n' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        // a full stop inside an abbreviation or a number is not the end
        if (c == '.' && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1))) {
          rest.append(c);
          i++;
          continue;
        }
        break;
      }
      rest.append(c);
      i++;
    }
    Matcher m = WORD.matcher(rest);
    int n = 0;
    while (m.find() && n < 3) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (QUALIFIERS.contains(w) || w.endsWith("n't")) {
        String r = rest.toString().strip();
        return r.length() > 80 ? r.substring(0, 80) + "…" : r;
      }
      n++;
    }
    return null;
  }

  /** Does the surname of {@code attributed} occur in {@code author} (spelling-tolerant)? */
  public static boolean sameSurname(String attributed, String author) {
    List<String> a = names(attributed);
    List<String> b = names(author);
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    String surname = a.get(a.size() - 1);
    return b.contains(surname);
  }

  private static List<String> names(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("\\p{Lu}[\\p{L}'’-]+").matcher(s);
    while (m.find()) {
      String w = m.group();
      if (!Set.of("Comrade", "Mr", "Mrs", "The").contains(w)) {
        out.add(MatchKey.of(w.toLowerCase(Locale.ROOT)));
      }
    }
    return out;
  }

  private static Span trim(String t, Span s) {
    int a = s.start();
    int b = s.end();
    while (b > a && !Character.isLetterOrDigit(t.charAt(b - 1))) {
      b--;
    }
    return new Span(a, b);
  }

  private static String show(String t, Span s) {
    String x = t.substring(s.start(), s.end()).replaceAll("\\s+", " ").strip();
    x = x.replaceAll("[\\s,;:]+$", "");
    return x.length() > 120 ? x.substring(0, 117) + "…" : x;
  }

  private static String cite(DocTokens d, Span s) {
    int a = d.lines.lineOf(s.start());
    int b = d.lines.lastLineOf(s);
    return d.doc + ":" + (a == b ? a : a + "-" + b);
  }
}
