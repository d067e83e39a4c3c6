package dev.claimledger.store;

import dev.claimledger.domain.Actor;
import dev.claimledger.domain.ActorKind;
import dev.claimledger.domain.Claim;
import dev.claimledger.domain.Origins;
import dev.claimledger.domain.Review;
import dev.claimledger.domain.Verification;
import dev.claimledger.store.Queries.AttributedStance;
import java.util.List;
import java.util.Map;

/** The result shapes of provenance queries. */
public final class Provenance {
  private Provenance() {}

  /** What an actor is in a report's chain. */
  public enum Role { PUBLISHER, RELAY, SPEAKER, SPEAKS_FOR }

  /**
   * One actor in the chain from an article back to its speaker (ids after merges);
   * {@code viaAffiliation} is the affiliation's title for SPEAKS_FOR, else empty.
   */
  public record Hop(String actorId, String displayName, ActorKind kind, Role role, String viaAffiliation) {}

  /** A stance, the chain of its report from the reader's end, and the origin it counts for (null: unknown). */
  public record StanceTrace(AttributedStance stance, List<Hop> hops, String originActorId) {}

  /**
   * What a claim's verification and provenance export are computed from: the claim, its stances in
   * force (oldest first) with the chain of each, the reports of those that support it (for
   * counting origins), its denying stances, its reviews (with those of claims merged into it,
   * oldest first) and every actor named in the chains, by id.
   */
  public record ClaimEvidence(Claim claim, List<AttributedStance> inForce, List<List<Hop>> chains,
      List<Origins.Report> reports, List<AttributedStance> denying, List<Review> reviews, Map<String, Actor> actors) {

    public Review latestReview() {
      return reviews.isEmpty() ? null : reviews.get(reviews.size() - 1);
    }

    /** The claim's verification state, computed from this evidence. */
    public Verification verification() {
      Map<String, String> names = new java.util.HashMap<>();
      actors.forEach((id, a) -> names.put(id, a.displayName()));
      return Verification.of(claim.summary().contested(), claim.summary().denyingActorCount(), Origins.of(reports),
          latestReview(), names);
    }
  }
}
