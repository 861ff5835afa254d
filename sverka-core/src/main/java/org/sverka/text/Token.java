package org.sverka.text;

/**
 * A word or number. It carries its original span (what citations use), its surface form as it
 * stands in the normalised text ({@code text}), and its folded form for matching ({@code norm}:
 * case-folded, NFKC).
 */
public record Token(Span span, String text, String norm) {}
