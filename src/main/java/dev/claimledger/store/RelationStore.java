package dev.claimledger.store;

import dev.claimledger.domain.ClaimRelation;
import java.util.Optional;

/**
 * Relations between claims: recorded by people, or detected by the service (contradicting claims,
 * conflicting reports) and then confirmed or dismissed by people. Nothing is overwritten: a
 * decision is a new record. Unknown claims fail NOT_FOUND (CLAIM_NOT_FOUND), merged ones
 * FAILED_PRECONDITION (CLAIM_MERGED), unknown relations NOT_FOUND (RELATION_NOT_FOUND).
 */
public interface RelationStore {

  /** A relation a person records, and why. */
  record RelationFields(ClaimRelation.Kind kind, String claimId, String otherClaimId, String reason) {}

  /** Records a relation (origin RECORDED, confirmed by its recorder); ALREADY_EXISTS when recorded before. */
  ClaimRelation record(RelationFields fields, String requestedId);

  Optional<ClaimRelation> get(String id);

  /** Which relations to list; null fields do not filter. A claim matches either side. */
  record RelationFilter(String claimId, ClaimRelation.Kind kind, ClaimRelation.Status status, ClaimRelation.Origin origin) {}

  Page<ClaimRelation> list(RelationFilter filter, PageRequest page);

  /** Records a person's decision on a relation; the latest decision sets its status. */
  ClaimRelation decide(String id, boolean confirm, String reason);
}
