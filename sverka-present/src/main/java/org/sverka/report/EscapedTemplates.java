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

/**
 * Renders the report's precompiled JTE templates with every value escaped by {@link Html#esc} in
 * every context, so the pages are byte for byte what the report wrote before its templates.
 */
final class EscapedTemplates {
  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, EscapedTemplates.class.getClassLoader(), "org.sverka.report.jte");

  private EscapedTemplates() {}

  /** Writes the template (a path under src/main/jte) with its one parameter to the writer. */
  static void render(Writer w, String template, Object param) throws IOException {
    try {
      ENGINE.render(template, param, new Output(w));
    } catch (TemplateException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw e;
    }
  }

  /** The template with its one parameter, as a string. */
  static String render(String template, Object param) {
    StringWriter w = new StringWriter();
    try {
      render(w, template, param);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not throw
    }
    return w.toString();
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
