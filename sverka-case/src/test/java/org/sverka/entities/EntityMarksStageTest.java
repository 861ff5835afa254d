package org.sverka.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.pipeline.Analyzer;
import org.sverka.store.CaseFile;
import org.sverka.store.EntityTables;
import org.sverka.text.Cited;

/** The entity stage reads the text around each mention: a title before, a suffix after. */
class EntityMarksStageTest {
  @TempDir Path tmp;

  static final String TEXT =
      "Mr. Hartwell spoke first. Then Mrs. Hartwell answered him.\n"
          + "Amos Hartwell, Jr., kept the minutes.\n";

  void analyze(CaseFile cf, Path corpus) throws Exception {
    new Analyzer(null)
        .run(
            cf,
            new Analyzer.Options(
                List.of(corpus), null, Analyzer.Options.DEFAULT_MAX_FILE_BYTES, 1));
  }

  Mention mention(EntityTables t, String form, int at) throws Exception {
    return new Mention(
        Cited.of("a", at, at + form.length(), 1, 1),
        t.sentenceAt("a", at),
        form,
        EntityType.PERSON,
        Mention.Role.NAME,
        "test");
  }

  @Test
  void aWomansTitleBeforeAndASuffixAfterReachTheResolver() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    Files.writeString(corpus.resolve("a.txt"), TEXT);
    try (CaseFile cf = CaseFile.open(tmp.resolve("case"))) {
      analyze(cf, corpus);
      EntityTables t = new EntityTables(cf);
      int mr = TEXT.indexOf("Hartwell");
      int mrs = TEXT.indexOf("Hartwell", mr + 1);
      int amos = TEXT.indexOf("Amos Hartwell");
      t.insertMentions(
          List.of(
              mention(t, "Hartwell", mr),
              mention(t, "Hartwell", mrs),
              mention(t, "Amos Hartwell", amos)));
      List<Resolver.Input> in =
          t.resolverInput().stream().filter(i -> i.form().contains("Hartwell")).toList();
      assertThat(in)
          .anySatisfy(
              i -> {
                assertThat(i.before()).endsWith("Then Mrs. ");
                assertThat(i.after()).startsWith(" answered");
              })
          .anySatisfy(
              i -> {
                assertThat(i.before()).isEqualTo("Mr. ");
                assertThat(i.after()).startsWith(" spoke");
              })
          .anySatisfy(i -> assertThat(i.after()).startsWith(", Jr.,"));
      Map<Long, String> of = new Resolver(Authority.NONE).resolve(t.resolverInput()).entityOf();
      // Mrs. Hartwell is neither Mr. Hartwell nor Amos Hartwell, Jr.
      String wife = null;
      java.util.Set<String> men = new java.util.HashSet<>();
      for (Resolver.Input i : in) {
        if (i.before().endsWith("Mrs. ")) {
          wife = of.get(i.id());
        } else {
          men.add(of.get(i.id()));
        }
      }
      assertThat(wife).isNotNull();
      assertThat(men).isNotEmpty().doesNotContain(wife);
    }
  }
}
