/**
 * The derived stages over a whole case: one class per analysis (mentions, entities, reuse,
 * quotations, dates and figures), each reading its inputs from the store, running the analysis of
 * sverka-core and writing its results back, re-run only when its inputs' stamp changed.
 *
 * <p>May use: sverka-core, {@code store}, {@code search}.
 */
package org.sverka.stage;
