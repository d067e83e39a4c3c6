package dev.claimledger.store;

import dev.claimledger.domain.StanceKind;

import dev.claimledger.domain.Actor;
import dev.claimledger.domain.ActorKind;
import dev.claimledger.domain.AffiliationRole;
import dev.claimledger.domain.Claim;
import dev.claimledger.domain.Source;
import dev.claimledger.domain.Stance;
import dev.claimledger.store.ActorStore.ActorFields;
import dev.claimledger.store.SourceStore.SourceFields;
import dev.claimledger.store.StanceStore.StanceFields;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What article ingestion needs from the ledger, inside one write transaction per article, so an
 * article is recorded whole or not at all, and claim matching sees every claim committed before.
 * Look-ups that only prepare the work (extraction's) can run before, on a read snapshot.
 */
public interface IngestStore {

  /** Runs {@code work} in one write transaction: committed, or rolled back when {@code preview}. */
  <T> T inTransaction(boolean preview, Function<Tx, T> work);

  /** Runs {@code work} on a read snapshot, beside the writer. */
  <T> T read(Function<Reads, T> work);

  /** What finding a speaker needs of an actor. */
  record ActorName(String id, String displayName, ActorKind kind) {}

  /** Look-ups of actors. */
  interface Reads {
    /** The live actors known by each of these alias keys ({@link dev.claimledger.domain.Names#key}). */
    Map<String, ActorName> actorsByAliasKey(Collection<String> aliasKeys);

    Optional<ActorName> actorName(String id);

    /**
     * A number that changes whenever an actor or alias is created, changed or removed: two equal
     * readings mean every look-up between them would give the same answer.
     */
    long directoryVersion();
  }

  /** A claim the claim search found: its ID and text, what matching it needs. */
  record Candidate(String id, String text) {}

  /** The operations of one ingest transaction. Failures are the matching create RPC's errors. */
  interface Tx extends Reads {
    /** The actor as it stands now. */
    Optional<Actor> actor(String id);


    Actor createActor(ActorFields fields);

    /** Adds an alias to an actor, unless another actor already holds it; returns whether added. */
    boolean addAlias(String actorId, String alias);

    /** Records the affiliation unless the member already has one with that organization. */
    void affiliate(String memberId, String organizationId, AffiliationRole role, String title);

    SourceStore.Recorded createSource(SourceFields fields, String requestedId);

    /** Live claims whose text shares words with {@code words} (plain words), best first. */
    List<Candidate> similarClaims(Collection<String> words, int limit);

    /** The claim as it stands now. */
    Claim claim(String id);

    /** The live claim holding this text: the claim with the text, or the claim it was merged into. */
    Optional<Claim> liveClaimWithText(String text);

    Claim createClaim(String text, String description);

    void suggestMatch(String claimId, String similarClaimId, double score);

    /**
     * A stance in force of the live actor {@code actorId} (or an actor merged into it) on the claim,
     * from the source, whose excerpt overlaps [start, end).
     */
    Optional<Stance> overlappingStance(String sourceId, String claimId, String actorId, int start, int end);

    /**
     * The manual (curated) stance in force of the actor in the source, on any claim, whose kind is
     * of the family of {@code kind} and whose excerpt overlaps [start, end): the same statement as
     * a person recorded it, perhaps on a claim worded otherwise.
     */
    Optional<Stance> curatedStance(String sourceId, String actorId, StanceKind kind, int start, int end);

    /** Whether the live actor {@code actorId} has a position on the claim: a stance in force on it. */
    boolean hasPosition(String claimId, String actorId);

    Stance createStance(StanceFields fields, String extractorVersion, double confidence);
  }
}
