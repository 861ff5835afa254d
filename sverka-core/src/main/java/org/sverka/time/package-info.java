/**
 * Dates written in text, as EDTF: {@link org.sverka.time.Edtf} (the one EDTF reader), {@link
 * org.sverka.time.DateText} (every date expression of a sentence, resolved against the statement
 * date) and {@link org.sverka.time.DateExpression}.
 *
 * <p>May use: {@code text}.
 */
package org.sverka.time;
