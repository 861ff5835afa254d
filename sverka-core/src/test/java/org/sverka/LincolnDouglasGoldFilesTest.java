package org.sverka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sverka.figures.Check;
import org.sverka.quotes.Verdict;
import org.sverka.time.Edtf;

/**
 * The hand-made gold of the second bundled corpus (examples/lincoln-douglas-1858, gold in
 * gold/lincoln-douglas-1858/) holds together: every record cites a document of sources.yaml and a
 * line the file has, every form, opening, date text and figure text stands on the line it cites,
 * every value and verdict parses, and each file has the size docs/gold.md asks for. It does not
 * score Sverka (that is sverka eval); it keeps the gold from drifting from the text it was read in.
 */
class LincolnDouglasGoldFilesTest {
  private static final Path DIR = Corpus.DIR.resolveSibling("lincoln-douglas-1858");
  private static final Path GOLD =
      Corpus.DIR
          .getParent()
          .getParent()
          .resolve("sverka-core/src/test/resources/gold/lincoln-douglas-1858");

  private static Map<String, List<String>> docs() throws IOException {
    Map<String, List<String>> docs = new LinkedHashMap<>();
    String id = null;
    for (String line : Files.readAllLines(DIR.resolve("sources.yaml"), StandardCharsets.UTF_8)) {
      Matcher m = Pattern.compile("^  - id: (\\S+)$").matcher(line);
      if (m.matches()) {
        id = m.group(1);
      }
      Matcher f = Pattern.compile("^    file: (\\S+)$").matcher(line);
      if (f.matches() && id != null) {
        docs.put(id, Files.readAllLines(DIR.resolve(f.group(1)), StandardCharsets.UTF_8));
      }
    }
    return docs;
  }

  private static List<String[]> rows(String file, int columns) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(GOLD.resolve(file), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] r = line.split("\t", -1);
      assertThat(r).as("%s: %s", file, line).hasSize(columns);
      rows.add(r);
    }
    assertThat(Files.readString(GOLD.resolve(file))).as(file).startsWith("# ");
    return rows;
  }

  private static String collapse(String s) {
    return s.replaceAll("\\s+", " ");
  }

  /** The line and the next one, white space collapsed (a figure may run over a line break). */
  private static String at(Map<String, List<String>> docs, String doc, String line, int extra) {
    assertThat(docs).as("document %s", doc).containsKey(doc);
    List<String> lines = docs.get(doc);
    int n = Integer.parseInt(line);
    assertThat(n).as("%s:%s", doc, line).isBetween(1, lines.size());
    return collapse(String.join(" ", lines.subList(n - 1, Math.min(lines.size(), n + extra))));
  }

  @Test
  void quotationsCiteTheirLinesAndVerdictsAreVerdicts() throws IOException {
    Map<String, List<String>> docs = docs();
    List<String[]> rows = rows("quotes.tsv", 7);
    assertThat(rows).hasSizeGreaterThanOrEqualTo(12);
    for (String[] r : rows) {
      assertThat(at(docs, r[0], r[1], 0)).as("opening of %s:%s", r[0], r[1]).contains(r[2]);
      assertThat(r[2].split(" ")).hasSizeBetween(3, 6);
      assertThat(r[3]).as("a quotation of another document").isNotEqualTo(r[0]);
      at(docs, r[3], r[4], 0);
      for (String v : r[5].split(",")) {
        assertThat(Verdict.valueOf(v)).isNotEqualTo(Verdict.NOT_FOUND);
      }
    }
  }

  @Test
  void everyVariantFormStandsInTheCorpus() throws IOException {
    String all =
        collapse(String.join(" ", docs().values().stream().flatMap(List::stream).toList()));
    List<String[]> rows = rows("variants.tsv", 7);
    Set<String> types = Set.of("PERSON", "PLACE", "ORG", "WORK");
    Set<String> roles = Set.of("NAME", "GROUP", "ADJECTIVE");
    for (String[] r : rows) {
      assertThat(r[0]).isIn("merge", "apart");
      for (int i : new int[] {1, 4}) {
        Pattern form = Pattern.compile("(?<![\\w])" + Pattern.quote(r[i]) + "(?![\\w])");
        assertThat(form.matcher(all).find()).as("form %s", r[i]).isTrue();
        assertThat(r[i + 1]).isIn(types);
        assertThat(r[i + 2]).isIn(roles);
      }
    }
    assertThat(rows.stream().filter(r -> r[0].equals("merge")).count()).isGreaterThanOrEqualTo(40);
    assertThat(rows.stream().filter(r -> r[0].equals("apart")).count()).isGreaterThanOrEqualTo(12);
  }

  @Test
  void datesStandOnTheirLinesWithEdtfValues() throws IOException {
    Map<String, List<String>> docs = docs();
    List<String[]> rows = rows("dates.tsv", 4);
    assertThat(rows).hasSizeGreaterThanOrEqualTo(40);
    for (String[] r : rows) {
      assertThat(at(docs, r[0], r[1], 0)).as("date at %s:%s", r[0], r[1]).contains(r[2]);
      assertThat(Edtf.tryParse(r[3])).as("EDTF %s", r[3]).isPresent();
    }
  }

  @Test
  void figuresAndChecksStandOnTheirLines() throws IOException {
    Map<String, List<String>> docs = docs();
    List<String[]> figures = rows("figures.tsv", 5);
    assertThat(figures).hasSizeGreaterThanOrEqualTo(15);
    for (String[] r : figures) {
      assertThat(at(docs, r[0], r[1], 1)).as("figure at %s:%s", r[0], r[1]).contains(r[2]);
      assertThat(new BigDecimal(r[3]).signum()).isPositive();
    }
    List<String[]> checks = rows("checks.tsv", 5);
    assertThat(checks).isNotEmpty();
    for (String[] r : checks) {
      assertThat(at(docs, r[0], r[1], 1)).as("check at %s:%s", r[0], r[1]).contains(r[4]);
      assertThat(Arrays.stream(Check.Kind.values()).map(Enum::name)).contains(r[2]);
      assertThat(r[3]).isIn("CONSISTENT", "INCONSISTENT");
    }
  }
}
