package org.sverka.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.Corpus;
import org.sverka.pipeline.Analyzer;
import org.sverka.store.CaseFile;

/**
 * Every bundled corpus against its gold: for each test resource folder {@code gold/NAME/} whose
 * corpus {@code examples/NAME/} exists (above the working directory), the corpus is analysed as
 * {@code sverka analyze examples/NAME} does (its sources.yaml and authority.yaml found beside the
 * files), once, scored by {@link Scorer}, its table printed, and every bound of {@code
 * gold/NAME/thresholds.tsv} is a test.
 */
class EvalCorporaTest {
  @TempDir static Path tmp;

  @TestFactory
  Stream<DynamicNode> everyBundledCorpusMeetsItsThresholds() throws Exception {
    Path golds = Corpus.gold(Corpus.NAME).getParent();
    Path examples = Corpus.DIR.getParent();
    List<DynamicNode> out = new ArrayList<>();
    List<Path> dirs;
    try (Stream<Path> s = Files.list(golds)) {
      dirs = s.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(dirs).as("gold folders in %s", golds).isNotEmpty();
    for (Path goldDir : dirs) {
      String name = goldDir.getFileName().toString();
      Path corpus = examples.resolve(name);
      if (!Files.isDirectory(corpus)) {
        System.out.printf("eval %s: no corpus %s, not scored%n", name, corpus);
        continue;
      }
      out.add(corpus(name, corpus, goldDir));
    }
    assertThat(out).as("the demo corpus is scored").isNotEmpty();
    return out.stream();
  }

  private static DynamicContainer corpus(String name, Path corpus, Path goldDir) throws Exception {
    Gold gold = Gold.read(goldDir);
    Evaluation e;
    try (CaseFile cf = CaseFile.open(tmp.resolve(name))) {
      Analyzer.Result r =
          new Analyzer(null)
              .run(
                  cf,
                  new Analyzer.Options(
                      List.of(corpus), null, Analyzer.Options.DEFAULT_MAX_FILE_BYTES, 2));
      assertThat(r.problems()).as("%s analyses cleanly", name).isEmpty();
      e = Scorer.score(cf, gold);
    }
    System.out.printf("eval %s (gold %s):%n%s", name, goldDir, e.table());
    for (Measure m : e.measures()) {
      if (!m.misses().isEmpty()) {
        System.out.printf("  %s, %s: %s%n", name, m.name(), m.misses());
      }
    }
    List<DynamicNode> tests = new ArrayList<>();
    tests.add(
        DynamicTest.dynamicTest(
            "the gold reads cleanly", () -> assertThat(gold.errors()).isEmpty()));
    Path file = goldDir.resolve(Thresholds.FILE);
    if (Files.isRegularFile(file)) {
      Thresholds t = Thresholds.read(file);
      tests.add(
          DynamicTest.dynamicTest(
              "thresholds.tsv reads cleanly", () -> assertThat(t.errors()).isEmpty()));
      for (Thresholds.Bound b : t.bounds()) {
        tests.add(
            DynamicTest.dynamicTest(
                b.toString(), () -> assertThat(Thresholds.unmet(b, e)).isEmpty()));
      }
    } else {
      System.out.printf("eval %s: no %s, nothing asserted but the gold's form%n", name, file);
    }
    return DynamicContainer.dynamicContainer(name, tests.stream());
  }
}
