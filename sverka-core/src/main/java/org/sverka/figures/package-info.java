/**
 * Figures and their arithmetic: {@link org.sverka.figures.FigureFinder} (numbers in digits and
 * words, units, money of the period, ranges, qualifiers), {@link org.sverka.figures.TableFinder}
 * (tables of figures in a document's lines) and {@link org.sverka.figures.FigureChecker}
 * (percentages, ratios, parts of a total, products and column totals, over interval arithmetic).
 *
 * <p>May use: {@code text}, {@code time}. Knows nothing of the case folder.
 */
package org.sverka.figures;
