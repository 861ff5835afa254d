package org.sverka.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How {@code analyze} uses OCR: when ({@link Mode}) and in which Tesseract languages.
 *
 * @param mode never, auto (images, and the pages of a PDF without a text layer) or always (every
 *     page of a PDF too, its text layer replaced)
 * @param languages Tesseract's language codes ({@code eng}, {@code rus}), tried together; never
 *     empty
 */
public record OcrSettings(Mode mode, List<String> languages) implements java.io.Serializable {
  /** When to OCR. */
  public enum Mode {
    NEVER,
    AUTO,
    ALWAYS
  }

  public static final OcrSettings DEFAULT = new OcrSettings(Mode.AUTO, List.of("eng"));

  /** No OCR: images and PDFs without text are refused. */
  public static final OcrSettings OFF = new OcrSettings(Mode.NEVER, List.of("eng"));

  /** ISO 639-1 codes a sources.yaml may give, as Tesseract names the language. */
  private static final Map<String, String> ISO_639_1 =
      Map.ofEntries(
          Map.entry("en", "eng"),
          Map.entry("ru", "rus"),
          Map.entry("uk", "ukr"),
          Map.entry("be", "bel"),
          Map.entry("de", "deu"),
          Map.entry("fr", "fra"),
          Map.entry("es", "spa"),
          Map.entry("it", "ita"),
          Map.entry("pl", "pol"),
          Map.entry("cs", "ces"),
          Map.entry("yi", "yid"),
          Map.entry("he", "heb"),
          Map.entry("la", "lat"),
          Map.entry("el", "ell"));

  public OcrSettings {
    if (mode == null || languages == null || languages.isEmpty()) {
      throw new IllegalArgumentException("OcrSettings: a mode and at least one language");
    }
    languages = List.copyOf(languages);
  }

  /** The same mode with other languages. */
  public OcrSettings withLanguages(List<String> langs) {
    return new OcrSettings(mode, langs);
  }

  /** Tesseract's {@code -l} argument: {@code eng+rus}. */
  public String tesseractLanguages() {
    return String.join("+", languages);
  }

  /**
   * Languages as a user writes them: {@code eng+rus}, {@code eng,rus}, {@code [en, ru]} items, ISO
   * 639-1 codes mapped to Tesseract's ({@code en} is {@code eng}).
   */
  public static List<String> parseLanguages(List<String> items) {
    List<String> out = new ArrayList<>();
    for (String item : items) {
      for (String part : item.split("[+,\\s]+")) {
        String code = part.trim().toLowerCase(Locale.ROOT);
        if (code.isEmpty()) {
          continue;
        }
        if (!code.matches("[a-z_]{2,16}")) {
          throw new IllegalArgumentException(
              "'" + part + "' is not a language code; write eng, rus or eng+rus");
        }
        String tess = ISO_639_1.getOrDefault(code, code);
        if (!out.contains(tess)) {
          out.add(tess);
        }
      }
    }
    return out;
  }

  /** What, besides a file's bytes, decides its OCR'd text: for the incremental stamp. */
  public String stamp(Tesseract tesseract) {
    return "ocr="
        + mode.name().toLowerCase(Locale.ROOT)
        + ";lang="
        + tesseractLanguages()
        + ";tesseract="
        + (tesseract.available() ? tesseract.version() : "none");
  }
}
