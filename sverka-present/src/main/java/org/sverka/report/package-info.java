/**
 * The HTML pages of a case, for the static report and {@code sverka serve} alike; the markup is in
 * the JTE templates of {@code src/main/jte}, this package gathers what they show.
 *
 * <p>May use: sverka-core, sverka-case, {@code json}, JTE. Not the CLI or the web app.
 */
package org.sverka.report;
