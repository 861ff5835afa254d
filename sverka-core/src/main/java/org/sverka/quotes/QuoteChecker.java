package org.sverka.quotes;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sverka.reuse.AlignOp;
import org.sverka.reuse.DocTokens;
import org.sverka.reuse.MatchKey;
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
 *   <li>other words are {@link Verdict#VARIANT_WORDING}; spelling and transliteration variants are
 *       not;
 *   <li>a quotation that ends where its source sentence goes on with "but", "although", "unless",
 *       "provided", "except", "only if", "however", "yet" or a negation is {@link
 *       Verdict#CUT_BEFORE_QUALIFIER};
 *   <li>a quotation attributed to someone whose surname is not in the source author's name is
 *       {@link Verdict#MISATTRIBUTED}.
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
    if (quote.size() < MIN_WORDS) {
      return new QuoteCheck(
          List.of(Verdict.NOT_FOUND),
          List.of(),
          "Not looked up: " + quote.size() + " words are a phrase, not a quotation to trace.");
    }
    List<Passage> found = detector.match(index, quote, selfDoc, self);
    List<SourceMatch> sources = new ArrayList<>();
    List<SourceMatch> partial = new ArrayList<>();
    for (Passage p : found) {
      SourceMatch m = judge(quote, p, ellipses, attributedTo);
      (m.partial() ? partial : sources).add(m);
    }
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

  private SourceMatch judge(DocTokens quote, Passage p, List<Span> ellipses, String attributedTo) {
    String q = quote.text;
    DocTokens source =
        index.docs().stream().filter(d -> d.doc.equals(p.docB())).findFirst().orElseThrow();
    String s = source.text;
    EnumSet<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
    List<Difference> diffs = new ArrayList<>();
    List<String> says = new ArrayList<>();
    for (AlignOp o : p.ops()) {
      switch (o.op()) {
        case CHANGED -> {
          diffs.add(new Difference("changed", trim(q, o.a()), trim(s, o.b()), false, o.spelling()));
          if (!o.spelling()) {
            verdicts.add(Verdict.VARIANT_WORDING);
            says.add(
                "changes \u201c" + show(s, o.b()) + "\u201d to \u201c" + show(q, o.a()) + "\u201d");
          }
        }
        case ADDED -> { // in the source, not in the quotation
          if (FOOTNOTE.matcher(s.substring(o.b().start(), o.b().end()).strip()).matches()) {
            continue; // the source's footnote number, "[1]" or "C.P.S.U.(B.)1"
          }
          boolean marked = ellipsisBetween(ellipses, o.a().start(), q, p);
          diffs.add(new Difference("omitted", o.a(), trim(s, o.b()), marked, false));
          verdicts.add(marked ? Verdict.ABRIDGED_MARKED : Verdict.ABRIDGED_UNMARKED);
          says.add(
              "leaves out \u201c"
                  + show(s, trim(s, o.b()))
                  + "\u201d"
                  + (marked ? " (marked with an ellipsis)" : " without an ellipsis"));
        }
        case OMITTED -> { // in the quotation, not in the source
          diffs.add(new Difference("added", trim(q, o.a()), o.b(), false, false));
          verdicts.add(Verdict.INTERPOLATED);
          says.add("adds \u201c" + show(q, o.a()) + "\u201d, which the source does not have");
        }
        default -> {}
      }
    }
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
    boolean partial = matched < 0.5 * quote.size();
    if (!partial && before + after >= 3) {
      verdicts.add(Verdict.INTERPOLATED);
      if (before > 0) {
        Span extra = new Span(quote.start(0), quote.end(before - 1));
        diffs.add(
            0,
            new Difference("added", extra, new Span(p.b().start(), p.b().start()), false, false));
        says.add("begins with \u201c" + show(q, extra) + "\u201d, which the source does not have");
      }
      if (after > 0) {
        Span extra = new Span(quote.start(quote.size() - after), quote.end(quote.size() - 1));
        diffs.add(new Difference("added", extra, new Span(p.b().end(), p.b().end()), false, false));
        says.add("ends with \u201c" + show(q, extra) + "\u201d, which the source does not have");
      }
    }
    String qualifier = qualifierAfter(s, p.b().end());
    if (qualifier != null) {
      verdicts.add(Verdict.CUT_BEFORE_QUALIFIER);
      says.add("stops where the source goes on: \u201c" + qualifier + "\u201d");
    }
    String author = authorship.authorAt(p.docB(), p.b().start(), p.b().end());
    String date = authorship.dateAt(p.docB(), p.b().start());
    if (attributedTo != null && author != null && !sameSurname(attributedTo, author)) {
      verdicts.add(Verdict.MISATTRIBUTED);
      says.add("is attributed to " + attributedTo + ", but the source is by " + author);
    }
    if (partial) {
      verdicts.clear();
      says.clear();
    } else if (verdicts.isEmpty()) {
      verdicts.add(Verdict.VERBATIM);
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
    String explanation =
        where
            + (partial
                ? ""
                : says.isEmpty()
                    ? " The quotation gives the source's words"
                        + (diffs.isEmpty() ? " exactly." : ", up to spelling.")
                    : " The quotation " + summary(says) + ".");
    return new SourceMatch(
        p, List.copyOf(verdicts), List.copyOf(diffs), explanation, author, date, partial);
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
    // the gap sits at offset `at` of the quotation; the ellipsis may stand just before or after
    // it, between the neighbouring words
    int lo = at;
    while (lo > p.a().start() && !Character.isLetterOrDigit(q.charAt(lo - 1))) {
      lo--;
    }
    int hi = at;
    while (hi < p.a().end() && !Character.isLetterOrDigit(q.charAt(hi))) {
      hi++;
    }
    for (Span e : ellipses) {
      if (e.start() >= lo && e.end() <= hi) {
        return true;
      }
    }
    return false;
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
  static boolean sameSurname(String attributed, String author) {
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
