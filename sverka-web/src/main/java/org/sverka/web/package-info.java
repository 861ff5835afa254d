/**
 * {@code sverka serve} (Javalin): the report's pages rendered on request, the JSON API, search and
 * the claims editor over one case.
 *
 * <p>May use: sverka-core, sverka-case, sverka-present, Javalin. Not the CLI.
 */
package org.sverka.web;
