/**
 * Collation of many witnesses of one passage, as textual scholars do it with CollateX: {@link
 * org.sverka.collate.Collator} aligns every witness at once into one alignment table ({@link
 * org.sverka.collate.Collation}: {@link org.sverka.collate.Column}s of equal, variant and missing
 * readings, and the {@link org.sverka.collate.Transposition}s of words a witness moved). Witnesses
 * are ordered by date; the earliest is the base. {@link org.sverka.collate.WitnessReader} reads a
 * witness's words from a document's original text with Sverka's own normalisation and tokens, so
 * every reading keeps its citation (document, offsets, line).
 *
 * <p>May use: {@code text}, {@code document} (the document's normaliser), {@code reuse} (spelling
 * keys and sortable dates), ICU4J. Knows nothing of the case folder or of any output format.
 */
package org.sverka.collate;
