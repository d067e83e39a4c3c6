package dev.claimledger.store;

import dev.claimledger.domain.Actor;
import dev.claimledger.domain.ActorKind;
import dev.claimledger.domain.Affiliation;
import dev.claimledger.domain.AffiliationRole;
import java.util.List;
import java.util.Optional;

/**
 * Actors, their aliases and affiliations. Aliases are unique across live actors by
 * {@link dev.claimledger.domain.Names#key}; an actor's display name is always one of its aliases.
 * Every method that changes data does so in one transaction with its audit record, or not at all.
 */
public interface ActorStore {

  /** What CreateActor and UpdateActor write. */
  record ActorFields(String displayName, ActorKind kind, List<String> aliases, String description) {}

  /** Filter of {@link #list}; null fields do not filter. */
  record ActorFilter(ActorKind kind, Boolean kindEquals, Boolean merged) {}

  /**
   * Creates an actor with {@code requestedId}, or an id derived from the display name when null.
   * Fails ALREADY_EXISTS with ACTOR_ALREADY_EXISTS or ALIAS_IN_USE.
   */
  Actor create(ActorFields fields, String requestedId);

  Optional<Actor> get(String id);

  Page<Actor> list(ActorFilter filter, PageRequest page);

  /** Replaces the fields named in {@code mask}; fails NOT_FOUND, ALIAS_IN_USE, ACTOR_MERGED. */
  Actor update(String id, ActorFields fields, java.util.Set<String> mask);

  /** The live actor holding the alias (after merges) and the alias as recorded. */
  record Lookup(Actor actor, String matchedAlias) {}

  Optional<Lookup> lookup(String alias);

  /** Merges {@code id} into {@code intoId}: returns {survivor, merged}. */
  List<Actor> merge(String id, String intoId, String reason);

  /** Creates an affiliation of member {@code memberId}; fails NOT_FOUND, ALREADY_EXISTS, FAILED_PRECONDITION. */
  Affiliation createAffiliation(String memberId, String organizationId, AffiliationRole role, String title,
      String requestedId);

  /** Affiliations of {@code memberId} (null for every actor), optionally of one organization or role. */
  Page<Affiliation> listAffiliations(String memberId, String organizationId, AffiliationRole role,
      Boolean roleEquals, PageRequest page);
}
