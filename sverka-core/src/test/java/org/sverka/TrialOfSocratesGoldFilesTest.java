package org.sverka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sverka.time.Edtf;

/**
 * The hand-made gold of the trial-of-socrates corpus is consistent with the corpus it describes:
 * every form, opening, date text and figure text stands verbatim in its document at the line the
 * gold gives, so a miss when the gold is scored is Sverka's, not a typo of the gold.
 */
class TrialOfSocratesGoldFilesTest {
  private static final String GOLD = "/gold/trial-of-socrates/";
  private static final Map<String, String> FILES =
      Map.of(
          "jowett-apology", "plato-apology-jowett.txt",
          "cary-apology-crito-phaedo", "plato-apology-crito-phaedo-cary.txt",
          "diogenes-socrates", "diogenes-laertius-life-of-socrates-yonge.txt");
  private static final Map<String, List<String>> LINES = new HashMap<>();
  private static String all;

  @BeforeAll
  static void read() throws IOException {
    Path dir = Corpus.DIR.getParent().resolve("trial-of-socrates");
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, String> e : FILES.entrySet()) {
      String text = Files.readString(dir.resolve(e.getValue()), StandardCharsets.UTF_8);
      LINES.put(e.getKey(), List.of(text.split("\r\n|\n|\r", -1)));
      b.append(collapse(text)).append(' ');
    }
    all = b.toString();
  }

  private static String collapse(String s) {
    return s.replaceAll("\\s+", " ");
  }

  private static List<String[]> rows(String file, int columns) throws IOException {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = TrialOfSocratesGoldFilesTest.class.getResourceAsStream(GOLD + file)) {
      assertThat(in).as(file).isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        assertThat(f).as(file + ": " + line).hasSize(columns);
        out.add(f);
      }
    }
    return out;
  }

  /** The text of the document from the start of {@code line} on, over a few lines, collapsed. */
  private static String from(String doc, int line, int span) {
    List<String> lines = LINES.get(doc);
    assertThat(lines).as("document " + doc).isNotNull();
    assertThat(line).as(doc + " line").isBetween(1, lines.size());
    return collapse(String.join(" ", lines.subList(line - 1, Math.min(lines.size(), line + span))));
  }

  private static String letters(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]", "");
  }

  @Test
  void everyVariantFormOccursAsAWholeWord() throws IOException {
    List<String[]> gold = rows("variants.tsv", 7);
    assertThat(gold.stream().filter(g -> g[0].equals("merge")).count()).isGreaterThanOrEqualTo(40);
    assertThat(gold.stream().filter(g -> g[0].equals("apart")).count()).isGreaterThanOrEqualTo(12);
    for (String[] g : gold) {
      assertThat(g[0]).isIn("merge", "apart");
      for (String form : new String[] {g[1], g[4]}) {
        Pattern p =
            Pattern.compile("(?<![\\p{L}\\p{Nd}])" + Pattern.quote(form) + "(?![\\p{L}\\p{Nd}])");
        assertThat(p.matcher(all).find()).as(form).isTrue();
      }
      assertThat(g[2]).isIn("PERSON", "PLACE", "ORG", "WORK");
      assertThat(g[5]).isIn("PERSON", "PLACE", "ORG", "WORK");
    }
  }

  @Test
  void everyQuotationOpensAtItsLineAndItsSourceLineExists() throws IOException {
    List<String[]> gold = rows("quotes.tsv", 7);
    assertThat(gold).hasSizeGreaterThanOrEqualTo(10);
    for (String[] g : gold) {
      int line = Integer.parseInt(g[1]);
      String here = letters(from(g[0], line, 3));
      String first = letters(LINES.get(g[0]).get(line - 1));
      // the opening's words in order (a speech tag may interrupt the quotation between them)
      String[] words = g[2].split(" ");
      int at = here.indexOf(letters(words[0]));
      assertThat(at).as(g[0] + ":" + g[1] + " " + g[2]).isGreaterThanOrEqualTo(0);
      assertThat(at).as("the opening begins on line " + g[1]).isLessThan(first.length());
      int pos = at;
      for (String w : words) {
        pos = here.indexOf(letters(w), pos);
        assertThat(pos).as(g[0] + ":" + g[1] + " " + g[2] + " at " + w).isGreaterThanOrEqualTo(0);
      }
      from(g[3], Integer.parseInt(g[4]), 0);
      for (String v : g[5].split(",")) {
        assertThat(v)
            .isIn(
                "VERBATIM",
                "VARIANT_WORDING",
                "ABRIDGED_MARKED",
                "ABRIDGED_UNMARKED",
                "INTERPOLATED",
                "CUT_BEFORE_QUALIFIER",
                "MISATTRIBUTED");
      }
    }
  }

  @Test
  void everyDateTextStandsAtItsLineAndModernValuesAreEdtf() throws IOException {
    List<String[]> gold = rows("dates.tsv", 4);
    assertThat(gold).hasSizeGreaterThanOrEqualTo(30);
    for (String[] g : gold) {
      int line = Integer.parseInt(g[1]);
      assertThat(LINES.get(g[0]).get(line - 1)).as(g[0] + ":" + g[1]).isNotNull();
      assertThat(from(g[0], line, 1)).as(g[0] + ":" + g[1]).contains(g[2]);
      assertThat(g[3]).matches("-?[0-9X]{4}(-[0-9X]{2}){0,2}(/-?[0-9X]{4}(-[0-9X]{2}){0,2})?");
      if (!g[3].startsWith("-")) {
        assertThat(Edtf.tryParse(g[3])).as(g[3]).isPresent();
      }
    }
  }

  @Test
  void everyFigureTextStandsOnItsLine() throws IOException {
    List<String[]> gold = rows("figures.tsv", 5);
    assertThat(gold).hasSizeGreaterThanOrEqualTo(15);
    for (String[] g : gold) {
      // a figure may run on to the next line ("a thousand\ndrachmas")
      String line = collapse(from(g[0], Integer.parseInt(g[1]), 1));
      Pattern p =
          Pattern.compile("(?<![\\p{L}\\p{Nd}])" + Pattern.quote(g[2]) + "(?![\\p{L}\\p{Nd}])");
      assertThat(p.matcher(line).find()).as(g[0] + ":" + g[1] + " " + g[2]).isTrue();
      assertThat(Double.parseDouble(g[3])).isPositive();
    }
    for (String[] g : rows("checks.tsv", 5)) {
      assertThat(from(g[0], Integer.parseInt(g[1]), 1)).contains(g[4]);
      assertThat(g[3]).isIn("CONSISTENT", "INCONSISTENT");
    }
  }
}
