/**
 * The aligner of reuse passages ({@link org.sverka.reuse.internal.Alignment}: affine gaps between
 * anchors, banded X-drop at the ends).
 *
 * <p>Used only by {@code org.sverka.reuse}, whose front door is {@link
 * org.sverka.reuse.ReuseDetector}.
 */
package org.sverka.reuse.internal;
