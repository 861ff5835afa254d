package org.sverka.quotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.sverka.quotes.internal.Attributions;
import org.sverka.quotes.internal.Inside;
import org.sverka.text.NormalizedText;
import org.sverka.text.Paragraph;
import org.sverka.text.Sentence;
import org.sverka.text.Span;

/**
 * Finds every quotation in a document: marked ones ({@code "..."}, {@code “...”}, {@code '...'},
 * {@code ‘...’}, {@code «...»}, {@code „...“}), nested ones, ones that run over several paragraphs,
 * and block quotations set off after an introducing colon. Works on each paragraph's normalised
 * text and returns original offsets.
 *
 * <h2>Rules</h2>
 *
 * <ol>
 *   <li><b>Marks.</b> A mark opens when it follows whitespace, the start, an opening bracket, a
 *       dash, a colon or another mark and precedes a non-space (a single quote: a letter); it
 *       closes when it follows a non-space and precedes whitespace, punctuation, another mark or
 *       the end. Marks are matched with a stack, so quotations nest ({@code 'successful'} inside
 *       {@code "..."}). A closing mark closes the nearest open quotation it can close; quotations
 *       opened above that one and never closed are dropped as stray marks. A symmetric opening mark
 *       met while the same style is open on top of the stack ({@code "a "b"}) means the earlier
 *       mark was stray: it is dropped, unless the new mark stands in a bracket opened since (a
 *       reporter's interruption inside a quoted speech, {@code "a (cries of "No!") b"}): nested.
 *       Mixed double marks close each other ({@code “...""}) when nothing better is open. A mark
 *       written as a character reference, as XML and HTML keep it ({@code &ldquo;...&rdquo;},
 *       {@code &#8220;}), is that mark.
 *   <li><b>Apostrophes.</b> A {@code ’} or {@code '} between letters is an apostrophe; so is one
 *       that begins an elided word ('tis, rock 'n' roll). A {@code ’}/{@code '} after an {@code s}
 *       at a word's end and before a space (workers’ state) closes a single quotation only when one
 *       is open on top of the stack, otherwise it is an apostrophe.
 *   <li><b>Paragraphs.</b> A quotation never crosses a paragraph boundary unless the next
 *       (non-boilerplate) paragraph starts with the same opening mark as a quotation still open:
 *       the convention of repeating the opening mark at the start of each quoted paragraph. Then it
 *       is one quotation with one segment per paragraph. The one exception is a paragraph cut in
 *       two by a page break, which the layout cannot tell from a paragraph break in double-spaced
 *       text (the Stalin volume): when a paragraph ends without closing punctuation (on a letter,
 *       digit, comma or semicolon) and the next begins with a lower-case letter, the quotations
 *       open at the end of the first go on into the second, as another segment.
 *   <li><b>Unclosed marks.</b> A quotation still open at its paragraph's end (and not continued) is
 *       cut there with {@code closed = false}, unless it is a straight single quote (too likely an
 *       apostrophe) or it would quote more than {@value #MAX_UNCLOSED} characters (a mark that
 *       opens early in a long paragraph): then the opening mark is taken for a stray mark and no
 *       quotation is made. A quotation continued by repeated opening marks is kept, unclosed, at
 *       any length. If an unclosed quotation runs over the colon of a block quotation's
 *       introduction (rule 5), it ends where the introducing sentence begins.
 *   <li><b>Block quotations.</b> A paragraph that ends with a colon, whose last sentence has a verb
 *       of saying or writing ("wrote", "said", "stated", "reads", "went on to say", ...), names a
 *       work ("article", "speech", "resolution", "Vol.", ...) or the words themselves ("in these
 *       words", "this language"), followed by a paragraph that does not begin with a quotation
 *       mark: that paragraph is quoted as a block. So is the paragraph after one that ends on a
 *       verb of saying in lower case with no mark at all ("... the miller declared"), when it
 *       begins with a capital, and the one after a paragraph whose last sentence, ending in a full
 *       stop, says that the speaker will read or quote ("... a part of which I will read, in his
 *       own words."). "The following" and "as follows" alone do not count ("It is as follows:"
 *       introduces the author's own summary). A following paragraph that begins with a list marker
 *       ("1.", "a)", "•") is an enumeration, not a quotation. The block goes on into further
 *       paragraphs only while they begin with an ellipsis or a lower-case letter, or end with a
 *       bracketed source reference ("[January 1935, No.41]", which then ends the block), or follow
 *       a quoted paragraph that stops mid-sentence (a page break), up to {@value #MAX_BLOCK_CHARS}
 *       characters.
 *   <li><b>Inside.</b> Ellipses ("...", "…", ". . .", "[...]") and editorial insertions ("[my
 *       emphasis]", "[!]", "(sic)", "(in Germany — J. St.)", a bare "— J. St.") in every segment.
 *   <li><b>Attribution.</b> From the clause before the opening mark in the same sentence, or the
 *       previous sentence or paragraph when it ends with a colon; else from the words right after
 *       the closing mark ("..." writes Stalin; "..." (Vol. XXV, p. 351)).
 * </ol>
 *
 * <p>Output is ordered by span start, then depth, and is deterministic. Thread-safe: it holds no
 * state between calls.
 */
public final class QuoteFinder {
  /** The most an unclosed quotation may take of its paragraph before its mark counts as stray. */
  static final int MAX_UNCLOSED = 1000;

  /** A block quotation grows into further paragraphs only up to this many characters. */
  static final int MAX_BLOCK_CHARS = 5000;

  /** How far after a closing mark the words that name the speaker or the work may stand. */
  private static final int AFTER_WINDOW = 200;

  private static final Pattern LIST_ITEM =
      Pattern.compile("^(?:\\(?\\d{1,3}[.)]|\\(?[a-z][.)]|\\(?[ivx]{1,4}[.)]|[•*·▪–—-])\\s");

  private static final Pattern SAYING =
      Pattern.compile(
          "\\b(?:wrote|writes|write|written|said|says|declared|declares|stated|states|asserted"
              + "|asserts|reads|read|spoke|speaks|proclaimed|proclaims|replied|answered|exclaimed"
              + "|told|quoted?|quotes|quoting|cites?|cited|citing|proposed|formulated|reiterated"
              + "|repeated|testified|put it|in the following words|say|adds|added|continues"
              + "|continued|goes on|went on|sums up|summed up|concludes|concluded|remarks"
              + "|remarked|observes|observed|asked|asks|propounded|propounds)\\b"
              + "|\\b(?:this|these|those|the following|his|her|their|own|my|our)"
              + " (?:words|language)\\b"
              + "|\\b(?:article|articles|letter|resolution|declaration|speech|report|statement"
              + "|theses|thesis|book|booklet|pamphlet|passage|extract|excerpt|formulation|testimony"
              + "|telegram|appeal|programme|program|platform|manifesto|preface|postscript|editorial"
              + "|bulletin|pravda|izvestia|protocol|minutes|transcript|interview|communiqué"
              + "|ultimatum)\\b"
              + "|\\bvol\\.|\\bpp?\\.\\s?\\d",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern ELLIPSIS_START =
      Pattern.compile("^(?:\\.(?:\\s?\\.){2,}|…|\\[\\s*(?:\\.\\s*){3,}\\]|\\[…\\])");

  private static final Pattern CITATION_END =
      Pattern.compile(
          "[\\[(][^\\[\\]()]{0,80}(?:\\b1[89]\\d\\d\\b|No\\.\\s?\\d+|Vol\\.|\\bpp?\\.\\s?\\d+)"
              + "[^\\[\\]()]{0,40}[\\])]\\s*$");

  /** A quotation as the scan finds it, in normalised offsets of its paragraphs. */
  private record Piece(int para, int start, int end) {}

  private record Raw(
      Style style,
      List<Piece> pieces,
      int openPara,
      int openPos,
      int closePara,
      int closePos,
      boolean closed,
      int introPara,
      int introFrom) {}

  /** An open quotation on the scan's stack. */
  private static final class Open {
    final Style style;
    final char opener;
    final String closers;
    final int openPara;
    final int openPos;
    final List<Piece> pieces = new ArrayList<>();
    int curStart;

    /** Continued into a paragraph that repeats its opening mark (rule 2). */
    boolean repeated;

    /** Brackets opened inside it and still open where its paragraph broke off (a page break). */
    int brackets;

    Open(Style style, char opener, String closers, int para, int pos) {
      this.style = style;
      this.opener = opener;
      this.closers = closers;
      this.openPara = para;
      this.openPos = pos;
      this.curStart = pos + 1;
    }
  }

  /** Finds the quotations of a document. Boilerplate paragraphs are skipped. */
  public List<Quotation> find(String text, List<Paragraph> given) {
    Objects.requireNonNull(text, "original");
    Objects.requireNonNull(given, "paragraphs");
    String original = Marks.referencesAsMarks(text);
    List<Paragraph> paragraphs = withReferencesAsMarks(given);
    List<Raw> raws = new ArrayList<>();
    scanMarks(original, paragraphs, raws);
    Map<Integer, List<int[]>> intervals = intervals(paragraphs, raws);
    findBlocks(paragraphs, raws, intervals);
    intervals = intervals(paragraphs, raws);

    List<Quotation> out = new ArrayList<>();
    for (Raw r : raws) {
      Quotation q = build(paragraphs, r, intervals);
      if (q != null) {
        Span outer = Marks.wholeReferences(text, q.outer());
        out.add(
            outer == q.outer()
                ? q
                : new Quotation(
                    q.span(),
                    outer,
                    q.segments(),
                    q.style(),
                    q.depth(),
                    q.closed(),
                    q.ellipses(),
                    q.insertions(),
                    q.attribution()));
      }
    }
    return withDepths(out);
  }

  /**
   * The paragraphs with quotation marks written as character references read as marks ({@link
   * Marks#referencesAsMarks}); the offsets do not move, so the offset maps and sentences stand.
   */
  private static List<Paragraph> withReferencesAsMarks(List<Paragraph> paragraphs) {
    List<Paragraph> out = new ArrayList<>(paragraphs.size());
    for (Paragraph p : paragraphs) {
      NormalizedText nt = p.normalized();
      String t = Marks.referencesAsMarks(nt.text());
      out.add(
          t == nt.text()
              ? p
              : new Paragraph(
                  p.index(),
                  p.span(),
                  p.lineStart(),
                  p.lineEnd(),
                  p.boilerplate(),
                  new NormalizedText(t, nt.map()),
                  p.sentences()));
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // marks

  private static void scanMarks(String original, List<Paragraph> paragraphs, List<Raw> raws) {
    Deque<Open> stack = new ArrayDeque<>(); // head = top
    int k = nextText(paragraphs, -1);
    int resumeAt = 0;
    while (k >= 0) {
      NormalizedText nt = paragraphs.get(k).normalized();
      String s = nt.text();
      scanParagraph(original, nt, k, resumeAt, stack, raws);
      int next = nextText(paragraphs, k);
      if (next >= 0
          && !stack.isEmpty()
          && brokenParagraph(s, paragraphs.get(next).normalized().text())) {
        // a paragraph cut in two by a page break: every open quotation goes on
        for (Open o : stack) {
          o.pieces.add(new Piece(k, o.curStart, s.length()));
          o.brackets = bracketDepth(s, o.openPara == k ? o.openPos + 1 : 0, s.length(), o.brackets);
          o.curStart = 0;
        }
        resumeAt = 0;
        k = next;
        continue;
      }
      resumeAt = endParagraph(paragraphs, k, next, stack, raws);
      k = next;
    }
  }

  /** Reads the marks of paragraph {@code k} from {@code resumeAt}. */
  private static void scanParagraph(
      String original, NormalizedText nt, int k, int resumeAt, Deque<Open> stack, List<Raw> raws) {
    String s = nt.text();
    for (int i = resumeAt; i < s.length(); i++) {
      if (Marks.isQuote(s.charAt(i))) {
        Open top = stack.peek();
        if (top != null
            && top.opener == s.charAt(i)
            && Marks.canOpen(s, i)
            && !Marks.canClose(s, i)
            && reopensLine(original, nt.toOriginal(i, i + 1).start())) {
          // the mark repeated at the start of a quoted paragraph that the layout could not tell
          // from a line of the same paragraph (one-line paragraphs, double-spaced): the
          // quotation goes on, in another segment
          top.pieces.add(new Piece(k, top.curStart, i));
          top.curStart = i + 1;
          top.repeated = true;
          continue;
        }
        i = mark(s, i, k, stack, raws);
      }
    }
  }

  /**
   * At the end of paragraph {@code k}, the quotations left open end there, but for the one that the
   * next paragraph's opening mark goes on with. Returns where the next paragraph's scan resumes.
   */
  private static int endParagraph(
      List<Paragraph> paragraphs, int k, int next, Deque<Open> stack, List<Raw> raws) {
    String s = paragraphs.get(k).normalized().text();
    Open cont = null;
    int f = -1;
    if (next >= 0 && !stack.isEmpty()) {
      String t = paragraphs.get(next).normalized().text();
      f = firstNonSpace(t, 0);
      if (f < t.length() && Marks.isQuote(t.charAt(f)) && Marks.canOpen(t, f)) {
        cont = outermostOpenedBy(stack, t.charAt(f));
      }
    }
    if (cont != null
        && cont.openPara == k
        && !cont.repeated
        && strayBeforeIntro(paragraphs, k, cont)) {
      stack.remove(cont);
      cont = null;
    }
    var it = stack.descendingIterator();
    while (it.hasNext()) {
      Open o = it.next();
      if (o != cont) {
        finishUnclosed(o, k, s, raws);
      }
    }
    stack.clear();
    if (cont == null) {
      return 0;
    }
    cont.pieces.add(new Piece(k, cont.curStart, s.length()));
    cont.curStart = f + 1;
    cont.repeated = true;
    stack.push(cont);
    return f + 1;
  }

  /** The outermost open quotation that a paragraph's opening mark repeats, or null. */
  private static Open outermostOpenedBy(Deque<Open> stack, char opener) {
    var it = stack.descendingIterator();
    while (it.hasNext()) {
      Open o = it.next();
      if (o.opener == opener) {
        return o;
      }
    }
    return null;
  }

  /**
   * A mark left open earlier in a paragraph that ends by introducing the quotation ("... in these
   * words:") was stray: the quotation starts at the next paragraph's mark.
   */
  private static boolean strayBeforeIntro(List<Paragraph> paragraphs, int k, Open cont) {
    String s = paragraphs.get(k).normalized().text();
    int end = lastNonSpace(s);
    int introFrom = introStart(paragraphs.get(k), end);
    int from = Math.max(introFrom, cont.openPos + 1);
    return end >= 0
        && s.charAt(end) == ':'
        && from < end
        && SAYING.matcher(s).region(from, end).find();
  }

  /** Handles the mark at {@code s[i]}; returns the index of the last character it consumed. */
  private static int mark(String s, int i, int k, Deque<Open> stack, List<Raw> raws) {
    char c = s.charAt(i);
    switch (c) {
      case '"', '“', '”', '„' -> doubleMark(s, i, k, stack, raws);
      case '‘', '’', '\'' -> {
        return singleMark(s, i, k, stack, raws);
      }
      case '«', '‹', '»', '›' -> guillemet(s, i, k, stack, raws);
      default -> {}
    }
    return i;
  }

  /** A double mark: straight, curly or low-high. */
  private static void doubleMark(String s, int i, int k, Deque<Open> stack, List<Raw> raws) {
    char c = s.charAt(i);
    boolean open = Marks.canOpen(s, i);
    boolean close = Marks.canClose(s, i);
    Open top = stack.peek();
    switch (c) {
      case '"' -> {
        Open o = close ? nearest(stack, x -> x.style == Style.DOUBLE_STRAIGHT) : null;
        if (o == null && close && !open && top != null && isDoubleOpener(top.opener)) {
          o = top; // “...": mixed marks
        }
        if (o != null) {
          close(stack, o, k, i, raws);
        } else if (open) {
          reopen(stack, Style.DOUBLE_STRAIGHT, s, i, k, raws);
          stack.push(new Open(Style.DOUBLE_STRAIGHT, c, "\"", k, i));
        }
      }
      case '“' -> {
        Open o = close ? nearest(stack, x -> x.closers.indexOf(c) >= 0) : null;
        if (o == null && close && !open && top != null) {
          if (top.opener == '“' || top.style == Style.DOUBLE_STRAIGHT) {
            o = top; // “...“ or "...“: a closing mark set as an opening one
          }
        }
        if (o != null) {
          close(stack, o, k, i, raws);
        } else if (open || !close) {
          reopenChar(stack, s, i, k, raws);
          stack.push(new Open(Style.DOUBLE_CURLY, c, "”", k, i));
        }
      }
      case '”' -> {
        Open o = nearest(stack, x -> x.closers.indexOf(c) >= 0);
        if (o != null && (close || !open)) {
          close(stack, o, k, i, raws);
        } else if (close && top != null && top.style == Style.DOUBLE_STRAIGHT) {
          close(stack, top, k, i, raws);
        } else if (open && !close) {
          stack.push(new Open(Style.DOUBLE_CURLY, c, "”", k, i)); // ”...”
        }
      }
      default -> { // „
        if (open || !close) {
          reopenChar(stack, s, i, k, raws);
          stack.push(new Open(Style.LOW_HIGH, c, "“”", k, i));
        }
      }
    }
  }

  /**
   * A single mark, curly or straight, or an apostrophe; returns the index of the last character it
   * consumed.
   */
  private static int singleMark(String s, int i, int k, Deque<Open> stack, List<Raw> raws) {
    char c = s.charAt(i);
    boolean open = Marks.canOpen(s, i);
    boolean close = Marks.canClose(s, i);
    Open top = stack.peek();
    switch (c) {
      case '‘' -> {
        if (close && !open && top != null && top.opener == '‘') {
          close(stack, top, k, i, raws); // ‘...‘
        } else if (open) {
          reopenChar(stack, s, i, k, raws);
          stack.push(new Open(Style.SINGLE_CURLY, c, "’", k, i));
        }
      }
      case '’' -> {
        if (Marks.betweenLetters(s, i) || !close) {
          return i; // an apostrophe (Trotsky’s, ’tis) or a stray mark
        }
        Open o = nearest(stack, x -> x.closers.indexOf(c) >= 0);
        if (o != null && (!ambiguousPlural(s, i) || o == top)) {
          close(stack, o, k, i, raws);
        }
      }
      default -> { // '
        if (Marks.betweenLetters(s, i)) {
          return i;
        }
        if (open) {
          int e = Marks.elisionEnd(s, i);
          if (e >= 0) {
            return e - 1;
          }
        }
        Open o = close ? nearest(stack, x -> x.style == Style.SINGLE_STRAIGHT) : null;
        if (o != null && (!ambiguousPlural(s, i) || o == top)) {
          close(stack, o, k, i, raws);
        } else if (open) {
          reopen(stack, Style.SINGLE_STRAIGHT, s, i, k, raws);
          stack.push(new Open(Style.SINGLE_STRAIGHT, c, "'", k, i));
        }
      }
    }
    return i;
  }

  /** « » and ‹ ›, or the reversed German » « and › ‹. */
  private static void guillemet(String s, int i, int k, Deque<Open> stack, List<Raw> raws) {
    char c = s.charAt(i);
    boolean open = Marks.canOpen(s, i);
    boolean close = Marks.canClose(s, i);
    Open o = nearest(stack, x -> x.closers.indexOf(c) >= 0);
    boolean pointsRight = c == '«' || c == '‹';
    if (o != null && (close || !open)) {
      close(stack, o, k, i, raws);
    } else if (pointsRight ? (open || !close) : (open && !close)) {
      String closer =
          switch (c) {
            case '«' -> "»";
            case '»' -> "«";
            case '‹' -> "›";
            default -> "‹";
          };
      reopenChar(stack, s, i, k, raws);
      stack.push(new Open(Style.GUILLEMETS, c, closer, k, i));
    }
  }

  /**
   * Is {@code next} the rest of a paragraph cut by a page break? The first ends without closing
   * punctuation (a letter, a digit, a comma) and the second begins with a lower-case letter.
   */
  static boolean brokenParagraph(String s, String next) {
    int e = lastNonSpace(s);
    int f = firstNonSpace(next, 0);
    if (e < 0 || f >= next.length()) {
      return false;
    }
    char last = s.charAt(e);
    return (Character.isLetterOrDigit(last) || last == ',' || last == ';')
        && Character.isLowerCase(next.charAt(f));
  }

  /**
   * Does the mark at original offset {@code at} begin its line, after a line that ends a sentence
   * (. ! ? ; or a closing bracket, not the colon of an introduction)? Then it begins a new
   * paragraph of the text, as a repeated opening mark does.
   */
  static boolean reopensLine(String original, int at) {
    int i = at - 1;
    while (i >= 0 && original.charAt(i) != '\n' && Marks.isSpace(original.charAt(i))) {
      i--;
    }
    if (i < 0 || original.charAt(i) != '\n') {
      return false;
    }
    while (i >= 0 && Marks.isSpace(original.charAt(i))) {
      i--;
    }
    return i >= 0 && ".!?;)]".indexOf(original.charAt(i)) >= 0;
  }

  private static boolean isDoubleOpener(char c) {
    return c == '“' || c == '„';
  }

  /** workers’ state: a mark after a word-final s and before a space. */
  private static boolean ambiguousPlural(String s, int i) {
    char prev = i > 0 ? s.charAt(i - 1) : ' ';
    char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
    return (prev == 's' || prev == 'S') && Marks.isSpace(next);
  }

  private static Open nearest(Deque<Open> stack, java.util.function.Predicate<Open> p) {
    for (Open o : stack) { // from the top
      if (p.test(o)) {
        return o;
      }
    }
    return null;
  }

  /** Closes {@code o}; quotations opened after it and still open were stray marks. */
  private static void close(Deque<Open> stack, Open o, int k, int i, List<Raw> raws) {
    while (stack.peek() != o) {
      dropStray(stack.pop(), raws);
    }
    stack.pop();
    o.pieces.add(new Piece(k, o.curStart, i));
    raws.add(new Raw(o.style, o.pieces, o.openPara, o.openPos, k, i, true, -1, -1));
  }

  /**
   * A symmetric mark opening again while the same style is open on top: the first was stray, unless
   * the new one stands in a bracket opened since (a reporter's interruption inside a quoted speech,
   * "... (cries of "Hear, hear") ...": nested, not stray).
   */
  private static void reopen(
      Deque<Open> stack, Style style, String s, int i, int k, List<Raw> raws) {
    Open top = stack.peek();
    if (top != null
        && top.style == style
        && top.opener == s.charAt(i)
        && !bracketedSince(s, top, i, k)) {
      dropStray(stack.pop(), raws);
    }
  }

  private static void reopenChar(Deque<Open> stack, String s, int i, int k, List<Raw> raws) {
    Open top = stack.peek();
    if (top != null && top.opener == s.charAt(i) && !bracketedSince(s, top, i, k)) {
      dropStray(stack.pop(), raws);
    }
  }

  /** Does offset {@code i} of paragraph {@code k} stand in a bracket opened after {@code o}? */
  private static boolean bracketedSince(String s, Open o, int i, int k) {
    return bracketDepth(s, o.openPara == k ? o.openPos + 1 : 0, i, o.openPara == k ? 0 : o.brackets)
        > 0;
  }

  /**
   * How many brackets are open at offset {@code to} of {@code s}, of those opened from {@code from}
   * on, with {@code open} already open before it.
   */
  static int bracketDepth(String s, int from, int to, int open) {
    int depth = open;
    for (int j = from; j < to; j++) {
      char c = s.charAt(j);
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      }
    }
    return depth;
  }

  /**
   * A stray opening mark makes no quotation, except that a quotation already continued by a
   * repeated opening mark keeps the paragraphs before this one, unclosed.
   */
  private static void dropStray(Open o, List<Raw> raws) {
    if (o.repeated) {
      raws.add(new Raw(o.style, o.pieces, o.openPara, o.openPos, -1, -1, false, -1, -1));
    }
  }

  private static void finishUnclosed(Open o, int k, String s, List<Raw> raws) {
    o.pieces.add(new Piece(k, o.curStart, s.length()));
    if (!o.repeated) {
      if (o.style == Style.SINGLE_STRAIGHT) {
        return; // more likely an apostrophe than a quotation missing its end
      }
      int length = 0;
      for (Piece pc : o.pieces) {
        length += pc.end - pc.start;
      }
      if (length > MAX_UNCLOSED) {
        return; // a stray mark early in a long paragraph
      }
    }
    raws.add(new Raw(o.style, o.pieces, o.openPara, o.openPos, -1, -1, false, -1, -1));
  }

  // ---------------------------------------------------------------------------------------------
  // block quotations

  private static void findBlocks(
      List<Paragraph> paragraphs, List<Raw> raws, Map<Integer, List<int[]>> intervals) {
    Set<Integer> inBlock = new HashSet<>();
    for (int k = nextText(paragraphs, -1); k >= 0; k = nextText(paragraphs, k)) {
      if (inBlock.contains(k)) {
        continue;
      }
      String s = paragraphs.get(k).normalized().text();
      int end = lastNonSpace(s);
      int q = nextText(paragraphs, k);
      if (end < 0
          || q < 0
          || !introduces(
              s, end, introStart(paragraphs.get(k), end), paragraphs.get(q).normalized().text())
          || !blockCandidate(paragraphs.get(q).normalized().text())) {
        continue;
      }
      Raw cut = null;
      if (covered(intervals.get(k), end)) {
        // only an unclosed mark of this paragraph may run over the introducing colon; the
        // introduction ends it
        cut = unclosedAt(raws, k, end);
        if (cut == null) {
          continue;
        }
      }
      int introFrom = introStart(paragraphs.get(k), end);
      int introTo = s.charAt(end) == ':' ? end : end + 1;
      if (!SAYING.matcher(s).region(introFrom, introTo).find()) {
        continue;
      }
      if (cut != null) {
        if (introFrom <= cut.openPos + 1) {
          continue;
        }
        cutAtIntro(raws, cut, introFrom);
      }
      List<Piece> pieces = blockPieces(paragraphs, q);
      int last = pieces.get(pieces.size() - 1).para;
      for (Piece p : pieces) {
        inBlock.add(p.para);
      }
      raws.add(new Raw(Style.BLOCK, pieces, q, 0, last, -1, true, k, introFrom));
    }
  }

  /**
   * Does a paragraph ending at {@code end} introduce the next one as a quotation by its last mark?
   * A colon does; so does a verb of saying with no mark at all ("... he declared") when the next
   * paragraph begins a sentence with a capital (lower case would be the same sentence, cut by a
   * page break).
   */
  static boolean introduces(String s, int end, int sentence, String next) {
    if (s.charAt(end) == ':') {
      return true;
    }
    int f = firstNonSpace(next, 0);
    if (f >= next.length() || !Character.isUpperCase(next.charAt(f))) {
      return false;
    }
    if (s.charAt(end) == '.') {
      return READING.matcher(s).region(sentence, end).find();
    }
    return Character.isLetter(s.charAt(end))
        && SAYING_LAST.matcher(s.substring(Math.max(0, end - 40), end + 1)).find();
  }

  /**
   * A speaker announcing that he reads or quotes what follows ("a part of which I will read, to
   * state his views in his own words."), or a sentence that ends on the words themselves, with at
   * most the page they stand on ("The order was given in these words, p. 12."): an introduction
   * even when it ends with a full stop.
   */
  private static final Pattern READING =
      Pattern.compile(
          "\\b(?:I|we) (?:will|shall|now|must|am going to) (?:now )?(?:read|quote)\\b"
              + "|\\b[Ll]et me (?:now )?(?:read|quote)\\b"
              + "|\\bin (?:these|the following|the same|(?:his|her|their|its) own) words"
              + "(?:,? (?:pp?\\.|[Vv]ol\\.|page|fol\\.) ?[0-9IVXLCivxlc]{1,6})?$");

  /**
   * A verb of saying that ends its paragraph without a mark: the block's introduction. In lower
   * case: a heading capitalises its words ("Questions and Replies") and introduces nothing.
   */
  private static final Pattern SAYING_LAST =
      Pattern.compile(
          "\\b(?:said|says|declared|declares|wrote|writes|stated|states|answered|answers|replied"
              + "|replies|added|adds|continued|continues|asked|asks|proclaimed|proclaims)$");

  /** Ends an unclosed quotation where the introduction of a block quotation begins. */
  private static void cutAtIntro(List<Raw> raws, Raw cut, int introFrom) {
    Piece pc = cut.pieces.get(0);
    raws.set(
        raws.indexOf(cut),
        new Raw(
            cut.style,
            List.of(new Piece(pc.para, pc.start, introFrom)),
            cut.openPara,
            cut.openPos,
            -1,
            -1,
            false,
            -1,
            -1));
  }

  /**
   * The paragraphs of a block quotation from paragraph {@code q}: those that go on with it (after
   * an ellipsis, in lower case) up to a citation's end or the longest block.
   */
  private static List<Piece> blockPieces(List<Paragraph> paragraphs, int q) {
    List<Piece> pieces = new ArrayList<>();
    String t = paragraphs.get(q).normalized().text();
    pieces.add(new Piece(q, 0, t.length()));
    int total = t.length();
    boolean ended = CITATION_END.matcher(t).find();
    int last = q;
    String prev = t;
    while (!ended) {
      int r = nextText(paragraphs, last);
      if (r < 0) {
        break;
      }
      String u = paragraphs.get(r).normalized().text();
      if (!blockCandidate(u) || total + u.length() > MAX_BLOCK_CHARS) {
        break;
      }
      int g = firstNonSpace(u, 0);
      boolean citationEnd = CITATION_END.matcher(u).find();
      boolean continues =
          ELLIPSIS_START.matcher(u).region(g, u.length()).lookingAt()
              || Character.isLowerCase(u.charAt(g))
              || citationEnd
              || brokenOff(prev);
      if (!continues) {
        break;
      }
      pieces.add(new Piece(r, 0, u.length()));
      total += u.length();
      ended = citationEnd;
      last = r;
      prev = u;
    }
    return pieces;
  }

  /**
   * Does a quoted paragraph stop mid-sentence, on a word or a comma (a page break cut it, and the
   * next paragraph goes on with it whatever its first letter)?
   */
  static boolean brokenOff(String t) {
    int e = lastNonSpace(t);
    return e >= 0 && (Character.isLetter(t.charAt(e)) || t.charAt(e) == ',');
  }

  /** The unclosed quotation of one paragraph that runs over {@code pos}, or null. */
  private static Raw unclosedAt(List<Raw> raws, int para, int pos) {
    Raw found = null;
    for (Raw r : raws) {
      if (r.style != Style.BLOCK && r.openPara == para && r.pieces.size() == 1) {
        if (!r.closed && r.openPos < pos) {
          found = r;
        } else if (r.closed && r.openPos < pos && pos <= r.closePos) {
          return null;
        }
      }
    }
    return found;
  }

  /** A paragraph that could be (the next part of) a block quotation. */
  private static boolean blockCandidate(String t) {
    int f = firstNonSpace(t, 0);
    if (f >= t.length() || Marks.isQuote(t.charAt(f))) {
      return false; // a marked quotation is found as such
    }
    if (LIST_ITEM.matcher(t).region(f, t.length()).lookingAt()) {
      return false; // an enumeration after "the following points:"
    }
    int e = lastNonSpace(t);
    return t.charAt(e) != ':'; // itself an introduction
  }

  /** Where the introducing sentence of a paragraph ending at {@code end} begins. */
  private static int introStart(Paragraph p, int end) {
    int from = 0;
    for (Sentence sen : p.sentences()) {
      if (sen.normStart() <= end) {
        from = sen.normStart();
      }
    }
    return from;
  }

  // ---------------------------------------------------------------------------------------------
  // building

  private static Quotation build(
      List<Paragraph> paragraphs, Raw r, Map<Integer, List<int[]>> intervals) {
    List<Span> segments = new ArrayList<>();
    List<Span> ellipses = new ArrayList<>();
    List<Span> insertions = new ArrayList<>();
    boolean hasWord = false;
    for (Piece pc : r.pieces) {
      NormalizedText nt = paragraphs.get(pc.para).normalized();
      String s = nt.text();
      int a = firstNonSpace(s, pc.start);
      int b = pc.end;
      while (b > a && Marks.isSpace(s.charAt(b - 1))) {
        b--;
      }
      if (b <= a) {
        continue;
      }
      for (int x = a; x < b && !hasWord; x++) {
        hasWord = Character.isLetterOrDigit(s.charAt(x));
      }
      Span seg = nt.toOriginal(a, b);
      if (seg.length() == 0) {
        continue;
      }
      segments.add(seg);
      Inside.scan(nt, a, b, ellipses, insertions);
    }
    if (segments.isEmpty() || !hasWord) {
      return null;
    }
    Span span = new Span(segments.get(0).start(), segments.get(segments.size() - 1).end());
    Span outer;
    if (r.style == Style.BLOCK) {
      outer = span;
    } else {
      NormalizedText first = paragraphs.get(r.openPara).normalized();
      int os = first.toOriginal(r.openPos, r.openPos + 1).start();
      int oe =
          r.closed
              ? paragraphs
                  .get(r.closePara)
                  .normalized()
                  .toOriginal(r.closePos, r.closePos + 1)
                  .end()
              : span.end();
      outer = new Span(Math.min(os, span.start()), Math.max(oe, span.end()));
    }
    ellipses.removeIf(e -> !span.contains(e));
    insertions.removeIf(e -> !span.contains(e));
    Attribution attribution = attribute(paragraphs, r, intervals);
    return new Quotation(
        span, outer, segments, r.style, 0, r.closed, ellipses, insertions, attribution);
  }

  // ---------------------------------------------------------------------------------------------
  // attribution

  /** What a context of a quotation says of it, parsed from a paragraph (para -1 when none). */
  private record Side(Attributions.Found found, int para) {
    static final Side NONE = new Side(null, -1);
  }

  /** The span of a paragraph that introduces a quotation ("... in these words:"). */
  private record Intro(int para, int from, int to) {}

  private static Attribution attribute(
      List<Paragraph> paragraphs, Raw r, Map<Integer, List<int[]>> intervals) {
    Side before = contextBefore(paragraphs, r, intervals);
    Side after =
        r.closed && r.style != Style.BLOCK ? contextAfter(paragraphs, r, intervals) : Side.NONE;
    String speaker = null;
    Span speakerSpan = null;
    boolean firstPerson = false;
    String work = null;
    Span workSpan = null;
    Side who =
        before.found() != null && before.found().hasSpeaker()
            ? before
            : after.found() != null && after.found().hasSpeaker() ? after : null;
    if (who != null) {
      Attributions.Found w = who.found();
      firstPerson = w.firstPerson;
      speaker = w.speaker;
      if (w.speakerStart >= 0) {
        speakerSpan =
            paragraphs.get(who.para()).normalized().toOriginal(w.speakerStart, w.speakerEnd);
      }
    }
    Side what =
        before.found() != null && before.found().work != null
            ? before
            : after.found() != null && after.found().work != null ? after : null;
    if (what != null) {
      Attributions.Found w = what.found();
      work = clean(w.work);
      workSpan = paragraphs.get(what.para()).normalized().toOriginal(w.workStart, w.workEnd);
    }
    if (speaker == null && !firstPerson && work == null) {
      return null;
    }
    return new Attribution(speaker, speakerSpan, firstPerson, work, workSpan);
  }

  /**
   * The context before a quotation: the words of its sentence before it, else the introduction
   * ending with a colon before it (a block quotation's, a previous sentence's or paragraph's).
   */
  private static Side contextBefore(
      List<Paragraph> paragraphs, Raw r, Map<Integer, List<int[]>> intervals) {
    Intro intro;
    if (r.style == Style.BLOCK) {
      intro =
          new Intro(
              r.introPara,
              r.introFrom,
              lastNonSpace(paragraphs.get(r.introPara).normalized().text()) + 1);
    } else {
      Paragraph p = paragraphs.get(r.openPara);
      String s = p.normalized().text();
      int[] self = selfInterval(r, s.length());
      List<int[]> iv = intervals.get(r.openPara);
      int from = contextStart(p, r.openPos, iv, self);
      if (hasLetter(s, from, r.openPos)) {
        return new Side(
            Attributions.parse(s, from, r.openPos, true, masks(iv, from, r.openPos, self)),
            r.openPara);
      }
      intro = colonIntro(paragraphs, r, intervals, from, self);
    }
    if (intro == null || intro.from() >= intro.to()) {
      return Side.NONE;
    }
    return new Side(parseIntro(paragraphs, intro, intervals), intro.para());
  }

  /**
   * The quotation begins its sentence: a previous sentence or paragraph ending with a colon
   * introduces it; null when none does.
   */
  private static Intro colonIntro(
      List<Paragraph> paragraphs,
      Raw r,
      Map<Integer, List<int[]>> intervals,
      int from,
      int[] self) {
    Paragraph p = paragraphs.get(r.openPara);
    String s = p.normalized().text();
    Sentence prev = null;
    for (Sentence sen : p.sentences()) {
      if (sen.normEnd() <= from) {
        prev = sen;
      }
    }
    if (prev != null && !hasLetter(s, prev.normEnd(), r.openPos)) {
      int e = lastNonSpaceBefore(s, prev.normEnd());
      if (e >= 0 && s.charAt(e) == ':') {
        List<int[]> iv = intervals.get(r.openPara);
        return new Intro(
            r.openPara, Math.max(prev.normStart(), enclosingStart(iv, e, self)), e + 1);
      }
    } else if (prev == null && !hasLetter(s, 0, r.openPos)) {
      int pk = prevText(paragraphs, r.openPara);
      if (pk >= 0) {
        String ps = paragraphs.get(pk).normalized().text();
        int e = lastNonSpace(ps);
        if (e >= 0 && ps.charAt(e) == ':' && !covered(intervals.get(pk), e)) {
          return new Intro(pk, introStart(paragraphs.get(pk), e), e + 1);
        }
      }
    }
    return null;
  }

  /** Parses an introduction; "In this article I wrote:" takes the work named before it. */
  private static Attributions.Found parseIntro(
      List<Paragraph> paragraphs, Intro intro, Map<Integer, List<int[]>> intervals) {
    int introPara = intro.para();
    int introFrom = intro.from();
    int introTo = intro.to();
    String s = paragraphs.get(introPara).normalized().text();
    List<int[]> m = masks(intervals.get(introPara), introFrom, introTo, null);
    Attributions.Found before = Attributions.parse(s, introFrom, introTo, true, m);
    if (before.work == null && Attributions.anaphoricWork(s, introFrom, introTo)) {
      // "In this article I wrote:": the work is named in an earlier sentence
      Attributions.Found earlier = new Attributions.Found();
      Attributions.work(
          s, 0, introFrom, true, earlier, masks(intervals.get(introPara), 0, introFrom, null));
      before.work = earlier.work;
      before.workStart = earlier.workStart;
      before.workEnd = earlier.workEnd;
    }
    return before;
  }

  /**
   * The context after a closed quotation: the rest of its sentence, at most {@link #AFTER_WINDOW}
   * characters, up to the next quotation.
   */
  private static Side contextAfter(
      List<Paragraph> paragraphs, Raw r, Map<Integer, List<int[]>> intervals) {
    Paragraph p = paragraphs.get(r.closePara);
    String s = p.normalized().text();
    int from = r.closePos + 1;
    int to = Math.min(s.length(), from + AFTER_WINDOW);
    for (Sentence sen : p.sentences()) {
      if (sen.normStart() <= r.closePos && r.closePos < sen.normEnd()) {
        to = Math.min(to, sen.normEnd());
      }
    }
    List<int[]> iv = intervals.get(r.closePara);
    if (iv != null) {
      for (int[] x : iv) {
        if (x[0] >= from) {
          to = Math.min(to, x[0]);
        } else if (x[0] < r.closePos && x[1] > from) {
          to = Math.min(to, x[1] - 1); // inside an enclosing quotation
        }
      }
    }
    if (to > from) {
      return new Side(Attributions.parse(s, from, to, false, List.of()), r.closePara);
    }
    return Side.NONE;
  }

  private static String clean(String work) {
    return work.replace("*", "").strip();
  }

  /** The quotation's own extent in its opening paragraph, as in {@link #intervals}. */
  private static int[] selfInterval(Raw r, int len) {
    int end = r.closed && r.closePara == r.openPara ? r.closePos + 1 : len;
    return new int[] {r.openPos, end};
  }

  /** Start of the words before {@code pos} in its sentence (and in its enclosing quotation). */
  private static int contextStart(Paragraph p, int pos, List<int[]> iv, int[] self) {
    int from = 0;
    for (Sentence sen : p.sentences()) {
      if (sen.normStart() <= pos) {
        from = sen.normStart();
      }
    }
    return Math.max(from, enclosingStart(iv, pos, self));
  }

  /** Just past the opening mark of the innermost quotation around {@code pos}, or 0. */
  private static int enclosingStart(List<int[]> iv, int pos, int[] self) {
    int from = 0;
    if (iv != null) {
      for (int[] x : iv) {
        boolean isSelf = self != null && x[0] == self[0] && x[1] == self[1];
        if (!isSelf && x[0] < pos && pos < x[1]) {
          from = Math.max(from, x[0] + 1);
        }
      }
    }
    return from;
  }

  /** The other quotations that lie wholly inside {@code [from, to)}. */
  private static List<int[]> masks(List<int[]> iv, int from, int to, int[] self) {
    List<int[]> out = new ArrayList<>();
    if (iv != null) {
      for (int[] x : iv) {
        boolean isSelf = self != null && x[0] == self[0] && x[1] == self[1];
        if (!isSelf && x[0] >= from && x[1] <= to) {
          out.add(x);
        }
      }
    }
    return out;
  }

  /** Per paragraph, the normalised extents [open mark, past the close mark) of the quotations. */
  private static Map<Integer, List<int[]>> intervals(List<Paragraph> paragraphs, List<Raw> raws) {
    Map<Integer, List<int[]>> out = new HashMap<>();
    for (Raw r : raws) {
      for (int n = 0; n < r.pieces.size(); n++) {
        Piece pc = r.pieces.get(n);
        int len = paragraphs.get(pc.para).normalized().text().length();
        int a = n == 0 && r.style != Style.BLOCK ? r.openPos : 0;
        int b = n == r.pieces.size() - 1 && r.closed && r.style != Style.BLOCK ? pc.end + 1 : len;
        if (r.style == Style.BLOCK) {
          a = 0;
          b = len;
        }
        out.computeIfAbsent(pc.para, x -> new ArrayList<>()).add(new int[] {a, Math.min(b, len)});
      }
    }
    return out;
  }

  private static boolean covered(List<int[]> iv, int pos) {
    if (iv != null) {
      for (int[] x : iv) {
        if (x[0] < pos && pos < x[1]) {
          return true;
        }
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // depth and order

  private static List<Quotation> withDepths(List<Quotation> qs) {
    List<Quotation> byOuter = new ArrayList<>(qs);
    byOuter.sort(
        Comparator.comparingInt((Quotation q) -> q.outer().start())
            .thenComparing(q -> -q.outer().end())
            .thenComparingInt(q -> q.span().start()));
    List<Quotation> out = new ArrayList<>();
    Deque<Span> open = new ArrayDeque<>();
    for (Quotation q : byOuter) {
      while (!open.isEmpty() && !open.peek().contains(q.outer())) {
        open.pop();
      }
      out.add(
          new Quotation(
              q.span(),
              q.outer(),
              q.segments(),
              q.style(),
              open.size(),
              q.closed(),
              q.ellipses(),
              q.insertions(),
              q.attribution()));
      open.push(q.outer());
    }
    out.sort(
        Comparator.comparingInt((Quotation q) -> q.span().start())
            .thenComparingInt(Quotation::depth)
            .thenComparingInt(q -> q.outer().start())
            .thenComparingInt(q -> q.span().end()));
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // helpers

  private static int nextText(List<Paragraph> ps, int k) {
    for (int i = k + 1; i < ps.size(); i++) {
      if (!ps.get(i).boilerplate()) {
        return i;
      }
    }
    return -1;
  }

  private static int prevText(List<Paragraph> ps, int k) {
    for (int i = k - 1; i >= 0; i--) {
      if (!ps.get(i).boilerplate()) {
        return i;
      }
    }
    return -1;
  }

  private static int firstNonSpace(String s, int from) {
    int i = from;
    while (i < s.length() && Marks.isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int lastNonSpace(String s) {
    return lastNonSpaceBefore(s, s.length());
  }

  private static int lastNonSpaceBefore(String s, int end) {
    int i = end - 1;
    while (i >= 0 && Marks.isSpace(s.charAt(i))) {
      i--;
    }
    return i;
  }

  private static boolean hasLetter(String s, int from, int to) {
    for (int i = Math.max(0, from); i < to && i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
