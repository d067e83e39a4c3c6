package dev.claimledger.api;

import dev.claimledger.domain.LedgerError;

/** AIP-158 page sizes: 0 means the default, above the maximum means the maximum, negative is an error. */
final class PageSizes {
  private PageSizes() {}

  static final int DEFAULT = 50;
  static final int MAX = 1000;

  static int of(int requested, int defaultSize, int max, LedgerError.Violations violations) {
    if (requested < 0) {
      violations.add("page_size", "must not be negative");
      return defaultSize;
    }
    if (requested == 0) return defaultSize;
    return Math.min(requested, max);
  }

  static int of(int requested, LedgerError.Violations violations) {
    return of(requested, DEFAULT, MAX, violations);
  }
}
