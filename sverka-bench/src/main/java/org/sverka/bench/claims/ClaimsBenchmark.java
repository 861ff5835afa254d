package org.sverka.bench.claims;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.sverka.claims.Checker;
import org.sverka.claims.ClaimsFile;
import org.sverka.store.CaseFile;
import org.sverka.store.CaseSources;

/**
 * Times {@code sverka check} in-process (reading and validating the claims file against the case,
 * then the rules) on synthetic claims files of growing size, written with a fixed seed against the
 * analysed demo case: a third presence claims (40 people, 5 places, days, months and intervals of
 * November 1932), a third versions of one event, a third stances on 30 propositions.
 *
 * <p>Usage: {@code ClaimsBenchmark CASE_DIR [N...]}; prints one Markdown row per size (median of 7
 * runs after 3 warm-ups).
 */
public final class ClaimsBenchmark {
  private ClaimsBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path caseDir = Path.of(args[0]);
    int[] sizes =
        args.length > 1
            ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
            : new int[] {34, 1000, 2000, 4000};
    Path dir = Files.createTempDirectory("sverka-claims-bench");
    System.out.println("| claims | findings | read + validate (ms) | rules (ms) |");
    System.out.println("| ---: | ---: | ---: | ---: |");
    try (CaseFile cf = CaseFile.openExisting(caseDir)) {
      for (int n : sizes) {
        Path f = dir.resolve("claims-" + n + ".yaml");
        Files.writeString(f, synthetic(n, 1932));
        long[] read = new long[7];
        long[] check = new long[7];
        int findings = 0;
        for (int rep = -3; rep < 7; rep++) {
          long t0 = System.nanoTime();
          ClaimsFile c = ClaimsFile.read(f, new CaseSources(cf));
          long t1 = System.nanoTime();
          findings = Checker.check(c).size();
          long t2 = System.nanoTime();
          if (rep >= 0) {
            read[rep] = t1 - t0;
            check[rep] = t2 - t1;
          }
        }
        System.out.printf(
            "| %d | %d | %.0f | %.0f |%n", n, findings, median(read) / 1e6, median(check) / 1e6);
      }
    }
  }

  private static long median(long[] a) {
    long[] s = a.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

  /** A claims file of {@code n} claims citing real lines of the demo documents. */
  public static String synthetic(int n, long seed) {
    Random r = new Random(seed);
    StringBuilder b =
        new StringBuilder(
            """
            places:
              copenhagen: {name: Copenhagen, lat: 55.676, lon: 12.568}
              hotel-bristol: {name: Hotel Bristol, within: copenhagen, existed: "../1917"}
              berlin: {name: Berlin, lat: 52.520, lon: 13.405}
              paris: {name: Paris, lat: 48.857, lon: 2.352}
              coyoacan: {name: Coyoacan, lat: 19.35, lon: -99.16}
            events:
              kirov: {single: [organizer], many: [implicated]}
            claims:
            """);
    String[] places = {"copenhagen", "hotel-bristol", "berlin", "paris", "coyoacan"};
    for (int i = 0; i < n; i++) {
      switch (i % 3) {
        case 0 -> {
          int d = 1 + r.nextInt(28);
          String when =
              switch (r.nextInt(3)) {
                case 0 -> String.format("1932-11-%02d", d);
                case 1 -> "1932-11";
                default -> String.format("1932-11-%02d/1932-11-%02d", d, Math.min(28, d + 5));
              };
          b.append(
              String.format(
                  "  - {id: c%d, cite: \"trotsky-dewey-13:%d\", said_by: s%d, who: [p%d], where: %s,"
                      + " when: \"%s\", throughout: %b}%n",
                  i,
                  1 + r.nextInt(437),
                  i % 50,
                  r.nextInt(40),
                  places[r.nextInt(5)],
                  when,
                  r.nextBoolean()));
        }
        case 1 ->
            b.append(
                String.format(
                    "  - {id: c%d, cite: \"trotsky-kirov-1935:%d\", said_by: s%d, said_on: \"1935-%02d\","
                        + " event: kirov, slot: organizer, value: v%d}%n",
                    i, 1 + r.nextInt(270), i % 50, 1 + r.nextInt(12), r.nextInt(9)));
        default ->
            b.append(
                String.format(
                    "  - {id: c%d, cite: \"trotsky-dewey-13:%d\", said_by: s%d, said_on: \"193%d\","
                        + " proposition: q%d, stance: %s}%n",
                    i,
                    1 + r.nextInt(437),
                    i % 50,
                    r.nextInt(8),
                    r.nextInt(30),
                    r.nextBoolean() ? "affirms" : "denies"));
      }
    }
    return b.toString();
  }
}
