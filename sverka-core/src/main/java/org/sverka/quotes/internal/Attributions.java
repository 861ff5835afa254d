package org.sverka.quotes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sverka.quotes.Marks;

/**
 * Reads who is quoted, and from what work, out of the words around a quotation: the introducing
 * clause before it ("Lenin said:", "I wrote in the Bulletin of the Opposition:") or the words right
 * after it ("..." writes Stalin; "..." (Vol. XXV, p. 351)). Works on a paragraph's normalised text;
 * offsets in a {@link Found} are normalised offsets of that paragraph.
 */
public final class Attributions {

  /** What a context says; offsets are normalised, -1 when absent. */
  public static final class Found {
    public String speaker;
    public int speakerStart = -1;
    public int speakerEnd = -1;
    public boolean firstPerson;
    public String work;
    public int workStart = -1;
    public int workEnd = -1;

    public boolean hasSpeaker() {
      return speaker != null || firstPerson;
    }
  }

  private record Tok(int start, int end, String text, boolean word) {}

  /** The text of the token that stands for another quotation inside a context. */
  private static final String MASK = "\u2026quoted\u2026";

  private record Candidate(int pos, String speaker, int start, int end, boolean firstPerson) {}

  /** In a context before a quotation, a verb more words than this before it governs another. */
  private static final int MAX_VERB_DISTANCE = 15;

  private static final Set<String> VERBS =
      Set.of(
          "said",
          "says",
          "say",
          "wrote",
          "writes",
          "write",
          "written",
          "declared",
          "declares",
          "stated",
          "states",
          "asserted",
          "asserts",
          "replied",
          "replies",
          "answered",
          "answers",
          "exclaimed",
          "exclaims",
          "told",
          "tells",
          "reiterated",
          "repeated",
          "proclaimed",
          "proclaims",
          "announced",
          "announces",
          "remarked",
          "observed",
          "insisted",
          "argued",
          "explained",
          "admitted",
          "spoke",
          "speaks",
          "cried",
          "objected",
          "noted",
          "warned",
          "proposed",
          "demanded",
          "testified",
          "confessed",
          "quoted",
          "quotes",
          "reads",
          "read",
          "characterised",
          "characterized",
          "formulated",
          "affirmed",
          "transmitted",
          "communicated");

  /** Verbs of reading out or quoting: with the author as subject they name no speaker. */
  private static final Set<String> QUOTING =
      Set.of("read", "reads", "quoted", "quotes", "repeated", "transmitted", "communicated");

  /** Nouns after a possessive name that make it the speaker: "Lenin’s statement that". */
  static final Set<String> SPEECH_NOUNS =
      Set.of(
          ("statement words article letter speech formula formulation thesis theses"
                  + " resolution book report declaration remark phrase testimony expression dictum"
                  + " slogan telegram note preface reply answer assertion declarations articles"
                  + " letters speeches")
              .split(" "));

  private static final Set<String> TITLES =
      Set.of(
          "Comrade",
          "comrade",
          "Comrades",
          "Mr.",
          "Mrs.",
          "Dr.",
          "Citizen",
          "Professor",
          "Prof.",
          "General",
          "Colonel",
          "Academician");

  /** Capitalised words that are not names. */
  private static final Set<String> STOP =
      Set.of(
          "The",
          "This",
          "That",
          "These",
          "Those",
          "Here",
          "There",
          "It",
          "Its",
          "In",
          "On",
          "At",
          "As",
          "But",
          "And",
          "Or",
          "Nor",
          "If",
          "When",
          "Then",
          "Thus",
          "So",
          "Yet",
          "For",
          "A",
          "An",
          "Of",
          "To",
          "What",
          "Why",
          "How",
          "Who",
          "Whom",
          "Whose",
          "Which",
          "Where",
          "While",
          "After",
          "Before",
          "Since",
          "Even",
          "Only",
          "Also",
          "Now",
          "Let",
          "Our",
          "My",
          "His",
          "Her",
          "Their",
          "We",
          "You",
          "They",
          "He",
          "She",
          "I",
          "Yes",
          "No",
          "Not",
          "All",
          "Some",
          "Every",
          "Each",
          "Such",
          "One",
          "Two",
          "Three",
          "First",
          "Second",
          "Third",
          "Already",
          "Both",
          "Either",
          "Neither",
          "Today",
          "Yesterday",
          "Tomorrow",
          "Moreover",
          "However",
          "Nevertheless",
          "Besides",
          "Again",
          "Upon",
          "With",
          "Without",
          "From",
          "By",
          "Through",
          "During",
          "Under",
          "Over",
          "Between",
          "Among",
          "Against",
          "Toward",
          "Towards",
          "Whoever",
          "Whatever",
          "Perhaps",
          "Well",
          "Indeed",
          "Finally",
          "Further",
          "Furthermore",
          "Hence",
          "Therefore",
          "Consequently",
          "Accordingly",
          "Lastly",
          "Later",
          "Once",
          "Many",
          "Most",
          "Any",
          "Other",
          "Another",
          "Certain",
          "Note",
          "See",
          "Cf",
          "Ibid",
          "Vol",
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December",
          "Monday",
          "Tuesday",
          "Wednesday",
          "Thursday",
          "Friday",
          "Saturday",
          "Sunday",
          "Question",
          "Answer",
          "Chairman",
          "Voices",
          "Voice",
          "Laughter",
          "Applause",
          "Everybody",
          "Everyone",
          "Nobody",
          "Somebody",
          "Someone",
          "Is",
          "Are",
          "Was",
          "Were",
          "Do",
          "Does",
          "Did",
          "Can",
          "Could",
          "Shall",
          "Should",
          "Will",
          "Would",
          "Might",
          "Must",
          "Please",
          "Dear");

  /** Words that begin a parenthetical clause between commas. */
  private static final Set<String> PARENTHETICAL =
      Set.of(
          "in",
          "on",
          "at",
          "by",
          "after",
          "before",
          "during",
          "with",
          "as",
          "according",
          "who",
          "whom",
          "whose",
          "which",
          "when",
          "almost",
          "then",
          "however",
          "also",
          "too",
          "for",
          "from",
          "of",
          "under",
          "without",
          "to");

  /** Nouns that make "the ..." a body that speaks: a court, a convention, a committee, ... */
  private static final Set<String> BODIES =
      Set.of(
          "court",
          "courts",
          "convention",
          "conventions",
          "committee",
          "committees",
          "assembly",
          "assemblies",
          "congress",
          "congresses",
          "senate",
          "house",
          "houses",
          "parliament",
          "council",
          "councils",
          "legislature",
          "legislatures",
          "commission",
          "board",
          "tribunal",
          "jury",
          "bench",
          "conference",
          "synod",
          "cabinet",
          "ministry",
          "government",
          "society",
          "association",
          "party",
          "chamber",
          "diet",
          "presidium",
          "bureau",
          "plenum",
          "soviet",
          "directory",
          "junta",
          "administration",
          "department",
          "office",
          "company",
          "corporation",
          "academy",
          "church",
          "caucus",
          "delegation",
          "delegates",
          "club",
          "executive",
          "politburo",
          "secretariat",
          "league",
          "federation",
          "institute",
          "agency",
          "authority",
          "magistrates",
          "judges",
          "justices",
          "trustees",
          "directors",
          "electors",
          "representatives",
          "commons",
          "lords",
          "estates");

  /** Kinds of text and of polity: "the ..." of one of these is a thing, which does not speak. */
  private static final Set<String> THINGS =
      Set.of(
          "constitution",
          "constitutions",
          "declaration",
          "act",
          "acts",
          "bill",
          "law",
          "laws",
          "treaty",
          "charter",
          "statute",
          "statutes",
          "code",
          "article",
          "articles",
          "clause",
          "section",
          "amendment",
          "amendments",
          "ordinance",
          "proclamation",
          "bible",
          "scripture",
          "scriptures",
          "gospel",
          "testament",
          "preamble",
          "compact",
          "covenant",
          "states",
          "state",
          "kingdom",
          "republic",
          "colonies",
          "colony",
          "provinces",
          "province",
          "empire",
          "commonwealth",
          "nation",
          "country",
          "city",
          "county",
          "union");

  /** Offices that make "the ..." a person: the King, the President, the Chief Justice. */
  private static final Set<String> OFFICES =
      Set.of(
          "king",
          "queen",
          "emperor",
          "empress",
          "president",
          "governor",
          "chairman",
          "chairwoman",
          "secretary",
          "chancellor",
          "minister",
          "judge",
          "justice",
          "pope",
          "bishop",
          "archbishop",
          "general",
          "prosecutor",
          "speaker",
          "mayor",
          "prince",
          "princess",
          "duke",
          "lord",
          "commissioner",
          "ambassador",
          "editor",
          "author",
          "prophet",
          "apostle",
          "tsar",
          "czar",
          "sultan",
          "consul",
          "senator",
          "colonel",
          "captain",
          "admiral",
          "marshal",
          "attorney",
          "solicitor",
          "professor",
          "doctor",
          "reverend",
          "father",
          "elder");

  private static final Set<String> ARTICLES = Set.of("a", "an", "another", "any", "every");

  private static final Set<String> CONJUNCTIONS =
      Set.of(
          "when",
          "as",
          "where",
          "and",
          "but",
          "after",
          "before",
          "because",
          "since",
          "then",
          "while",
          "if",
          "so",
          "whereupon");

  private static final Set<String> ABBREVIATIONS = Set.of("St", "Mr", "Mrs", "Dr", "Prof", "Jr");

  private static final Pattern FIRST_PERSON =
      Pattern.compile(
          "\\b(?:([Mm]y)|[Oo]ur)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:article|articles|speech|speeches"
              + "|report|book|booklet|letter|letters|pamphlet|declaration|statement|theses"
              + "|writings|works|words|testimony|preface|postscript|reply|answer|formulation"
              + "|resolution|platform)\\b"
              + "|\\b(?:article|articles|speech|book|booklet|pamphlet|letter|report|words|statement"
              + "|declaration|theses|passage|writings|works)\\s+(?:[\\p{L}\\d,]+\\s+){0,5}?"
              + "(?:(by me|of mine)|by us|of ours)\\b");

  private static final String TITLE_WORD = "\\p{Lu}[\\p{L}\\p{M}-]*";
  private static final String KNOWN_WORKS =
      "(?:Bulletin|Declaration|Resolution|Theses|Platform|Testament|Manifesto|Programme|Program"
          + "|Appeal|Open Letter|Letter|Statement|Report|Pravda|Izvestia|Iskra|Vpered|Proletary"
          + "|Zvezda|Militant|Kampf|Vorwärts|Rote Fahne|Humanité|Nashe Slovo|Sotsial-Demokrat"
          + "|Sotsialistichesky Vestnik|Collected Works|Works|Sozialdemokraten|Neue Zeit"
          + "|New International|Inprecorr|Imprecorr|International Press Correspondence"
          + "|Biulleten|Byulleten)";

  /** Works that the text names. Group 1 is the name. */
  private static final List<Pattern> WORKS =
      List.of(
          // *Kampf*: markdown emphasis, never a footnote star after a word
          Pattern.compile(
              "(?<![\\p{L}\\p{N}*])\\*((?:(?:L['’])?\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+(?:of|the|and|de|des"
                  + "|la|le|der|die|das|für|i|a)\\b)*\\s*){1,6})\\*(?![\\p{L}\\p{N}*])"),
          // In his book, Problems of Leninism, he says
          Pattern.compile(
              "\\b(?:book|booklet|pamphlet|article|work|essay)(?:\\s+entitled)?,\\s+(\\p{Lu}[^,;:()]{2,80}?),"),
          // in Der Kampf, in the Bulletin of the Opposition, in Pravda, in the Declaration
          Pattern.compile(
              "\\b(?:in|from|of|by)\\s+(?:the\\s+|his\\s+|her\\s+|its\\s+|their\\s+|my\\s+"
                  + "|our\\s+)?((?:(?:Der|Die|Das|La|Le|Les|The)\\s+)?"
                  + KNOWN_WORKS
                  + "(?:\\s+(?:of|to)(?:\\s+the)?(?:\\s+(?:"
                  + TITLE_WORD
                  + "|\\d+\\w*))+)?(?:,?\\s+No\\.\\s?\\d+)?)\\b"),
          // the resolution of the Seventh Plenum of the Comintern
          Pattern.compile(
              "\\b((?:resolution|theses|declaration|appeal|statement|platform|programme|manifesto"
                  + "|decision|decisions|resolutions)\\s+of\\s+the\\s+(?:"
                  + TITLE_WORD
                  + "\\s*)+(?:of\\s+the\\s+(?:"
                  + TITLE_WORD
                  + "\\s*)+)?)"),
          // Bulletin No. 42
          Pattern.compile(
              "\\b((?:Bulletin|Pravda|Izvestia)(?:\\s+of\\s+the\\s+Opposition)?,?\\s+No\\.\\s?\\d+)"),
          // Vol. IX, p. 410
          Pattern.compile(
              "\\b((?:Vols?|vols?)\\.\\s?[IVXLC\\d]+(?:,\\s*(?:[Pp]art|[Bb]ook)\\s+[IVXLC\\d]+)?"
                  + "(?:,\\s*pp?\\.\\s*\\d+(?:\\s*[-–]\\s*\\d+)?)?)"),
          // the Austrian periodical Kampf
          Pattern.compile(
              "\\b(?:periodical|journal|newspaper|magazine|monthly|weekly|daily|organ)\\s+((?:(?:Der"
                  + "|Die|Das|La|Le|Les|The)\\s+)?"
                  + TITLE_WORD
                  + "(?:\\s+"
                  + TITLE_WORD
                  + "){0,3})"),
          // entitled Between Imperialism and Revolution; under the title of Questions of Daily Life
          Pattern.compile(
              "\\b(?:entitled|titled|under the title(?: of)?)\\s+((?:\\p{Lu}|\\d)[^,.;:()“”\"«»]{1,80}?)"
                  + "(?=\\s*[,.;:()]|\\s*$)"),
          // his article 'X', the book “X”
          Pattern.compile(
              "\\b(?:article|book|booklet|pamphlet|speech|letter|report|resolution|essay|work|theses"
                  + "|declaration|chapter|editorial)\\s+(?:entitled\\s+|called\\s+)?[“\"'‘«]"
                  + "([^”\"'’»]{2,100})[”\"'’»]"));

  private static final Pattern ANAPHORIC_WORK =
      Pattern.compile(
          "\\b(?:this|that|the same|the said)\\s+(?:article|publication|periodical|journal|book"
              + "|booklet|pamphlet|speech|letter|paper|newspaper|work|report|declaration)\\b",
          Pattern.CASE_INSENSITIVE);

  private Attributions() {}

  /** Does {@code s[from, to)} refer back to a work named earlier ("In this article I wrote:")? */
  public static boolean anaphoricWork(String s, int from, int to) {
    return ANAPHORIC_WORK.matcher(s).region(from, to).find();
  }

  /**
   * Parses a context. {@code before}: the context precedes the quotation, and what is nearest its
   * end wins; otherwise it follows, and a speaker counts only right at its start.
   */
  public static Found parse(String s, int from, int to, boolean before, List<int[]> masks) {
    Found f = new Found();
    if (to <= from) {
      return f;
    }
    List<Tok> toks = tokens(s, from, to, masks);
    boolean endsWithColon = !toks.isEmpty() && toks.get(toks.size() - 1).text.equals(":");
    List<Candidate> cands = speakerCandidates(s, toks, before, endsWithColon);
    firstPersons(s, from, to, before, cands);
    if (before && cands.isEmpty()) {
      Candidate c = nameColon(s, toks);
      if (c != null) {
        cands.add(c);
      }
    }
    takeSpeaker(f, cands, before);
    work(s, from, to, before, f, masks);
    if (f.work != null && before && !endsWithColon) {
      dropDistantWork(f, toks);
    }
    return f;
  }

  /**
   * The speakers the words of the context name: by a verb of saying, "according to", "’s words".
   */
  private static List<Candidate> speakerCandidates(
      String s, List<Tok> toks, boolean before, boolean endsWithColon) {
    List<Candidate> cands = new ArrayList<>();
    for (int v = 0; v < toks.size(); v++) {
      Tok t = toks.get(v);
      if (!t.word) {
        continue;
      }
      if (!before && v > 6) {
        break;
      }
      if (before && !endsWithColon && wordsAfter(toks, v) > MAX_VERB_DISTANCE) {
        continue; // a verb far from the quotation governs something else
      }
      Candidate c = speakerAt(s, toks, v, before, endsWithColon);
      if (c != null) {
        cands.add(c);
      }
    }
    return cands;
  }

  /** The speaker that the word {@code v} introduces, or null. */
  private static Candidate speakerAt(
      String s, List<Tok> toks, int v, boolean before, boolean endsWithColon) {
    Tok t = toks.get(v);
    String w = t.text.toLowerCase(java.util.Locale.ROOT);
    if (w.equals("according") && v + 1 < toks.size() && toks.get(v + 1).text.equals("to")) {
      return nameAfter(s, toks, v + 2, t.start);
    } else if (before
        && SPEECH_NOUNS.contains(w)
        && v + 1 < toks.size()
        && toks.get(v + 1).text.equals("of")
        && (endsWithColon || wordsAfter(toks, v + 1) <= 6)) {
      // the words of Henry Clay:, the speech of the senator
      return nameAfter(s, toks, v + 2, t.start);
    } else if ((VERBS.contains(w) && !capitalisedMidSentence(toks, v))
        || (w.equals("put") && next(toks, v, "it"))
        || (w.equals("pointed") && next(toks, v, "out"))) {
      Candidate c = subjectBefore(s, toks, v, t.start);
      if (c != null && c.firstPerson && QUOTING.contains(w)) {
        c = null; // "I read", "we quote": the author quotes someone, and says nothing of whom
      }
      if (c == null) {
        int after = v + 1;
        if (w.equals("put") || w.equals("pointed")) {
          after++;
        }
        c = nameAfter(s, toks, after, t.start);
      }
      return c;
    } else if (before
        && isPossessiveName(t)
        && v + 1 < toks.size()
        && (endsWithColon || wordsAfter(toks, v + 1) <= 2)) {
      String noun = toks.get(v + 1).text.toLowerCase(java.util.Locale.ROOT);
      if (SPEECH_NOUNS.contains(noun) && !thing(toks, expandBack(toks, v), v)) {
        int b = expandBack(toks, v);
        int end = t.end - 2; // drop ’s
        return new Candidate(
            toks.get(v + 1).start,
            s.substring(toks.get(b).start, end),
            toks.get(b).start,
            end,
            false);
      }
    }
    return null;
  }

  /** Adds the author speaking in the first person ("I wrote", "we said") as a candidate. */
  private static void firstPersons(
      String s, int from, int to, boolean before, List<Candidate> cands) {
    Matcher fp = FIRST_PERSON.matcher(s).region(from, to);
    while (fp.find()) {
      if (!before && fp.start() - from > 60) {
        break;
      }
      boolean singular = fp.group(1) != null || fp.group(2) != null;
      int ws = fp.group(1) != null ? fp.start(1) : fp.group(2) != null ? fp.start(2) : fp.start();
      int we = fp.group(1) != null ? fp.end(1) : fp.group(2) != null ? fp.end(2) : fp.end();
      cands.add(new Candidate(fp.start(), singular ? "I" : null, ws, we, true));
    }
  }

  /** The candidate nearest the quotation is the speaker. */
  private static void takeSpeaker(Found f, List<Candidate> cands, boolean before) {
    Candidate best = null;
    for (Candidate c : cands) {
      if (best == null || (before ? c.pos > best.pos : c.pos < best.pos)) {
        best = c;
      }
    }
    if (best != null) {
      f.firstPerson = best.firstPerson;
      f.speaker = best.speaker;
      if (best.speaker != null) {
        f.speakerStart = best.start;
        f.speakerEnd = best.end;
      }
    }
  }

  /** A work named too far before the quotation is not its source. */
  private static void dropDistantWork(Found f, List<Tok> toks) {
    int n = 0;
    for (Tok t : toks) {
      if (t.word && t.start >= f.workEnd) {
        n++;
      }
    }
    if (n > MAX_VERB_DISTANCE) {
      f.work = null; // named too far from the quotation to be its source
      f.workStart = -1;
      f.workEnd = -1;
    }
  }

  /** Finds the work named in {@code s[from, to)}: the last one before a quote, else the first. */
  public static void work(String s, int from, int to, boolean before, Found f, List<int[]> masks) {
    int bestStart = -1;
    int bestEnd = -1;
    for (Pattern p : WORKS) {
      Matcher m = p.matcher(s).region(from, to);
      while (m.find()) {
        if (masked(masks, m.start())) {
          continue; // named inside another quotation
        }
        int a = m.start(1);
        int b = m.end(1);
        while (b > a && (s.charAt(b - 1) == ' ' || s.charAt(b - 1) == ',')) {
          b--;
        }
        if (b <= a) {
          continue;
        }
        boolean better;
        if (bestStart < 0) {
          better = true;
        } else if (a < bestEnd && bestStart < b) {
          better = b - a > bestEnd - bestStart; // overlapping: the longer name
        } else {
          better = before ? a > bestStart : a < bestStart;
        }
        if (better) {
          bestStart = a;
          bestEnd = b;
        }
      }
    }
    if (bestStart >= 0) {
      f.work = s.substring(bestStart, bestEnd);
      f.workStart = bestStart;
      f.workEnd = bestEnd;
    }
  }

  /**
   * A capitalised word that does not begin its sentence is part of a name, not a verb: "the United
   * States declared" has its verb in "declared", not in "States".
   */
  private static boolean capitalisedMidSentence(List<Tok> toks, int v) {
    Tok t = toks.get(v);
    if (!Character.isUpperCase(t.text.charAt(0)) || v == 0) {
      return false;
    }
    Tok prev = toks.get(v - 1);
    return prev.word || !".!?:;\"“”".contains(prev.text);
  }

  private static int wordsAfter(List<Tok> toks, int v) {
    int n = 0;
    for (int i = v + 1; i < toks.size(); i++) {
      if (toks.get(i).word) {
        n++;
      }
    }
    return n;
  }

  private static boolean next(List<Tok> toks, int v, String word) {
    return v + 1 < toks.size() && toks.get(v + 1).text.equalsIgnoreCase(word);
  }

  /**
   * The subject of the verb at {@code v}, walking back over a few lower-case words and skipping a
   * parenthetical clause between commas ("Radek, in an article ..., wrote").
   */
  private static Candidate subjectBefore(String s, List<Tok> toks, int v, int pos) {
    int words = 0;
    int end = v;
    while (end > 0) {
      int start = end;
      while (start - 1 >= 0 && toks.get(start - 1).word) {
        start--;
      }
      boolean commaBefore = start - 1 >= 0 && toks.get(start - 1).text.equals(",");
      boolean commaAfter = end < v && toks.get(end).text.equals(",");
      if (commaBefore
          && commaAfter
          && start < end
          && PARENTHETICAL.contains(toks.get(start).text.toLowerCase(java.util.Locale.ROOT))) {
        end = start - 1;
        continue;
      }
      for (int t = end - 1; t >= start; t--) {
        Tok k = toks.get(t);
        String w = k.text;
        if (w.equals("I")) {
          return new Candidate(pos, "I", k.start, k.end, true);
        }
        if (w.equalsIgnoreCase("we")) {
          return new Candidate(pos, null, -1, -1, true);
        }
        if (w.equalsIgnoreCase("he") || w.equalsIgnoreCase("she") || w.equalsIgnoreCase("they")) {
          return pronoun(s, toks, t, pos);
        }
        if (isNameWord(k)) {
          if (t - 1 >= 0
              && ARTICLES.contains(toks.get(t - 1).text.toLowerCase(java.util.Locale.ROOT))) {
            return null; // a German, an Oppositionist: not a name
          }
          int b = expandBack(toks, t);
          int body = bodyStart(toks, b, t);
          if (body >= 0) {
            b = body; // the Supreme Court, the House of Delegates
          } else if (thing(toks, b, t)) {
            return null; // the Constitution, the United States: a thing does not speak
          }
          return new Candidate(
              pos, s.substring(toks.get(b).start, k.end), toks.get(b).start, k.end, false);
        }
        if (Character.isUpperCase(w.charAt(0)) && !isPossessive(k)) {
          return null; // The, Here, ...: the start of the clause
        }
        String lw = w.toLowerCase(java.util.Locale.ROOT);
        if (lw.equals("you") || lw.equals("one") || lw.equals("it") || lw.equals("me")) {
          return null;
        }
        if (++words > 5) {
          return null;
        }
      }
      if (!commaBefore) {
        return null;
      }
      end = start - 1;
    }
    return null;
  }

  /**
   * "Lenin was quite right when he said": a pronoun after a conjunction refers to the nearest name
   * before it in the same sentence.
   */
  private static Candidate pronoun(String s, List<Tok> toks, int t, int pos) {
    if (t == 0 || !CONJUNCTIONS.contains(toks.get(t - 1).text.toLowerCase(java.util.Locale.ROOT))) {
      return null;
    }
    for (int u = t - 2, seen = 0; u >= 0 && seen < 20; u--, seen++) {
      Tok n = toks.get(u);
      if (!n.word && ".;:!?".contains(n.text)) {
        return null;
      }
      if (isNameWord(n)) {
        int b = expandBack(toks, u);
        if (thing(toks, b, u)) {
          return null;
        }
        return new Candidate(
            pos, s.substring(toks.get(b).start, n.end), toks.get(b).start, n.end, false);
      }
    }
    return null;
  }

  /** A name right at token {@code t} (after "said", "according to"): said Lenin. */
  private static Candidate nameAfter(String s, List<Tok> toks, int t, int pos) {
    while (t < toks.size() && toks.get(t).text.equals(",")) {
      t++;
    }
    boolean the = false;
    if (t < toks.size() && toks.get(t).text.equals("the")) {
      t++;
      the = true;
    }
    if (t >= toks.size()) {
      return null;
    }
    int a = t;
    int e = -1;
    for (int u = t; u < toks.size() && u < t + 8; u++) {
      Tok k = toks.get(u);
      if (isNameWord(k) || (e >= 0 && isInitial(k))) {
        e = u;
      } else if (e >= 0 && k.text.equals("of")) {
        // the Council of the G.P.U.
        if (u + 1 < toks.size() && toks.get(u + 1).text.equals("the")) {
          u++;
        }
      } else if (!(isInitial(k) || TITLES.contains(k.text))) {
        break;
      }
    }
    if (e < 0) {
      return null;
    }
    if (the && THINGS.contains(head(toks, a, e))) {
      return null; // says the Constitution: a thing does not speak
    }
    return new Candidate(
        pos,
        s.substring(toks.get(a).start, toks.get(e).end),
        toks.get(a).start,
        toks.get(e).end,
        false);
  }

  /** "Comrade Rykov:" at the end of a context that is nothing but a name. */
  private static Candidate nameColon(String s, List<Tok> toks) {
    int n = toks.size();
    if (n < 2 || !toks.get(n - 1).text.equals(":")) {
      return null;
    }
    int a = n - 2;
    if (!isNameWord(toks.get(a))) {
      return null;
    }
    int e = a;
    while (a - 1 >= 0
        && (isNameWord(toks.get(a - 1))
            || isInitial(toks.get(a - 1))
            || TITLES.contains(toks.get(a - 1).text))
        && e - a < 3) {
      a--;
    }
    if (a > 0) {
      Tok before = toks.get(a - 1);
      if (before.word || !".;(—–\"“”".contains(before.text)) {
        return null;
      }
    }
    return new Candidate(
        toks.get(n - 1).start,
        s.substring(toks.get(a).start, toks.get(e).end),
        toks.get(a).start,
        toks.get(e).end,
        false);
  }

  /**
   * The first token of the name that ends at {@code t}: initials and titles before it, and at most
   * one more capitalised word (a first name: Otto Bauer), unless that word is itself preceded by a
   * capitalised word or "the" (the Tenth Congress Lenin said).
   */
  private static int expandBack(List<Tok> toks, int t) {
    int b = t;
    boolean firstName = false;
    while (b - 1 >= 0 && t - b < 4) {
      Tok k = toks.get(b - 1);
      if ((isInitial(k) && toks.get(b).start > k.end) || TITLES.contains(k.text)) {
        b--; // J. V. Stalin, but not the G.P.U. Volinsky
      } else if (isInitial(k)) {
        break;
      } else if (!firstName && isNameWord(k)) {
        Tok before = b - 2 >= 0 ? toks.get(b - 2) : null;
        if (before != null
            && before.word
            && (Character.isUpperCase(before.text.charAt(0)) || before.text.equals("the"))
            && !isInitial(before)
            && !TITLES.contains(before.text)) {
          break;
        }
        firstName = true;
        b--;
      } else {
        break;
      }
    }
    return b;
  }

  /**
   * Is the name that ends at token {@code t} a thing rather than a speaker: "the" stands before it
   * (or before the name it ends: "the Constitution of the United States") and its head word is a
   * kind of text or of polity ("the Constitution", "the Act", "the United States")?
   */
  private static boolean thing(List<Tok> toks, int b, int t) {
    int a = Math.min(b, phraseStart(toks, t));
    return a > 0
        && toks.get(a - 1).text.equalsIgnoreCase("the")
        && THINGS.contains(head(toks, a, t));
  }

  /**
   * Where the named body that ends at {@code t} begins, when "the" stands before it and its head
   * word is a body that speaks or an office ("the House of Delegates", "the Supreme Court", "the
   * Chief Justice"); else -1.
   */
  private static int bodyStart(List<Tok> toks, int b, int t) {
    int a = phraseStart(toks, t);
    if (a > b || a <= 0 || !toks.get(a - 1).text.equalsIgnoreCase("the")) {
      return -1;
    }
    String h = head(toks, a, t);
    return BODIES.contains(h) || OFFICES.contains(h) ? a : -1;
  }

  /**
   * The first word of the capitalised name that ends at token {@code t}, across "of (the)"; a body
   * or office word directly before another capitalised word ends an earlier name there ("the Tenth
   * Congress Lenin said": the name is Lenin).
   */
  private static int phraseStart(List<Tok> toks, int t) {
    int a = t;
    while (a - 1 >= 0) {
      Tok k = toks.get(a - 1);
      if (k.word && Character.isUpperCase(k.text.charAt(0)) && !STOP.contains(k.text)) {
        String w = lower(k.text);
        String after = toks.get(a).text;
        if ((BODIES.contains(w) || OFFICES.contains(w))
            && !after.equals("of")
            && !after.equals("the")) {
          break;
        }
        a--;
      } else if (a - 2 >= 0
          && k.text.equals("of")
          && Character.isUpperCase(toks.get(a - 2).text.charAt(0))) {
        a--;
      } else if (a - 3 >= 0
          && k.text.equals("the")
          && toks.get(a - 2).text.equals("of")
          && Character.isUpperCase(toks.get(a - 3).text.charAt(0))) {
        a -= 2;
      } else {
        break;
      }
    }
    return a;
  }

  /** The head word of the name {@code [a, t]}: the word before its first "of", else its last. */
  private static String head(List<Tok> toks, int a, int t) {
    for (int i = a + 1; i <= t; i++) {
      if (toks.get(i).text.equals("of")) {
        return lower(toks.get(i - 1).text);
      }
    }
    return lower(toks.get(t).text);
  }

  private static String lower(String w) {
    String x = w.toLowerCase(java.util.Locale.ROOT);
    if (x.endsWith("’s") || x.endsWith("'s")) {
      x = x.substring(0, x.length() - 2);
    }
    return x.endsWith(".") ? x.substring(0, x.length() - 1) : x;
  }

  private static boolean isInitial(Tok k) {
    return k.word
        && k.text.length() == 2
        && Character.isUpperCase(k.text.charAt(0))
        && k.text.charAt(1) == '.';
  }

  private static boolean isPossessive(Tok k) {
    return k.word && (k.text.endsWith("’s") || k.text.endsWith("'s"));
  }

  private static boolean isPossessiveName(Tok k) {
    if (!isPossessive(k) || k.text.length() < 4) {
      return false;
    }
    String base = k.text.substring(0, k.text.length() - 2);
    return Character.isUpperCase(base.charAt(0)) && !STOP.contains(base);
  }

  private static boolean isNameWord(Tok k) {
    if (!k.word || k.text.length() < 2 || isPossessive(k) || isInitial(k)) {
      return false;
    }
    String w = k.text.endsWith(".") ? k.text.substring(0, k.text.length() - 1) : k.text;
    return Character.isUpperCase(w.charAt(0))
        && !STOP.contains(w)
        && !TITLES.contains(k.text)
        && !ABBREVIATIONS.contains(w);
  }

  private static boolean masked(List<int[]> masks, int pos) {
    for (int[] m : masks) {
      if (m[0] <= pos && pos < m[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words and punctuation of {@code s[from, to)}; each masked range (another quotation) becomes
   * one opaque lower-case word, so that its words are never taken for a speaker or a verb.
   */
  private static List<Tok> tokens(String s, int from, int to, List<int[]> masks) {
    List<Tok> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      int[] mask = null;
      for (int[] m : masks) {
        if (m[0] <= i && i < m[1]) {
          mask = m;
        }
      }
      if (mask != null) {
        int e = Math.min(to, mask[1]);
        out.add(new Tok(i, e, MASK, true));
        i = e;
        continue;
      }
      char c = s.charAt(i);
      if (Marks.isSpace(c)) {
        i++;
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        int j = i + 1;
        while (j < to) {
          char d = s.charAt(j);
          if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
            j++;
          } else if ((d == '\'' || d == '’' || d == '-')
              && j + 1 < to
              && Character.isLetter(s.charAt(j + 1))) {
            j += 2;
          } else {
            break;
          }
        }
        String w = s.substring(i, j);
        if (j < to
            && s.charAt(j) == '.'
            && ((w.length() == 1 && Character.isUpperCase(c)) || ABBREVIATIONS.contains(w))) {
          j++;
        }
        out.add(new Tok(i, j, s.substring(i, j), true));
        i = j;
      } else {
        out.add(new Tok(i, i + 1, String.valueOf(c), false));
        i++;
      }
    }
    return out;
  }
}
