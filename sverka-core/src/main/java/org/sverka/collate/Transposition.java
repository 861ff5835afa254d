package org.sverka.collate;

/**
 * Words a witness gives in another place than the others: the witness's words stand in columns
 * {@code [movedFrom, movedTo)} (where the others have nothing) and the same words, in the other
 * witnesses, in columns {@code [sourceFrom, sourceTo)} (where this witness has nothing). As in
 * CollateX's table, transposed words keep their own witness's order and do not share a column.
 *
 * @param witness index of the witness in {@link Collation#witnesses()}
 */
public record Transposition(int witness, int movedFrom, int movedTo, int sourceFrom, int sourceTo) {
  /** How many words were moved. */
  public int length() {
    return movedTo - movedFrom;
  }
}
