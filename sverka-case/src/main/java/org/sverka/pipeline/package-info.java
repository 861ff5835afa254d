/**
 * {@code sverka analyze}: discovery of the input files, incremental bookkeeping, threads and bounds
 * per file, one transaction per document, then the derived stages in order ({@link
 * org.sverka.pipeline.Analyzer}).
 *
 * <p>May use: sverka-core, {@code store}, {@code stage}, {@code search}.
 */
package org.sverka.pipeline;
