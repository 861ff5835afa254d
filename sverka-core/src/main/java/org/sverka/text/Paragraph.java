package org.sverka.text;

import java.util.List;

/**
 * A paragraph of a document: its original span (trimmed content, from the first to the last
 * non-blank character), its lines, whether it is boilerplate, its normalised text and its
 * sentences. Tokens are derived on demand ({@link Segmenter#tokens}) so that a large document need
 * not hold all of them at once.
 */
public record Paragraph(
    int index,
    Span span,
    int lineStart,
    int lineEnd,
    boolean boilerplate,
    NormalizedText normalized,
    List<Sentence> sentences) {}
