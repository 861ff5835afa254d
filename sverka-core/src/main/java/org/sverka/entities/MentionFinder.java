package org.sverka.entities;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sverka.text.Cited;
import org.sverka.text.FunctionWords;
import org.sverka.text.GivenNames;
import org.sverka.text.LineMap;
import org.sverka.text.Paragraph;
import org.sverka.text.Segmenter;
import org.sverka.text.Sentence;
import org.sverka.text.Span;

/**
 * Turns the CRF's tags of every document of a corpus into mentions, and finds what the CRF misses.
 * It works on the whole corpus at once, because a name the CRF (or a title, or initials) marks in
 * one place is a name everywhere:
 *
 * <ol>
 *   <li><b>CRF tags</b> ({@link NameTagger}, source {@code ner}), cleaned: a title ("Comrade",
 *       "Citizen") and a possessive ending are not part of the name.
 *   <li><b>Patterns</b>: a capitalised word after a title is a person ("Comrade Rykov", source
 *       {@code title}); initials before a capitalised word belong to the name ("M. I. Ulyanova"),
 *       and initials alone name a person ("L. D."; source {@code initials}); capitals joined by
 *       dots are an abbreviation of an organisation ("G.P.U.", "T.A.S.S.", "C.P.S.U.(B.)"; source
 *       {@code abbreviation}); a capitalised title in *asterisks* (the plain-text mark of italics)
 *       is a work ("*Pravda*", "*Bulletin of the Russian Opposition*"; source {@code italics}).
 *   <li><b>Votes</b>: every tag and pattern votes for the type of its words (a title or initials
 *       count three times); a name whose votes agree (the winner has at least twice the others) is
 *       learned, unless the word is also written in lower case in the corpus (a common word). A CRF
 *       tag that the corpus outvotes is retyped (Kamenev tagged LOCATION once and PERSON thirty
 *       times is a person). The words around a name vote too ({@link #cue}: "the Kingdom of X", "X
 *       observes", "X's treatise", "the Book of X", "X xii. 3"), and decide their own occurrence;
 *       where no vote is clear, the type with most votes is the name's type in the whole corpus.
 *   <li><b>Gazetteer</b>: every learned name, and every entry given from outside (the authority
 *       file), is found wherever it stands with a capital (source {@code propagated} or {@code
 *       gazetteer}): Kirov, never tagged by the CRF, is a person everywhere once "Comrade Kirov"
 *       has been read.
 *   <li><b>Lists</b>: in a list of capitalised words with two persons or more and nothing the
 *       corpus knows as something else, every item is a person (source {@code list}).
 *   <li><b>Derived forms</b> of a person's name: plurals after "the" ("the Nicolaievs") and
 *       -ist/-ite forms ("Zinovievists", "Trotskyites", "Stalinist"), role {@code GROUP} or {@code
 *       ADJECTIVE} (source {@code derived}): linked to the name, never the person.
 * </ol>
 *
 * Where candidates overlap, the longest wins, then the more reliable source. The output is sorted
 * by document (in the order given), start and end: the same input gives the same mentions.
 */
public final class MentionFinder {
  /** Bump when the mentions found change. */
  public static final String VERSION = "9";

  /**
   * One document as the finder reads it.
   *
   * @param ner the CRF's tags of its paragraphs ({@link NameTagger#tag})
   */
  public record Doc(
      String id,
      String text,
      LineMap lines,
      List<Paragraph> paragraphs,
      List<NameTagger.Tagged> ner) {}

  private static final Set<String> TITLES =
      Set.of(
          "comrade",
          "comrades",
          "citizen",
          "citizens",
          "mr",
          "mrs",
          "messrs",
          "mme",
          "madame",
          "monsieur",
          "herr",
          "professor",
          "prof",
          "dr",
          "general",
          "colonel",
          "captain",
          "marshal",
          "senator",
          "mister",
          "miss",
          "lord",
          "sir",
          "admiral",
          "judge",
          "gen",
          "col",
          "capt",
          "major",
          "lieut",
          "gov",
          "governor",
          "hon",
          "rev",
          "reverend",
          "father",
          "parson",
          "squire",
          // the titles of women, and of the common people of old ("Goody Thorne")
          "lady",
          "dame",
          "mistress",
          "ms",
          "madam",
          "mlle",
          "mademoiselle",
          "frau",
          "goodwife",
          "goodw",
          "goody",
          "goodman");

  /** Words that follow a title but are offices, not names ("Comrade Chairman"). */
  private static final Set<String> OFFICES =
      Set.of(
          "chairman",
          "secretary",
          "president",
          "commissar",
          "prosecutor",
          "delegate",
          "delegates",
          "speaker",
          "editor",
          "member",
          "members",
          "committee",
          "commission");

  private static final Set<String> STOPWORDS =
      FunctionWords.union(
          Set.of(
              "the",
              "a",
              "an",
              "and",
              "or",
              "but",
              "in",
              "on",
              "of",
              "to",
              "for",
              "with",
              "at",
              "by",
              "from",
              "as",
              "is",
              "it",
              "this",
              "that",
              "these",
              "those",
              "he",
              "she",
              "we",
              "they",
              "i",
              "you",
              "his",
              "her",
              "him",
              "our",
              "their",
              "its",
              "who",
              "whom",
              "which",
              "what",
              "when",
              "where",
              "there",
              "then",
              "thus",
              "so",
              "not",
              "no",
              "yes",
              "all",
              "some",
              "if",
              "after",
              "before",
              "since",
              "while",
              "however",
              "also",
              "my",
              "me",
              "us",
              "them",
              "one",
              "was",
              "were",
              "be",
              "are",
              "has",
              "have",
              "had",
              "do",
              "did",
              "here",
              "now",
              "yet",
              // the archaic pronouns and verbs of older English, capitalised in address or at the
              // start of a sentence: never a name
              "ye",
              "thee",
              "thou",
              "thy",
              "thine",
              "hath",
              "doth",
              "hast",
              "dost",
              "shalt",
              "wilt",
              "art",
              "unto",
              "whilst",
              "wherefore",
              "whence",
              "thence",
              "hence",
              "hither",
              "thither",
              "nay",
              "yea",
              "lo",
              "o"),
          FunctionWords.MODALS);

  /** Lower-case words allowed inside a title in italics ("Bulletin of the Opposition"). */
  private static final Set<String> TITLE_LINKS =
      Set.of(
          "of", "the", "and", "a", "an", "in", "to", "for", "on", "de", "la", "le", "du", "des",
          "der", "die", "das");

  private static final Pattern ABBREVIATION =
      Pattern.compile("(?<![\\p{L}\\p{N}.])(?:\\p{Lu}\\.){2,}(?:\\(\\p{Lu}\\.\\))?");
  private static final Pattern ITALICS =
      Pattern.compile("(?<![\\p{L}\\p{N}*])\\*([^*\\n]{2,80})\\*");

  /** Endings that make a group or an adjective of a person's name, longest first. */
  private static final String[] SUFFIXES = {"ists", "ites", "ist", "ite", "s"};

  /** Words that end lists of names but are none ("Radek and Co."). */
  private static final Set<String> NOT_IN_LISTS = Set.of("co", "ltd", "inc", "etc", "others");

  /** Calendar words: capitalised, often mistaken for names, never one. */
  private static final Set<String> CALENDAR =
      Stream.concat(Arrays.stream(Month.values()), Arrays.stream(DayOfWeek.values()))
          .map(t -> t.name().toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());

  /**
   * Nouns of a realm that a person may also have, part of a place's name only when capitalised:
   * "the Empire of Brazil" (but "the empire of Alexander" is a man's).
   */
  private static final Set<String> REALMS =
      Set.of("empire", "empires", "realm", "dominion", "dominions", "territory", "territories");

  /** Nouns of a realm before "of", in any case: "the kingdom of Naples", "the state of Ohio". */
  static final Set<String> REALMS_ANY_CASE =
      Set.of(
          ("kingdom kingdoms republic republics province provinces state states duchy county"
                  + " colony colonies commonwealth principality electorate canton cantons shire"
                  + " palatinate margraviate viceroyalty")
              .split(" "));

  /** Nouns before "of" that only a place follows: "the inhabitants of X", "the King of X". */
  private static final Set<String> PLACE_BEFORE_OF =
      Set.of(
          "city",
          "cities",
          "town",
          "towns",
          "island",
          "isle",
          "islands",
          "parish",
          "village",
          "villages",
          "hamlet",
          "hamlets",
          "port",
          "coast",
          "inhabitants",
          "citizens",
          "natives",
          "people",
          "king",
          "queen",
          "emperor",
          "empress",
          "duke",
          "duchess",
          "governor",
          "bishop",
          "archbishop",
          "metropolis");

  /** Verbs of saying and arguing after a name: "Hume says", "Cicero observes". */
  private static final Set<String> SPEECH_VERBS =
      Set.of(
          "says",
          "said",
          "saith",
          "observes",
          "observed",
          "remarks",
          "remarked",
          "argues",
          "argued",
          "writes",
          "wrote",
          "tells",
          "told",
          "thinks",
          "asserts",
          "asserted",
          "contends",
          "contended",
          "insists",
          "insisted",
          "affirms",
          "affirmed",
          "teaches",
          "taught",
          "replies",
          "replied",
          "himself",
          "herself");

  /** What a person has and a place has not, after a possessive: "Locke's treatise". */
  private static final Set<String> PERSON_POSSESSIONS =
      Set.of(
          "treatise",
          "treatises",
          "essay",
          "essays",
          "writings",
          "opinion",
          "opinions",
          "doctrine",
          "doctrines",
          "theory",
          "philosophy",
          "maxim",
          "maxims",
          "reasoning",
          "pen",
          "wife",
          "son",
          "daughter",
          "father",
          "mother",
          "brother",
          "sister",
          "widow",
          "birth",
          "biography");

  /**
   * Nouns before "of" that only a person follows: "a pupil of X", "the son of X", "the doctrine of
   * X", "the writings of X".
   */
  private static final Set<String> PERSON_BEFORE_OF =
      Set.of(
          "pupil",
          "pupils",
          "disciple",
          "disciples",
          "follower",
          "followers",
          "son",
          "sons",
          "daughter",
          "daughters",
          "father",
          "mother",
          "brother",
          "sister",
          "wife",
          "widow",
          "husband",
          "doctrine",
          "doctrines",
          "notions",
          "writings",
          "treatise",
          "treatises",
          "biography",
          "books");

  /** A description before a name that only a person bears: "the author X", "the learned X". */
  private static final Set<String> PERSON_BEFORE =
      Set.of(
          "author",
          "writer",
          "philosopher",
          "historian",
          "poet",
          "orator",
          "essayist",
          "jurist",
          "learned",
          "celebrated",
          "ingenious",
          "judicious",
          "illustrious");

  /**
   * Titles of address, capitalised before a name, that only a person's name follows ("Mr. Cotton
   * Mather", "Goodwife Sarah Osburn"); offices (General, Governor) may name a body or a place.
   */
  private static final Set<String> ADDRESS =
      Set.of(
          "mr",
          "mrs",
          "messrs",
          "mister",
          "mistress",
          "miss",
          "ms",
          "madam",
          "madame",
          "mme",
          "mlle",
          "monsieur",
          "herr",
          "frau",
          "dr",
          "rev",
          "goodwife",
          "goodw",
          "goody",
          "goodman",
          "comrade",
          "citizen");

  /** Nouns that end the title of a newspaper or a periodical: "the Salem Gazette". */
  private static final Set<String> PERIODICALS =
      Set.of(
          "gazette",
          "chronicle",
          "journal",
          "herald",
          "advertiser",
          "courier",
          "mercury",
          "intelligencer",
          "register",
          "packet",
          "times",
          "tribune",
          "magazine",
          "review",
          "spectator",
          "examiner",
          "observer",
          "telegraph",
          "gazetteer",
          "sentinel",
          "argus",
          "post");

  /** A citation of chapter and verse after a name: "xvii. 14", "17:14" (not "Louis XIV, 1643"). */
  private static final Pattern CHAPTER_VERSE =
      Pattern.compile("^[ \\t\\n]*(?:[ivxlc]+[.,][ \\t\\n]*\\d+|\\d+[:.]\\d+)");

  /**
   * The type the words around a name call for: a strong cue votes three times and keeps its own
   * occurrence's type against the corpus; a weak one ("at X") votes twice. A title of address ("Mr.
   * X") outvotes even the CRF's organisation; a description ("the author X") does not.
   */
  private record Cue(EntityType type, boolean strong, boolean address) {
    Cue(EntityType type, boolean strong) {
      this(type, strong, false);
    }
  }

  private static final int PRIO_DERIVED = 4;

  private final Gazetteer outside;
  private final Segmenter segmenter = new Segmenter();

  /**
   * @param outside names known from outside the text (the authority file); may be empty
   */
  public MentionFinder(Gazetteer outside) {
    this.outside = outside == null ? new Gazetteer() : outside;
  }

  /** A paragraph with its words. */
  private static final class Para {
    final int doc;
    final Paragraph p;
    final String s;
    final int[] ws;
    final int[] we;
    final String[] key;
    final int[] sentence;
    final List<NameTagger.Tagged> ner = new ArrayList<>();

    Para(int doc, Paragraph p, int[] ws, int[] we, int[] sentence) {
      this.doc = doc;
      this.p = p;
      this.s = p.normalized().text();
      this.ws = ws;
      this.we = we;
      this.sentence = sentence;
      this.key = new String[ws.length];
      for (int i = 0; i < ws.length; i++) {
        key[i] = Gazetteer.key(s.substring(ws[i], we[i]));
      }
    }

    int words() {
      return ws.length;
    }

    boolean capital(int i) {
      return Character.isUpperCase(s.codePointAt(ws[i]));
    }

    /**
     * An initial: one capital letter followed directly by a dot, and not a letter in brackets (the
     * "(B.)" of "C.P.S.U.(B.), J. V. Stalin" is the party's, not Stalin's).
     */
    boolean initial(int i) {
      return we[i] - ws[i] == 1
          && Character.isUpperCase(s.charAt(ws[i]))
          && we[i] < s.length()
          && s.charAt(we[i]) == '.'
          && !(ws[i] > 0 && s.charAt(ws[i] - 1) == '(');
    }

    /** Only blanks between word i and word i + 1. */
    boolean adjacent(int i) {
      for (int k = we[i]; k < ws[i + 1]; k++) {
        if (!Character.isWhitespace(s.charAt(k))) {
          return false;
        }
      }
      return true;
    }

    /** The first word at or after offset {@code at}. */
    int wordAt(int at) {
      int lo = 0;
      int hi = ws.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (we[mid] <= at) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    int sentenceAt(int at) {
      int w = wordAt(at);
      return sentence[Math.min(w, sentence.length - 1)];
    }
  }

  /** A candidate mention in a paragraph's normalised text. */
  private record Cand(
      Para para,
      int start,
      int end,
      EntityType type,
      Mention.Role role,
      String source,
      int prio,
      String key) {}

  /** Finds the mentions of every document. */
  public List<Mention> find(List<Doc> docs) {
    List<Para> paras = new ArrayList<>();
    Set<String> lower = new HashSet<>();
    Set<String> midCapital = new HashSet<>();
    for (int d = 0; d < docs.size(); d++) {
      paragraphs(d, docs.get(d), paras, lower, midCapital);
    }
    List<Cand> cands = new ArrayList<>();
    Set<String> abbreviations = abbreviations(paras);
    List<Cand> lowerDocs = new ArrayList<>();
    for (Para p : paras) {
      tagged(p, cands, lower, midCapital);
      patterns(p, cands, abbreviations, lower, lowerDocs);
    }
    Set<String> docKeys = new HashSet<>();
    for (Cand c : cands) {
      docKeys.add(c.type() == EntityType.WORK ? c.key() : "");
    }
    lowerDocs.removeIf(c -> !docKeys.contains(c.key()));
    cands.addAll(lowerDocs);
    epithets(cands, surnames(cands), lower);
    abbreviatedGivenNames(cands);
    Map<String, EnumMap<EntityType, Integer>> votes = new HashMap<>();
    Map<Cand, Cue> cues = castVotes(cands, votes);
    if (withoutTrailingOthers(cands, votes)) {
      votes.clear();
      cues = castVotes(cands, votes);
    }
    listVotes(cands, votes, lower);
    Map<String, EntityType> learned = learned(votes, lower);
    Set<String> addressed = addressed(cues);
    learned.replaceAll((k, t) -> addressed.contains(k) ? EntityType.PERSON : t);
    Set<String> persons = persons(learned);
    // "Zinovievists" tagged PERSON by the CRF is not a name but a group derived from one
    persons.removeIf(k -> baseOf(k, persons) != null);
    learned.keySet().removeIf(k -> !k.contains(" ") && baseOf(k, persons) != null);
    Set<String> pairs = hyphenPairs(votes, persons, learned);
    spellingVariants(paras, persons, learned, lower);
    Gazetteer names = outside.copy();
    for (Map.Entry<String, EntityType> e : learned.entrySet()) {
      names.add(e.getKey(), e.getValue(), "propagated");
    }
    // the corpus outvotes a CRF tag; a name from outside decides
    List<Cand> all = new ArrayList<>();
    for (Cand c : cands) {
      if (pairs.contains(c.key())) {
        continue; // its parts are found below
      }
      all.add(
          addressed.contains(c.key()) && c.source().equals("ner") && !fromOutside(c, names)
              ? retyped(c, EntityType.PERSON)
              : decided(c, names, votes, cues, lower));
    }
    for (Para p : paras) {
      gazetteer(p, names, all);
      derived(p, persons, all);
      pairs(p, pairs, all);
    }
    lists(all, votes, lower);
    abbreviatedGivenNames(all);
    return resolve(all, docs);
  }

  /** The letters of the dotted abbreviations in the corpus that are not the initials of a name. */
  private static Set<String> abbreviations(List<Para> paras) {
    Set<String> abbreviations = new HashSet<>();
    for (Para p : paras) {
      Matcher m = ABBREVIATION.matcher(p.s);
      while (m.find()) {
        if (!initialsOfName(p.s, m)) {
          abbreviations.add(m.group().replaceAll("[^\\p{Lu}]", ""));
        }
      }
    }
    return abbreviations;
  }

  /** The surnames of the person candidates. */
  private static Set<String> surnames(List<Cand> cands) {
    Set<String> surnames = new HashSet<>();
    for (Cand c : cands) {
      String surname = c.type() == EntityType.PERSON ? surname(c) : null;
      if (surname != null) {
        surnames.add(surname);
      }
    }
    return surnames;
  }

  /**
   * Every candidate votes for its type under its key (and a person's for its surname), weighted by
   * its source; a cue around it votes too. Returns the cues that count, by candidate.
   */
  private static Map<Cand, Cue> castVotes(
      List<Cand> cands, Map<String, EnumMap<EntityType, Integer>> votes) {
    Map<Cand, Cue> cues = new HashMap<>();
    Set<String> mixedCase = new HashSet<>();
    for (Cand c : cands) {
      if (!upperCase(c)) {
        mixedCase.add(c.key());
      }
    }
    for (Cand c : cands) {
      if (c.source().equals("abbreviation")) {
        continue; // the form decides nothing about the type: U.S.S.R. is a place
      }
      // the CRF was not trained on capitals: its type for "WASHINGTON IRVING" is a guess where
      // the corpus also writes the name in mixed case (an acronym, "NEP", is only in capitals)
      int weight =
          c.source().equals("ner") ? upperCase(c) && mixedCase.contains(c.key()) ? 0 : 1 : 3;
      Para cp = c.para();
      int cw = cp.wordAt(c.start());
      if (c.source().equals("initials") && !cp.initial(cw)) {
        // "John Q. Adams": the given name before the initials is decided below; the initials and
        // surname vote ("q adams"), so that "Menshevik P. Axelrod" is never learned whole
        vote(votes, key(cp, cp.ws[cw + 1], c.end(), cw + 1), c.type(), weight);
        vote(votes, cp.key[c.end() > cp.we[cw] ? cp.wordAt(c.end() - 1) : cw], c.type(), weight);
        continue;
      }
      vote(votes, c.key(), c.type(), weight);
      Cue cue = cue(c);
      if (cue != null
          && !(cue.type() == EntityType.PERSON
              && c.type() == EntityType.ORGANIZATION
              && !cue.address())) {
        cues.put(c, cue);
        vote(votes, c.key(), cue.type(), cue.strong() ? 3 : 2);
      }
      if (c.type() == EntityType.PERSON) {
        String surname = surname(c);
        if (surname != null && !surname.equals(c.key())) {
          vote(votes, surname, EntityType.PERSON, weight);
        } else if (surname == null && c.key().contains(" ") && epithet(c)) {
          vote(votes, cp.key[cw], EntityType.PERSON, weight); // "Gorgias the Leontine": Gorgias
        }
      }
    }
    return cues;
  }

  /**
   * Whether a person's candidate is a name with an epithet, a place or a father ({@link
   * Resolver#EPITHET}: "Gorgias the Leontine", "Hippias of Elis", "Tobias, son of Tobit").
   */
  private static boolean epithet(Cand c) {
    return Resolver.EPITHET
        .matcher(c.para().s.substring(c.start(), c.end()).replaceAll("\\s+", " "))
        .matches();
  }

  /** The names whose votes are clear enough to be learned, with their types. */
  private static Map<String, EntityType> learned(
      Map<String, EnumMap<EntityType, Integer>> votes, Set<String> lower) {
    Map<String, EntityType> learned = new TreeMap<>();
    for (Map.Entry<String, EnumMap<EntityType, Integer>> e : votes.entrySet()) {
      EntityType t = winner(e.getValue());
      String k = e.getKey();
      if (t != null
          && !lower.contains(k)
          && !STOPWORDS.contains(k)
          && !TITLES.contains(k)
          && !CALENDAR.contains(k)) {
        learned.put(k, t);
      }
    }
    return learned;
  }

  /** The one-word names of persons (four letters or more), from outside and learned. */
  private Set<String> persons(Map<String, EntityType> learned) {
    Set<String> persons = new HashSet<>();
    for (Gazetteer.Entry e : outside.entries()) {
      List<String> w = outside.words(e.form());
      if (e.type() == EntityType.PERSON && w.size() == 1 && w.get(0).length() >= 4) {
        persons.add(w.get(0));
      }
    }
    for (Map.Entry<String, EntityType> e : learned.entrySet()) {
      if (e.getValue() == EntityType.PERSON
          && e.getKey().length() >= 4
          && !e.getKey().contains(" ")) {
        persons.add(e.getKey());
      }
    }
    return persons;
  }

  /**
   * Hyphens: "Zinoviev-Kamenev" is two persons (returned, and unlearned), "Berman-Yurin" (Berman is
   * a person) is one (learned).
   */
  private static Set<String> hyphenPairs(
      Map<String, EnumMap<EntityType, Integer>> votes,
      Set<String> persons,
      Map<String, EntityType> learned) {
    Set<String> pairs = new HashSet<>();
    for (String k : new ArrayList<>(votes.keySet())) {
      if (k.contains(" ") || !k.contains("-")) {
        continue;
      }
      String[] parts = k.split("-");
      int known = 0;
      for (String part : parts) {
        known += persons.contains(part) ? 1 : 0;
      }
      if (parts.length >= 2 && known == parts.length) {
        pairs.add(k);
        learned.remove(k);
      } else if (known > 0 && parts.length <= 3) {
        learned.put(k, EntityType.PERSON);
      }
    }
    return pairs;
  }

  /**
   * The names the corpus addresses somewhere by a title of address ("Mr. Cotton Mather"): a
   * person's, wherever they stand, whatever the CRF reads them as.
   */
  private static Set<String> addressed(Map<Cand, Cue> cues) {
    Set<String> out = new HashSet<>();
    cues.forEach(
        (c, cue) -> {
          if (cue.address()) {
            out.add(c.key());
          }
        });
    return out;
  }

  /** Whether the authority file (not the corpus) gives the candidate's name a type. */
  private static boolean fromOutside(Cand c, Gazetteer names) {
    Gazetteer.Entry e = names.get(c.key());
    return e != null && e.source().equals("gazetteer");
  }

  /** A candidate with the type the corpus decides for it, and without a word no given name. */
  private static Cand decided(
      Cand c,
      Gazetteer names,
      Map<String, EnumMap<EntityType, Integer>> votes,
      Map<Cand, Cue> cues,
      Set<String> lower) {
    Gazetteer.Entry e = names.get(c.key());
    boolean abbreviation = c.source().equals("abbreviation");
    Cue cue = cues.get(c);
    EntityType most = plurality(votes.get(c.key()));
    if (c.source().equals("initials")) {
      c = withoutFalseGivenName(c, votes);
    }
    if (c.source().equals("ner") && cue != null && cue.strong()) {
      // the contexts of this occurrence clearly differ from the corpus's: "the city of
      // Washington" among "Washington said"
      if (!(e != null && e.source().equals("gazetteer"))) {
        c = retyped(c, cue.type());
      } else if (e.type() != c.type()) {
        c = retyped(c, e.type());
      }
    } else if (c.source().equals("ner")
        && e == null
        && !lower.contains(c.key())
        && most != null
        && most != c.type()) {
      // one type per name in a corpus: its votes decide where none is clear enough to learn
      // it (a city the CRF reads as a place here and an organisation there)
      c = retyped(c, most);
    } else if ((c.source().equals("ner") || abbreviation)
        && e != null
        && e.type() != c.type()
        && (!abbreviation
            || !e.source().equals("propagated")
            || votes
                    .getOrDefault(c.key(), new EnumMap<>(EntityType.class))
                    .getOrDefault(e.type(), 0)
                >= 2)) {
      c = new Cand(c.para(), c.start(), c.end(), e.type(), c.role(), c.source(), c.prio(), c.key());
    }
    return c;
  }

  /**
   * "The Menshevik P. Axelrod": a word before the initials that the corpus knows as another name is
   * no given name, and the candidate begins after it.
   */
  private static Cand withoutFalseGivenName(
      Cand c, Map<String, EnumMap<EntityType, Integer>> votes) {
    Para p = c.para();
    int w = p.wordAt(c.start());
    EntityType firstWord = plurality(votes.get(p.key[w]));
    if (!p.initial(w) && firstWord != null && firstWord != EntityType.PERSON) {
      int from = p.ws[w + 1];
      return new Cand(
          p, from, c.end(), c.type(), c.role(), c.source(), c.prio(), key(p, from, c.end(), w + 1));
    }
    return c;
  }

  /** Cuts the CRF's persons {@link #withoutTrailingOther}; whether any was cut. */
  private static boolean withoutTrailingOthers(
      List<Cand> cands, Map<String, EnumMap<EntityType, Integer>> votes) {
    boolean cut = false;
    for (int i = 0; i < cands.size(); i++) {
      Cand c = cands.get(i);
      if (c.source().equals("ner") && c.type() == EntityType.PERSON) {
        Cand d = withoutTrailingOther(c, votes);
        cut |= d != c;
        cands.set(i, d);
      }
    }
    return cut;
  }

  /**
   * "An old Henry Clay Whig": a person's name of three words or more whose last word the corpus
   * names something else by (a party, a place) and whose other words it names a person by is that
   * person; the last word is not his.
   */
  private static Cand withoutTrailingOther(
      Cand c, Map<String, EnumMap<EntityType, Integer>> votes) {
    Para p = c.para();
    int first = p.wordAt(c.start());
    int last = p.wordAt(c.end() - 1);
    if (last - first < 2 || p.we[last] != c.end()) {
      return c;
    }
    EntityType lastType = plurality(votes.get(p.key[last]));
    String rest = key(p, c.start(), p.we[last - 1], first);
    if (lastType == null
        || lastType == EntityType.PERSON
        || plurality(votes.get(rest)) != EntityType.PERSON
        || !p.capital(last - 1)) {
      return c;
    }
    return new Cand(p, c.start(), p.we[last - 1], c.type(), c.role(), c.source(), c.prio(), rest);
  }

  private static Cand retyped(Cand c, EntityType type) {
    return new Cand(c.para(), c.start(), c.end(), type, c.role(), c.source(), c.prio(), c.key());
  }

  /** Whether the candidate's letters are all capitals and it has a word of two letters or more. */
  private static boolean upperCase(Cand c) {
    String f = c.para().s.substring(c.start(), c.end());
    boolean word = false;
    int run = 0;
    for (int i = 0; i < f.length(); i++) {
      char ch = f.charAt(i);
      if (Character.isLowerCase(ch)) {
        return false;
      }
      run = Character.isLetter(ch) ? run + 1 : 0;
      word |= run >= 2;
    }
    return word;
  }

  /**
   * What the words around a candidate say of its type: "the Kingdom of X", "the inhabitants of X",
   * "the King of X", "the people of X" (a place; "at X", weakly); "X says", "X observes", "X
   * himself", "X's treatise", "the author X", "the learned X" (a person); "the Book of X", "X xii.
   * 3", "X 17:14" (a work). Null when they say nothing.
   */
  private static Cue cue(Cand c) {
    Para p = c.para();
    int first = p.wordAt(c.start());
    int last = first;
    while (last + 1 < p.words() && p.ws[last + 1] < c.end()) {
      last++;
    }
    if (first >= p.words()) {
      return null;
    }
    int sentence = p.sentence[first];
    String b1 = first > 0 && p.sentence[first - 1] == sentence ? p.key[first - 1] : "";
    String b2 = first > 1 && p.sentence[first - 2] == sentence ? p.key[first - 2] : "";
    if (b1.equals("of") && b2.equals("book")) {
      return new Cue(EntityType.WORK, true);
    }
    if (CHAPTER_VERSE
        .matcher(p.s.substring(c.end(), Math.min(p.s.length(), c.end() + 24)))
        .find()) {
      return new Cue(EntityType.WORK, true);
    }
    boolean realm =
        REALMS_ANY_CASE.contains(b2)
            || REALMS.contains(b2) && Character.isUpperCase(p.s.codePointAt(p.ws[first - 2]));
    if (b1.equals("of") && (realm || PLACE_BEFORE_OF.contains(b2))) {
      return new Cue(EntityType.PLACE, true);
    }
    if (b1.equals("of") && PERSON_BEFORE_OF.contains(b2)) {
      return new Cue(EntityType.PERSON, true);
    }
    if (ADDRESS.contains(b1)
        && Character.isUpperCase(p.s.codePointAt(p.ws[first - 1]))
        && c.key().codePoints().filter(Character::isLetter).count() > 1) {
      // a lone initial after the title ("Mr. L.") is no name to type for the whole corpus
      return new Cue(EntityType.PERSON, true, true);
    }
    if (PERSON_BEFORE.contains(b1)) {
      return new Cue(EntityType.PERSON, true);
    }
    boolean next = last + 1 < p.words() && p.sentence[last + 1] == sentence;
    if (next && NameTagger.possessive(p.s, p.ws[last], p.we[last]) > p.ws[last]) {
      return PERSON_POSSESSIONS.contains(p.key[last + 1]) ? new Cue(EntityType.PERSON, true) : null;
    }
    if (next
        && SPEECH_VERBS.contains(p.key[last + 1])
        && Character.isLowerCase(p.s.charAt(p.ws[last + 1]))
        && p.s.substring(p.we[last], p.ws[last + 1]).isBlank()) {
      return new Cue(EntityType.PERSON, true);
    }
    // "at X" leans to a place ("spoke at Freeport"), but not always ("looked at Douglas"): it
    // votes, and decides no occurrence; "in X" says nothing ("published in Vorwärts")
    if (b1.equals("at")) {
      return new Cue(EntityType.PLACE, false);
    }
    return null;
  }

  /** The type with more votes than any other, or null on a tie or with no votes. */
  private static EntityType plurality(EnumMap<EntityType, Integer> v) {
    if (v == null) {
      return null;
    }
    EntityType best = null;
    int bestVotes = 0;
    int second = 0;
    for (Map.Entry<EntityType, Integer> e : v.entrySet()) {
      if (e.getValue() > bestVotes) {
        second = bestVotes;
        best = e.getKey();
        bestVotes = e.getValue();
      } else if (e.getValue() > second) {
        second = e.getValue();
      }
    }
    return bestVotes > second ? best : null;
  }

  /**
   * A capitalised word the CRF did not tag, spelled like a known person's surname up to
   * transliteration ({@link VariantKeys#spelling}: Zinovieff / Zinoviev, Kiroff / Kirov,
   * Yaroslavski / Yaroslavsky), is that name too: it is learned as a person and found everywhere.
   */
  private static void spellingVariants(
      List<Para> paras, Set<String> persons, Map<String, EntityType> learned, Set<String> lower) {
    Map<String, String> bySpelling = new HashMap<>();
    for (String k : new java.util.TreeSet<>(persons)) {
      if (k.length() >= 5) {
        bySpelling.putIfAbsent(VariantKeys.spelling(k), k);
      }
    }
    Map<String, Boolean> seen = new HashMap<>();
    for (Para p : paras) {
      for (int i = 0; i < p.words(); i++) {
        String k = p.key[i];
        if (k.length() < 5 || !p.capital(i) || seen.containsKey(k)) {
          continue;
        }
        boolean variant =
            !persons.contains(k)
                && !learned.containsKey(k)
                && !lower.contains(k)
                && !STOPWORDS.contains(k)
                && !TITLES.contains(k)
                && bySpelling.containsKey(VariantKeys.spelling(k));
        seen.put(k, variant);
        if (variant) {
          learned.put(k, EntityType.PERSON);
        }
      }
    }
  }

  private void paragraphs(
      int d, Doc doc, List<Para> out, Set<String> lower, Set<String> midCapital) {
    int sentenceBase = 0;
    Map<Integer, List<NameTagger.Tagged>> ner = new HashMap<>();
    for (NameTagger.Tagged t : doc.ner()) {
      ner.computeIfAbsent(t.paragraph(), k -> new ArrayList<>()).add(t);
    }
    for (Paragraph p : doc.paragraphs()) {
      int base = sentenceBase;
      sentenceBase += p.sentences().size();
      if (p.boilerplate()) {
        continue;
      }
      String s = p.normalized().text();
      NameTagger.IntList b = new NameTagger.IntList();
      segmenter.words(s, b::add2);
      int n = b.size / 2;
      int[] ws = new int[n];
      int[] we = new int[n];
      int[] sent = new int[n];
      int si = 0;
      List<Sentence> sentences = p.sentences();
      for (int i = 0; i < n; i++) {
        ws[i] = b.get(2 * i);
        we[i] = b.get(2 * i + 1);
        while (si + 1 < sentences.size() && sentences.get(si).normEnd() <= ws[i]) {
          si++;
        }
        sent[i] = base + si;
        if (Character.isLowerCase(s.codePointAt(ws[i]))) {
          lower.add(Gazetteer.key(s.substring(ws[i], we[i])));
        } else if (i > 0 && sent[i - 1] == sent[i] && Character.isUpperCase(s.codePointAt(ws[i]))) {
          midCapital.add(Gazetteer.key(s.substring(ws[i], we[i])));
        }
      }
      Para para = new Para(d, p, ws, we, sent);
      para.ner.addAll(ner.getOrDefault(p.index(), List.of()));
      out.add(para);
    }
  }

  // ---- candidates

  private static void tagged(Para p, List<Cand> out, Set<String> lower, Set<String> midCapital) {
    for (NameTagger.Tagged t : p.ner) {
      EntityType type =
          switch (t.label()) {
            case "PERSON" -> EntityType.PERSON;
            case "LOCATION" -> EntityType.PLACE;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            default -> null;
          };
      if (type == null) {
        continue;
      }
      int first = p.wordAt(t.normStart());
      int last = first;
      while (last + 1 < p.words() && p.ws[last + 1] < t.normEnd()) {
        last++;
      }
      if (first >= p.words() || p.ws[first] >= t.normEnd()) {
        continue;
      }
      // a title, "the", or anything lower-case before the name is not part of it
      while (first <= last
          && (TITLES.contains(p.key[first]) || !p.capital(first) && !isDigit(p, first))) {
        first++;
      }
      // nor a chapter or a small word after it ("Samuel viii" of "Samuel viii. 11", "C.C. and");
      // "Republican party", "Ogle county" keep theirs
      while (last > first
          && !p.capital(last)
          && (STOPWORDS.contains(p.key[last]) || p.key[last].matches("[ivxlc]+"))) {
        last--;
      }
      if (first > last) {
        continue;
      }
      boolean opensSentence = first == 0 || p.sentence[first - 1] != p.sentence[first];
      if (first == last
          && (CALENDAR.contains(p.key[first])
              || STOPWORDS.contains(p.key[first]) && !capitals(p, first)
              || type == EntityType.PERSON && OFFICES.contains(p.key[first])
              // a common word capitalised only where it opens a sentence
              || opensSentence
                  && lower.contains(p.key[first])
                  && !midCapital.contains(p.key[first]))) {
        continue;
      }
      out.add(cand(p, first, last, type, Mention.Role.NAME, "ner", 3));
    }
  }

  /** A word of two capitals or more and no small letter ("US", "LINCOLN"). */
  private static boolean capitals(Para p, int i) {
    String w = p.s.substring(p.ws[i], p.we[i]);
    return w.length() >= 2 && w.chars().noneMatch(Character::isLowerCase);
  }

  private static boolean isDigit(Para p, int i) {
    return Character.isDigit(p.s.charAt(p.ws[i]));
  }

  private void patterns(
      Para p, List<Cand> out, Set<String> abbreviations, Set<String> lower, List<Cand> docs) {
    periodicals(p, out);
    documents(p, out, lower, docs);
    dottedAbbreviations(p, out);
    italicTitles(p, out);
    int n = p.words();
    for (int i = 0; i < n; i++) {
      patronymic(p, i, out, lower);
      if (p.initial(i) && (i == 0 || !p.initial(i - 1))) {
        i = initials(p, i, out, abbreviations, lower);
        continue;
      }
      titledName(p, i, out, lower);
    }
  }

  /** A name, then "son of" or "daughter of" and the father's name ("Tobias, the son of Tobit"). */
  private static final Pattern PATRONYMIC =
      Pattern.compile(
          "\\p{Lu}[\\p{L}'’]+,?[ \\t\\n]+(?:the[ \\t\\n]+)?(?:son|daughter)[ \\t\\n]+of[ \\t\\n]+"
              + "\\p{Lu}[\\p{L}'’]+");

  /**
   * A person named with the father's name, as Greek, Hebrew, Norse and Arabic names are: "Tobias,
   * the son of Tobit", "Dion, son of Hipparinus", "Ruth the daughter of Naomi". The whole is one
   * mention of the son (source {@code patronymic}); his name is a person's wherever it stands.
   */
  private static void patronymic(Para p, int i, List<Cand> out, Set<String> lower) {
    if (!p.capital(i)
        || capitals(p, i)
        || STOPWORDS.contains(p.key[i])
        || TITLES.contains(p.key[i])
        || lower.contains(p.key[i])
        || i + 3 >= p.words()) {
      return;
    }
    Matcher m = PATRONYMIC.matcher(p.s).region(p.ws[i], p.s.length());
    if (!m.lookingAt()) {
      return;
    }
    int last = p.wordAt(m.end() - 1);
    if (p.sentence[last] == p.sentence[i] && !lower.contains(p.key[last])) {
      out.add(cand(p, i, last, EntityType.PERSON, Mention.Role.NAME, "patronymic", 5));
    }
  }

  /** "G.P.U.", "C.P.S.U.(B.)": an organisation, unless the initials of a name. */
  private static void dottedAbbreviations(Para p, List<Cand> out) {
    Matcher m = ABBREVIATION.matcher(p.s);
    while (m.find()) {
      if (initialsOfName(p.s, m)) {
        continue;
      }
      out.add(
          spanCand(
              p,
              m.start(),
              m.end(),
              p.wordAt(m.start()),
              EntityType.ORGANIZATION,
              "abbreviation",
              4));
    }
  }

  /** A work's title in asterisks, "*Pravda*", without the punctuation at its end. */
  private static void italicTitles(Para p, List<Cand> out) {
    String s = p.s;
    Matcher it = ITALICS.matcher(s);
    while (it.find()) {
      if (workTitle(it.group(1))) {
        int a = it.start(1);
        int e = it.end(1);
        while (e > a && !Character.isLetterOrDigit(s.charAt(e - 1))) {
          e--;
        }
        out.add(spanCand(p, a, e, p.wordAt(a), EntityType.WORK, "italics", 5));
      }
    }
  }

  /** A name candidate over the characters from start to end, keyed from word {@code first}. */
  private static Cand spanCand(
      Para p, int start, int end, int first, EntityType type, String source, int prio) {
    return new Cand(
        p, start, end, type, Mention.Role.NAME, source, prio, key(p, start, end, first));
  }

  /**
   * Initials from word {@code i}, then a name: "M. I. Ulyanova"; or initials alone: "L. D."; or an
   * abbreviation written with spaces. Returns the last initial's word.
   */
  private static int initials(
      Para p, int i, List<Cand> out, Set<String> abbreviations, Set<String> lower) {
    int n = p.words();
    int k = i;
    while (k + 1 < n && p.initial(k + 1) && p.sentence[k + 1] == p.sentence[i]) {
      k++;
    }
    int name = k + 1;
    StringBuilder letters = new StringBuilder();
    for (int x = i; x <= k; x++) {
      letters.append(p.s.charAt(p.ws[x]));
    }
    if (k > i
        && (abbreviations.contains(letters.toString()) || i > 0 && p.key[i - 1].equals("the"))) {
      // "the C. I.", "the I. S.": an abbreviation written with spaces, not a person's initials
      out.add(spanCand(p, p.ws[i], p.we[k] + 1, i, EntityType.ORGANIZATION, "abbreviation", 4));
      return k;
    }
    if (nameFollows(p, i, k, name)) {
      // a given name before the initials is the name's too: "John Q. Adams"
      int from = givenNameBefore(p, i, lower) ? i - 1 : i;
      out.add(cand(p, from, name, EntityType.PERSON, Mention.Role.NAME, "initials", 5));
    } else if (k > i) {
      out.add(spanCand(p, p.ws[i], p.we[k] + 1, i, EntityType.PERSON, "initials", 5));
    }
    return k;
  }

  /** Whether the initials from word i to k are followed by the name they abbreviate. */
  private static boolean nameFollows(Para p, int i, int k, int name) {
    // "Chapter V. The ...", not "by V. Smirnov": after a small word, a single V. is an initial
    boolean roman =
        k == i
            && "IVX".indexOf(p.s.charAt(p.ws[i])) >= 0
            && !(i > 0 && p.sentence[i - 1] == p.sentence[i] && !p.capital(i - 1));
    return name < p.words()
        && p.capital(name)
        && !p.initial(name)
        && p.sentence[name] == p.sentence[i]
        && p.s.substring(p.we[k] + 1, p.ws[name]).isBlank()
        && !STOPWORDS.contains(p.key[name])
        && !TITLES.contains(p.key[name])
        && !roman;
  }

  /** Whether the word before the initials at word i is a given name of the same person. */
  private static boolean givenNameBefore(Para p, int i, Set<String> lower) {
    return i > 0
        && p.capital(i - 1)
        && !p.initial(i - 1)
        && p.we[i - 1] - p.ws[i - 1] >= 2
        && p.sentence[i - 1] == p.sentence[i]
        && p.adjacent(i - 1)
        && !STOPWORDS.contains(p.key[i - 1])
        && !TITLES.contains(p.key[i - 1])
        && !OFFICES.contains(p.key[i - 1])
        && !CALENDAR.contains(p.key[i - 1])
        && !lower.contains(p.key[i - 1])
        && !capitals(p, i - 1);
  }

  /** A title at word i, then a name: "Comrade Rykov", "Citizen Smirnov", "Dr. Fell". */
  private static void titledName(Para p, int i, List<Cand> out, Set<String> lower) {
    int n = p.words();
    if (TITLES.contains(p.key[i])
        && p.capital(i)
        && i + 1 < n
        && (p.adjacent(i) || p.s.substring(p.we[i], p.ws[i + 1]).matches("\\.[ \\t\\n]+"))) {
      int a = i + 1;
      int b = a;
      while (b < n && p.initial(b)) {
        b++;
      }
      if (b >= n
          || !p.capital(b)
          || p.sentence[b] != p.sentence[i]
          || STOPWORDS.contains(p.key[b])
          || TITLES.contains(p.key[b])
          || OFFICES.contains(p.key[b])
          || pluralNoun(p.key[b], lower)) {
        return;
      }
      out.add(cand(p, a, b, EntityType.PERSON, Mention.Role.NAME, a < b ? "initials" : "title", 5));
    }
  }

  /**
   * A common noun in the plural, a word the corpus also writes in lower case and ending in -s:
   * "Messrs. Calumniators" addresses no one by name (but "Dr. Hope" is a man).
   */
  private static boolean pluralNoun(String key, Set<String> lower) {
    return key.length() > 3 && key.endsWith("s") && !key.endsWith("ss") && lower.contains(key);
  }

  /**
   * The title of a newspaper or periodical: capitalised words ending in a periodical's noun ("the
   * Salem Gazette", "the Morning Chronicle", "the Times"), a work (source {@code italics}, as the
   * other titles of works). Its words are not a place: "Boston" of "the Boston Gazette".
   */
  private static void periodicals(Para p, List<Cand> out) {
    for (int i = 0; i < p.words(); i++) {
      if (!PERIODICALS.contains(p.key[i]) || !p.capital(i) || capitals(p, i)) {
        continue;
      }
      int from = i;
      while (from > 0
          && i - from < 4
          && p.capital(from - 1)
          && p.sentence[from - 1] == p.sentence[i]
          && (p.adjacent(from - 1) && !p.initial(from - 1) || shortened(p, from - 1))
          && !STOPWORDS.contains(p.key[from - 1])
          && !TITLES.contains(p.key[from - 1])) {
        from--;
      }
      boolean the = from > 0 && p.key[from - 1].equals("the") && p.adjacent(from - 1);
      if (from < i || the) {
        out.add(cand(p, from, i, EntityType.WORK, Mention.Role.NAME, "italics", 5));
      }
    }
  }

  /** Nouns of the documents of law and politics that a name makes a work of. */
  private static final Set<String> DOCUMENTS =
      Set.of(
          "bill",
          "act",
          "treaty",
          "constitution",
          "decision",
          "proviso",
          "compromise",
          "ordinance",
          "declaration",
          "charter",
          "amendment",
          "statute",
          "proclamation");

  /**
   * A document of law or politics named by what it concerns, with its noun in either case: "the
   * Missouri Compromise", "the Lecompton constitution", "the Kansas and Nebraska bill", "the Jay
   * Treaty"; or by its noun and "of": "the Declaration of Independence", "the Constitution of the
   * United States" (with the noun in lower case, "the declaration of Independence", only where the
   * corpus also writes it with a capital: "the decision of the Court" names no document; such
   * candidates go to {@code lowerCase}). A work (source {@code italics}); its name's words are no
   * place or person there. A word the corpus writes in lower case is no name.
   */
  private static void documents(Para p, List<Cand> out, Set<String> lower, List<Cand> lowerCase) {
    for (int i = 0; i < p.words(); i++) {
      if (!DOCUMENTS.contains(p.key[i]) || capitals(p, i)) {
        continue;
      }
      int from = i;
      while (from > 0 && i - from < 4 && nameWordBefore(p, from, lower)) {
        from--;
        if (from > 1
            && p.key[from - 1].equals("and")
            && nameWordBefore(p, from - 1, lower)
            && p.adjacent(from - 1)) {
          from -= 2; // "the Kansas and Nebraska bill"
        }
      }
      if (from < i) {
        out.add(cand(p, from, i, EntityType.WORK, Mention.Role.NAME, "italics", 5));
        continue;
      }
      int last = i;
      if (i + 2 < p.words() && p.key[i + 1].equals("of") && p.adjacent(i) && p.adjacent(i + 1)) {
        int first =
            p.key[i + 2].equals("the") && i + 3 < p.words() && p.adjacent(i + 2) ? i + 3 : i + 2;
        for (int k = first;
            k < p.words()
                && k - i <= 5
                && p.capital(k)
                && !STOPWORDS.contains(p.key[k])
                && !CALENDAR.contains(p.key[k])
                && p.sentence[k] == p.sentence[i]
                && (k == first || p.adjacent(k - 1));
            k++) {
          last = k;
        }
      }
      if (last > i) {
        // "the declaration of Independence" only where the corpus writes the Declaration so
        (p.capital(i) ? out : lowerCase)
            .add(cand(p, i, last, EntityType.WORK, Mention.Role.NAME, "italics", 5));
      }
    }
  }

  /** Whether the word before word {@code w} is a capitalised name word joined to it by blanks. */
  private static boolean nameWordBefore(Para p, int w, Set<String> lower) {
    int b = w - 1;
    return p.capital(b)
        && p.adjacent(b)
        && p.sentence[b] == p.sentence[w]
        && !STOPWORDS.contains(p.key[b])
        && !TITLES.contains(p.key[b])
        && !lower.contains(p.key[b])
        && !CALENDAR.contains(p.key[b])
        && NameTagger.possessive(p.s, p.ws[b], p.we[b]) == p.ws[b];
  }

  /** A short capitalised word cut off with a dot inside a name: the "St." of "St. Louis". */
  private static boolean shortened(Para p, int i) {
    return p.we[i] - p.ws[i] >= 2
        && p.we[i] - p.ws[i] <= 3
        && p.capital(i)
        && !capitals(p, i)
        && p.s.substring(p.we[i], p.ws[i + 1]).matches("\\.[ \\t\\n]+");
  }

  /**
   * A person named by a given name and a place ("Alexander of Macedon", "Catherine of Aragon"): a
   * one-word person, "of", and one capitalised word, when the corpus never writes that person's
   * word as the surname of a longer name (Pinckney of "Charles Pinckney" is a surname, and
   * "Pinckney of Carolina" is the man from Carolina), and the word after "of" is not one the corpus
   * names a person by (the dialogue "Phaedo of Socrates" is no man from Socrates).
   */
  private static void epithets(List<Cand> cands, Set<String> surnames, Set<String> lower) {
    // "the Phaedo of Socrates": a word the corpus names a person by is no place of origin
    Set<String> persons = new HashSet<>();
    for (Cand c : cands) {
      if (c.type() == EntityType.PERSON && c.role() == Mention.Role.NAME) {
        persons.add(c.key());
      }
    }
    List<Cand> added = new ArrayList<>();
    for (Cand c : cands) {
      if (c.type() != EntityType.PERSON || c.role() != Mention.Role.NAME) {
        continue;
      }
      Para p = c.para();
      int i = p.wordAt(c.start());
      if (i + 2 >= p.words()
          || p.ws[i] != c.start()
          || p.we[i] != c.end()
          || surnames.contains(p.key[i])
          || !p.key[i + 1].equals("of")
          || Character.isUpperCase(p.s.charAt(p.ws[i + 1]))
          || p.sentence[i + 2] != p.sentence[i]
          || !p.capital(i + 2)
          || capitals(p, i + 2)
          || STOPWORDS.contains(p.key[i + 2])
          || lower.contains(p.key[i + 2])
          || persons.contains(p.key[i + 2])
          || i + 3 < p.words() && p.capital(i + 3) && p.sentence[i + 3] == p.sentence[i]
          || !p.s.substring(p.we[i], p.ws[i + 2]).matches("[ \\t\\n]+of[ \\t\\n]+")) {
        continue;
      }
      added.add(cand(p, i, i + 2, EntityType.PERSON, Mention.Role.NAME, c.source(), c.prio()));
    }
    cands.addAll(added);
  }

  /** "J.V. Stalin": two dotted capitals before a capitalised word are initials. */
  private static boolean initialsOfName(String s, Matcher m) {
    int after = m.end();
    while (after < s.length() && s.charAt(after) == ' ') {
      after++;
    }
    return m.end() - m.start() == 4
        && after > m.end()
        && after < s.length()
        && Character.isUpperCase(s.charAt(after));
  }

  /** A capitalised title: every word capitalised but the small ones, no sentence punctuation. */
  private static boolean workTitle(String t) {
    if (!Character.isUpperCase(t.codePointAt(0)) || t.matches(".*[.!?;:,].*\\S.*")) {
      return false;
    }
    if (t.matches(".*[!?].*")) {
      return false;
    }
    String[] words = t.trim().split("\\s+");
    if (words.length > 8) {
      return false;
    }
    boolean content = false;
    for (String w : words) {
      content |= !TITLE_LINKS.contains(w.toLowerCase(Locale.ROOT));
    }
    if (!content) {
      return false;
    }
    for (String w : words) {
      String bare = w.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
      if (bare.isEmpty()) {
        continue;
      }
      if (!Character.isUpperCase(bare.codePointAt(0))
          && !TITLE_LINKS.contains(bare.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** A candidate from word {@code first} to word {@code last}, possessive dropped. */
  private static Cand cand(
      Para p, int first, int last, EntityType type, Mention.Role role, String source, int prio) {
    int start = p.ws[first];
    int end = p.we[last];
    int bare = NameTagger.possessive(p.s, p.ws[last], end);
    if (bare > p.ws[last]) {
      end = bare;
    } else if (NameTagger.acronym(p.s, p.ws[last], end)
        && end < p.s.length()
        && p.s.charAt(end) == '.') {
      end++;
    }
    return new Cand(p, start, end, type, role, source, prio, key(p, start, end, first));
  }

  /** The folded words of a span, joined by spaces (as {@link Gazetteer} keys them). */
  private static String key(Para p, int start, int end, int firstWord) {
    StringBuilder b = new StringBuilder();
    for (int i = firstWord; i < p.words() && p.ws[i] < end; i++) {
      if (p.we[i] <= start) {
        continue;
      }
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(p.key[i]);
    }
    return b.toString();
  }

  /** The last word of a person's name that is not an initial, when the name has more words. */
  private static String surname(Cand c) {
    Para p = c.para();
    int first = p.wordAt(c.start());
    int last = first;
    while (last + 1 < p.words() && p.ws[last + 1] < c.end()) {
      last++;
    }
    if (last == first || p.initial(last) || !p.capital(last)) {
      return null;
    }
    for (int i = first + 1; i < last; i++) {
      if (!p.capital(i)) {
        return null; // "Alexander of Macedon" has no surname
      }
    }
    return p.key[last];
  }

  private static void vote(
      Map<String, EnumMap<EntityType, Integer>> votes, String key, EntityType t, int weight) {
    if (key.isEmpty()) {
      return;
    }
    votes.computeIfAbsent(key, k -> new EnumMap<>(EntityType.class)).merge(t, weight, Integer::sum);
  }

  /** The type with at least twice the votes of all others together, or null. */
  private static EntityType winner(EnumMap<EntityType, Integer> v) {
    EntityType best = null;
    int bestVotes = 0;
    int total = 0;
    for (Map.Entry<EntityType, Integer> e : v.entrySet()) {
      total += e.getValue();
      if (e.getValue() > bestVotes) {
        best = e.getKey();
        bestVotes = e.getValue();
      }
    }
    return bestVotes >= 2 * (total - bestVotes) ? best : null;
  }

  private static void gazetteer(Para p, Gazetteer names, List<Cand> out) {
    List<String> keys = java.util.Arrays.asList(p.key);
    for (int i = 0; i < p.words(); i++) {
      if (!p.capital(i)) {
        continue;
      }
      Gazetteer.Match m = names.longest(keys, i);
      if (m == null) {
        continue;
      }
      int last = i + m.words() - 1;
      boolean together = true;
      for (int k = i; k < last; k++) {
        // "L. D. [Trotsky]": an editor's bracket is not part of the name it follows
        String between = p.s.substring(p.we[k], p.ws[k + 1]);
        together &= p.sentence[k] == p.sentence[k + 1] && between.indexOf('[') < 0;
      }
      if (!together) {
        continue;
      }
      String source = m.entry().source();
      out.add(
          cand(
              p,
              i,
              last,
              m.entry().type(),
              Mention.Role.NAME,
              source,
              source.equals("propagated") ? 2 : 6));
    }
  }

  private static void derived(Para p, Set<String> persons, List<Cand> out) {
    for (int i = 0; i < p.words(); i++) {
      String k = p.key[i];
      if (k.length() < 5 || persons.contains(k)) {
        continue;
      }
      for (String suffix : SUFFIXES) {
        if (!k.endsWith(suffix)) {
          continue;
        }
        String base = k.substring(0, k.length() - suffix.length());
        if (!persons.contains(base)) {
          continue;
        }
        Mention.Role role;
        if (suffix.equals("s")) {
          if (i == 0 || !p.key[i - 1].equals("the") || !p.capital(i)) {
            break;
          }
          role = Mention.Role.GROUP;
        } else if (suffix.endsWith("s")) {
          role = Mention.Role.GROUP;
        } else {
          boolean nounFollows =
              i + 1 < p.words()
                  && p.adjacent(i)
                  && Character.isLowerCase(p.s.codePointAt(p.ws[i + 1]))
                  && !STOPWORDS.contains(p.key[i + 1]);
          role = nounFollows ? Mention.Role.ADJECTIVE : Mention.Role.GROUP;
        }
        out.add(cand(p, i, i, EntityType.PERSON, role, "derived", PRIO_DERIVED));
        break;
      }
    }
  }

  /**
   * In a list of single capitalised words ("Sharov, Faivilovich, Vardin, Gorchenin, Boulak,
   * Guertik, and Kostina") with two persons or more and no item that the corpus clearly knows as
   * something else (three votes or more for another type) or writes in lower case ("Evidently,
   * Zinoviev, Trotsky and ..."), every item is a person. Source {@code list}.
   */
  private static void lists(
      List<Cand> all, Map<String, EnumMap<EntityType, Integer>> votes, Set<String> lower) {
    Map<Para, List<Cand>> byPara = new java.util.LinkedHashMap<>();
    for (Cand c : all) {
      byPara.computeIfAbsent(c.para(), k -> new ArrayList<>()).add(c);
    }
    List<Cand> added = new ArrayList<>();
    for (Map.Entry<Para, List<Cand>> e : byPara.entrySet()) {
      Para p = e.getKey();
      Map<Integer, Boolean> person = new HashMap<>(); // word -> a person name covers exactly it
      for (Cand c : e.getValue()) {
        int w = p.wordAt(c.start());
        if (w < p.words()
            && p.ws[w] == c.start()
            && (c.end() == p.we[w] || c.end() == NameTagger.possessive(p.s, p.ws[w], p.we[w]))
            && c.role() == Mention.Role.NAME) {
          person.merge(w, c.type() == EntityType.PERSON, Boolean::logicalOr);
        }
        if (w < p.words()
            && p.ws[w] == c.start()
            && c.end() == p.we[tail(p, w)]
            && c.role() == Mention.Role.NAME
            && c.type() == EntityType.PERSON) {
          person.put(w, true); // "Hippias of Elis" is a person's item
        }
      }
      int i = 0;
      while (i < p.words()) {
        List<Integer> items = listItems(p, i);
        int last = items.get(items.size() - 1);
        if (items.size() >= 3) {
          int persons = 0;
          int others = 0;
          for (int k : items) {
            if (Boolean.TRUE.equals(person.get(k))) {
              persons++;
            } else if (STOPWORDS.contains(p.key[k])
                || NOT_IN_LISTS.contains(p.key[k])
                || p.key[k].endsWith("ism")
                || lower.contains(p.key[k])
                || otherVotes(votes, p.key[k]) >= 3) {
              others++;
            }
          }
          if (persons >= 2 && others == 0) {
            for (int k : items) {
              // a title is no one ("Clay and Webster, Mr. Lincoln ...": Mr. begins a name)
              if (!Boolean.TRUE.equals(person.get(k)) && !TITLES.contains(p.key[k])) {
                added.add(cand(p, k, k, EntityType.PERSON, Mention.Role.NAME, "list", 5));
              }
            }
          }
        }
        i = (items.size() > 1 ? tail(p, last) : last) + 1;
      }
    }
    all.addAll(added);
  }

  /**
   * An abbreviated given name before a person's name is part of it: "Jas. H. Smith", "Wm. Pitt",
   * "Fred. Bastiat" ({@link GivenNames}); the CRF reads the abbreviation and its dot apart.
   */
  private static void abbreviatedGivenNames(List<Cand> all) {
    List<Cand> added = new ArrayList<>();
    for (Cand c : all) {
      Para p = c.para();
      int i = p.wordAt(c.start());
      if (c.type() != EntityType.PERSON
          || c.role() != Mention.Role.NAME
          || i == 0
          || i >= p.words()
          || p.ws[i] != c.start()
          || p.sentence[i - 1] != p.sentence[i]
          || !GivenNames.listed(p.s.substring(p.ws[i - 1], p.we[i - 1]))
          || !p.s.substring(p.we[i - 1], p.ws[i]).matches("\\.[ \\t\\n]+")) {
        continue;
      }
      int start = p.ws[i - 1];
      added.add(
          new Cand(
              p,
              start,
              c.end(),
              c.type(),
              c.role(),
              c.source(),
              c.prio(),
              key(p, start, c.end(), i - 1)));
    }
    all.addAll(added);
  }

  /**
   * A name listed with two persons or more ("Hale, Cobden, Bright and Villiers") votes twice for a
   * person, once per list: the CRF's guess that one of them is an organisation is outvoted where
   * the corpus lists him with people. Items are the longest candidates, one after the other, with
   * only a comma, "and" or both between them; a word the corpus writes in lower case is no item,
   * and a list one of whose items the words around call a place or a work votes not at all.
   */
  private static void listVotes(
      List<Cand> cands, Map<String, EnumMap<EntityType, Integer>> votes, Set<String> lower) {
    Map<Para, List<Cand>> byPara = new java.util.LinkedHashMap<>();
    for (Cand c : cands) {
      if (c.role() == Mention.Role.NAME) {
        byPara.computeIfAbsent(c.para(), k -> new ArrayList<>()).add(c);
      }
    }
    for (Map.Entry<Para, List<Cand>> e : byPara.entrySet()) {
      Para p = e.getKey();
      List<Cand> items = longestFirst(e.getValue());
      int from = 0;
      for (int i = 1; i <= items.size(); i++) {
        if (i < items.size()
            && p.sentenceAt(items.get(i - 1).start()) == p.sentenceAt(items.get(i).start())
            && listGap(p.s.substring(items.get(i - 1).end(), items.get(i).start()))) {
          continue;
        }
        List<Cand> run = items.subList(from, i);
        long persons = run.stream().filter(c -> c.type() == EntityType.PERSON).count();
        // "the hamlets of Shevchenko, Krasin and Kalinin" are places named after men
        boolean otherCue =
            run.stream()
                .map(MentionFinder::cue)
                .anyMatch(q -> q != null && q.type() != EntityType.PERSON);
        for (Cand c : otherCue ? List.<Cand>of() : run) {
          long others = persons - (c.type() == EntityType.PERSON ? 1 : 0);
          if (others >= 2 && !lower.contains(c.key())) {
            vote(votes, c.key(), EntityType.PERSON, 2);
          }
        }
        from = i;
      }
    }
  }

  /** The candidates in text order, where several overlap the longest (then the first). */
  private static List<Cand> longestFirst(List<Cand> cs) {
    List<Cand> sorted = new ArrayList<>(cs);
    sorted.sort(
        Comparator.comparingInt(Cand::start)
            .thenComparingInt(c -> -(c.end() - c.start()))
            .thenComparingInt(c -> -c.prio()));
    List<Cand> out = new ArrayList<>();
    for (Cand c : sorted) {
      if (out.isEmpty() || c.start() >= out.get(out.size() - 1).end()) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The items of a list from word {@code i}: capitalised words, each maybe with its place or
   * epithet ("Prodicus of Ceos", "Gorgias the Leontine"), separated by a comma, "and" or both.
   * Returns the first word of every item ({@code i} alone when no list begins there).
   */
  private static List<Integer> listItems(Para p, int i) {
    List<Integer> items = new ArrayList<>();
    items.add(i);
    int last = i;
    while (p.capital(last)) {
      int end = tail(p, last);
      int next = end + 1;
      if (next < p.words()
          && p.key[next].equals("and")
          && next + 1 < p.words()
          && p.s.substring(p.we[next], p.ws[next + 1]).isBlank()) {
        next++; // "..., Guertik, and Kostina"
      }
      if (next >= p.words()
          || !p.capital(next)
          || p.sentence[next] != p.sentence[last]
          || !listGap(p.s.substring(p.we[end], p.ws[next]))) {
        break;
      }
      items.add(next);
      last = next;
    }
    return items;
  }

  /**
   * The last word of the item that begins at word {@code k}: the word after "of" or "the" when a
   * capitalised word follows them ("Prodicus of Ceos", "Gorgias the Leontine"), else {@code k}.
   */
  private static int tail(Para p, int k) {
    if (k + 2 < p.words()
        && (p.key[k + 1].equals("of") || p.key[k + 1].equals("the"))
        && !p.capital(k + 1)
        && p.capital(k + 2)
        && !capitals(p, k + 2)
        && p.sentence[k + 2] == p.sentence[k]
        && p.adjacent(k)
        && p.adjacent(k + 1)) {
      return k + 2;
    }
    return k;
  }

  /** The votes of a word for types other than PERSON. */
  private static int otherVotes(Map<String, EnumMap<EntityType, Integer>> votes, String key) {
    EnumMap<EntityType, Integer> v = votes.get(key);
    int other = 0;
    if (v != null) {
      for (Map.Entry<EntityType, Integer> x : v.entrySet()) {
        other += x.getKey() == EntityType.PERSON ? 0 : x.getValue();
      }
    }
    return other;
  }

  /** What may stand between two items of a list: a comma, "and", or both. */
  private static boolean listGap(String gap) {
    String g = gap.strip();
    return g.equals(",") || g.equals("and") || g.equals(", and") || g.equals(",and");
  }

  /** The persons of a hyphenated pair ("Zinoviev-Kamenev"), each on its own. */
  private static void pairs(Para p, Set<String> pairs, List<Cand> out) {
    for (int i = 0; i < p.words(); i++) {
      if (!pairs.contains(p.key[i]) || !p.capital(i)) {
        continue;
      }
      int a = p.ws[i];
      int end = NameTagger.possessive(p.s, a, p.we[i]);
      end = end > a ? end : p.we[i];
      for (int k = a; k <= end; k++) {
        if (k == end || p.s.charAt(k) == '-' || p.s.charAt(k) == '\u2010') {
          if (k > a) {
            out.add(
                new Cand(
                    p,
                    a,
                    k,
                    EntityType.PERSON,
                    Mention.Role.NAME,
                    "propagated",
                    2,
                    Gazetteer.key(p.s.substring(a, k))));
          }
          a = k + 1;
        }
      }
    }
  }

  /** The base name of a derived form ("Zinovievists" to "zinoviev"), or null. */
  public static String baseOf(String form, Set<String> names) {
    String k = Gazetteer.key(form);
    for (String suffix : SUFFIXES) {
      if (k.endsWith(suffix) && names.contains(k.substring(0, k.length() - suffix.length()))) {
        return k.substring(0, k.length() - suffix.length());
      }
    }
    return null;
  }

  // ---- overlaps and output

  private static List<Mention> resolve(List<Cand> all, List<Doc> docs) {
    Map<Para, List<Cand>> byPara = new java.util.LinkedHashMap<>();
    for (Cand c : all) {
      byPara.computeIfAbsent(c.para(), k -> new ArrayList<>()).add(c);
    }
    List<Mention> out = new ArrayList<>();
    for (Map.Entry<Para, List<Cand>> e : byPara.entrySet()) {
      Para p = e.getKey();
      List<Cand> cs = e.getValue();
      cs.sort(
          Comparator.comparingInt((Cand c) -> -(c.end() - c.start()))
              .thenComparingInt(c -> -c.prio())
              .thenComparingInt(Cand::start)
              .thenComparing(c -> c.type().name()));
      List<Cand> kept = new ArrayList<>();
      for (Cand c : cs) {
        if (c.end() <= c.start()) {
          continue;
        }
        boolean free = true;
        for (Cand k : kept) {
          if (c.start() < k.end() && k.start() < c.end()) {
            free = false;
            break;
          }
        }
        if (free) {
          kept.add(c);
        }
      }
      Doc d = docs.get(p.doc);
      for (Cand c : kept) {
        Span span = p.p.normalized().toOriginal(c.start(), c.end());
        out.add(
            new Mention(
                Cited.of(d.id(), span, d.lines()),
                p.sentenceAt(c.start()),
                p.s.substring(c.start(), c.end()).replaceAll("\\s+", " "),
                c.type(),
                c.role(),
                c.source()));
      }
    }
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      order.put(docs.get(i).id(), i);
    }
    out.sort(
        Comparator.comparingInt((Mention m) -> order.get(m.doc()))
            .thenComparingInt(Mention::start)
            .thenComparingInt(Mention::end));
    return out;
  }
}
