package dev.claimledger.domain;

import java.time.Instant;
import java.util.List;

/**
 * An actor's position on a claim as reported by a source. Never edited: {@code supersedes} and
 * {@code supersededBy} link corrections. {@code resolvedActorId} is the actor it counts for after
 * merges. {@code extractorVersion} is empty and {@code confidence} 1 for a manual stance.
 * Nullable: statementTime, supersedes, supersededBy.
 */
public record Stance(
    StanceRef ref,
    String actorId,
    StanceKind kind,
    String sourceId,
    Excerpt excerpt,
    List<String> relayChain,
    Instant statementTime,
    StanceOrigin origin,
    StanceRef supersedes,
    String supersedeReason,
    StanceRef supersededBy,
    String resolvedActorId,
    Instant createTime,
    String extractorVersion,
    double confidence) {}
