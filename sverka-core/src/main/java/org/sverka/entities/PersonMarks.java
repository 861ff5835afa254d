package org.sverka.entities;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sverka.text.GivenNames;

/**
 * What the words around a person's name say about who is meant, beyond the name itself: the sex a
 * title or a given name shows ("Mrs. Brown", "Lady Brown", "Frau Braun" are women; "Mr. Brown",
 * "Sir Thomas Brown", "Herr Braun" are men), and a generational suffix ("John Brown, Jr.", "John
 * Brown II", "the younger John Brown"). A woman named by her title and surname is the wife, widow
 * or daughter of the man of that surname, never him; a man called Junior is not his father.
 */
final class PersonMarks {
  private PersonMarks() {}

  /** The sex a name shows: none known, female or male. */
  enum Sex {
    NONE,
    FEMALE,
    MALE
  }

  /** Titles that only a woman bears (lower case, without the dot, accents folded). */
  static final Set<String> FEMININE_TITLES =
      Set.of(
          "mrs",
          "mistress",
          "miss",
          "ms",
          "lady",
          "dame",
          "madam",
          "madame",
          "mme",
          "mlle",
          "mademoiselle",
          "frau",
          "fraulein",
          "senora",
          "senorita",
          "signora",
          "goodwife",
          "goodw",
          "goody",
          "widow",
          "queen",
          "princess",
          "duchess",
          "countess",
          "baroness",
          "sister",
          "mother",
          "empress",
          "marchioness");

  /** Titles that only a man bears. */
  static final Set<String> MASCULINE_TITLES =
      Set.of(
          "mr",
          "mister",
          "master",
          "sir",
          "lord",
          "messrs",
          "herr",
          "monsieur",
          "senor",
          "signor",
          "goodman",
          "king",
          "prince",
          "duke",
          "count",
          "baron",
          "brother",
          "father",
          "emperor",
          "marquis");

  /** Words that may stand between a title and the name, or before it: "the", "old". */
  private static final Set<String> LEADING = Set.of("the", "a", "an", "old", "young", "late");

  private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\.?[ \\t\\n]+$");
  private static final Pattern ELDER_BEFORE =
      Pattern.compile("\\b(?:the|The) (younger|elder)[ \\t\\n]+$");
  private static final Pattern SUFFIX_AFTER =
      Pattern.compile("^,?[ \\t]*(Jr|Junr|Junior|Sr|Senr|Senior|II|III|IV|2d|2nd|3d|3rd)\\b");

  /** The generational suffixes (as written, without comma or dot) and the generation they name. */
  static String generationOf(String suffix) {
    return switch (suffix.replace(".", "").replace(",", "").toLowerCase(Locale.ROOT)) {
      case "jr", "junr", "junior", "ii", "2d", "2nd" -> "2";
      case "sr", "senr", "senior" -> "1";
      case "iii", "3d", "3rd" -> "3";
      case "iv" -> "4";
      default -> "";
    };
  }

  /**
   * The generation a suffix in the form or the words around it name: "2" for Jr., II and "the
   * younger", "3" for III; "" for none, and for Sr. and "the elder", the man the name alone names.
   */
  static String generation(String before, String form, String after) {
    String g = writtenGeneration(before, form, after);
    return g.equals("1") ? "" : g;
  }

  private static String writtenGeneration(String before, String form, String after) {
    String[] w = form.strip().split("[\\s,]+");
    if (w.length > 1) {
      String g = generationOf(w[w.length - 1]);
      if (!g.isEmpty()) {
        return g;
      }
    }
    Matcher a = SUFFIX_AFTER.matcher(after == null ? "" : after);
    if (a.find()) {
      return generationOf(a.group(1));
    }
    Matcher b = ELDER_BEFORE.matcher(before == null ? "" : before);
    return !b.find() ? "" : b.group(1).equals("younger") ? "2" : "1";
  }

  /**
   * The sex the name shows: a title right before it or at its start decides (so "Mrs. John Brown"
   * is a woman), else its first given name spelt out ({@link GivenNames#feminine}, {@link
   * GivenNames#masculine}).
   */
  static Sex sex(String before, String form) {
    String[] words = form.strip().split("\\s+");
    int i = 0;
    while (i < words.length - 1) {
      Sex t = titleSex(words[i]);
      if (t != Sex.NONE) {
        return t;
      }
      if (!LEADING.contains(fold(words[i]))) {
        break;
      }
      i++;
    }
    Matcher m = WORD_BEFORE.matcher(before == null ? "" : before);
    if (i == 0 && m.find() && Character.isUpperCase(m.group(1).charAt(0))) {
      Sex t = titleSex(m.group(1));
      if (t != Sex.NONE) {
        return t;
      }
    }
    for (VariantKeys.Given g : VariantKeys.parse(form, EntityType.PERSON).given()) {
      if (!g.initial()) {
        String t = g.text().replace(".", "");
        return GivenNames.feminine(t) ? Sex.FEMALE : GivenNames.masculine(t) ? Sex.MALE : Sex.NONE;
      }
    }
    return Sex.NONE;
  }

  private static Sex titleSex(String word) {
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return Sex.NONE;
    }
    String k = fold(word);
    if (FEMININE_TITLES.contains(k)) {
      return Sex.FEMALE;
    }
    // "M." may be Monsieur or an initial (M. Ulyanova): it shows nothing
    if (MASCULINE_TITLES.contains(k)) {
      return Sex.MALE;
    }
    return Sex.NONE;
  }

  private static String fold(String word) {
    return VariantKeys.ascii(word).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
  }
}
