package org.sverka.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as a user gets it: sverka-VERSION.zip unpacked into a folder outside the
 * checkout, then {@code bin/sverka demo} run there with nothing but the JDK running the test.
 */
class DistributionIT {
  @TempDir Path tmp;

  @Test
  void theUnpackedZipRunsTheDemo() throws Exception {
    Path zip = Path.of(System.getProperty("sverka.dist.zip"));
    assertThat(zip).exists();
    long bytes = Files.size(zip);
    System.err.printf("[distribution] %s: %.1f MB%n", zip.getFileName(), bytes / 1048576.0);

    Path unpacked = tmp.resolve("unpacked here");
    List<String> entries = unzip(zip, unpacked);
    String top = zip.getFileName().toString().replace(".zip", "");
    Path home = unpacked.resolve(top);
    assertThat(home.resolve("bin/sverka")).exists();
    assertThat(home.resolve("bin/sverka.bat")).exists();
    assertThat(home.resolve("README.md")).exists();
    assertThat(home.resolve("LICENSE")).exists();
    assertThat(home.resolve("examples/opposition-1926-1937/sources.yaml")).exists();
    assertThat(
            home.resolve(
                "lib/models/edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz"))
        .exists();
    // only the model that is used, not CoreNLP's whole models jar
    assertThat(entries).noneMatch(e -> e.endsWith("-models.jar"));
    assertThat(entries).anyMatch(e -> e.matches(".*/lib/sverka-cli-.*\\.jar"));

    Path work = Files.createDirectories(tmp.resolve("elsewhere"));
    ProcessBuilder pb =
        new ProcessBuilder("sh", home.resolve("bin/sverka").toString(), "demo")
            .directory(work.toFile())
            .redirectErrorStream(true);
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Path log = tmp.resolve("demo.log");
    pb.redirectOutput(log.toFile());
    Process p = pb.start();
    boolean done = p.waitFor(10, TimeUnit.MINUTES);
    String out = Files.readString(log, StandardCharsets.UTF_8);
    if (!done) {
      p.destroyForcibly();
    }
    assertThat(done).as("demo finished in 10 minutes: %s", out).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).contains("5 documents");
    assertThat(work.resolve("sverka-demo/report/index.html")).exists();

    // every format is still read with the libraries the distribution leaves out
    Path formats = Files.createDirectories(tmp.resolve("formats"));
    for (String f :
        List.of(
            "good-minutes.txt",
            "good-page.html",
            "good-letter.rtf",
            "good-report.docx",
            "good-report.odt",
            "good-book.epub",
            "good-print.pdf",
            "good-cp1251.txt",
            "good-utf16-bom.txt")) {
      try (InputStream in = DistributionIT.class.getResourceAsStream("/formats/" + f)) {
        Files.copy(in, formats.resolve(f));
      }
    }
    String analysed =
        run(
            home,
            work,
            "analyze",
            formats.toString(),
            "--case",
            work.resolve("formats-case").toString());
    assertThat(analysed).contains("9 documents in the case: 9 analysed");
  }

  private String run(Path home, Path work, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("sh", home.resolve("bin/sverka").toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true);
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Path log = Files.createTempFile(tmp, "run", ".log");
    pb.redirectOutput(log.toFile());
    Process p = pb.start();
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).as(String.join(" ", args)).isTrue();
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }

  /**
   * Unpacks a zip (java.util.zip: file modes are not kept, so the test runs bin/sverka with sh).
   */
  private static List<String> unzip(Path zip, Path to) throws IOException {
    List<String> names = new ArrayList<>();
    try (InputStream in = Files.newInputStream(zip);
        ZipInputStream z = new ZipInputStream(in)) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        names.add(e.getName());
        Path target = to.resolve(e.getName()).normalize();
        assertThat(target.startsWith(to)).as("entry inside the folder: %s", e.getName()).isTrue();
        if (e.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(z, target);
        }
      }
    }
    return names;
  }
}
