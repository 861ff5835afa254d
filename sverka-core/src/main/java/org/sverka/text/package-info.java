/**
 * Offsets and segmentation, the ground every analysis stands on: {@link org.sverka.text.Span} (an
 * offset pair into the original), {@link org.sverka.text.LineMap} (the only offset-to-line
 * conversion), {@link org.sverka.text.OffsetMap} (normalised to original offsets), {@link
 * org.sverka.text.Normalizer}, {@link org.sverka.text.Layout} (paragraphs, boilerplate), {@link
 * org.sverka.text.Segmenter} (sentences, tokens) and {@link org.sverka.text.NumberWords}.
 *
 * <p>May use: the JDK and ICU4J only; no other Sverka package.
 */
package org.sverka.text;
