package org.sverka;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Facts about this build of Sverka. The pipeline's entry points are {@code
 * org.sverka.pipeline.Analyzer} (files to case file), {@code org.sverka.store.CaseFile} (the case
 * file) and {@code org.sverka.report.ReportWriter} (the static report).
 */
public final class Sverka {
  /** The release, from the build. */
  public static final String VERSION = readVersion();

  /**
   * The version of the analysis itself: bump it whenever ingestion, normalisation or segmentation
   * changes what they produce, so that the next incremental run re-analyses unchanged files.
   */
  public static final String ANALYSIS_VERSION = "5";

  private Sverka() {}

  private static String readVersion() {
    try (InputStream in = Sverka.class.getResourceAsStream("version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
