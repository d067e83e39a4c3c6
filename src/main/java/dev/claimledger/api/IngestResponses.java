package dev.claimledger.api;

import dev.claimledger.extract.Extractor;
import dev.claimledger.ingest.Ingestor;
import dev.claimledger.v1.ExtractedStance;
import dev.claimledger.v1.IngestArticleResponse;
import dev.claimledger.v1.IngestedActor;
import dev.claimledger.v1.IngestedClaim;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An ingest's result as an IngestArticleResponse. Under validate_only the transaction was rolled
 * back, so what it created does not exist: those names are left empty wherever they appear (the
 * source, a new actor as a stance's actor or relay, a new claim, every stance), and no stance
 * counts as recorded.
 */
final class IngestResponses {
  private IngestResponses() {}

  static IngestArticleResponse of(Ingestor.Result r) {
    Set<String> unrecorded = r.preview() ? unrecorded(r) : Set.of();
    var b = IngestArticleResponse.newBuilder()
        .setSource(source(ProtoMapper.source(r.source()), unrecorded).toBuilder().clearText())
        .setSourceExisted(r.sourceExisted())
        .setExtractorVersion(Extractor.VERSION)
        .setValidateOnly(r.preview())
        .addAllNotes(r.notes());
    for (var a : r.actors()) {
      var actor = ProtoMapper.actor(a.actor());
      b.addActors(IngestedActor.newBuilder().setActor(actor.toBuilder().setName(name(actor.getName(), unrecorded)))
          .setCreated(a.created()).addAllMentions(a.mentions()));
    }
    for (var c : r.claims()) {
      var claim = ProtoMapper.claim(c.claim());
      var ic = IngestedClaim.newBuilder().setClaim(claim.toBuilder().setName(name(claim.getName(), unrecorded)))
          .setCreated(c.created()).setExtractedText(c.extractedText()).setMatchScore(round(c.score()));
      if (c.suggestedId() != null) {
        ic.setSuggestedMatch("claims/" + c.suggestedId()).setSuggestedMatchScore(round(c.suggestedScore()));
      }
      b.addClaims(ic);
    }
    for (var s : r.stances()) {
      var es = ExtractedStance.newBuilder().setStance(stance(ProtoMapper.stance(s.stance()), unrecorded))
          .setRecorded(s.recorded() && !r.preview()).setCue(s.cue()).setClaimIndex(s.claimIndex());
      if (s.existing() != null) es.setExistingStance(ProtoMapper.stanceName(s.existing().ref()));
      b.addStances(es);
    }
    return b.build();
  }

  /** The names of what a preview created in its rolled-back transaction. */
  private static Set<String> unrecorded(Ingestor.Result r) {
    Set<String> out = new HashSet<>();
    if (!r.sourceExisted()) out.add("sources/" + r.source().id());
    for (var a : r.actors()) {
      if (a.created()) out.add(ProtoMapper.actorName(a.actor().id()));
    }
    for (var c : r.claims()) {
      if (c.created()) out.add("claims/" + c.claim().id());
    }
    for (var s : r.stances()) {
      if (s.recorded()) out.add(ProtoMapper.stanceName(s.stance().ref()));
    }
    return out;
  }

  private static String name(String name, Set<String> unrecorded) {
    return unrecorded.contains(name) ? "" : name;
  }

  private static List<String> names(List<String> names, Set<String> unrecorded) {
    return names.stream().map(n -> name(n, unrecorded)).toList();
  }

  private static dev.claimledger.v1.Source source(dev.claimledger.v1.Source s, Set<String> unrecorded) {
    if (unrecorded.isEmpty()) return s;
    return s.toBuilder().setName(name(s.getName(), unrecorded)).setPublisher(name(s.getPublisher(), unrecorded))
        .clearRelays().addAllRelays(names(s.getRelaysList(), unrecorded)).build();
  }

  private static dev.claimledger.v1.Stance stance(dev.claimledger.v1.Stance s, Set<String> unrecorded) {
    if (unrecorded.isEmpty()) return s;
    return s.toBuilder().setName(name(s.getName(), unrecorded)).setActor(name(s.getActor(), unrecorded))
        .setResolvedActor(name(s.getResolvedActor(), unrecorded)).setSource(name(s.getSource(), unrecorded))
        .clearRelayChain().addAllRelayChain(names(s.getRelayChainList(), unrecorded)).build();
  }

  /** Scores to three decimals, so outputs read well and compare stably. */
  private static double round(double score) {
    return Math.round(score * 1000) / 1000.0;
  }
}
