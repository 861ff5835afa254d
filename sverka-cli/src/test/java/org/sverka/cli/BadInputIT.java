package org.sverka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.store.CaseFile;
import org.sverka.store.DocumentTables;

/**
 * The bad-input corpus of {@link BadInputCorpus} (200 malformed files beside good ones) analysed in
 * one run, as a user runs {@code sverka analyze} on a messy folder: no crash, no hang, every good
 * file analysed, and every other file either read or named with a one-line reason. Prints the
 * counts that docs/reliability.md reports.
 */
class BadInputIT {
  @TempDir Path tmp;

  @Test
  void everyBadFileIsNamedOrReadAndEveryGoodFileAnalysed() throws Exception {
    Path in = tmp.resolve("messy folder");
    List<BadInputCorpus.Item> items = BadInputCorpus.write(in, false);
    long bad = items.stream().filter(i -> !i.good()).count();
    assertThat(bad).isGreaterThanOrEqualTo(200);
    // the 50 MB single line is TooLargeForHeapIT's (and the by-hand run of docs/reliability.md)
    Path caseDir = tmp.resolve("case");
    long started = System.nanoTime();
    Subprocess.Run run =
        Subprocess.sverka(
            List.of(),
            Subprocess.classpath(),
            List.of("-Xmx2g"),
            "analyze",
            in.toString(),
            "--case",
            caseDir.toString(),
            "--format",
            "json");
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    assertThat(run.err()).doesNotContain("internal error");
    assertThat(run.code()).as(run.err()).isEqualTo(1);

    Set<String> analysed = new HashSet<>();
    try (CaseFile cf = CaseFile.open(caseDir)) {
      assertThat(cf.integrityCheck()).isEqualTo("ok");
      for (DocumentTables.Fingerprint f : new DocumentTables(cf).fingerprints()) {
        analysed.add(f.sourcePath());
      }
    }
    Map<String, int[]> byKind = new TreeMap<>();
    List<String> lost = new ArrayList<>();
    List<String> goodLost = new ArrayList<>();
    int named = 0;
    int read = 0;
    for (BadInputCorpus.Item i : items) {
      String path = i.path().toAbsolutePath().normalize().toString();
      boolean isRead = analysed.contains(path);
      boolean isNamed = run.err().contains(path + ":") || run.err().contains(path + " ");
      int[] c = byKind.computeIfAbsent(i.kind(), k -> new int[3]);
      c[0]++;
      if (i.good() && !isRead) {
        goodLost.add(i.kind() + ": " + path);
      }
      if (!i.good()) {
        if (isRead) {
          read++;
          c[1]++;
        } else if (isNamed) {
          named++;
          c[2]++;
        } else {
          lost.add(i.kind() + ": " + path);
        }
      }
    }
    System.err.printf(
        "[bad input] %d files (%d malformed): %d malformed read as text, %d named with a reason,"
            + " %d lost; %d good files lost; exit %d in %d s%n",
        items.size(), bad, read, named, lost.size(), goodLost.size(), run.code(), seconds);
    byKind.forEach(
        (k, c) ->
            System.err.printf(
                "[bad input]   %-28s %3d tried, %3d read, %3d named%n", k, c[0], c[1], c[2]));
    String err = run.err().length() > 4000 ? run.err().substring(0, 4000) : run.err();
    assertThat(goodLost).as("good files not analysed; stderr: %s", err).isEmpty();
    assertThat(lost).as("malformed files neither read nor named").isEmpty();
  }
}
