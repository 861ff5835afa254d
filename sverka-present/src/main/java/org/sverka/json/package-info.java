/**
 * The JSON shapes of every result, shared by the CLI's {@code --format json} and the web API.
 *
 * <p>May use: sverka-core's and sverka-case's result types, Jackson. Not the CLI or the web app.
 */
package org.sverka.json;
