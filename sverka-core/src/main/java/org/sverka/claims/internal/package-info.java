/**
 * The claims checker's machinery: one class per rule ({@link
 * org.sverka.claims.internal.PresenceConflictRule}, {@link
 * org.sverka.claims.internal.VersionConflictRule}, ...), each turning the claims file into
 * findings, run in a fixed order by {@link org.sverka.claims.Checker}, the package's front door.
 *
 * <p>Used only by {@code org.sverka.claims}.
 */
package org.sverka.claims.internal;
