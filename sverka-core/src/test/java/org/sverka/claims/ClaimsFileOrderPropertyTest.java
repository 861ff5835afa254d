package org.sverka.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The same claims written in any order in claims.yaml give the same findings. */
class ClaimsFileOrderPropertyTest {
  static final String HEAD = RulesTest.HEAD + "claims:\n";

  static final List<String> POOL =
      List.of(
          RulesTest.presence("a", "sedov", "berlin", "1932-11", true, "established"),
          RulesTest.presence("b", "sedov, holtzman", "hotel-bristol", "1932-11", false),
          RulesTest.presence("c", "sedov", "grand-hotel", "1932-11-25", false),
          RulesTest.presence("d", "trotsky", "coyoacan", "1932-11-25?", false),
          RulesTest.presence("e", "trotsky", "copenhagen", "1932-11-25", false),
          RulesTest.presence("f", "holtzman", "paris", "1932-11-20/1932-11-30", true),
          RulesTest.presence("g", "sedov", "new-hall", "1915/1925", true),
          RulesTest.version("v1", "tass", "1934-12-27", "organizer", "Zinoviev group"),
          RulesTest.version("v2", "dispatch", "1934-12", "organizer", "White Guards"),
          RulesTest.version("v3", "vyshinsky", "1936-08", "organizer", "united center"),
          RulesTest.version("w1", "tass", "1934-12-27", "victims", "[Kirov]"),
          RulesTest.version("w2", "vyshinsky", "1936-08", "victims", "[Kirov, Stalin]"),
          RulesTest.stance("s1", "radek", "1928-05-10", "affirms"),
          RulesTest.stance("s2", "radek", "1929-06", "denies"),
          RulesTest.stance("s3", "vyshinsky", "1937-01", "denies"));

  @Provide
  Arbitrary<List<String>> subsets() {
    return Arbitraries.of(POOL).list().uniqueElements().ofMinSize(0).ofMaxSize(POOL.size());
  }

  @Property(tries = 60)
  void findingsDoNotDependOnTheOrderInTheFile(
      @ForAll("subsets") List<String> claims, @ForAll Random random) throws Exception {
    Path dir = Files.createTempDirectory("claims-order");
    List<String> shuffled = new ArrayList<>(claims);
    Collections.shuffle(shuffled, random);
    ClaimsFile a = CorpusSources.read(dir, HEAD + String.join("", claims));
    ClaimsFile b = CorpusSources.read(dir, HEAD + String.join("", shuffled));
    assertThat(a.problems()).isEmpty();
    assertThat(b.problems()).isEmpty();
    // the claims keep their file order, the findings do not depend on it
    assertThat(Checker.check(b)).isEqualTo(Checker.check(a));
  }
}
