package dev.claimledger.domain;

/** How a stance came into the ledger. */
public enum StanceOrigin {
  MANUAL(1), EXTRACTED(2);

  public final int number;

  StanceOrigin(int number) {
    this.number = number;
  }

  public static StanceOrigin ofNumber(int number) {
    for (StanceOrigin o : values()) {
      if (o.number == number) return o;
    }
    throw new IllegalArgumentException("unknown stance origin " + number);
  }
}
