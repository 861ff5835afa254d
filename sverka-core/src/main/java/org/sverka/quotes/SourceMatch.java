package org.sverka.quotes;

import java.util.List;
import org.sverka.reuse.Passage;

/**
 * A place in the corpus that a quotation comes from, and what the quotation did to it. The passage
 * has the quotation on side a and the source on side b.
 *
 * @param sourceAuthor the author of the source's part, or null when unknown
 * @param sourceDate the date of the source's part, or null
 * @param partial fewer than half of the quotation's words match: a shared phrase, not its source;
 *     such a match judges nothing and its verdicts are empty
 */
public record SourceMatch(
    Passage passage,
    List<Verdict> verdicts,
    List<Difference> differences,
    String explanation,
    String sourceAuthor,
    String sourceDate,
    boolean partial) {}
