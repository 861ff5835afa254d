package org.sverka.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.DemoAnalysis;
import org.sverka.pipeline.Analyzer;
import org.sverka.store.CaseFile;
import org.sverka.store.DocumentTables;
import org.sverka.store.MentionTables;
import org.sverka.text.LineMap;
import org.sverka.text.Span;

/**
 * Mentions found by {@code sverka analyze} in the demo corpus: person precision and recall against
 * a gold made by hand (see {@code persons-gold.md} in the test resources), and the hard cases of
 * the entities issue.
 */
class MentionDemoCorpusTest {
  @TempDir static Path tmp;
  static CaseFile cf;
  static List<Mention> all;

  static final String KIROV = "trotsky-kirov-1935";
  static final String DEWEY = "trotsky-dewey-13";

  @BeforeAll
  static void analyse() throws Exception {
    cf = CaseFile.open(tmp.resolve("case"));
    DemoAnalysis.analyse(cf);
    all = MentionTables.mentions(cf, null);
  }

  @AfterAll
  static void close() throws IOException {
    cf.close();
  }

  /** A gold mention: its original span. */
  record Gold(Span span, int line, String form) {}

  /** Reads a gold file and finds each row's span in the document's original text. */
  static List<Gold> gold(String resource, String doc) throws Exception {
    String text = new DocumentTables(cf).document(doc, true).orElseThrow().text();
    LineMap lines = LineMap.of(text);
    Map<Integer, List<String>> byLine = new LinkedHashMap<>();
    try (InputStream in = MentionDemoCorpusTest.class.getResourceAsStream(resource)) {
      for (String row : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (row.isBlank() || row.startsWith("#")) {
          continue;
        }
        String[] f = row.split("\t");
        byLine.computeIfAbsent(Integer.parseInt(f[0]), k -> new ArrayList<>()).add(f[1]);
      }
    }
    List<Gold> out = new ArrayList<>();
    for (Map.Entry<Integer, List<String>> e : byLine.entrySet()) {
      int line = e.getKey();
      int from = lines.lineStart(line);
      String lineText = text.substring(from, lines.lineEnd(line));
      List<String> forms = new ArrayList<>(e.getValue());
      // longer forms first ("Leon Trotsky" before "Trotsky"), as the gold was written
      List<String> order = new ArrayList<>(new java.util.LinkedHashSet<>(forms));
      order.sort(Comparator.comparingInt(String::length).reversed());
      List<Span> taken = new ArrayList<>();
      for (String form : order) {
        long wanted = forms.stream().filter(form::equals).count();
        Matcher m =
            Pattern.compile("(?<!\\p{L})" + Pattern.quote(form) + "(?!\\p{L})").matcher(lineText);
        int found = 0;
        while (found < wanted && m.find()) {
          Span s = new Span(from + m.start(), from + m.end());
          if (taken.stream().noneMatch(t -> t.overlaps(s))) {
            taken.add(s);
            out.add(new Gold(s, line, form));
            found++;
          }
        }
        assertThat(found).as("gold %s: '%s' on line %d", resource, form, line).isEqualTo(wanted);
      }
    }
    out.sort(Comparator.comparing(Gold::span));
    return out;
  }

  /** Precision and recall of the person names found on lines [from, to] of a document. */
  static double[] score(String doc, List<Gold> gold, int from, int to, StringBuilder report) {
    List<Mention> found =
        all.stream()
            .filter(m -> m.doc().equals(doc))
            .filter(m -> m.type() == EntityType.PERSON && m.role() == Mention.Role.NAME)
            .filter(m -> m.lineStart() >= from && m.lineStart() <= to)
            .toList();
    boolean[] used = new boolean[found.size()];
    int hit = 0;
    for (Gold g : gold) {
      boolean matched = false;
      for (int i = 0; i < found.size() && !matched; i++) {
        Mention m = found.get(i);
        if (!used[i] && m.start() < g.span().end() && g.span().start() < m.end()) {
          used[i] = true;
          matched = true;
        }
      }
      if (matched) {
        hit++;
      } else {
        report.append("  missed ").append(g.line()).append(' ').append(g.form()).append('\n');
      }
    }
    int correct = 0;
    for (int i = 0; i < found.size(); i++) {
      if (used[i]) {
        correct++;
      } else {
        Mention m = found.get(i);
        report
            .append("  wrong  ")
            .append(m.lineStart())
            .append(' ')
            .append(m.form())
            .append(" (")
            .append(m.source())
            .append(")\n");
      }
    }
    double p = found.isEmpty() ? 0 : (double) correct / found.size();
    double r = gold.isEmpty() ? 0 : (double) hit / gold.size();
    report.append(
        String.format(
            "%s lines %d-%d: %d gold, %d found, precision %.3f, recall %.3f%n",
            doc, from, to, gold.size(), found.size(), p, r));
    return new double[] {p, r};
  }

  @Test
  void personPrecisionAndRecallOnTheKirovPamphlet() throws Exception {
    StringBuilder report = new StringBuilder();
    double[] pr = score(KIROV, gold("kirov-persons.tsv", KIROV), 1, 270, report);
    System.out.print(report);
    assertThat(pr[0]).as(report.toString()).isGreaterThanOrEqualTo(0.85);
    assertThat(pr[1]).as(report.toString()).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void personPrecisionAndRecallOnTheDeweySpeech() throws Exception {
    StringBuilder report = new StringBuilder();
    double[] pr = score(DEWEY, gold("dewey-persons.tsv", DEWEY), 1, 120, report);
    System.out.print(report);
    assertThat(pr[0]).as(report.toString()).isGreaterThanOrEqualTo(0.85);
    assertThat(pr[1]).as(report.toString()).isGreaterThanOrEqualTo(0.85);
  }

  private static List<Mention> withForm(String form) {
    return all.stream().filter(m -> m.form().equals(form)).toList();
  }

  @Test
  void abbreviationsWithDotsAreOrganisations() {
    for (String form : List.of("G.P.U.", "T.A.S.S.", "C.I.", "E.C.C.I.", "C.P.S.U.(B.)")) {
      List<Mention> ms = withForm(form);
      assertThat(ms).as(form).isNotEmpty();
      assertThat(ms)
          .as(form)
          .allSatisfy(m -> assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION));
    }
    // every G.P.U. of the Kirov pamphlet, whatever the CRF made of it
    long written = countWritten(KIROV, "G.P.U.");
    assertThat(withForm("G.P.U.").stream().filter(m -> m.doc().equals(KIROV)))
        .hasSize((int) written);
  }

  private static long countWritten(String doc, String form) throws RuntimeException {
    try {
      String text = new DocumentTables(cf).document(doc, true).orElseThrow().text();
      return Pattern.compile(Pattern.quote(form)).matcher(text).results().count();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void titlesAreNotPartOfTheName() throws Exception {
    String text = new DocumentTables(cf).document("trotsky-compilation", true).orElseThrow().text();
    List<Mention> rykov =
        withForm("Rykov").stream().filter(m -> m.doc().equals("trotsky-compilation")).toList();
    assertThat(rykov).hasSizeGreaterThanOrEqualTo(5);
    for (Mention m : rykov) {
      assertThat(m.type()).isEqualTo(EntityType.PERSON);
      assertThat(text.substring(m.start(), m.end())).isEqualTo("Rykov");
    }
    assertThat(rykov)
        .anySatisfy(
            m -> assertThat(text.substring(m.start() - 8, m.start())).isEqualTo("Comrade "));
  }

  @Test
  void initialsBelongToTheNameOrStandForIt() {
    assertThat(withForm("M. I. Ulyanova"))
        .isNotEmpty()
        .allSatisfy(m -> assertThat(m.type()).isEqualTo(EntityType.PERSON));
    // "your attitude towards L. D. [Trotsky]?"
    assertThat(withForm("L. D."))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.type()).isEqualTo(EntityType.PERSON);
              assertThat(m.doc()).isEqualTo(DEWEY);
              assertThat(m.lineStart()).isEqualTo(384);
            });
  }

  @Test
  void possessivesAreCutOff() throws Exception {
    String text = new DocumentTables(cf).document(KIROV, true).orElseThrow().text();
    List<Mention> stalin =
        all.stream()
            .filter(m -> m.doc().equals(KIROV) && m.form().equals("Stalin"))
            .filter(m -> text.startsWith("Stalin's", m.start()))
            .toList();
    assertThat(stalin).hasSizeGreaterThanOrEqualTo(5);
    assertThat(stalin).allSatisfy(m -> assertThat(m.end() - m.start()).isEqualTo(6));
    assertThat(all).noneMatch(m -> m.form().endsWith("'s") || m.form().endsWith("’s"));
  }

  @Test
  void hyphenatedDoubleNamesArePersons() {
    List<Mention> by = withForm("Berman-Yurin");
    assertThat(by).hasSizeGreaterThanOrEqualTo(10);
    assertThat(by)
        .allSatisfy(
            m -> {
              assertThat(m.type()).isEqualTo(EntityType.PERSON);
              assertThat(m.role()).isEqualTo(Mention.Role.NAME);
            });
    // "the Zinoviev-Kamenev trial" names two persons
    assertThat(all.stream().filter(m -> m.doc().equals(DEWEY) && m.lineStart() == 14))
        .extracting(Mention::form)
        .contains("Zinoviev", "Kamenev");
  }

  @Test
  void groupsAndAdjectivesAreLinkedButNeverTheName() {
    assertThat(withForm("Nicolaievs"))
        .singleElement()
        .satisfies(m -> assertThat(m.role()).isEqualTo(Mention.Role.GROUP));
    for (String group : List.of("Zinovievists", "Trotskyites", "Stalinists")) {
      assertThat(withForm(group))
          .as(group)
          .isNotEmpty()
          .allSatisfy(
              m -> {
                assertThat(m.type()).isEqualTo(EntityType.PERSON);
                assertThat(m.role()).isEqualTo(Mention.Role.GROUP);
              });
    }
    // "the Stalinist Bureaucracy"
    assertThat(withForm("Stalinist"))
        .anySatisfy(m -> assertThat(m.role()).isEqualTo(Mention.Role.ADJECTIVE));
    assertThat(withForm("Stalinist")).noneMatch(m -> m.role() == Mention.Role.NAME);
  }

  @Test
  void kirovAndMolotovAreFoundWhereverTheyStand() throws Exception {
    for (String name : List.of("Kirov", "Molotov")) {
      long written = 0;
      long found = 0;
      for (String doc : new DocumentTables(cf).documentIds()) {
        String text = new DocumentTables(cf).document(doc, true).orElseThrow().text();
        Matcher m = Pattern.compile("\\b" + name + "\\b").matcher(text);
        while (m.find()) {
          written++;
          int at = m.start();
          found +=
              all.stream()
                      .anyMatch(
                          x ->
                              x.doc().equals(doc)
                                  && x.start() <= at
                                  && at < x.end()
                                  && x.type() == EntityType.PERSON
                                  && x.role() == Mention.Role.NAME)
                  ? 1
                  : 0;
        }
      }
      assertThat(written).as(name).isGreaterThan(20);
      assertThat((double) found / written)
          .as(name + ": " + found + " of " + written)
          .isGreaterThanOrEqualTo(0.95);
    }
  }

  @Test
  void mentionsCiteTheirLinesAndSentences() throws Exception {
    assertThat(all).isNotEmpty();
    for (String doc : new DocumentTables(cf).documentIds()) {
      String text = new DocumentTables(cf).document(doc, true).orElseThrow().text();
      LineMap lines = LineMap.of(text);
      int sentence = 0;
      for (Mention m : all.stream().filter(x -> x.doc().equals(doc)).toList()) {
        assertThat(m.lineStart()).isEqualTo(lines.lineOf(m.start()));
        assertThat(m.lineEnd()).isEqualTo(lines.lastLineOf(new Span(m.start(), m.end())));
        assertThat(m.sentence()).isGreaterThanOrEqualTo(sentence);
        sentence = m.sentence();
      }
    }
  }

  @Test
  void namesLearnedInOneDocumentLeaveWithIt(@TempDir Path dir) throws Exception {
    Path in = java.nio.file.Files.createDirectories(dir.resolve("in"));
    java.nio.file.Files.writeString(
        in.resolve("a.txt"), "Comrade Kirov spoke to the workers of Leningrad.\n");
    java.nio.file.Files.writeString(
        in.resolve("b.txt"), "The murder of Kirov shocked everyone. Nobody knew why.\n");
    Analyzer.Options options =
        new Analyzer.Options(List.of(in), null, Analyzer.Options.DEFAULT_MAX_FILE_BYTES, 2);
    try (CaseFile c = CaseFile.open(dir.resolve("case"))) {
      new Analyzer(null).run(c, options);
      List<Mention> b = MentionTables.mentions(c, "b");
      // "Comrade Kirov" in a makes Kirov a person in b too
      assertThat(b)
          .anySatisfy(
              m -> {
                assertThat(m.form()).isEqualTo("Kirov");
                assertThat(m.type()).isEqualTo(EntityType.PERSON);
                assertThat(m.lineStart()).isEqualTo(1);
                assertThat(m.sentence()).isZero();
              });
      java.nio.file.Files.delete(in.resolve("a.txt"));
      Analyzer.Result again = new Analyzer(null).run(c, options);
      assertThat(again.analysed()).isZero();
      assertThat(again.removed()).isEqualTo(1);
      // a's mentions went with it, and what b learned from a is gone too
      assertThat(MentionTables.mentions(c, "a")).isEmpty();
      assertThat(MentionTables.mentions(c, "b")).noneMatch(m -> m.source().equals("propagated"));
      assertThat(MentionTables.mentions(c, null)).allMatch(m -> m.doc().equals("b"));
    }
  }
}
