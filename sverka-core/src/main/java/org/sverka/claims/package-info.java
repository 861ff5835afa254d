/**
 * The analyst's {@code claims.yaml} ({@link org.sverka.claims.ClaimsFile}) and the rules that find
 * claims which cannot all be true, run by {@link org.sverka.claims.Checker} into {@link
 * org.sverka.claims.Finding}s; the case is read only through {@link org.sverka.claims.Sources}.
 *
 * <p>May use: {@code text}, {@code ingest}, {@code document}, {@code time}, {@code entities},
 * SnakeYAML.
 */
package org.sverka.claims;
