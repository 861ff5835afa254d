/**
 * A collation as a critical apparatus: {@link org.sverka.apparatus.CollationTei} writes it as TEI
 * P5 parallel segmentation ({@code <app><rdg wit="#A">}) with StAX.
 *
 * <p>May use: sverka-core's collation and text types, the JDK's StAX. Not the CLI or the web app.
 */
package org.sverka.apparatus;
