/**
 * Names and entities. Finding mentions: {@link org.sverka.entities.NameTagger} (CoreNLP's CRF, per
 * document) and {@link org.sverka.entities.MentionFinder} (the whole corpus), with {@link
 * org.sverka.entities.Gazetteer}; resolving them into entities: {@link
 * org.sverka.entities.VariantKeys}, {@link org.sverka.entities.Authority} (the user's {@code
 * authority.yaml}) and {@link org.sverka.entities.Resolver}.
 *
 * <p>May use: {@code text}, {@code document}, {@code ingest}, {@code time}, {@code reuse}'s
 * spelling keys, CoreNLP, Commons Codec, ICU4J, SnakeYAML. Knows nothing of the case folder.
 */
package org.sverka.entities;
