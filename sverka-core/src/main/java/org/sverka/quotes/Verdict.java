package org.sverka.quotes;

/** What a quotation did to its source. A quotation may carry several. */
public enum Verdict {
  /** The same words as the source, up to case, punctuation and spelling or transliteration. */
  VERBATIM,
  /** Words changed. */
  VARIANT_WORDING,
  /** Source words left out where the quotation shows an ellipsis. */
  ABRIDGED_MARKED,
  /** Source words missing inside the quotation marks with no ellipsis: a misquotation. */
  ABRIDGED_UNMARKED,
  /** Words inside the quotation that the source lacks, not bracketed as the editor's. */
  INTERPOLATED,
  /** The quotation stops where the source sentence goes on with a qualifier or a negation. */
  CUT_BEFORE_QUALIFIER,
  /** Attributed to someone other than the author of the source. */
  MISATTRIBUTED,
  /** No source in the corpus. */
  NOT_FOUND
}
