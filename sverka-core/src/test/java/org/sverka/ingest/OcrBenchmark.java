package org.sverka.ingest;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.Corpus;

/**
 * By hand ({@code -Dsverka.bench.ocr=true}): pages per minute on one core through Sverka's
 * Extractor against bare {@code tesseract} on the same 300 dpi images in the same run, rounds
 * interleaved; and the character error rate of the OCR'd 1928 letter, clean and noisy, against its
 * text. Prints its results; asserts nothing about time (docs/benchmarks.md).
 */
class OcrBenchmark {
  @TempDir Path tmp;

  @Test
  void pagesPerMinuteAndCharacterErrorRate() throws Exception {
    Assumptions.assumeTrue(Boolean.getBoolean("sverka.bench.ocr"), "-Dsverka.bench.ocr=true");
    Tesseract t = Scans.requireTesseract(OcrBenchmark.class);
    String letter = Corpus.text("trotsky-reply-to-stalin-1928.txt");
    int rounds = Integer.getInteger("sverka.bench.rounds", 3);
    for (Scans.Spoil spoil : List.of(Scans.Spoil.CLEAN, Scans.Spoil.NOISY_SKEWED)) {
      List<BufferedImage> pages = Scans.pages(letter, 10, spoil);
      List<Path> pngs = new ArrayList<>();
      for (int i = 0; i < pages.size(); i++) {
        pngs.add(Scans.png(pages.get(i), tmp.resolve("p" + spoil.seed() + "-" + i + ".png")));
      }
      Extractor ex = new Extractor(100_000_000L, t);
      double[] bare = new double[rounds];
      double[] sverka = new double[rounds];
      StringBuilder text = new StringBuilder();
      for (int r = 0; r < rounds; r++) {
        long t0 = System.nanoTime();
        for (Path p : pngs) {
          bareTesseract(p, tmp.resolve("bare"));
        }
        bare[r] = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        text.setLength(0);
        for (Path p : pngs) {
          text.append(ex.extract(p, null, OcrSettings.DEFAULT).text()).append('\n');
        }
        sverka[r] = (System.nanoTime() - t0) / 1e9;
      }
      Arrays.sort(bare);
      Arrays.sort(sverka);
      double b = bare[rounds / 2];
      double s = sverka[rounds / 2];
      System.out.printf(
          Locale.ROOT,
          "OCR bench %s: %d pages, %d rounds; median bare tesseract %.1f s (%.1f pages/min),"
              + " Sverka %.1f s (%.1f pages/min): overhead %+.1f%%; all rounds bare %s sverka %s%n",
          spoil.noiseSigma() == 0 ? "clean" : "noisy+skewed",
          pngs.size(),
          rounds,
          b,
          60 * pngs.size() / b,
          s,
          60 * pngs.size() / s,
          100 * (s / b - 1),
          Arrays.toString(bare),
          Arrays.toString(sverka));
      System.out.printf(
          Locale.ROOT,
          "OCR bench %s: character error rate %.4f (%d characters)%n",
          spoil.noiseSigma() == 0 ? "clean" : "noisy+skewed",
          cer(letter, text.toString()),
          normal(letter).length());
    }
  }

  private static void bareTesseract(Path png, Path out) throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder("tesseract", png.toString(), out.toString(), "-l", "eng", "tsv");
    pb.environment().put("OMP_THREAD_LIMIT", "1");
    pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    if (pb.start().waitFor() != 0) {
      throw new IllegalStateException("tesseract failed on " + png);
    }
    Files.deleteIfExists(Path.of(out + ".tsv"));
  }

  static String normal(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }

  /** Levenshtein distance over the texts with white space folded, per character of the truth. */
  static double cer(String truth, String ocr) {
    String a = normal(truth);
    String b = normal(ocr);
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      char c = a.charAt(i - 1);
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (c == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] x = prev;
      prev = cur;
      cur = x;
    }
    return prev[b.length()] / (double) a.length();
  }
}
