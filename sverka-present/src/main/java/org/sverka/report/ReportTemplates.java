package org.sverka.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.output.WriterOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

/**
 * The report's JTE templates ({@code src/main/jte}, precompiled into {@code
 * org.sverka.report.jte}), rendered onto a page's writer or into a string. Every tag of the report
 * is in a template; the Java side gathers the data the templates take.
 */
final class ReportTemplates {
  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, ReportTemplates.class.getClassLoader(), "org.sverka.report.jte");

  private ReportTemplates() {}

  /** Renders template {@code name} with its one parameter onto {@code w}. */
  static void render(Writer w, String name, Object param) throws IOException {
    try {
      ENGINE.render(name, param, new WriterOutput(w));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Renders template {@code name} with named parameters ({@code name, value, ...}) onto {@code w}.
   */
  static void render(Writer w, String name, Object... params) throws IOException {
    try {
      ENGINE.render(name, map(params), new WriterOutput(w));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Template {@code name} with named parameters ({@code name, value, ...}), as a string. */
  static String string(String name, Object... params) {
    StringOutput out = new StringOutput();
    ENGINE.render(name, map(params), out);
    return out.toString();
  }

  private static Map<String, Object> map(Object... params) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < params.length; i += 2) {
      m.put((String) params[i], params[i + 1]);
    }
    return m;
  }
}
