package org.sverka.entities;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.codec.language.bm.BeiderMorseEncoder;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.RuleType;
import org.sverka.reuse.MatchKey;
import org.sverka.text.GivenNames;

/**
 * Keys for deciding whether two surface forms name the same entity: a name read into given names,
 * initials and surname ({@link #parse}); transliteration-normalised spelling keys ({@link
 * MatchKey}, ICU4J "Any-Latin; Latin-ASCII" then Russian-in-English spelling rules, so Nicolaiev,
 * Nikolayev and Николаев share one); Beider-Morse phonetic keys (Apache Commons Codec, built for
 * Slavic and Yiddish names); and an edit distance in which the slips OCR makes cost half.
 *
 * <p>Instances hold a Beider-Morse encoder and a cache, and are not thread-safe.
 */
public final class VariantKeys {
  private static final Transliterator TO_ASCII =
      Transliterator.getInstance("Any-Latin; Latin-ASCII");
  private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s|s['’]|['’])$");
  private static final Set<String> TITLES =
      Set.of(
          "comrade",
          "comrades",
          "mr",
          "mrs",
          "dr",
          "doctor",
          "docter",
          "citizen",
          "professor",
          "prof",
          "general",
          "tovarishch",
          "herr",
          "monsieur",
          "m",
          "mme",
          "sir",
          // the military, civil and clerical titles of English writing, in full and shortened
          "admiral",
          "judge",
          "gen",
          "col",
          "colonel",
          "captain",
          "capt",
          "major",
          "lieut",
          "lt",
          "gov",
          "governor",
          "hon",
          "senator",
          "rev",
          "reverend",
          "father",
          "parson",
          "bishop",
          "lord",
          "lady",
          "dame",
          "squire",
          // the titles only a woman or only a man bears (see PersonMarks, which reads the sex)
          "miss",
          "ms",
          "mistress",
          "madam",
          "madame",
          "mlle",
          "mademoiselle",
          "frau",
          "fraulein",
          "fr\u00e4ulein",
          "senora",
          "se\u00f1ora",
          "goodwife",
          "goodw",
          "goody",
          "widow",
          "mister",
          "master",
          "messrs",
          "senor",
          "se\u00f1or",
          "goodman",
          // a descriptor used like a title: "the Komsomol Nikolayev" is Nikolayev, not a Komsomol
          "komsomol");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  /**
   * Given names that are the same name in another language (English, Russian, German): Leon Trotsky
   * signs as Lev Davidovich. Only names whose spelling keys differ need to be here.
   */
  private static final List<Set<String>> SAME_GIVEN =
      List.of(
          Set.of("leon", "lev", "leo"),
          Set.of("iosef", "iosif", "ioseph", "iosip", "soso"),
          Set.of("gregori", "grigori", "grigorii", "gregor", "grisha"),
          Set.of("nikolai", "nikolas", "nikolaus", "nicholas"),
          Set.of("mikhail", "mikhael", "michael", "mihail"),
          Set.of("aleksandr", "aleksander", "alexander", "alexandr"),
          Set.of("pier", "peter", "petr", "piotr", "pitr"),
          Set.of("ivan", "iohn", "iohan", "iohann", "ian"),
          Set.of("sergei", "sergii", "serge", "sergius"),
          Set.of("vladimir", "voldemar"),
          Set.of("nadezhda", "nadeshda", "nadesda"),
          Set.of("natalia", "natalie", "natalii", "natasha"),
          // English pet names that are no shortening of the name (those are read by shortFor)
          keys("james", "jim", "jimmy", "jem", "jemmy", "jamie"),
          keys("william", "will", "bill", "billy", "willy", "willie"),
          keys("thomas", "tom", "tommy"),
          keys("robert", "rob", "bob", "bobby"),
          keys("richard", "dick", "dickon", "rick"),
          keys("john", "jack", "johnny", "jacky"),
          keys("edward", "ned", "ted", "teddy", "neddy"),
          keys("henry", "harry", "hal", "hank"),
          keys("charles", "charley", "charlie", "chuck"),
          keys("margaret", "peggy", "meg", "maggie", "madge"),
          keys("mary", "polly", "molly", "mamie"),
          keys("elizabeth", "betsy", "betty", "bess", "bessie", "eliza", "lizzie"),
          keys("sarah", "sally", "sukey"),
          keys("catherine", "katherine", "kate", "kitty", "katie"),
          keys("ann", "anne", "nancy", "nan"),
          keys("abraham", "abe"),
          keys("joseph", "joe"),
          keys("patrick", "pat", "paddy"),
          keys("anthony", "tony"));

  private static Set<String> keys(String... names) {
    Set<String> out = new HashSet<>();
    for (String n : names) {
      out.add(spelling(n));
    }
    return Set.copyOf(out);
  }

  /** Suffixes that make a group, an adjective or a doctrine out of a name: never the name. */
  private static final String[] DERIVED_SUFFIXES = {
    "ovtsy", "ists", "ites", "isms", "ians", "ist", "ite", "ism", "ian", "ean", "s"
  };

  private static final String[][] DEMONYMS = {
    {"ians", "ia"}, {"ian", "ia"}, {"ans", "any"}, {"an", "any"}, {"ese", "a"}
  };

  private final BeiderMorseEncoder bm;
  private final Map<String, Set<String>> bmCache = new HashMap<>();

  public VariantKeys() {
    bm = new BeiderMorseEncoder();
    bm.setNameType(NameType.GENERIC);
    bm.setRuleType(RuleType.APPROX);
    bm.setConcat(true);
    bm.setMaxPhonemes(20);
  }

  /**
   * A surface form read as a name.
   *
   * @param clean the form without article, title and possessive ("Comrade Trotsky's" → "Trotsky")
   * @param given given names and initials, in order ("L.D. Trotsky" → [l, d] as initials)
   * @param surname the last word, or the whole form for organisations, places and works
   * @param key the spelling key of {@code surname} (persons) or of every word (others)
   * @param acronym whether the form is an acronym ("G.P.U.", "GPU", "C.P.S.U.")
   */
  public record Name(String clean, List<Given> given, String surname, String key, boolean acronym) {
    public boolean hasFullGiven() {
      return given.stream().anyMatch(g -> !g.initial());
    }
  }

  /** One given name or initial, with its spelling key. */
  public record Given(String text, String key, boolean initial) {}

  /** Reads a form as a name of an entity of the given type. */
  public static Name parse(String form, EntityType type) {
    String s = form.replace('\u2019', '\'').replace('\u00a0', ' ').strip();
    s = s.replaceAll("\\s+", " ");
    s = POSSESSIVE.matcher(s).replaceFirst("");
    List<String> words = new ArrayList<>(Arrays.asList(s.split(" ")));
    while (words.size() > 1) {
      String w = words.get(0).toLowerCase(Locale.ROOT).replace(".", "");
      if (ARTICLES.contains(w) || TITLES.contains(w) && type == EntityType.PERSON) {
        words.remove(0);
      } else {
        break;
      }
    }
    String clean = String.join(" ", words).replaceAll("[,;:]+$", "");
    String letters = clean.replaceAll("[.\\s]", "");
    boolean acronym =
        letters.length() >= 2
            && letters.length() <= 8
            && letters.chars().allMatch(c -> Character.isUpperCase(c) || c == '-' || c == '&')
            && (clean.contains(".") || type != EntityType.PERSON);
    if (acronym) {
      return new Name(clean, List.of(), letters, letters.toLowerCase(Locale.ROOT), true);
    }
    if (type != EntityType.PERSON) {
      StringBuilder key = new StringBuilder();
      for (String w : clean.split("[\\s-]+")) {
        String k = spelling(w);
        if (!k.isEmpty()) {
          key.append(key.length() == 0 ? "" : " ").append(k);
        }
      }
      return new Name(clean, List.of(), clean, key.toString(), false);
    }
    if (Resolver.EPITHET.matcher(clean).matches()) {
      // "Hippias of Elis", "Alexander of Macedon", "Ivan the Terrible", "Tobias, son of Tobit":
      // the man is Hippias, not a surname "Elis"
      String name = clean.substring(0, clean.indexOf(' ')).replace(",", "");
      return new Name(clean, List.of(), name, spelling(name), false);
    }
    // persons: initials may be run together ("L.D.", "S.M.")
    List<String> tokens = new ArrayList<>();
    for (String w : clean.split(" ")) {
      if (w.matches("(?:\\p{Lu}\\.){2,}")) {
        for (String i : w.split("\\.")) {
          tokens.add(i + ".");
        }
      } else if (!w.isEmpty()) {
        tokens.add(w);
      }
    }
    // a generational suffix is no surname: "John Smith, Jr." is a Smith (PersonMarks reads it)
    while (tokens.size() >= 2
        && !PersonMarks.generationOf(tokens.get(tokens.size() - 1)).isEmpty()) {
      tokens.remove(tokens.size() - 1);
      String last = tokens.get(tokens.size() - 1);
      if (last.endsWith(",")) {
        tokens.set(tokens.size() - 1, last.substring(0, last.length() - 1));
      }
    }
    String surname = tokens.isEmpty() ? clean : tokens.get(tokens.size() - 1);
    List<Given> given = new ArrayList<>();
    for (int i = 0; i < tokens.size() - 1; i++) {
      given.add(given(tokens.get(i)));
    }
    return new Name(clean, List.copyOf(given), surname, spelling(surname), false);
  }

  /**
   * One given name as written: an initial ("J.", "J"), an abbreviation ("Jas.", "Wm.", "Benj.": its
   * text keeps the dot, its key is the name's when {@link GivenNames} lists it), or a name.
   */
  static Given given(String t) {
    String bare = t.replace(".", "");
    String full = GivenNames.expand(bare);
    if (full != null) {
      return new Given(t.endsWith(".") ? bare + "." : bare, spelling(full), false);
    }
    if (bare.length() == 1) {
      return new Given(bare, spelling(bare), true);
    }
    if (t.endsWith(".") && bare.length() <= 5 && !bare.equals(bare.toUpperCase(Locale.ROOT))) {
      return new Given(bare + ".", spelling(bare), false); // "Benjn.", "Steph.": shortened
    }
    return new Given(bare, spelling(bare), t.endsWith(".") && bare.length() <= 2);
  }

  /** The spelling key of one word (transliterated, folded, see {@link MatchKey}). */
  public static String spelling(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    boolean ascii = w.chars().allMatch(c -> c < 0x80);
    return MatchKey.of(ascii ? w : TO_ASCII.transliterate(w).toLowerCase(Locale.ROOT));
  }

  /** The ASCII transliteration of a name, for ids and sorting. */
  public static String ascii(String s) {
    return TO_ASCII.transliterate(s);
  }

  /** The Beider-Morse phonetic alternatives of one word. */
  public Set<String> phonetic(String word) {
    String w = ascii(word).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    return bmCache.computeIfAbsent(
        w,
        k -> {
          if (k.isEmpty()) {
            return Set.of();
          }
          try {
            return new HashSet<>(Arrays.asList(bm.encode(k).split("\\|")));
          } catch (org.apache.commons.codec.EncoderException | RuntimeException e) {
            return Set.of();
          }
        });
  }

  /**
   * Whether two surnames (or place, organisation or work names, by their keys) can be spellings of
   * one name: the same spelling key; or, for names of six letters or more that begin alike, an
   * OCR-weighted edit distance of at most 0.5, or 1 for surnames and names of several words
   * (Zinovier, Zinovsev, Kameney, Poslyshev, Novaya Zhinn); or of at most 1.5 for one word whose
   * Beider-Morse sounds overlap (Esthonia). A feminine Russian surname is never the masculine one
   * (Ulyanova is not Ulyanov, Sedova is not Sedov).
   */
  public boolean sameName(String a, String keyA, String b, String keyB, boolean person) {
    if (keyA.isEmpty() || keyB.isEmpty()) {
      return false;
    }
    if (feminineOf(keyA, keyB) || feminineOf(keyB, keyA)) {
      return false;
    }
    if (keyA.equals(keyB) || person && classical(keyA).equals(classical(keyB))) {
      return true;
    }
    if (person && periodSpelling(keyA, keyB)) {
      return true;
    }
    if (keyA.charAt(0) != keyB.charAt(0)) {
      return false;
    }
    int min = Math.min(keyA.length(), keyB.length());
    if (min < 6 || Math.abs(keyA.length() - keyB.length()) > 2) {
      return false;
    }
    double d = ocrDistance(keyA, keyB, 2.0);
    boolean words = a.contains(" ") || b.contains(" ");
    if (d <= 0.5 || d <= 1.0 && (person || words)) {
      return true;
    }
    if (d <= 1.5 && !words) {
      Set<String> pa = phonetic(a);
      for (String p : phonetic(b)) {
        if (pa.contains(p)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The key of a name of Greek origin as the transliterations of any century write it: the
   * diphthongs ae, ai and oe as e, ei as i and ou as u after the first letter (Adeimantus /
   * Adimantus, Phaidros / Phaedrus, Musaeus / Musæus); the Greek endings -os as -us, -on as -o
   * (Criton / Crito, Platon / Plato) and, after five letters, -es dropped (Euclides / Euclid).
   * Applied to spelling keys ({@link #spelling}), for persons only.
   */
  static String classical(String key) {
    if (key.length() < 4) {
      return key;
    }
    String k =
        key.charAt(0) + key.substring(1).replace("ae", "e").replace("oe", "e").replace("ai", "e");
    k = k.charAt(0) + k.substring(1).replace("ei", "i").replace("ou", "u");
    if (k.endsWith("os")) {
      k = k.substring(0, k.length() - 2) + "us";
    } else if (k.endsWith("on") && k.length() >= 5) {
      k = k.substring(0, k.length() - 1);
    } else if (k.endsWith("es") && k.length() >= 7) {
      k = k.substring(0, k.length() - 2);
    }
    return k;
  }

  /**
   * Whether two surname keys are one name as writers spelt it before spelling was fixed: they
   * differ only in a final silent e (Gaul / Gaule, Cloys / Cloyse, Brown / Browne) or in their
   * vowels, the first letter and the consonants in order being the same: a vowel for another (Alden
   * / Aldin, Lewis / Lewes; in a name of five letters or more) or a vowel doubled into a digraph
   * (Esty / Easty, Hale / Hayle, Cory / Corey). A key of six letters or more may differ so twice
   * (Walcut / Wolcott), a shorter one once; a vowel dropped (Amsbury) or added to the ending before
   * its last consonant (Lysis / Lysias) is no such variant. Keys are {@link #spelling}'s: y is
   * already i, doubled letters are single.
   */
  static boolean periodSpelling(String keyA, String keyB) {
    String a = silentE(keyA);
    String b = silentE(keyB);
    if (a.length() < 3 || b.length() < 3) {
      return false;
    }
    if (a.equals(b)) {
      return true;
    }
    List<String> ga = vowelGroups(a);
    List<String> gb = vowelGroups(b);
    if (a.charAt(0) != b.charAt(0) || ga.size() != gb.size()) {
      return false;
    }
    int min = Math.min(a.length(), b.length());
    double cost = 0;
    for (int i = 0; i < ga.size(); i++) {
      String x = ga.get(i);
      String y = gb.get(i);
      boolean vowels = isVowels(x) && isVowels(y);
      if (x.equals(y)) {
        continue;
      }
      if (!vowels || x.isEmpty() || y.isEmpty()) {
        return false; // a consonant differs, or a vowel is dropped
      }
      boolean digraph = x.contains(y) || y.contains(x);
      // the vowels of a last syllable before its final consonant: -ias / -is, -eus / -us
      boolean ending =
          i > 1 && i == ga.size() - 3 && ga.get(i + 2).isEmpty() && x.length() != y.length();
      if (ending || !digraph && (min < 5 || x.length() != y.length())) {
        return false;
      }
      cost += 0.5;
    }
    return cost <= (min >= 6 ? 1.0 : 0.5);
  }

  /** A key without a final e after a consonant ("gaule" → "gaul"; "hale" → "hal"). */
  private static String silentE(String key) {
    int n = key.length();
    return n >= 4 && key.charAt(n - 1) == 'e' && !isVowels(key.substring(n - 2, n - 1))
        ? key.substring(0, n - 1)
        : key;
  }

  /**
   * A key cut into alternating runs of consonants and vowels, always beginning with a consonant run
   * (empty when the key begins with a vowel) and ending with a vowel run (empty when it ends with a
   * consonant): "esti" → ["", "e", "st", "i"], "hail" → ["h", "ai", "l", ""].
   */
  private static List<String> vowelGroups(String key) {
    List<String> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    boolean vowel = false;
    for (int i = 0; i < key.length(); i++) {
      boolean v = VOWELS.indexOf(key.charAt(i)) >= 0;
      if (v != vowel) {
        out.add(run.toString());
        run.setLength(0);
        vowel = v;
      }
      run.append(key.charAt(i));
    }
    out.add(run.toString());
    if (!vowel) {
      out.add("");
    }
    return out;
  }

  private static final String VOWELS = "aeiou";

  private static boolean isVowels(String s) {
    return s.chars().allMatch(c -> VOWELS.indexOf(c) >= 0);
  }

  /** Whether {@code f} is the feminine form of the masculine surname {@code m}. */
  static boolean feminineOf(String f, String m) {
    if (f.equals(m + "a") && m.length() >= 4) {
      return true; // Ulianova / Ulianov, Sedova / Sedov
    }
    return f.endsWith("aia")
        && m.length() >= 4
        && (m.endsWith("i") || m.endsWith("ii"))
        && f.substring(0, f.length() - 3).equals(m.substring(0, m.length() - 1));
  }

  /**
   * Whether two given names (keys, not initials) are the same name: the same key, names of one set
   * of {@link #SAME_GIVEN} (Lev / Leon, Jim / James, Bill / William), or a short name of three or
   * four letters whose sounds begin a name at least two letters longer (Tom / Thompson, Fred /
   * Frederick, Ben / Benjamin; "th" read as "t").
   */
  public static boolean sameGiven(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    for (Set<String> s : SAME_GIVEN) {
      if (s.contains(a) && s.contains(b)) {
        return true;
      }
    }
    return shortFor(a, b) || shortFor(b, a);
  }

  /**
   * Whether the key {@code s} is a short name (3-4 letters) whose sounds begin {@code l}, and
   * {@code l} is not that name with a feminine ending (Jean / Jeanne, Carl / Carlotta).
   */
  private static boolean shortFor(String s, String l) {
    String x = s.replace("th", "t");
    String y = l.replace("th", "t");
    return x.length() >= 3
        && x.length() <= 4
        && y.length() >= x.length() + 2
        && y.startsWith(x)
        && !FEMININE_ENDINGS.contains(y.substring(x.length()));
  }

  /** What makes a woman's name of a man's (keys: doubled letters are single). */
  private static final Set<String> FEMININE_ENDINGS =
      Set.of("ne", "na", "ete", "eta", "ine", "ina", "ota", "ele", "ela", "ia", "ie", "ise");

  /**
   * Whether two lists of given names can belong to one person: the initials of the shorter are the
   * initials of the longer in order (J. V. / V.; I. N. / Ivan Nikitich), and where both spell a
   * name out in the same position, the names are the same ({@link #sameGiven}). Empty fits all.
   */
  public static boolean compatibleGiven(List<Given> a, List<Given> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    List<Given> shortList = a.size() <= b.size() ? a : b;
    List<Given> longList = shortList == a ? b : a;
    // the same length: position by position; otherwise the shorter is a subsequence
    if (shortList.size() == longList.size()) {
      for (int i = 0; i < a.size(); i++) {
        if (!sameGivenOrInitial(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (furtherGiven(shortList, longList)) {
      return false;
    }
    int j = 0;
    for (Given g : longList) {
      if (j < shortList.size() && sameGivenOrInitial(shortList.get(j), g)) {
        j++;
      }
    }
    // the first given name must agree when both have one spelled out or both are initials
    return j == shortList.size() && sameGivenOrInitial(shortList.get(0), longList.get(0))
        || j == shortList.size() && shortList.stream().allMatch(Given::initial);
  }

  /**
   * Whether one list has a further given name spelled out that the other, which spells a given name
   * out too, lacks: John Adams is not John Quincy Adams, Charles Pinckney not Charles Cotesworth
   * Pinckney. The corpus links them only by initials (John Q. Adams is John Quincy Adams); a
   * patronymic may be left out (Ivan Smirnov is Ivan Nikitich Smirnov).
   */
  public static boolean furtherGiven(List<Given> a, List<Given> b) {
    if (a.size() == b.size() || a.isEmpty() || b.isEmpty()) {
      return false;
    }
    List<Given> shortList = a.size() < b.size() ? a : b;
    List<Given> longList = shortList == a ? b : a;
    if (shortList.stream().allMatch(Given::initial)) {
      return false;
    }
    int j = 0;
    for (Given g : longList) {
      if (j < shortList.size() && sameGivenOrInitial(shortList.get(j), g)) {
        j++;
      } else if (!g.initial() && !patronymic(g.text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A Slavic patronymic (Davidovich, Ilyich, Nikitich, Ivanovna): a name of the father that a
   * writer may leave out, not a given name of its own.
   */
  static boolean patronymic(String word) {
    return word.length() >= 5
        && (word.endsWith("ich")
            || word.endsWith("itch")
            || word.endsWith("itsch")
            || word.endsWith("ovna")
            || word.endsWith("evna")
            || word.endsWith("ichna")
            || word.endsWith("вич")
            || word.endsWith("вна")
            || word.endsWith("ич"));
  }

  private static boolean sameGivenOrInitial(Given x, Given y) {
    if (x.key().isEmpty() || y.key().isEmpty()) {
      return false;
    }
    if (x.initial() || y.initial()) {
      return x.key().charAt(0) == y.key().charAt(0);
    }
    if (sameGiven(x.key(), y.key())) {
      return true;
    }
    // an abbreviation no list knows, against a name written out: "Steph." of Stephen
    return shortened(x) && !shortened(y) && GivenNames.shortens(x.text(), y.text())
        || shortened(y) && !shortened(x) && GivenNames.shortens(y.text(), x.text());
  }

  private static boolean shortened(Given g) {
    return g.text().endsWith(".");
  }

  /**
   * The base name of a derived form ("Zinovievists" → "Zinoviev", "Trotskyites" → "Trotsky", "the
   * Nicolaievs" → "Nicolaiev"), candidates longest suffix first; empty when none applies.
   */
  public static List<String> derivedBases(String form) {
    String s = parse(form, EntityType.ORGANIZATION).clean();
    int sp = s.lastIndexOf(' ');
    String last = sp < 0 ? s : s.substring(sp + 1);
    int hy = last.lastIndexOf('-');
    if (hy > 0) {
      last = last.substring(0, hy); // "Trotskyite-Zinovievite" names the first
    }
    List<String> out = new ArrayList<>();
    String lower = last.toLowerCase(Locale.ROOT);
    for (String suf : DERIVED_SUFFIXES) {
      if (lower.endsWith(suf) && lower.length() - suf.length() >= 3) {
        out.add(last.substring(0, last.length() - suf.length()));
      }
    }
    // demonyms: Georgian, Estonians -> Georgia, Estonia; German, Germans -> Germany
    for (String[] d : DEMONYMS) {
      if (lower.endsWith(d[0]) && lower.length() - d[0].length() >= 3) {
        out.add(last.substring(0, last.length() - d[0].length()) + d[1]);
      }
    }
    out.add(last);
    return out;
  }

  /**
   * Edit distance in which a substitution, insertion or deletion costs 1, except the confusions of
   * OCR and of transliteration, which cost 0.5 (v/y, n/u, r/n, l/i, l/t, i/t, e/c, o/a, f/v), and
   * the nasals m/n, which OCR and spelling both confuse (Putman / Putnam); returns a value above
   * {@code limit} as soon as it must exceed it.
   */
  public static double ocrDistance(String a, String b, double limit) {
    int n = a.length();
    int m = b.length();
    double[] prev = new double[m + 1];
    double[] cur = new double[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      double rowMin = cur[0];
      for (int j = 1; j <= m; j++) {
        char x = a.charAt(i - 1);
        char y = b.charAt(j - 1);
        double sub = x == y ? 0 : confusion(x, y) ? 0.5 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + sub);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      double[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }

  private static final String[] CONFUSIONS = {
    "vy", "nu", "li", "lt", "it", "ec", "oa", "fv", "rn", "mn"
  };

  private static boolean confusion(char x, char y) {
    for (String c : CONFUSIONS) {
      if (c.charAt(0) == x && c.charAt(1) == y || c.charAt(0) == y && c.charAt(1) == x) {
        return true;
      }
    }
    return false;
  }
}
