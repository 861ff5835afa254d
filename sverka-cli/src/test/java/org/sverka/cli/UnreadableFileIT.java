package org.sverka.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file the user may not read is skipped with a one-line reason and the others are analysed. Root
 * reads everything, so when the tests run as root (as in CI) Sverka is run as the user "nobody"
 * through setpriv, with a copy of its class path that nobody can read.
 */
class UnreadableFileIT {
  @TempDir Path tmp;

  @Test
  void unreadableFileIsSkippedAndTheOthersAnalysed() throws Exception {
    boolean root = "root".equals(System.getProperty("user.name"));
    List<String> prefix = new ArrayList<>();
    String classpath = Subprocess.classpath();
    if (root) {
      assumeTrue(new File("/usr/bin/setpriv").canExecute(), "setpriv is needed to drop root");
      prefix = List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");
      classpath = copyClasspath(tmp.resolve("cp"));
    }
    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("readable.txt"), "Anyone may read this.\n");
    Files.writeString(in.resolve("secret.txt"), "Nobody may read this.\n");
    Files.setPosixFilePermissions(
        in.resolve("secret.txt"), PosixFilePermissions.fromString("---------"));
    Path caseDir = Files.createDirectories(tmp.resolve("case"));
    Files.setPosixFilePermissions(caseDir, PosixFilePermissions.fromString("rwxrwxrwx"));

    Subprocess.Run r =
        Subprocess.sverka(
            prefix,
            classpath,
            List.of("-Duser.home=" + caseDir),
            "analyze",
            in.toString(),
            "--case",
            caseDir.toString());
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.err().strip().lines())
        .singleElement()
        .asString()
        .contains("secret.txt")
        .contains("cannot read")
        .doesNotContain("Exception");
    assertThat(r.out()).contains("1 analysed").contains("1 skipped");
  }

  private static String copyClasspath(Path dir) throws Exception {
    Files.createDirectories(dir);
    List<String> entries = new ArrayList<>();
    int n = 0;
    for (String e : Subprocess.classpath().split(File.pathSeparator)) {
      Path src = Path.of(e);
      if (!Files.exists(src)) {
        continue;
      }
      Path dst = dir.resolve((n++) + "-" + src.getFileName());
      if (Files.isDirectory(src)) {
        try (Stream<Path> walk = Files.walk(src)) {
          for (Path p : walk.toList()) {
            Path t = dst.resolve(src.relativize(p).toString());
            if (Files.isDirectory(p)) {
              Files.createDirectories(t);
            } else {
              Files.copy(p, t);
            }
          }
        }
      } else {
        Files.copy(src, dst);
      }
      entries.add(dst.toString());
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.toList()) {
        Files.setPosixFilePermissions(
            p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
      }
    }
    return String.join(File.pathSeparator, entries);
  }
}
