package org.sverka.json;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.sverka.search.Hit;
import org.sverka.search.Snippet;

/**
 * A search hit's snippet as HTML for the JSON API and the search page: the matched words in {@code
 * mark} elements (template {@code src/main/jte-json/snippet.jte}), and {@code & < > "} of the
 * original escaped as entities.
 */
public final class HtmlSnippet {
  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, HtmlSnippet.class.getClassLoader(), "org.sverka.json.jte");

  private HtmlSnippet() {}

  /** The snippet of {@code hit} as HTML. */
  public static String of(Hit hit) {
    StringOutput out = new StringOutput();
    ENGINE.render("snippet.jte", Snippet.pieces(hit), out);
    return out.toString();
  }

  /** {@code text} with {@code & < > "} written as HTML entities. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
