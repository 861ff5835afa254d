package org.sverka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.entities.EntityType;
import org.sverka.entities.Mention;
import org.sverka.store.CaseFile;
import org.sverka.store.EntityTables;
import org.sverka.text.Cited;
import org.sverka.text.LineMap;

/**
 * The entity commands on a small corpus whose mentions are set by the test to every occurrence of a
 * few names (in place of the name finder's, which the entity gold tests measure), resolved by a
 * second {@code sverka analyze} with an authority.yaml beside the files.
 */
class EntityCliTest {
  @TempDir static Path tmp;
  static Path corpus;
  static Path caseDir;
  static Cli.Run second;

  static final String A =
      """
      On 1 December 1934 Leonid Nicolaiev shot Kirov in Leningrad.
      Nicolaiev had been a member of the Komsomol.
      The Nicolaievs imagine that terror is enough.
      Leon Sedov was in Berlin. Sedov wrote the Livre Rouge.
      """;
  static final String B =
      """
      Nikolayev's confession named a consul.
      My younger son, Sergei Sedov, was arrested. Petrograd was the city of 1917.
      Nikolayev and Sedov never met in Leningrad.
      """;

  @BeforeAll
  static void analyse() throws Exception {
    corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    Files.writeString(corpus.resolve("a.txt"), A);
    Files.writeString(corpus.resolve("b.txt"), B);
    Files.writeString(
        corpus.resolve("sources.yaml"),
        """
        documents:
          - {id: a, file: a.txt, date: 1935-01}
          - {id: b, file: b.txt, date: 1937-04}
        """);
    Files.writeString(
        corpus.resolve("authority.yaml"),
        """
        entities:
          leon-sedov: {type: person, name: Leon Sedov}
          sergei-sedov: {type: person, name: Sergei Sedov}
          leningrad:
            type: place
            name: Leningrad
            names: [{name: Petrograd, when: 1914-08-31/1924-01-26}]
            lat: 59.94
            lon: 30.31
          broken: {type: person, name: Someone, colour: red}
        """);
    caseDir = tmp.resolve("case");
    Cli.Run first = Cli.run("analyze", corpus.toString(), "--case", caseDir.toString());
    assertThat(first.err()).contains("authority.yaml:10: unknown key 'colour'");
    assertThat(first.code()).isEqualTo(1);
    // a controlled set of mentions: the name finder's own rows (which depend on the model) are
    // replaced by every occurrence of the forms below, so that what is tested is resolution and the
    // commands; the second analyze keeps them (the finder's stage is up to date) and resolves them
    try (java.sql.Connection db =
            java.sql.DriverManager.getConnection(
                "jdbc:sqlite:" + caseDir.resolve(CaseFile.DB_NAME));
        java.sql.Statement st = db.createStatement()) {
      st.executeUpdate("DELETE FROM mentions");
    }
    try (CaseFile cf = CaseFile.open(caseDir)) {
      EntityTables t = new EntityTables(cf);
      List<Mention> ms = new ArrayList<>();
      find(t, "a", A, ms);
      find(t, "b", B, ms);
      t.insertMentions(ms);
    }
    second = Cli.run("analyze", corpus.toString(), "--case", caseDir.toString());
  }

  static void find(EntityTables t, String doc, String text, List<Mention> out) throws Exception {
    String[][] forms = {
      {"Leonid Nicolaiev", "PERSON", "NAME"},
      {"Nicolaievs", "PERSON", "GROUP"},
      {"Nikolayev's", "PERSON", "NAME"},
      {"Sergei Sedov", "PERSON", "NAME"},
      {"Leon Sedov", "PERSON", "NAME"},
      {"Leningrad", "PLACE", "NAME"},
      {"Petrograd", "PLACE", "NAME"},
      {"Nicolaiev", "PERSON", "NAME"},
      {"Nikolayev", "PERSON", "NAME"},
      {"Berlin", "PLACE", "NAME"},
      {"Kirov", "PERSON", "NAME"},
      {"Sedov", "PERSON", "NAME"},
    };
    LineMap lines = LineMap.of(text);
    boolean[] taken = new boolean[text.length()];
    for (String[] f : forms) {
      for (int at = text.indexOf(f[0]); at >= 0; at = text.indexOf(f[0], at + 1)) {
        int end = at + f[0].length();
        if (taken[at]
            || end < text.length() && Character.isLetter(text.charAt(end))
            || at > 0 && Character.isLetter(text.charAt(at - 1))) {
          continue;
        }
        for (int i = at; i < end; i++) {
          taken[i] = true;
        }
        out.add(
            new Mention(
                Cited.of(doc, at, end, lines.lineOf(at), lines.lineOf(end - 1)),
                t.sentenceAt(doc, at),
                f[0],
                EntityType.valueOf(f[1]),
                Mention.Role.valueOf(f[2]),
                "test"));
      }
    }
  }

  @Test
  void entitiesListsEachWithItsVariants() throws Exception {
    Cli.Run r = Cli.run("entities", "--case", caseDir.toString(), "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode arr = new ObjectMapper().readTree(r.out());
    JsonNode nik = null;
    List<String> ids = new ArrayList<>();
    for (JsonNode e : arr) {
      ids.add(e.get("id").asText());
      if (e.get("name").asText().contains("Nicolaiev")) {
        nik = e;
      }
    }
    assertThat(ids)
        .contains("person:leon-sedov", "person:sergei-sedov", "place:leningrad", "person:kirov");
    assertThat(nik).isNotNull();
    assertThat(nik.get("mentions").asInt()).isEqualTo(4);
    assertThat(nik.get("documents").asInt()).isEqualTo(2);
    List<String> forms = new ArrayList<>();
    nik.get("variants").forEach(v -> forms.add(v.get("form").asText()));
    assertThat(forms)
        .containsExactlyInAnyOrder("Leonid Nicolaiev", "Nicolaiev", "Nikolayev", "Nikolayev's");
    assertThat(nik.get("derived").get(0).get("form").asText()).isEqualTo("Nicolaievs");

    Cli.Run places =
        Cli.run("entities", "--case", caseDir.toString(), "--type", "place", "--format", "csv");
    assertThat(places.out().lines().skip(1).toList())
        .allSatisfy(l -> assertThat(l).contains(",PLACE,"));
    assertThat(places.out())
        .contains("place:leningrad,PLACE,Leningrad,,3,2,Leningrad 2; Petrograd 1");
  }

  @Test
  void entityFindsEveryMentionByAnySpellingWithCitations() {
    Cli.Run r = Cli.run("entity", "Nikolaev", "--case", caseDir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("a:1 ")
        .contains("a:2 ")
        .contains("b:1 ")
        .contains("b:3 ")
        .doesNotContain("[GROUP]");
    // ordered by date: the 1935 document before the 1937 one
    assertThat(r.out().indexOf("1935-01")).isLessThan(r.out().indexOf("1937-04"));
    Cli.Run withGroups = Cli.run("entity", "Nicolaiev", "--derived", "--case", caseDir.toString());
    assertThat(withGroups.out()).contains("[GROUP] The Nicolaievs imagine");
  }

  @Test
  void theTwoSedovsAndTheCityOfThreeNames() {
    Cli.Run leon = Cli.run("entity", "Sedov", "--case", caseDir.toString(), "--format", "csv");
    assertThat(leon.out()).contains("person:leon-sedov,a,4").doesNotContain("Sergei");
    Cli.Run sergei = Cli.run("entity", "person:sergei-sedov", "--case", caseDir.toString());
    assertThat(sergei.out()).contains("b:2").contains("1 mention in 1 document");
    Cli.Run city = Cli.run("entity", "Petrograd", "--case", caseDir.toString());
    assertThat(city.out()).startsWith("place:leningrad").contains("Petrograd was the city");
  }

  @Test
  void anUnknownNameIsOneLineAndExitOne() {
    Cli.Run r = Cli.run("entity", "Bronstein", "--case", caseDir.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains("no entity named 'Bronstein'");
  }

  @Test
  void comentionsAreGraphmlAndCsv() throws Exception {
    Cli.Run g = Cli.run("comentions", "--case", caseDir.toString());
    assertThat(g.code()).as(g.err()).isZero();
    var doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new java.io.ByteArrayInputStream(g.out().getBytes("UTF-8")));
    assertThat(doc.getElementsByTagName("node").getLength()).isGreaterThanOrEqualTo(3);
    assertThat(g.out()).contains("source=\"person:kirov\"").contains("target=\"place:leningrad\"");
    Cli.Run c = Cli.run("comentions", "--case", caseDir.toString(), "--format", "csv");
    assertThat(c.out()).startsWith("Source,Target,Weight");
    assertThat(c.out()).contains("person:kirov,place:leningrad,1");
  }

  @Test
  void theReportHasAnEntityIndexAndAPagePerEntity() throws Exception {
    Cli.Run r = Cli.run("report", "--case", caseDir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    Path report = caseDir.resolve("report");
    String index = Files.readString(report.resolve("index.html"));
    assertThat(index).contains("href=\"entities.html\"");
    String entities = Files.readString(report.resolve("entities.html"));
    assertThat(entities)
        .contains("<h2 id=\"PERSON\">People")
        .contains("href=\"entity/person_leon-sedov.html\"")
        .contains("<span class=\"variant\">Petrograd</span> 1");
    String city = Files.readString(report.resolve("entity/place_leningrad.html"));
    assertThat(city)
        .contains("Petrograd (1914-08-31/1924-01-26)")
        .contains("59.94, 30.31")
        .contains("href=\"../doc/b.html#L2\"")
        .contains("<mark>Petrograd</mark>")
        .contains("href=\"person_kirov.html\"");
    // co-mentioned entities as a graph: the city in the middle, Kirov linked on the circle
    assertThat(city)
        .containsPattern(
            "(?s)<svg class=\"graph\"[^>]*>.*<line class=\"c\"[^>]*><title>1 sentence name both</title>")
        .containsPattern(
            "<a href=\"place_leningrad.html\"><title>Leningrad \\(place, \\d+ mentions\\)</title>"
                + "<circle class=\"t-place self\"")
        .containsPattern(
            "<a href=\"person_kirov.html\"><title>[^<]*Kirov \\(person, \\d+ mentions\\)</title>"
                + "<circle class=\"t-person\"");
    // and the document page links the name to the entity
    assertThat(Files.readString(report.resolve("doc/b.html")))
        .contains("<a class=\"hl e t-place\" href=\"../entity/place_leningrad.html\"");
  }

  @Test
  void aSecondRunWithNothingChangedKeepsTheEntities() {
    assertThat(second.err()).contains("unknown key 'colour'");
    Cli.Run again = Cli.run("entities", "--case", caseDir.toString(), "--format", "json");
    Cli.Run before = Cli.run("entities", "--case", caseDir.toString(), "--format", "json");
    assertThat(again.out()).isEqualTo(before.out()).contains("person:leon-sedov");
  }
}
