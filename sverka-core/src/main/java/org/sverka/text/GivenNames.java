package org.sverka.text;

import java.util.Locale;
import java.util.Map;

/**
 * The abbreviations of given names that English writing used from the seventeenth century to the
 * twentieth, in letters, newspapers, lists of delegates and signatures: "Wm." for William, "Jas."
 * for James, "Thos." for Thomas, "Geo." for George, "Fred." for Frederick. Such a word with its dot
 * stands before a surname, so the dot ends no sentence ("Geo. Mason moved the question") and the
 * abbreviation is the given name it shortens, not an initial.
 *
 * <p>Two shapes are read: a contraction (the first letters and the last letter of the name: Wm,
 * Jas, Thos, Chas, Saml, Robt, Richd, Danl, Nathl, Benjn) and a cut (the first letters: Geo, Benj,
 * Alex, Fred, Jeff, Theo, Nath, Edw, Eliz), and the clipped forms of the seventeenth century, once
 * written with the last letters raised (Jona, Eliza, Tho, Barth, Xpher for Christopher); {@link
 * #expand} returns the name of the listed ones, {@link #shortens} tells whether an abbreviation can
 * stand for a given name not listed.
 */
public final class GivenNames {
  private GivenNames() {}

  /** The abbreviations, lower case without the dot, with the name each stands for. */
  private static final Map<String, String> ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("abig", "abigail"),
          Map.entry("abm", "abraham"),
          Map.entry("abrm", "abraham"),
          Map.entry("alex", "alexander"),
          Map.entry("alexr", "alexander"),
          Map.entry("andw", "andrew"),
          Map.entry("anth", "anthony"),
          Map.entry("archd", "archibald"),
          Map.entry("barth", "bartholomew"),
          Map.entry("bartho", "bartholomew"),
          Map.entry("benj", "benjamin"),
          Map.entry("benjn", "benjamin"),
          Map.entry("chas", "charles"),
          Map.entry("christr", "christopher"),
          Map.entry("danl", "daniel"),
          Map.entry("davd", "david"),
          Map.entry("ebenr", "ebenezer"),
          Map.entry("edmd", "edmund"),
          Map.entry("edw", "edward"),
          Map.entry("edwd", "edward"),
          Map.entry("eliz", "elizabeth"),
          Map.entry("eliza", "elizabeth"),
          Map.entry("elizth", "elizabeth"),
          Map.entry("ephm", "ephraim"),
          Map.entry("fred", "frederick"),
          Map.entry("fredk", "frederick"),
          Map.entry("geo", "george"),
          Map.entry("humph", "humphrey"),
          Map.entry("hy", "henry"),
          Map.entry("jas", "james"),
          Map.entry("jeff", "jefferson"),
          Map.entry("jno", "john"),
          Map.entry("jona", "jonathan"),
          Map.entry("jonath", "jonathan"),
          Map.entry("jos", "joseph"),
          Map.entry("josh", "joshua"),
          Map.entry("kath", "katherine"),
          Map.entry("marg", "margaret"),
          Map.entry("margt", "margaret"),
          Map.entry("michl", "michael"),
          Map.entry("nath", "nathaniel"),
          Map.entry("nathl", "nathaniel"),
          Map.entry("nich", "nicholas"),
          Map.entry("nichs", "nicholas"),
          Map.entry("richd", "richard"),
          Map.entry("robt", "robert"),
          Map.entry("saml", "samuel"),
          Map.entry("steph", "stephen"),
          Map.entry("theo", "theodore"),
          Map.entry("tho", "thomas"),
          Map.entry("thos", "thomas"),
          Map.entry("timo", "timothy"),
          Map.entry("walt", "walter"),
          Map.entry("willm", "william"),
          Map.entry("wm", "william"),
          Map.entry("xpher", "christopher"),
          Map.entry("xtopher", "christopher"),
          Map.entry("zach", "zachariah"));

  /**
   * The given name a listed abbreviation stands for ("Jas" or "jas." → "james"), or null. Only a
   * capitalised word is read ("jas" in lower case is no name).
   */
  public static String expand(String word) {
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return null;
    }
    String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    return ABBREVIATIONS.get(w.toLowerCase(Locale.ROOT));
  }

  /** Words that open sentences and never follow a given name as its surname. */
  private static final java.util.Set<String> OPENERS =
      java.util.Set.of(
          "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
          "those", "there", "here", "but", "and", "or", "then", "his", "her", "their", "our", "my",
          "in", "on", "at", "if", "when", "so", "as", "what", "who", "how", "why", "yes", "no",
          "not", "now", "for", "to", "of", "by", "with", "after", "before");

  /**
   * Whether the dot after {@code word} belongs to an abbreviated given name, not to the end of a
   * sentence: the word is listed and the next word is capitalised and no sentence opener ("Jas.
   * Madison", but "... and Fred. He left").
   */
  public static boolean beforeName(String word, String next) {
    return listed(word)
        && !next.isEmpty()
        && Character.isUpperCase(next.charAt(0))
        && !OPENERS.contains(next.toLowerCase(Locale.ROOT));
  }

  /** Whether the word (without its dot) is a listed abbreviation of a given name. */
  public static boolean listed(String word) {
    return expand(word) != null;
  }

  /**
   * Whether an abbreviation written with a dot can stand for a given name: it is listed for that
   * name, or it is the name's first letters (two or more: "Benj" of Benjamin), or a contraction of
   * it: its first letter, then letters of the name in order, ending on the name's last letter
   * ("Jas" of James, "Wm" of William, "Saml" of Samuel). Letters are compared in lower case.
   */
  public static boolean shortens(String abbreviation, String name) {
    String a = abbreviation.toLowerCase(Locale.ROOT).replace(".", "");
    String n = name.toLowerCase(Locale.ROOT);
    if (a.length() < 2 || a.length() >= n.length()) {
      return false;
    }
    String listed = ABBREVIATIONS.get(a);
    if (listed != null) {
      return listed.equals(n);
    }
    if (n.startsWith(a)) {
      return true;
    }
    if (a.charAt(0) != n.charAt(0) || a.charAt(a.length() - 1) != n.charAt(n.length() - 1)) {
      return false;
    }
    int j = 1;
    for (int i = 1; i < n.length() && j < a.length(); i++) {
      if (n.charAt(i) == a.charAt(j)) {
        j++;
      }
    }
    return j == a.length();
  }

  /**
   * Given names that only women bear in English, French, German, Italian and Spanish writing, and
   * given names that only men bear (lower case): enough to tell "Mary Brown" from "Thomas Brown"
   * when a title says which one "Mrs. Brown" can be. A name both bear (Jean, Francis, Leslie) is in
   * neither.
   */
  private static final java.util.Set<String> FEMININE =
      words(
          "abigail agnes alice amelia amy ann anna anne annie barbara beatrice bertha betsy betty"
              + " bridget caroline catherine charlotte clara dorothy edith eleanor elizabeth ellen"
              + " emily emma esther eliza elsie fanny florence frances grace hannah harriet helen"
              + " henrietta isabella jane janet jemima johanna josephine judith julia katherine"
              + " kate kitty laura louisa lucy lydia margaret maria marie martha mary matilda"
              + " mildred nancy olive patience phoebe polly priscilla rachel rebecca rose ruth"
              + " sally sara sarah sophia susan susanna susannah temperance ursula victoria"
              + " virginia winifred marguerite jeanne louise madeleine germaine anastasia"
              + " ekaterina yekaterina nadezhda natalia olga sofia tatiana vera zinaida irina"
              + " ludmila lyudmila galina gertrude greta hilde ingrid lotte giulia lucia carmen"
              + " dolores isabel juana mercedes teresa theresa");

  private static final java.util.Set<String> MASCULINE =
      words(
          "aaron abraham adam albert amos alexander alfred andrew anthony archibald arthur benjamin"
              + " charles christopher daniel david edmund edward edwin ebenezer elijah ephraim"
              + " ezekiel frederick george gideon gilbert harry henry hezekiah hugh isaac jacob"
              + " james jeremiah john jonathan joseph joshua josiah lawrence lewis louis matthew"
              + " michael moses nathan nathaniel nicholas oliver patrick paul peter philip ralph"
              + " richard robert roger samuel simon solomon stephen thomas timothy walter william"
              + " zachariah jean-paul pierre jacques henri francois gaston marcel ivan vladimir"
              + " nikolai sergei grigori lev leon mikhail aleksandr alexei dmitri yuri boris"
              + " karl friedrich heinrich wilhelm hans otto giovanni giuseppe carlo juan carlos"
              + " jose pedro francisco");

  private static java.util.Set<String> words(String list) {
    return java.util.Set.of(list.split(" "));
  }

  /**
   * Whether a given name as written (its dot dropped; an abbreviation is read as the name it
   * shortens) is a woman's name of the lists above.
   */
  public static boolean feminine(String name) {
    return FEMININE.contains(full(name));
  }

  /** Whether a given name as written is a man's name of the lists above. */
  public static boolean masculine(String name) {
    return MASCULINE.contains(full(name));
  }

  private static String full(String name) {
    String e = expand(name);
    return e != null ? e : name.replace(".", "").toLowerCase(Locale.ROOT);
  }
}
