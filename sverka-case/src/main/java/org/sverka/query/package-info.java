/**
 * The reads of a case that the CLI and the web app share ({@link org.sverka.query.CaseQueries}):
 * documents, passages, quotations, entities, the timeline and figures with their filters, and one
 * by id, each with the same error for an unknown document or id. The only package above the store
 * that the commands and the API need for reading.
 */
package org.sverka.query;
