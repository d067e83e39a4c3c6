package dev.claimledger.domain;

import java.util.List;

/**
 * Where an actor stands on a claim after a sequence of its stances, in words a timeline can show:
 * a league that declined to comment on Monday (SILENT) and confirmed the suspension on Wednesday
 * (SUPPORTS). Follows {@link Position}: a RETRACTS withdraws the actor's support.
 */
public enum Stand {
  SUPPORTS(1), DENIES(2), SUPPORTS_AND_DENIES(3), CONDEMNS(4), SILENT(5), WITHDRAWN(6);

  public final int number;

  Stand(int number) {
    this.number = number;
  }

  /** Where the actor stands after {@code kinds} (its stances so far, in order); null for none. */
  public static Stand after(List<StanceKind> kinds) {
    boolean support = false;
    boolean deny = false;
    boolean condemn = false;
    boolean silent = false;
    boolean retracted = false;
    for (StanceKind k : kinds) {
      switch (k) {
        case ASSERTS, SUGGESTS -> support = true;
        case DENIES -> deny = true;
        case CONDEMNS -> condemn = true;
        case DECLINES_TO_COMMENT -> silent = true;
        case RETRACTS -> retracted = true;
      }
    }
    support &= !retracted;
    if (support && deny) return SUPPORTS_AND_DENIES;
    if (support) return SUPPORTS;
    if (deny) return DENIES;
    if (condemn) return CONDEMNS;
    if (retracted) return WITHDRAWN;
    if (silent) return SILENT;
    return null;
  }
}
