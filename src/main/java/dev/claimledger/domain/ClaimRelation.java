package dev.claimledger.domain;

import java.time.Instant;
import java.util.List;

/**
 * How claims relate: two claims that are the same, that contradict each other, or one that
 * supports another, recorded by a person or detected by the service; or one claim on which
 * sources report an actor's stance differently. Detected relations are open until a person
 * confirms or dismisses them; every decision is kept. Nullable: otherClaimId (conflicting
 * reports), actorId (all but conflicting reports).
 */
public record ClaimRelation(String id, Kind kind, String claimId, String otherClaimId, String actorId, Origin origin,
    Basis basis, String explanation, double score, List<String> evidence, Status status, List<Decision> decisions,
    Instant createTime) {

  public enum Kind {
    SAME_CLAIM(1, true), CONTRADICTS(2, true), SUPPORTS(3, false), CONFLICTING_REPORTS(4, false);

    public final int number;
    /** Whether the relation reads the same both ways (its two claims are stored in key order). */
    public final boolean symmetric;

    Kind(int number, boolean symmetric) {
      this.number = number;
      this.symmetric = symmetric;
    }

    public static Kind ofNumber(int n) {
      for (Kind k : values()) {
        if (k.number == n) return k;
      }
      throw new IllegalArgumentException("unknown relation kind " + n);
    }
  }

  public enum Origin {
    RECORDED(1), DETECTED(2);

    public final int number;

    Origin(int number) {
      this.number = number;
    }

    public static Origin ofNumber(int n) {
      return n == 1 ? RECORDED : DETECTED;
    }
  }

  /** What a relation rests on. */
  public enum Basis {
    /** A person recorded it. */
    PERSON(1),
    /** The two claims give different figures for the same quantity. */
    NUMERIC(2),
    /** One claim negates the other, or says the opposite. */
    NEGATION(3),
    /** Two sources put one actor's stance on the claim in different families. */
    REPORTS(4);

    public final int number;

    Basis(int number) {
      this.number = number;
    }

    public static Basis ofNumber(int n) {
      for (Basis b : values()) {
        if (b.number == n) return b;
      }
      throw new IllegalArgumentException("unknown relation basis " + n);
    }
  }

  /** OPEN until a person decides; then the latest decision. */
  public enum Status {
    OPEN(1), CONFIRMED(2), DISMISSED(3);

    public final int number;

    Status(int number) {
      this.number = number;
    }
  }

  /** A person's decision on a relation: confirm or dismiss, why, who, when. */
  public record Decision(boolean confirm, String reason, String principal, Instant createTime) {}

  /** The status the decisions (oldest first) leave. */
  public static Status statusOf(List<Decision> decisions) {
    if (decisions.isEmpty()) return Status.OPEN;
    return decisions.get(decisions.size() - 1).confirm() ? Status.CONFIRMED : Status.DISMISSED;
  }
}
