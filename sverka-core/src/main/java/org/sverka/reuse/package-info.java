/**
 * Text reuse: {@link org.sverka.reuse.ReuseDetector} (seed index, chains, alignment, filters; also
 * queries for a single text) over {@link org.sverka.reuse.DocTokens} in one {@link
 * org.sverka.reuse.Vocabulary}, giving {@link org.sverka.reuse.Passage}s.
 *
 * <p>May use: {@code text}, {@code document}, ICU4J. Knows nothing of the case folder: the reuse
 * stage in sverka-case loads the documents and stores the passages.
 */
package org.sverka.reuse;
