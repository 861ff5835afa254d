package org.sverka.text;

import java.util.regex.Pattern;

/**
 * Recognises the lines a web site or an archive puts around a text: breadcrumbs, navigation bars,
 * "return return return", "Last updated on:", "Read also" and the comment form after it, and the
 * transcriber's header fields. Boilerplate is kept and shown, but left out of analyses.
 */
public final class Boilerplate {
  private static final Pattern BREADCRUMB =
      Pattern.compile(
          "^(?:home|accueil|start|inicio|главная)\\s*[>»›/].*|^(?:[^>]{1,80}\\s[>»›]\\s){2,}.*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern REPEATED_WORD =
      Pattern.compile("^(\\p{L}+)(?:\\s+\\1){2,}$", Pattern.CASE_INSENSITIVE);
  private static final Pattern FOOTER =
      Pattern.compile(
          "^(?:last (?:updated|modified)(?: on)?\\s*:.*|printed from .*|top of page|back to top|"
              + "share this(?: article| page)?|print this(?: article| page)?|"
              + "(?:transcription(?:/html markup)?|html markup|copyleft|public domain|proofread|"
              + "online version|transcribed|markup)\\s*:.*)$",
          Pattern.CASE_INSENSITIVE);

  /** Lines after which, near a document's end, everything is the site's and not the author's. */
  private static final Pattern TAIL_START =
      Pattern.compile(
          "^(?:read also|see also|related(?: articles| posts)?|any message or comments\\??|"
              + "leave a (?:comment|reply)|comments?|forum)\\s*:?$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern BAR = Pattern.compile("\\s*\\|\\s*");

  private Boilerplate() {}

  /**
   * Is this trimmed line boilerplate on its own? Called for every line of every document, so each
   * pattern runs only on lines that could match it (a character test first).
   */
  public static boolean isBoilerplateLine(String line) {
    String s = line.strip();
    if (s.isEmpty()) {
      return false;
    }
    boolean angle = false;
    boolean colon = false;
    int bars = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '>' || c == '»' || c == '›' || c == '/') {
        angle = true;
      } else if (c == ':') {
        colon = true;
      } else if (c == '|') {
        bars++;
      }
    }
    return (angle && BREADCRUMB.matcher(s).matches())
        || (colon || FOOTER_WORDS.contains(firstWord(s))) && FOOTER.matcher(s).matches()
        || bars >= 2 && isNavigationBar(s)
        || repeatedWord(s);
  }

  /** First words of the footer lines that have no colon. */
  private static final java.util.Set<String> FOOTER_WORDS =
      java.util.Set.of("printed", "top", "back", "share", "print");

  private static String firstWord(String s) {
    int i = 0;
    while (i < s.length() && Character.isLetter(s.charAt(i))) {
      i++;
    }
    return s.substring(0, i).toLowerCase(java.util.Locale.ROOT);
  }

  /** "return return return": one word three or more times and nothing else. */
  private static boolean repeatedWord(String s) {
    int sp = s.indexOf(' ');
    if (sp <= 0 || s.length() < 3 * sp + 2) {
      return false;
    }
    return REPEATED_WORD.matcher(s).matches();
  }

  /** Does this line begin a trailing block of site furniture ("Read also", a comment form)? */
  public static boolean startsTail(String line) {
    return TAIL_START.matcher(line.strip()).matches();
  }

  private static boolean isNavigationBar(String s) {
    String[] cells = BAR.split(s, -1);
    if (cells.length < 3) {
      return false;
    }
    for (String c : cells) {
      if (c.length() > 40 || c.endsWith(".")) {
        return false;
      }
    }
    return true;
  }
}
