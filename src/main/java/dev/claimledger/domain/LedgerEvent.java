package dev.claimledger.domain;

import java.time.Instant;
import java.util.List;

/**
 * Something a watching client is told: a claim became contested, a claim's verification state
 * changed, or a conflict was detected. {@code position} orders events and is where a client
 * resumes. Nullable: claimId, previousState and state (set for state changes), otherClaimId and
 * relationId (set for a detected conflict).
 */
public record LedgerEvent(long position, Type type, String claimId, List<String> actorIds, Verification.State previousState,
    Verification.State state, String detail, Instant time, String otherClaimId, String relationId) {

  public enum Type {
    CLAIM_CONTESTED(1), VERIFICATION_STATE_CHANGED(2), CONFLICT_DETECTED(3);

    public final int number;

    Type(int number) {
      this.number = number;
    }

    public static Type ofNumber(int number) {
      for (Type t : values()) {
        if (t.number == number) return t;
      }
      throw new IllegalArgumentException("unknown event type " + number);
    }
  }
}
