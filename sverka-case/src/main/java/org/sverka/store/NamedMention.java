package org.sverka.store;

import org.sverka.text.Span;

/**
 * A mention of an entity as the search index and the timeline read it: the document, where it is,
 * the form written, its type, and the entity's id and name (both null when it is not linked).
 */
public record NamedMention(
    String doc, Span span, String form, String type, String entity, String entityName) {}
