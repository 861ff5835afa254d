/**
 * The ordered date rules ({@link org.sverka.time.internal.DateRules}): each a pattern of a way a
 * date is written and how it is read against the statement date.
 *
 * <p>Used only by {@code org.sverka.time}, whose front door is {@link org.sverka.time.DateText}.
 */
package org.sverka.time.internal;
