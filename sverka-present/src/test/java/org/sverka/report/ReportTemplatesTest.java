package org.sverka.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTemplatesTest {
  private static final String NASTY = "a\"b'c<d>e&f";

  @Test
  void escapesAttributesAndTextAsHtmlEscDoes() {
    EntityModels.Node node =
        new EntityModels.Node(
            NASTY, NASTY, "person", true, "1.0", "2.0", "3.0", "4.0", "5.0", "start", NASTY);
    String svg =
        ReportTemplates.render(
            "entities/graph.jte",
            new EntityModels.Graph(760, 460, NASTY, List.of(), List.of(), List.of(node)));
    String esc = Html.esc(NASTY);
    assertThat(esc).isEqualTo("a&quot;b&#39;c&lt;d&gt;e&amp;f");
    assertThat(svg)
        .isEqualTo(
            "<svg class=\"graph\" viewBox=\"0 0 760 460\" role=\"img\" aria-label=\""
                + esc
                + "\">\n<a href=\""
                + esc
                + "\"><title>"
                + esc
                + "</title><circle class=\"t-person self\" cx=\"1.0\" cy=\"2.0\" r=\"3.0\"/>"
                + "<text x=\"4.0\" y=\"5.0\" text-anchor=\"start\">"
                + esc
                + "</text></a>\n</svg>");
  }

  @Test
  void rendersTheOverviewsDefiniteFindingsWithoutANewLineBetweenItems() {
    String html =
        ReportTemplates.render(
            "claims/overview.jte",
            new ClaimsModels.Overview(
                1,
                2,
                List.of(
                    new ClaimsModels.FindingView(
                        2, "DEFINITE", "ABSENCE", "c1, c2", NASTY, List.of()))));
    assertThat(html)
        .isEqualTo(
            "<h3>Claims that cannot all be true (<a href=\"findings.html\">1 definite findings</a>"
                + " of 2)</h3>\n<ul class=\"findings\"><li><a href=\"findings.html#F2\">ABSENCE</a>"
                + " c1, c2: "
                + Html.esc(NASTY)
                + "</li></ul>\n");
  }
}
