package org.sverka.entities;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sverka.Corpus;
import org.sverka.pipeline.Analyzer;
import org.sverka.store.CaseFile;
import org.sverka.store.GoldMentions;

/**
 * Not a test: builds a demo case whose mentions are every occurrence of the gold forms and of the
 * demo authority's names, for trying the entity commands and the report before the mention finder
 * is merged. Run with {@code -Dsverka.goldCase=DIR -Dtest=GoldDemoCase}.
 */
@EnabledIfSystemProperty(named = "sverka.goldCase", matches = ".+")
class GoldDemoCase {
  @Test
  void build() throws Exception {
    Path dir = Path.of(System.getProperty("sverka.goldCase"));
    try (CaseFile cf = CaseFile.open(dir)) {
      new Analyzer(null)
          .run(
              cf,
              new Analyzer.Options(
                  List.of(Corpus.DIR), null, Analyzer.Options.DEFAULT_MAX_FILE_BYTES, 2));
      Set<GoldMentions.Form> forms = new LinkedHashSet<>();
      for (String[] g : EntityGoldTest.read()) {
        forms.add(EntityGoldTest.form(g[1], g[2], g[3]));
        forms.add(EntityGoldTest.form(g[4], g[5], g[6]));
      }
      Authority a = AuthorityFile.read(Corpus.file("authority.yaml"));
      for (Authority.GazetteerEntry e : a.gazetteer()) {
        forms.add(new GoldMentions.Form(e.form(), e.type(), Mention.Role.NAME));
      }
      GoldMentions.insert(cf, List.copyOf(forms));
      // the next analyze resolves them (its stamp sees the new mentions)
    }
  }
}
