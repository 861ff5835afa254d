package org.sverka.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The frame templates every page shares: head, navigation, citation links. */
class FrameTemplatesTest {
  @Test
  void citeLinkEscapesTheDocumentAndLinksItsPage() {
    assertThat(ReportWriter.citeLink("a&b", 3, 5))
        .isEqualTo("<a href=\"doc/a_b.html#L3-5\">a&amp;b:3-5</a>");
    assertThat(ReportWriter.citeLink("x", 7, 7)).isEqualTo("<a href=\"doc/x.html#L7\">x:7</a>");
  }

  @Test
  void headEscapesTheTitleAndFindsTheScriptsBesideTheStylesheet() throws Exception {
    StringWriter w = new StringWriter();
    ReportWriter.head(w, "<Kirov's> \"file\"", "../sverka.css");
    assertThat(w.toString())
        .startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n")
        .contains("<title>&lt;Kirov&#39;s&gt; &quot;file&quot;</title>\n")
        .contains("<script src=\"../sverka.js\" defer></script>\n")
        .contains("<script src=\"../claims.js\" defer></script>\n")
        .endsWith("</head>\n<body>\n");
  }

  @Test
  void navShowsTheCurrentPageUnlinkedAndPrefixesTheOthers() throws Exception {
    StringWriter w = new StringWriter();
    ReportWriter.nav(w, "../", "quotes.html");
    String nav = w.toString();
    assertThat(nav).startsWith("<nav><a href=\"../index.html\">Overview</a>").endsWith("</nav>\n");
    assertThat(nav).contains("<span class=\"here\">Quotations</span>");
    assertThat(nav).doesNotContain("href=\"../quotes.html\"");
    assertThat(nav).contains("action=\"../search.html\"");
  }
}
