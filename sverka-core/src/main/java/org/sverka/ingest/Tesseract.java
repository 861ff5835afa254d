package org.sverka.ingest;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code tesseract} command, run once per image with its TSV output (the words with their
 * boxes and confidences). A separate process per image: a crash, a runaway page or an image too big
 * for its memory ends that process, not Sverka; an interrupt (the file's time bound) kills it. Each
 * process is held to one thread ({@code OMP_THREAD_LIMIT=1}): {@code --threads} runs one Tesseract
 * per analysis thread.
 *
 * <p>The program is {@code tesseract} on the {@code PATH}, or the one named by the system property
 * {@code sverka.tesseract} ({@code none}: as if it were not installed).
 */
public final class Tesseract {
  private static volatile Tesseract system;

  private final Path program;
  private final String version;
  private final Set<String> languages;
  private final java.util.function.IntConsumer pagesRead;

  private Tesseract(Path program, String version, Set<String> languages) {
    this(program, version, languages, null);
  }

  private Tesseract(
      Path program,
      String version,
      Set<String> languages,
      java.util.function.IntConsumer pagesRead) {
    this.program = program;
    this.version = version;
    this.languages = languages;
    this.pagesRead = pagesRead;
  }

  /**
   * The same Tesseract, telling {@code pagesRead} how many pages each OCR run has just read, from
   * the thread that ran it and as soon as it has (a progress bar counts them; it must be
   * thread-safe).
   */
  public Tesseract tellingPages(java.util.function.IntConsumer pagesRead) {
    return new Tesseract(program, version, languages, pagesRead);
  }

  /** Tells the listener given to {@link #tellingPages} that {@code n} pages were read. */
  void pagesRead(int n) {
    if (pagesRead != null && n > 0) {
      pagesRead.accept(n);
    }
  }

  /** The installed Tesseract (looked up once), or one that is not {@link #available()}. */
  public static Tesseract system() {
    Tesseract t = system;
    if (t == null) {
      synchronized (Tesseract.class) {
        t = system;
        if (t == null) {
          t = find(System.getProperty("sverka.tesseract"));
          system = t;
        }
      }
    }
    return t;
  }

  /** The Tesseract at {@code name} (a path, or null to search the PATH; "none" for none). */
  public static Tesseract find(String name) {
    Path program = null;
    if (name != null && !name.isBlank()) {
      program = name.equals("none") ? null : Path.of(name);
    } else {
      String path = System.getenv("PATH");
      for (String dir : (path == null ? "/usr/bin" : path).split(File.pathSeparator)) {
        Path p = Path.of(dir.isEmpty() ? "." : dir, "tesseract");
        if (Files.isExecutable(p)) {
          program = p;
          break;
        }
      }
    }
    if (program == null || !Files.isExecutable(program)) {
      return new Tesseract(null, null, Set.of());
    }
    try {
      List<String> v = run(List.of(program.toString(), "--version"));
      List<String> langs = run(List.of(program.toString(), "--list-langs"));
      Set<String> installed = new TreeSet<>();
      for (String l : langs) {
        if (!l.isBlank() && !l.startsWith("List of")) {
          installed.add(l.trim());
        }
      }
      String first = v.isEmpty() ? "tesseract" : v.get(0).trim();
      return new Tesseract(program, first, Set.copyOf(installed));
    } catch (IOException e) {
      return new Tesseract(null, null, Set.of());
    }
  }

  public boolean available() {
    return program != null;
  }

  /** The first line of {@code tesseract --version}, e.g. "tesseract 5.3.0". */
  public String version() {
    return version;
  }

  /** The languages whose data is installed. */
  public Set<String> languages() {
    return languages;
  }

  /** The one-line reason a file needing OCR was not read, when Tesseract is missing. */
  static String missingMessage() {
    return "needs OCR, but Tesseract is not installed: not read"
        + " (apt-get install tesseract-ocr tesseract-ocr-eng)";
  }

  /** Checks that every language has its data installed. */
  void checkLanguages(OcrSettings settings) throws UnusableInputException {
    for (String l : settings.languages()) {
      if (!languages.contains(l)) {
        throw new UnusableInputException(
            "OCR language '"
                + l
                + "' is not installed for Tesseract (apt-get install tesseract-ocr-"
                + l
                + "; installed: "
                + String.join(", ", languages)
                + ")");
      }
    }
  }

  /**
   * OCRs an image (every page of a multi-page TIFF) and returns Tesseract's TSV.
   *
   * @param dpi the image's resolution when known (a rendered PDF page), else 0
   */
  String tsv(Path image, OcrSettings settings, int dpi) throws UnusableInputException {
    if (program == null) {
      throw UnusableInputException.withoutTesseract(missingMessage());
    }
    checkLanguages(settings);
    Path dir = null;
    try {
      dir = Files.createTempDirectory("sverka-ocr");
      List<String> cmd = new ArrayList<>();
      cmd.add(program.toString());
      cmd.add(image.toString());
      cmd.add(dir.resolve("out").toString());
      cmd.add("-l");
      cmd.add(settings.tesseractLanguages());
      if (dpi > 0) {
        cmd.add("--dpi");
        cmd.add(String.valueOf(dpi));
      }
      cmd.add("tsv");
      ProcessBuilder pb = new ProcessBuilder(cmd);
      pb.environment().put("OMP_THREAD_LIMIT", "1");
      pb.redirectOutput(dir.resolve("stdout").toFile());
      pb.redirectError(dir.resolve("stderr").toFile());
      Process p = pb.start();
      try {
        int code = p.waitFor();
        if (code != 0) {
          throw new UnusableInputException(
              "OCR failed: tesseract exited with " + code + lastLine(dir.resolve("stderr")));
        }
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new UnusableInputException("OCR interrupted", 0, e);
      }
      Path out = dir.resolve("out.tsv");
      if (!Files.isRegularFile(out)) {
        throw new UnusableInputException(
            "OCR failed: tesseract wrote no output" + lastLine(dir.resolve("stderr")));
      }
      return Files.readString(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UnusableInputException(
          "OCR failed: " + UnusableInputException.oneLine(e.getMessage()), 0, e);
    } finally {
      deleteQuietly(dir);
    }
  }

  private static String lastLine(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = lines.size() - 1; i >= 0; i--) {
        if (!lines.get(i).isBlank()) {
          return ": " + lines.get(i).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // no message to add
    }
    return "";
  }

  static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // a temporary file left behind is not worth failing the file for
    }
  }

  private static List<String> run(List<String> cmd) throws IOException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    try {
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("timed out");
      }
      return new String(out, StandardCharsets.UTF_8).lines().toList();
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
