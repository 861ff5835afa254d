/**
 * A case's findings in the standards other tools read: TEI P5 ({@link TeiWriter}: one file per
 * document, the original text with its line breaks as {@code <lb/>}, names, dates, figures,
 * quotations and reuse as elements, the entities in {@code <standOff>}) and W3C Web Annotation
 * JSON-LD ({@link WebAnnotations}). {@link Nesting} turns overlapping stretches into one tree
 * without losing a character. {@link Exporter} is the front door.
 *
 * <p>May use: sverka-core, sverka-case (through {@code org.sverka.query.CaseQueries}), {@code
 * json}, StAX (the JDK's), Jackson. Not the CLI or the web app.
 */
package org.sverka.export;
