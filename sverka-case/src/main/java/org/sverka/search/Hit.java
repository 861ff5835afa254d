package org.sverka.search;

import java.util.List;
import org.sverka.text.Cited;
import org.sverka.text.Placed;
import org.sverka.text.Span;
import org.sverka.text.Spanned;

/**
 * One sentence that matches a query.
 *
 * @param cited where the hit stands: from the first matched word to just past the last (the whole
 *     sentence when only filters matched); its first line is that of the first matched word (of the
 *     sentence's first line when only filters matched), its last that of the last matched word
 * @param date the statement's date (EDTF): the part's, else the document's; null if unknown
 * @param part the title of the document part the sentence is in, or null
 * @param sentence the sentence as written in the original, line breaks included
 * @param sentenceStart the sentence's original offset
 * @param sentenceLine the sentence's first line
 * @param matches the matched words, in text order, without overlaps
 */
public record Hit(
    Cited cited,
    float score,
    String author,
    String date,
    String part,
    String sentence,
    int sentenceStart,
    int sentenceLine,
    List<Match> matches)
    implements Placed {

  /** The 1-based original line of the first matched word: {@code cited().lineStart()}. */
  public int line() {
    return cited.lineStart();
  }

  /** How a match answers the query. */
  public enum Via {
    /** A word of the query, as written (after case and diacritics folding). */
    WORD,
    /** A mention of an entity the query names (by one of its spellings, or {@code person:}). */
    ENTITY,
    /** The same spelling key as a name in the query; not checked to be the same person. */
    SPELLING
  }

  /**
   * A matched word or phrase.
   *
   * @param span original offsets in the document: of its first character and just past it
   * @param line its 1-based original line
   * @param text the original text
   * @param via how it matches
   * @param variantOf for ENTITY and SPELLING: the query's word or {@code person:} name it stands
   *     for
   * @param entity for ENTITY: the entity id
   * @param entityName for ENTITY: the entity's name
   */
  public record Match(
      Span span, int line, String text, Via via, String variantOf, String entity, String entityName)
      implements Spanned {}
}
