/**
 * The Lucene index of a case's sentences (a derived stage) and its queries, with entity and
 * spelling-variant expansion and facets.
 *
 * <p>May use: sverka-core, {@code store}, Lucene.
 */
package org.sverka.search;
