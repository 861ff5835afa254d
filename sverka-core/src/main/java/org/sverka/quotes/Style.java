package org.sverka.quotes;

/** How a quotation is marked off in the text. */
public enum Style {
  /** {@code "..."} */
  DOUBLE_STRAIGHT,
  /** {@code “...”} (also {@code ”...”}) */
  DOUBLE_CURLY,
  /** {@code '...'} */
  SINGLE_STRAIGHT,
  /** {@code ‘...’} */
  SINGLE_CURLY,
  /** {@code «...»}, {@code »...«}, {@code ‹...›} */
  GUILLEMETS,
  /** {@code „...“} or {@code „...”} */
  LOW_HIGH,
  /** set off as its own paragraph(s) after an introducing colon, without marks */
  BLOCK
}
