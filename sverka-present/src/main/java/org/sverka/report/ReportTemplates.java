package org.sverka.report;

import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.html.HtmlTemplateOutput;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

/**
 * The report's JTE templates ({@code src/main/jte}, precompiled into {@code
 * org.sverka.report.jte}), rendered onto a page's writer or into a string, with every value a
 * template writes escaped by {@link Html#esc} in every context, so the pages are byte for byte what
 * the report wrote before its templates. Every tag of the report is in a template; the Java side
 * gathers the data the templates take.
 */
final class ReportTemplates {
  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, ReportTemplates.class.getClassLoader(), "org.sverka.report.jte");

  private ReportTemplates() {}

  /** Renders template {@code name} with its one parameter onto {@code w}. */
  static void render(Writer w, String name, Object param) throws IOException {
    try {
      ENGINE.render(name, param, new Output(w));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (TemplateException e) {
      throw ioCause(e);
    }
  }

  /**
   * Renders template {@code name} with named parameters ({@code name, value, ...}) onto {@code w}.
   */
  static void render(Writer w, String name, Object... params) throws IOException {
    try {
      ENGINE.render(name, map(params), new Output(w));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (TemplateException e) {
      throw ioCause(e);
    }
  }

  /** Template {@code name} with its one parameter, as a string. */
  static String render(String name, Object param) {
    StringWriter w = new StringWriter();
    ENGINE.render(name, param, new Output(w));
    return w.toString();
  }

  /** Template {@code name} with named parameters ({@code name, value, ...}), as a string. */
  static String string(String name, Object... params) {
    StringWriter w = new StringWriter();
    ENGINE.render(name, map(params), new Output(w));
    return w.toString();
  }

  /** A template's failure to write: its I/O cause, else the failure itself. */
  private static IOException ioCause(TemplateException e) {
    if (e.getCause() instanceof UncheckedIOException io) {
      return io.getCause();
    }
    throw e;
  }

  /** The report's navigation ({@link ReportWriter#nav}) as content for a template. */
  static Content nav(String prefix, String current) {
    return out -> {
      StringWriter w = new StringWriter();
      try {
        ReportWriter.nav(w, prefix, current);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out.writeContent(w.toString());
    };
  }

  private static Map<String, Object> map(Object... params) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < params.length; i += 2) {
      m.put((String) params[i], params[i + 1]);
    }
    return m;
  }

  /** A template's output to a writer, escaping user content as {@link Html#esc} does. */
  private static final class Output implements HtmlTemplateOutput {
    private final Writer w;

    Output(Writer w) {
      this.w = w;
    }

    @Override
    public void setContext(String tagName, String attributeName) {
      // one escaping for every context: Html.esc escapes what any of the report's contexts needs
    }

    @Override
    public void writeContent(String value) {
      try {
        w.write(value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
      writeContent(value.substring(beginIndex, endIndex));
    }

    @Override
    public void writeUserContent(String value) {
      if (value != null) {
        writeContent(Html.esc(value));
      }
    }
  }
}
