package org.sverka.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.pipeline.Analyzer;
import org.sverka.store.CaseFile;
import org.sverka.store.EntityTables;
import org.sverka.store.StageStamps;
import org.sverka.text.Cited;

/** The entity stage inside sverka analyze: when it runs, and that the authority file counts. */
class EntityStageTest {
  @TempDir Path tmp;

  static final String TEXT = "In Petrograd in 1917. In Leningrad in 1934.\n";

  Analyzer.Result analyze(CaseFile cf, Path corpus) throws Exception {
    return new Analyzer(null)
        .run(
            cf,
            new Analyzer.Options(
                List.of(corpus), null, Analyzer.Options.DEFAULT_MAX_FILE_BYTES, 1));
  }

  @Test
  void reResolvesWhenTheAuthorityFileChangesAndOnlyThen() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    Files.writeString(corpus.resolve("a.txt"), TEXT);
    try (CaseFile cf = CaseFile.open(tmp.resolve("case"))) {
      analyze(cf, corpus);
      EntityTables t = new EntityTables(cf);
      int p = TEXT.indexOf("Petrograd");
      int l = TEXT.indexOf("Leningrad");
      t.insertMentions(
          List.of(
              new Mention(
                  Cited.of("a", p, p + 9, 1, 1),
                  t.sentenceAt("a", p),
                  "Petrograd",
                  EntityType.PLACE,
                  Mention.Role.NAME,
                  "test"),
              new Mention(
                  Cited.of("a", l, l + 9, 1, 1),
                  t.sentenceAt("a", l),
                  "Leningrad",
                  EntityType.PLACE,
                  Mention.Role.NAME,
                  "test")));
      analyze(cf, corpus);
      assertThat(t.entities(null))
          .extracting(EntityTables.StoredEntity::id)
          .containsExactlyInAnyOrder("place:petrograd", "place:leningrad");
      String stamp = new StageStamps(cf).stageStamp("entities");

      Files.writeString(
          corpus.resolve("authority.yaml"),
          """
          entities:
            leningrad:
              type: place
              name: Leningrad
              names: [{name: Petrograd, when: 1914-08-31/1924-01-26}]
          """);
      Analyzer.Result r = analyze(cf, corpus);
      assertThat(r.problems()).isEmpty();
      assertThat(new StageStamps(cf).stageStamp("entities")).isNotEqualTo(stamp);
      assertThat(t.entities(null))
          .singleElement()
          .satisfies(e -> assertThat(e.mentions()).isEqualTo(2));

      String withAuthority = new StageStamps(cf).stageStamp("entities");
      long runs = cf.runs().size();
      analyze(cf, corpus);
      assertThat(new StageStamps(cf).stageStamp("entities")).isEqualTo(withAuthority);
      assertThat(cf.runs()).hasSize((int) runs + 1);
      // the authority file is input: never written
      assertThat(Files.readString(corpus.resolve("authority.yaml"))).contains("Petrograd");
    }
  }
}
