package org.sverka.entities;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.sverka.Corpus;
import org.sverka.eval.Gold;
import org.sverka.eval.GoldMentions;
import org.sverka.eval.Scorer;
import org.sverka.pipeline.Analyzer;
import org.sverka.store.CaseFile;

/**
 * The demo corpus analysed for real (mention finder and resolver, as {@code sverka analyze} runs
 * them), with or without its authority.yaml, and the gold forms looked up in the result.
 */
final class GoldDemoCase {
  private GoldDemoCase() {}

  /**
   * Analyses a copy of the demo corpus in {@code tmp}; without the authority, the copy leaves out
   * authority.yaml (the analyzer finds it beside sources.yaml), so every decision is automatic.
   */
  static Analyzer.Result analyse(Path tmp, CaseFile cf, boolean withAuthority) throws Exception {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    try (Stream<Path> files = Files.list(Corpus.DIR)) {
      for (Path f : files.sorted().toList()) {
        if (Files.isRegularFile(f)
            && (withAuthority || !f.getFileName().toString().equals("authority.yaml"))) {
          Files.copy(f, corpus.resolve(f.getFileName()));
        }
      }
    }
    return new Analyzer(null)
        .run(
            cf,
            new Analyzer.Options(
                List.of(corpus), null, Analyzer.Options.DEFAULT_MAX_FILE_BYTES, 2));
  }

  /** The demo's variant gold (gold/opposition-1926-1937/variants.tsv), which reads cleanly. */
  static List<Gold.Variant> gold() throws Exception {
    Gold g = Gold.read(Corpus.gold(Corpus.NAME));
    if (!g.errors().isEmpty()) {
      throw new IllegalStateException("the demo gold has errors: " + g.errors());
    }
    return g.variants();
  }

  /** The variant measures of the gold, over every form of the gold plus the given extra forms. */
  static Scorer.Variants score(CaseFile cf, List<GoldMentions.Form> extra) throws Exception {
    return Scorer.variants(cf, gold(), extra);
  }

  /** Every form of the gold, plus the given extra forms. */
  static GoldMentions.Found find(CaseFile cf, List<GoldMentions.Form> extra) throws Exception {
    return score(cf, extra).found();
  }
}
