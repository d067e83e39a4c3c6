package dev.claimledger.domain;

/**
 * A reviewer's verdict, on the 1-to-5 scale fact-checkers publish in schema.org ClaimReview
 * (worst 1, best 5); UNPROVEN has no place on it.
 */
public enum ReviewRating {
  TRUE(1, 5, "True"),
  MOSTLY_TRUE(2, 4, "Mostly true"),
  MIXED(3, 3, "Mixed"),
  MOSTLY_FALSE(4, 2, "Mostly false"),
  FALSE(5, 1, "False"),
  UNPROVEN(6, 0, "Unproven");

  public final int number;
  /** ClaimReview's ratingValue, 1 to 5; 0 for none. */
  public final int ratingValue;
  /** ClaimReview's alternateName: the rating in words. */
  public final String label;

  ReviewRating(int number, int ratingValue, String label) {
    this.number = number;
    this.ratingValue = ratingValue;
    this.label = label;
  }

  public static ReviewRating ofNumber(int number) {
    for (ReviewRating r : values()) {
      if (r.number == number) return r;
    }
    throw new IllegalArgumentException("unknown review rating " + number);
  }
}
