/**
 * The collator's machinery: {@link org.sverka.collate.internal.ProfileAligner} aligns one witness
 * against the columns of the table so far (Gotoh's affine gaps against a profile). Used only by
 * {@code org.sverka.collate}.
 */
package org.sverka.collate.internal;
