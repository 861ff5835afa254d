package org.sverka.quotes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sverka.text.NormalizedText;
import org.sverka.text.Span;

/** Explicit ellipses and editorial insertions inside a quoted piece of normalised text. */
public final class Inside {
  private static final Pattern ELLIPSIS =
      Pattern.compile(
          "\\[\\s*(?:\\.\\s*){3,}\\]|\\[\\s*…\\s*\\]|\\(\\s*(?:\\.\\s*){3,}\\)|\\(\\s*…\\s*\\)"
              + "|\\.(?:[ \\u00A0]?\\.){2,}|…+");

  private static final Pattern BRACKETS = Pattern.compile("\\[[^\\[\\]]{1,200}\\]");
  private static final Pattern PARENS = Pattern.compile("\\(([^()]{1,200})\\)");

  /** What makes a parenthesis inside a quotation the quoting editor's, not the quoted text's. */
  private static final Pattern EDITORIAL =
      Pattern.compile(
          "\\b(?:my|our|author['’]s)\\s+(?:emphasis|italics|stress|underlining)\\b"
              + "|\\b(?:emphasis|italics|underlining|stress)\\s+(?:mine|ours|added|in (?:the )?original)\\b"
              + "|\\b(?:sic|ed|eds)\\b\\.?"
              + "|^\\s*[!?]+\\s*$",
          Pattern.CASE_INSENSITIVE);

  /** An editor's signature: "— J. St.", "– L.T.", "- Ed." */
  private static final String SIGNATURE =
      "[—–-]{1,2}\\s?(?:\\p{Lu}\\p{Ll}{0,2}\\.)(?:\\s?\\p{Lu}\\p{Ll}{0,2}\\.){0,2}";

  private static final Pattern SIGNED = Pattern.compile(SIGNATURE + "\\s*$");
  private static final Pattern BARE_SIGNATURE =
      Pattern.compile("(?<=[\\s\\p{L}\\p{N}.,;])" + SIGNATURE + "(?!\\s?\\p{L})");

  private Inside() {}

  /** Adds the ellipses and insertions of {@code nt.text()[from, to)} as original spans. */
  public static void scan(
      NormalizedText nt, int from, int to, List<Span> ellipses, List<Span> insertions) {
    if (to <= from) {
      return;
    }
    String s = nt.text();
    Matcher m = ELLIPSIS.matcher(s).region(from, to);
    List<int[]> found = new ArrayList<>();
    while (m.find()) {
      ellipses.add(nt.toOriginal(m.start(), m.end()));
      found.add(new int[] {m.start(), m.end()});
    }
    List<int[]> ins = new ArrayList<>();
    Matcher b = BRACKETS.matcher(s).region(from, to);
    while (b.find()) {
      if (!covered(found, b.start(), b.end())) {
        ins.add(new int[] {b.start(), b.end()});
      }
    }
    Matcher p = PARENS.matcher(s).region(from, to);
    while (p.find()) {
      String content = p.group(1);
      if (covered(found, p.start(), p.end())) {
        continue;
      }
      if (EDITORIAL.matcher(content).find() || SIGNED.matcher(content).find()) {
        ins.add(new int[] {p.start(), p.end()});
      }
    }
    Matcher g = BARE_SIGNATURE.matcher(s).region(from, to);
    while (g.find()) {
      if (!overlapsAny(ins, g.start(), g.end())) {
        ins.add(new int[] {g.start(), g.end()});
      }
    }
    ins.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
    for (int[] r : ins) {
      insertions.add(nt.toOriginal(r[0], r[1]));
    }
  }

  private static boolean covered(List<int[]> ranges, int start, int end) {
    for (int[] r : ranges) {
      if (r[0] == start && r[1] == end) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlapsAny(List<int[]> ranges, int start, int end) {
    for (int[] r : ranges) {
      if (r[0] < end && start < r[1]) {
        return true;
      }
    }
    return false;
  }
}
