/**
 * Sverka on Apache Spark: the whole of {@code sverka analyze} as one job ({@link
 * org.sverka.spark.PipelineJob}: every table of the case, which {@code sverka import} loads), and
 * the reuse stage alone ({@link org.sverka.spark.ReuseJob}), each giving what the embedded engine
 * gives.
 *
 * <p>May use: sverka-core's analyses, sverka-case's pipeline, stages and tables (never a second
 * implementation of them), sverka-present's passage JSON, and Spark.
 */
package org.sverka.spark;
