package org.sverka.text;

/**
 * A sentence: its original span and its span in the paragraph's normalised text.
 *
 * @param normStart start offset in the paragraph's normalised text
 * @param normEnd end offset in the paragraph's normalised text
 */
public record Sentence(Span span, int normStart, int normEnd) {}
