/**
 * The collation benchmark: planted witnesses of one passage ({@link
 * org.sverka.bench.collate.PlantedWitnesses}) collated by Sverka and by CollateX in one run ({@link
 * org.sverka.bench.collate.CollationBenchmark}), timed, and their tables compared with each other
 * and with the planted truth.
 */
package org.sverka.bench.collate;
