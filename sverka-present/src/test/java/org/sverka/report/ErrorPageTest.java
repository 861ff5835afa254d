package org.sverka.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorPageTest {
  @Test
  void isThePageTheServerWroteBeforeItsTemplate() {
    assertThat(new ErrorPage(404, "no such page in this case").html())
        .isEqualTo(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>404 — Sverka"
                + "</title><link rel=\"stylesheet\" href=\"/sverka.css\"></head><body><main><h1>404"
                + "</h1><p>no such page in this case</p><p><a href=\"/index.html\">Overview</a></p>"
                + "</main></body></html>\n");
  }

  @Test
  void escapesTheMessageAsHtmlEscDoes() {
    String m = "a <b> & \"c\" 'd'";
    assertThat(new ErrorPage(400, m).html()).contains("<p>" + Html.esc(m) + "</p>");
  }
}
