package org.sverka.quotes.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Attributions' speech nouns, written as one string, are still exactly these words. */
class AttributionsWordsTest {
  @Test
  void speechNounsAreTheListedNouns() {
    assertEquals(
        Set.of(
            "statement",
            "words",
            "article",
            "letter",
            "speech",
            "formula",
            "formulation",
            "thesis",
            "theses",
            "resolution",
            "book",
            "report",
            "declaration",
            "remark",
            "phrase",
            "testimony",
            "expression",
            "dictum",
            "slogan",
            "telegram",
            "note",
            "preface",
            "reply",
            "answer",
            "assertion",
            "declarations",
            "articles",
            "letters",
            "speeches"),
        Attributions.SPEECH_NOUNS);
  }
}
