package dev.claimledger.api;

import com.google.protobuf.Timestamp;
import dev.claimledger.domain.Actor;
import dev.claimledger.domain.Affiliation;
import dev.claimledger.domain.Claim;
import dev.claimledger.domain.Source;
import dev.claimledger.domain.Stance;
import dev.claimledger.domain.StanceRef;
import dev.claimledger.store.Queries;
import dev.claimledger.v1.ActorKind;
import dev.claimledger.v1.AffiliationRole;
import dev.claimledger.v1.AttributedStance;
import dev.claimledger.v1.ClaimSummary;
import dev.claimledger.v1.Excerpt;
import dev.claimledger.v1.SourceBrief;
import dev.claimledger.v1.StanceKind;
import dev.claimledger.v1.StanceOrigin;
import java.time.Instant;
import java.util.List;

/** Maps domain records to their proto messages, and proto times to Instants. */
final class ProtoMapper {
  private ProtoMapper() {}

  static Timestamp timestamp(Instant t) {
    return Timestamp.newBuilder().setSeconds(t.getEpochSecond()).setNanos(t.getNano()).build();
  }

  /** The instant of a set timestamp field, or null when unset. */
  static Instant instant(boolean has, Timestamp t) {
    return has ? Instant.ofEpochSecond(t.getSeconds(), t.getNanos()) : null;
  }

  static String actorName(String id) {
    return "actors/" + id;
  }

  static List<String> actorNames(List<String> ids) {
    return ids.stream().map(ProtoMapper::actorName).toList();
  }

  static String stanceName(StanceRef ref) {
    return "claims/" + ref.claimId() + "/stances/" + ref.stanceId();
  }

  static dev.claimledger.v1.Actor actor(Actor a) {
    var b = dev.claimledger.v1.Actor.newBuilder()
        .setName(actorName(a.id()))
        .setDisplayName(a.displayName())
        .setKind(ActorKind.forNumber(a.kind().number))
        .addAllAliases(a.aliases())
        .setDescription(a.description())
        .setCreateTime(timestamp(a.createTime()))
        .setUpdateTime(timestamp(a.updateTime()));
    if (a.mergedInto() != null) b.setMergedInto(actorName(a.mergedInto()));
    return b.build();
  }

  static dev.claimledger.v1.Affiliation affiliation(Affiliation f) {
    return dev.claimledger.v1.Affiliation.newBuilder()
        .setName(actorName(f.memberId()) + "/affiliations/" + f.id())
        .setOrganization(actorName(f.organizationId()))
        .setRole(AffiliationRole.forNumber(f.role().number))
        .setTitle(f.title())
        .setSpeaksFor(f.role().speaksFor)
        .setCreateTime(timestamp(f.createTime()))
        .build();
  }

  static dev.claimledger.v1.Source source(Source s) {
    var b = dev.claimledger.v1.Source.newBuilder()
        .setName("sources/" + s.id())
        .setTitle(s.title())
        .addAllRelays(actorNames(s.relayIds()))
        .setContentSha256(s.contentSha256())
        .setTextLength(s.textLength())
        .setCreateTime(timestamp(s.createTime()));
    if (s.publisherId() != null) b.setPublisher(actorName(s.publisherId()));
    if (s.publishTime() != null) b.setPublishTime(timestamp(s.publishTime()));
    if (s.uri() != null) b.setUri(s.uri());
    if (s.text() != null) b.setText(s.text());
    return b.build();
  }

  static dev.claimledger.v1.Claim claim(Claim c) {
    var s = c.summary();
    var b = dev.claimledger.v1.Claim.newBuilder()
        .setName("claims/" + c.id())
        .setText(c.text())
        .setDescription(c.description())
        .setSummary(ClaimSummary.newBuilder()
            .setStanceCount(s.stanceCount())
            .setSupportingActorCount(s.supportingActorCount())
            .setDenyingActorCount(s.denyingActorCount())
            .setContested(s.contested())
            .setConflictingReportCount(s.conflictingReportCount()))
        .setCreateTime(timestamp(c.createTime()));
    if (c.mergedInto() != null) b.setMergedInto("claims/" + c.mergedInto());
    return b.build();
  }

  static dev.claimledger.v1.Stance stance(Stance s) {
    var b = dev.claimledger.v1.Stance.newBuilder()
        .setName(stanceName(s.ref()))
        .setActor(actorName(s.actorId()))
        .setKind(StanceKind.forNumber(s.kind().number))
        .setSource("sources/" + s.sourceId())
        .setExcerpt(Excerpt.newBuilder().setText(s.excerpt().text()).setStartOffset(s.excerpt().start())
            .setEndOffset(s.excerpt().end()))
        .addAllRelayChain(actorNames(s.relayChain()))
        .setOrigin(StanceOrigin.forNumber(s.origin().number))
        .setSupersedeReason(s.supersedeReason())
        .setResolvedActor(actorName(s.resolvedActorId()))
        .setCreateTime(timestamp(s.createTime()))
        .setExtractorVersion(s.extractorVersion())
        .setConfidence(s.confidence());
    if (s.statementTime() != null) b.setStatementTime(timestamp(s.statementTime()));
    if (s.supersedes() != null) b.setSupersedes(stanceName(s.supersedes()));
    if (s.supersededBy() != null) b.setSupersededBy(stanceName(s.supersededBy()));
    return b.build();
  }

  static SourceBrief sourceBrief(Queries.SourceBrief s) {
    var b = SourceBrief.newBuilder().setName("sources/" + s.id()).setTitle(s.title())
        .addAllRelays(actorNames(s.relayIds()));
    if (s.publisherId() != null) b.setPublisher(actorName(s.publisherId()));
    if (s.publishTime() != null) b.setPublishTime(timestamp(s.publishTime()));
    if (s.uri() != null) b.setUri(s.uri());
    return b.build();
  }

  static AttributedStance attributed(Queries.AttributedStance a) {
    return AttributedStance.newBuilder()
        .setStance(stance(a.stance()))
        .setClaimText(a.claimText())
        .setSource(sourceBrief(a.source()))
        .setActorDisplayName(a.actorDisplayName())
        .addAllVia(a.via())
        .build();
  }

  static List<AttributedStance> attributed(List<Queries.AttributedStance> list) {
    return list.stream().map(ProtoMapper::attributed).toList();
  }
}
