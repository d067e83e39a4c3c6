package dev.claimledger.store;

import dev.claimledger.domain.Review;
import dev.claimledger.domain.ReviewRating;
import dev.claimledger.domain.StanceRef;
import java.util.List;

/**
 * Provenance and verification: the chain of each report, the evidence a claim's state is computed
 * from, and reviewers' verdicts. Unknown claims fail NOT_FOUND (CLAIM_NOT_FOUND), unknown stances
 * STANCE_NOT_FOUND; a merged claim is read as the claim it was merged into.
 */
public interface ProvenanceStore {

  Provenance.StanceTrace trace(StanceRef stance);

  Provenance.ClaimEvidence evidence(String claimId);

  /**
   * The evidence as of {@code asOf} (null: now): stances recorded and published by then, reviews
   * recorded by then (see LedgerQueries for what "as of" reads).
   */
  Provenance.ClaimEvidence evidence(String claimId, java.time.Instant asOf);

  /** What a review is recorded with; {@code evidence} holds {@code sources/x} names and URIs. */
  record ReviewFields(ReviewRating rating, String reviewer, String rationale, List<String> evidence) {}

  /**
   * Records a review of a live claim (FAILED_PRECONDITION CLAIM_MERGED for a merged one; NOT_FOUND
   * SOURCE_NOT_FOUND for an unknown evidence source; ALREADY_EXISTS REVIEW_ALREADY_EXISTS for a
   * taken id), with its audit record.
   */
  Review createReview(String claimId, ReviewFields fields, String requestedId);

  /** A claim's reviews, with those of the claims merged into it, oldest first. */
  Page<Review> reviews(String claimId, PageRequest page);
}
