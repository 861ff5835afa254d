/**
 * Scoring a case against a hand-made gold folder (docs/gold.md): {@link org.sverka.eval.Gold} reads
 * the folder (a bad record is a one-line error, the rest is read), {@link org.sverka.eval.Scorer}
 * compares the case's stored results with it and gives an {@link org.sverka.eval.Evaluation} of
 * {@link org.sverka.eval.Measure}s, each a count of a total, and {@link org.sverka.eval.Thresholds}
 * says which measures fall short of a corpus's minimums. The package only reads the case, through
 * the {@code store} classes; {@code sverka eval} and {@code EvalCorporaTest} print its table.
 */
package org.sverka.eval;
