package org.sverka.document;

import java.util.Map;

/**
 * A document's metadata as Sverka uses it: from {@code sources.yaml} where given, otherwise
 * detected from the text. {@code detected} names the fields that were detected, so that a user can
 * tell a fact they supplied from a guess.
 */
public record Metadata(
    String title,
    String author,
    String date,
    String published,
    String place,
    String source,
    String translatedFrom,
    String kind,
    Map<String, Object> extra,
    java.util.List<String> detected) {}
