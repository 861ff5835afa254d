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

    // the search index (Lucene with ICU folding) of the demo case, in the trimmed ICU4J
    String found =
        run(home, work, "search", "--case", work.resolve("sverka-demo").toString(), "Zinoviev");
    assertThat(found).contains("Zinoviev");

    // every format is still read with the libraries the distribution leaves out
    Path formats =
        copyFormats(
            "formats",
            "good-minutes.txt",
            "good-page.html",
            "good-letter.rtf",
            "good-report.docx",
            "good-report.odt",
            "good-book.epub",
            "good-print.pdf",
            "good-empty-password.pdf",
            "good-cp1251.txt",
            "good-utf16-bom.txt");
    String analysed =
        run(
            home,
            work,
            "analyze",
            formats.toString(),
            "--case",
            work.resolve("formats-case").toString());
    assertThat(analysed).contains("10 documents in the case: 10 analysed");

    theLeftOutLibrariesGiveOneLineProblems(home, work);
    onlyTheUsedPartsOfTrimmedJars(home);
  }

  /**
   * Without BouncyCastle (and Tika's crypto parsers, which need it) a PDF encrypted for a
   * certificate and a PKCS#7 file are each one clean line, as a PDF with a user password is.
   */
  private void theLeftOutLibrariesGiveOneLineProblems(Path home, Path work) throws Exception {
    Path bad = copyFormats("bad", "bad-certificate.pdf", "bad-user-password.pdf", "bad-signed.p7m");
    String out =
        runExpecting(
            1,
            home,
            work,
            "analyze",
            bad.toString(),
            "--case",
            work.resolve("bad-case").toString());
    assertThat(out)
        .doesNotContain("NoClassDefFoundError", "ClassNotFoundException", "bouncycastle")
        .contains("0 documents in the case: 0 analysed, 0 unchanged, 0 removed, 3 skipped")
        .contains(
            "bad-certificate.pdf: PDF is encrypted for a certificate (public-key security), not"
                + " with a password; remove the protection and try again")
        .contains(
            "bad-user-password.pdf: PDF is password-protected; remove the protection and try again")
        .contains("bad-signed.p7m: unsupported file type application/pkcs7-signature");
    assertThat(out.lines().filter(l -> l.startsWith("sverka: "))).hasSize(3);
  }

  /** lib/ holds sqlite-jdbc and ICU4J less what Sverka never loads (sverka-dist's pom.xml). */
  private static void onlyTheUsedPartsOfTrimmedJars(Path home) throws IOException {
    Path lib = home.resolve("lib");
    try (var files = Files.list(lib)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .noneMatch(
              n -> n.startsWith("bcprov") || n.startsWith("bcpkix") || n.startsWith("bcutil"))
          .noneMatch(n -> n.startsWith("tika-parser-crypto-module"))
          .anyMatch(n -> n.matches("sqlite-jdbc-[0-9.]+\\.jar"))
          .anyMatch(n -> n.matches("icu4j-[0-9.]+\\.jar"));
    }
    List<String> natives = new ArrayList<>();
    for (String e : jarEntries(lib, "sqlite-jdbc-")) {
      if (e.startsWith("org/sqlite/native/") && !e.endsWith("/")) {
        natives.add(e.substring("org/sqlite/native/".length(), e.lastIndexOf('/')));
      }
    }
    assertThat(natives)
        .containsExactlyInAnyOrder(
            "Linux/x86_64",
            "Linux/aarch64",
            "Linux-Musl/x86_64",
            "Linux-Musl/aarch64",
            "Mac/x86_64",
            "Mac/aarch64",
            "Windows/x86_64",
            "Windows/aarch64");
    List<String> icu = jarEntries(lib, "icu4j-");
    String data = "com/ibm/icu/impl/data/icudata/";
    assertThat(icu)
        .anyMatch(e -> e.startsWith(data + "translit/"))
        .anyMatch(e -> e.startsWith(data + "brkitr/"))
        .contains(data + "nfc.nrm", data + "nfkc_cf.nrm", data + "uprops.icu")
        .noneMatch(e -> e.startsWith(data + "coll/") || e.startsWith(data + "zone/"))
        .noneMatch(e -> e.startsWith(data + "curr/") || e.startsWith(data + "lang/"))
        .noneMatch(e -> e.startsWith(data + "region/") || e.startsWith(data + "unit/"))
        .noneMatch(e -> e.startsWith(data + "rbnf/"));
  }

  private static List<String> jarEntries(Path lib, String prefix) throws IOException {
    Path jar;
    try (var files = Files.list(lib)) {
      jar = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().get();
    }
    try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(jar.toFile())) {
      return z.stream().map(ZipEntry::getName).toList();
    }
  }

  private Path copyFormats(String folder, String... names) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(folder));
    for (String f : names) {
      try (InputStream in = DistributionIT.class.getResourceAsStream("/formats/" + f)) {
        assertThat(in).as(f).isNotNull();
        Files.copy(in, dir.resolve(f));
      }
    }
    return dir;
  }

  private String run(Path home, Path work, String... args) throws Exception {
    return runExpecting(0, home, work, args);
  }

  private String runExpecting(int exit, Path home, Path work, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("sh", home.resolve("bin/sverka").toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true);
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Path log = Files.createTempFile(tmp, "run", ".log");
    pb.redirectOutput(log.toFile());
    Process p = pb.start();
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).as(String.join(" ", args)).isTrue();
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(out).isEqualTo(exit);
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
