package org.sverka.text;

/**
 * Normalises a run of original text that forms one paragraph into the copy that analyses read,
 * recording every change in an {@link OffsetMap}:
 *
 * <ul>
 *   <li>Unicode NFC (decomposed accents are composed); soft hyphens are dropped;
 *   <li>a hard line wrap (with any blank lines and indentation around it) becomes one space;
 *   <li>a word split by a hyphen at a line break is joined, or keeps its hyphen, as the {@link
 *       HyphenationPolicy} says; before a capital or a digit the hyphen always stays;
 *   <li>a dash that ends a line joins the next line without a space ({@code adopted—he});
 *   <li>quotation marks typed as in TeX ({@code ``so''}, {@code `so'}) become typographic ones
 *       (“so”, ‘so'), so that every analysis reads them as marks.
 * </ul>
 *
 * <p>The same instance normalises any slice the same way, so the original text under a token's
 * offsets normalises to the token: that is the property citations rest on. Thread-safe.
 */
public final class Normalizer {
  private static final com.ibm.icu.text.Normalizer2 NFC =
      com.ibm.icu.text.Normalizer2.getNFCInstance();

  private final HyphenationPolicy hyphenation;

  public Normalizer(HyphenationPolicy hyphenation) {
    this.hyphenation = hyphenation;
  }

  /** Normalises a whole string as one paragraph. */
  public NormalizedText normalize(CharSequence text) {
    OffsetMap.Builder b = new OffsetMap.Builder();
    normalize(text, 0, text.length(), b);
    return b.build();
  }

  /** Normalises {@code text[from, to)} as one paragraph, appending to {@code out}. */
  public void normalize(CharSequence text, int from, int to, OffsetMap.Builder out) {
    // trimmed content ranges of the non-blank lines; the first keeps its leading whitespace and
    // the last its trailing whitespace, since a slice may begin or end inside a line
    int[] starts = new int[8];
    int[] ends = new int[8];
    int n = 0;
    int pos = from;
    while (pos < to) {
      int lineEnd = pos;
      while (lineEnd < to && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
        lineEnd++;
      }
      int a = pos;
      int b = lineEnd;
      while (a < b && isSpace(text.charAt(a))) {
        a++;
      }
      while (b > a && isSpace(text.charAt(b - 1))) {
        b--;
      }
      if (a < b) {
        if (n == starts.length) {
          starts = java.util.Arrays.copyOf(starts, n * 2);
          ends = java.util.Arrays.copyOf(ends, n * 2);
        }
        starts[n] = n == 0 ? pos : a;
        ends[n] = b;
        n++;
      }
      pos = lineEnd;
      if (pos < to && text.charAt(pos) == '\r') {
        pos++;
      }
      if (pos < to && text.charAt(pos) == '\n') {
        pos++;
      }
    }
    if (n == 0) {
      content(text, from, to, out); // whitespace only: kept as it is
      return;
    }
    for (int k = 0; k < n; k++) {
      int a = starts[k];
      int b = ends[k];
      if (k == n - 1) {
        // trailing whitespace on the last line stays; anything after the line is dropped
        int i = b;
        while (i < to && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
          i++;
        }
        content(text, a, i, out);
        out.replace(i, to, "");
        break;
      }
      int next = starts[k + 1];
      switch (joinKind(text, b, next)) {
        case JOIN_WORD -> {
          content(text, a, b - 1, out);
          out.replace(b - 1, next, "");
        }
        case JOIN_TIGHT -> {
          content(text, a, b, out);
          out.replace(b, next, "");
        }
        case SPACE -> {
          content(text, a, b, out);
          out.replace(b, next, " ");
        }
      }
    }
  }

  private enum Join {
    JOIN_WORD, // drop the hyphen and the break: Zi- / noviev
    JOIN_TIGHT, // drop the break, keep what ends the line: counter- / revolutionary, adopted— / he
    SPACE // an ordinary wrap
  }

  /**
   * How the line whose content ends at {@code b} joins the line whose content starts at {@code a}.
   */
  private Join joinKind(CharSequence text, int b, int a) {
    char last = text.charAt(b - 1);
    char first = text.charAt(a);
    char beforeLast = b - 2 >= 0 ? text.charAt(b - 2) : ' ';
    if (last == '-' || last == '\u2010') {
      if (Character.isLetter(beforeLast) && Character.isLetter(first)) {
        boolean join =
            Character.isLowerCase(first)
                && hyphenation.join(wordBefore(text, b - 1, 0), wordAfter(text, a, text.length()));
        return join ? Join.JOIN_WORD : Join.JOIN_TIGHT;
      }
      if (Character.isDigit(beforeLast) && Character.isDigit(first)) {
        return Join.JOIN_TIGHT;
      }
    }
    if ((last == '\u2014' || last == '\u2013') && !isSpace(beforeLast)) {
      return Join.JOIN_TIGHT;
    }
    return Join.SPACE;
  }

  private static String wordBefore(CharSequence text, int hyphen, int limit) {
    int i = hyphen;
    while (i > limit && isWordChar(text.charAt(i - 1))) {
      i--;
    }
    // a word starts with a letter: a stray combining mark before it is not part of it (and not
    // part of its token), so it must not change the decision
    while (i < hyphen && !Character.isLetter(text.charAt(i))) {
      i++;
    }
    return text.subSequence(i, hyphen).toString();
  }

  private static String wordAfter(CharSequence text, int start, int limit) {
    int i = start;
    while (i < limit && isWordChar(text.charAt(i))) {
      i++;
    }
    return text.subSequence(start, i).toString();
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\f' || c == '\u000B';
  }

  /**
   * The length of a quotation mark typed the way TeX and the texts converted from it write them
   * (Project Gutenberg's older transcriptions among them), at {@code i}: 2 for {@code ``} (an
   * opening double mark, “) and for {@code ''} not followed by a letter or digit (a closing one,
   * ”), 1 for a lone {@code `} before a letter (an opening single mark, ‘); otherwise 0. A doubled
   * apostrophe inside a word ({@code U.S.S.R.''s}, a typist's slip) is left alone.
   */
  private static int texQuote(CharSequence text, int i, int to) {
    char c = text.charAt(i);
    if (c != '`' && c != '\'') {
      return 0;
    }
    boolean doubled = i + 1 < to && text.charAt(i + 1) == c;
    if (c == '`') {
      return doubled ? 2 : 0;
    }
    if (!doubled || i + 2 < to && Character.isLetterOrDigit(text.charAt(i + 2))) {
      return 0;
    }
    return 2;
  }

  /**
   * Appends a line's content {@code [from, to)} with NFC applied, soft hyphens dropped and
   * left-over hyphens inside words removed where the policy says so.
   */
  private void content(CharSequence text, int from, int to, OffsetMap.Builder out) {
    int runStart = from;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (c == '-'
          && i > from
          && i + 1 < to
          && Character.isLetter(text.charAt(i - 1))
          && Character.isLowerCase(text.charAt(i + 1))
          && hyphenation.joinInline(wordBefore(text, i, from), wordAfter(text, i + 1, to))) {
        out.copy(text, runStart, i);
        out.replace(i, i + 1, "");
        i++;
        runStart = i;
        continue;
      }
      int tex = texQuote(text, i, to);
      if (tex > 0) {
        out.copy(text, runStart, i);
        out.replace(i, i + tex, c == '`' ? "“" : "”");
        i += tex;
        runStart = i;
        continue;
      }
      if (c < 0x300) {
        i++;
        continue;
      }
      if (c == '\u00AD') {
        out.copy(text, runStart, i);
        out.replace(i, i + 1, "");
        i++;
        runStart = i;
        continue;
      }
      // a chunk from the last boundary to the next one: normalise if it is not already NFC
      int chunkStart = i;
      while (chunkStart > runStart
          && !NFC.hasBoundaryBefore(Character.codePointAt(text, chunkStart))) {
        chunkStart--;
      }
      int chunkEnd = i + Character.charCount(Character.codePointAt(text, i));
      while (chunkEnd < to && !NFC.hasBoundaryBefore(Character.codePointAt(text, chunkEnd))) {
        chunkEnd += Character.charCount(Character.codePointAt(text, chunkEnd));
      }
      CharSequence chunk = text.subSequence(chunkStart, chunkEnd);
      if (NFC.isNormalized(chunk)) {
        i = chunkEnd;
        continue;
      }
      out.copy(text, runStart, chunkStart);
      out.replace(chunkStart, chunkEnd, NFC.normalize(chunk));
      i = chunkEnd;
      runStart = i;
    }
    out.copy(text, runStart, to);
  }
}
