package org.sverka.store;

import java.util.List;
import java.util.Map;
import org.sverka.text.Cited;
import org.sverka.text.Placed;
import org.sverka.text.Span;

/**
 * A quotation as the case file holds it: {@code cited} is the quotation's own place. {@code detail}
 * keeps the rest as plain JSON values: {@code segments}, {@code ellipses}, {@code insertions}
 * (lists of [start, end]), {@code speakerSpan}, {@code workSpan}, and {@code matches}: the sources
 * found, best first, each with {@code doc, start, end, lineStart, lineEnd, verdicts, explanation,
 * author, date, identity} and {@code differences} ({@code op, quoteStart, quoteEnd, sourceStart,
 * sourceEnd, marked, spelling}).
 */
public record StoredQuotation(
    int id,
    Cited cited,
    Span outer,
    int depth,
    String style,
    boolean closed,
    String speaker,
    boolean firstPerson,
    String work,
    String attributedTo,
    List<String> verdicts,
    String explanation,
    Map<String, Object> detail)
    implements Placed {}
