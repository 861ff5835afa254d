package org.sverka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need a program from outside the JVM (Debian's Chromium today) run when it is installed
 * and are otherwise skipped with one loud line naming the package, so that {@code ./mvnw verify}
 * passes on a machine with only a JDK. Under {@code -Dsverka.require.PROPERTY=true} (set by {@code
 * .ci/run}, which installs the packages) a missing program fails the test instead, so CI always
 * runs them.
 */
final class OutsidePrograms {
  private OutsidePrograms() {}

  /**
   * Returns normally when {@code program} is executable; otherwise skips the calling test (or test
   * class, from a {@code @BeforeAll}), or fails it when {@code sverka.require.PROPERTY} is true.
   *
   * @param test the test class, for the message
   * @param program the program's path
   * @param debianPackage the Debian package that installs it
   * @param property the suffix of the system property that makes the program required
   */
  static void require(Class<?> test, Path program, String debianPackage, String property) {
    if (Files.isExecutable(program)) {
      return;
    }
    String why =
        test.getSimpleName()
            + " needs "
            + program
            + ": install Debian's package '"
            + debianPackage
            + "' (sudo apt-get install "
            + debianPackage
            + ") or run .ci/run";
    if (Boolean.getBoolean("sverka.require." + property)) {
      assertThat(program).as(why + " (-Dsverka.require." + property + "=true)").isExecutable();
    }
    System.err.println("[SKIPPED] " + why);
    Assumptions.abort(why);
  }
}
