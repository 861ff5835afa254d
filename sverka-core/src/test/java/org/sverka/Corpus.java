package org.sverka;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The demo corpus bundled in the repository (examples/), for tests on real text. */
public final class Corpus {
  public static final Path DIR = findDir();

  private Corpus() {}

  private static Path findDir() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path c = p.resolve("examples/opposition-1926-1937");
      if (Files.isDirectory(c)) {
        return c;
      }
    }
    throw new IllegalStateException(
        "examples/opposition-1926-1937 not found above the working directory");
  }

  /** The name of the demo corpus, its folder under examples/ and under the gold resources. */
  public static final String NAME = "opposition-1926-1937";

  /**
   * The gold folder of a bundled corpus (docs/gold.md), read from the checkout: it is a folder of
   * files, and in the modules above core this class comes from core's test jar, where a resource
   * folder is no path.
   */
  public static Path gold(String name) {
    Path gold = DIR.getParent().getParent().resolve("sverka-core/src/test/resources/gold/" + name);
    if (!Files.isDirectory(gold)) {
      throw new IllegalStateException("gold folder not found: " + gold);
    }
    return gold;
  }

  public static Path file(String name) {
    return DIR.resolve(name);
  }

  public static String text(String name) throws IOException {
    return Files.readString(file(name), StandardCharsets.UTF_8);
  }

  public static final String STALIN = "stalin-works-volume-10.txt";
  public static final String DEWEY = "trotsky-dewey-commission-13th-session.txt";
  public static final String KIROV = "trotsky-kirov-assassination-1935.txt";
  public static final String REPLY = "trotsky-reply-to-stalin-1928.txt";
  public static final String COMPILATION = "trotsky-answer-to-stalin-compilation.txt";
}
