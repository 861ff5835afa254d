package org.sverka.bench.entities;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sverka.entities.Authority;
import org.sverka.entities.AuthorityFile;
import org.sverka.entities.Resolver;
import org.sverka.stage.EntityStage;
import org.sverka.store.CaseFile;
import org.sverka.store.EntityTables;

/**
 * Times the entity stage on an analysed case that has mentions: resolution alone (in memory) and
 * the whole stage (read mentions, resolve, write entities and mention links), each against reading
 * the mentions as the baseline. Usage: {@code EntityBenchmark CASE_DIR [authority.yaml] [reps]}.
 */
public final class EntityBenchmark {
  private EntityBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Authority authority = args.length > 1 ? AuthorityFile.read(Path.of(args[1])) : Authority.NONE;
    int reps = args.length > 2 ? Integer.parseInt(args[2]) : 7;
    try (CaseFile cf = CaseFile.open(dir)) {
      EntityTables t = new EntityTables(cf);
      List<Resolver.Input> in = t.resolverInput();
      System.out.printf(
          "mentions %d, authority entries %d, reps %d%n",
          in.size(), authority.entries().size(), reps);
      // warm up
      for (int i = 0; i < 3; i++) {
        new Resolver(authority).resolve(in);
      }
      List<Double> read = new ArrayList<>();
      List<Double> resolve = new ArrayList<>();
      List<Double> stage = new ArrayList<>();
      int entities = 0;
      for (int i = 0; i < reps; i++) {
        long a = System.nanoTime();
        t.resolverInput();
        long b = System.nanoTime();
        entities = new Resolver(authority).resolve(in).entities().size();
        long c = System.nanoTime();
        new EntityStage(authority).run(cf);
        long d = System.nanoTime();
        read.add((b - a) / 1e6);
        resolve.add((c - b) / 1e6);
        stage.add((d - c) / 1e6);
      }
      double base = median(read);
      System.out.printf("entities %d%n", entities);
      System.out.printf("read mentions (baseline)  median %.1f ms  x1.00%n", base);
      System.out.printf(
          "resolve in memory         median %.1f ms  x%.2f%n",
          median(resolve), median(resolve) / base);
      System.out.printf(
          "whole stage (read+resolve+write) median %.1f ms  x%.2f%n",
          median(stage), median(stage) / base);
    }
  }

  static double median(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    Collections.sort(s);
    return s.get(s.size() / 2);
  }
}
