package dev.claimledger.domain;

/**
 * An actor's position on a claim. Each kind belongs to a {@link Family}: the family decides which
 * side of a contest a stance is on and whether two reports of one actor disagree.
 */
public enum StanceKind {
  ASSERTS(1, Family.AFFIRMS),
  DENIES(2, Family.DENIES),
  SUGGESTS(3, Family.AFFIRMS),
  CONDEMNS(4, Family.AFFIRMS),
  DECLINES_TO_COMMENT(5, Family.SILENT),
  RETRACTS(6, Family.WITHDRAWS);

  /** The families of kinds; reports of one actor in different families conflict. */
  public enum Family { AFFIRMS, DENIES, SILENT, WITHDRAWS }

  public final int number;
  public final Family family;

  StanceKind(int number, Family family) {
    this.number = number;
    this.family = family;
  }

  /**
   * Whether the stance supports the claim's truth for contests. Condemning takes the event as
   * having happened, but it is a judgement of it, not testimony that it happened, so only ASSERTS
   * and SUGGESTS count as support.
   */
  public boolean supports() {
    return this == ASSERTS || this == SUGGESTS;
  }

  public static StanceKind ofNumber(int number) {
    for (StanceKind k : values()) {
      if (k.number == number) return k;
    }
    throw new IllegalArgumentException("unknown stance kind " + number);
  }
}
