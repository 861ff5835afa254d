package org.sverka.quotes;

import org.sverka.text.Span;

/**
 * Who is quoted and from what, as the text around a quotation says it. Any field may be null.
 *
 * @param speaker a name as written ("Lenin", "Comrade Rykov", "J. V. Stalin"), or "I" when the
 *     author quotes himself in the singular; null when no name is given (also for "we")
 * @param speakerSpan original offsets of the speaker's name (or of the first-person word)
 * @param firstPerson the author quotes himself or his group: "I wrote:", "as I said", "my article",
 *     "we wrote in the Declaration"; the caller resolves "I" to the author of the part
 * @param work the cited work, without markup: "Kampf", "Bulletin of the Opposition", "Vol. IX, p.
 *     410"
 * @param workSpan original offsets of the work's name
 */
public record Attribution(
    String speaker, Span speakerSpan, boolean firstPerson, String work, Span workSpan) {}
