package org.sverka.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code sverka} in a separate JVM, as a user's shell would. */
final class Subprocess {
  record Run(int code, String out, String err) {}

  private Subprocess() {}

  static Run sverka(List<String> prefix, String classpath, List<String> jvmArgs, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(prefix);
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx1g");
    cmd.addAll(jvmArgs);
    cmd.add("-cp");
    cmd.add(classpath);
    cmd.add(Main.class.getName());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    Path out = java.nio.file.Files.createTempFile("sverka-out", ".txt");
    Path err = java.nio.file.Files.createTempFile("sverka-err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("sverka did not finish in 5 minutes: " + cmd);
    }
    Run r =
        new Run(
            p.exitValue(),
            java.nio.file.Files.readString(out, StandardCharsets.UTF_8),
            java.nio.file.Files.readString(err, StandardCharsets.UTF_8));
    java.nio.file.Files.deleteIfExists(out);
    java.nio.file.Files.deleteIfExists(err);
    return r;
  }

  static String classpath() {
    return System.getProperty("java.class.path");
  }
}
