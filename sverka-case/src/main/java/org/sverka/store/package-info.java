/**
 * The case folder's SQLite file: {@link org.sverka.store.CaseFile} (connection, transactions,
 * migrations, runs) and one {@code *Tables} class per analysis holding that analysis's SQL.
 *
 * <p>May use: every sverka-core package (it persists their result types), sqlite-jdbc, Jackson. Not
 * {@code stage}, {@code pipeline} or anything above.
 */
package org.sverka.store;
