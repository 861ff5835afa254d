/**
 * The reuse stage as an Apache Spark job ({@link org.sverka.spark.ReuseJob}), giving the same
 * passages as the embedded engine.
 *
 * <p>May use: sverka-core's analyses and Spark.
 */
package org.sverka.spark;
