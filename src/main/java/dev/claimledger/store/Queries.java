package dev.claimledger.store;

import dev.claimledger.domain.Actor;
import dev.claimledger.domain.Claim;
import dev.claimledger.domain.Stance;
import dev.claimledger.domain.Stand;
import dev.claimledger.domain.StanceKind;
import java.time.Instant;
import java.util.List;

/** The result shapes of attribution and contradiction queries. */
public final class Queries {
  private Queries() {}

  /** The source of a stance, in brief. Nullable: publisherId, publishTime, uri. */
  public record SourceBrief(String id, String title, String publisherId, Instant publishTime,
      List<String> relayIds, String uri) {}

  /** A stance with its claim text, source and actor name; {@code via} is the roll-up path. */
  public record AttributedStance(Stance stance, String claimText, SourceBrief source,
      String actorDisplayName, List<String> via) {}

  public record ActorAttribution(Actor actor, List<AttributedStance> stances) {}

  public record ClaimAttribution(Claim claim, Page<ActorAttribution> actors) {}

  public record ActorStances(Actor actor, Page<AttributedStance> stances) {}

  /** A filter on stances of an actor; null fields do not filter. */
  public record ActorStanceFilter(StanceKind kind, boolean kindEquals, String claimId, String sourceId) {}

  /** Either a claim or a stance matched a search. */
  public record SearchHit(Claim claim, AttributedStance stance, double score, String snippet) {}

  public record ContestedClaim(Claim claim, List<AttributedStance> supporting, List<AttributedStance> denying) {}

  /** Filter of contested claims; null fields do not filter; time bounds apply to contested_time. */
  public record ContestedFilter(String actorId, String sourceId, Instant after, boolean afterInclusive,
      Instant before, boolean beforeInclusive) {}

  public record OpposingClaim(Claim claim, List<AttributedStance> actorStances, List<AttributedStance> otherStances) {}

  public record ConflictingReport(Claim claim, Actor actor, List<AttributedStance> reports) {}

  /** One stance in an actor's history on a claim, and where the actor stood after it; {@code changed} when that moved. */
  public record HistoryEntry(AttributedStance stance, Stand standAfter, boolean changed) {}

  public record StanceHistory(Actor actor, Claim claim, List<HistoryEntry> entries) {}
}
