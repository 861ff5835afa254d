package org.sverka.report;

/**
 * The short page {@code sverka serve} answers a refused request with outside {@code /api/}: the
 * status and a message of the server's own (never the request's text).
 */
public record ErrorPage(int status, String message) {
  /** The page, rendered from {@code web/error.jte}. */
  public String html() {
    return ReportTemplates.render("web/error.jte", this);
  }
}
