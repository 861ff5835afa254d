package org.sverka.text;

/**
 * Decides whether a word split by a hyphen at a line break ({@code Zi-} / {@code noviev}) is one
 * word broken for layout, to be joined ({@code Zinoviev}), or a real compound whose hyphen stays
 * ({@code counter-revolutionary}). Only asked when the second part begins with a lower-case letter:
 * before a capital the hyphen always stays ({@code Berman-Yurin}).
 */
@FunctionalInterface
public interface HyphenationPolicy {
  boolean join(String left, String right);

  /**
   * Whether a hyphen inside a line ({@code Zi-noviev}, left over from an earlier edition's line
   * break) should go. Asked only when the second part begins with a lower-case letter; by default
   * never.
   */
  default boolean joinInline(String left, String right) {
    return false;
  }

  /** Always keeps the hyphen. */
  HyphenationPolicy KEEP = (l, r) -> false;
}
