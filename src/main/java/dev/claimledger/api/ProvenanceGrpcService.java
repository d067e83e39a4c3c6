package dev.claimledger.api;

import dev.claimledger.domain.LedgerError;
import dev.claimledger.domain.StanceRef;
import dev.claimledger.store.Provenance;
import dev.claimledger.store.ProvenanceStore;
import dev.claimledger.v1.*;
import io.grpc.stub.StreamObserver;
import java.util.List;

/** ProvenanceService: validate, read the chains, map (and write PROV-JSON). */
public final class ProvenanceGrpcService extends ProvenanceServiceGrpc.ProvenanceServiceImplBase {

  private final ProvenanceStore store;

  public ProvenanceGrpcService(ProvenanceStore store) {
    this.store = store;
  }

  @Override
  public void traceStance(TraceStanceRequest req, StreamObserver<TraceStanceResponse> out) {
    Calls.unary(out, () -> {
      var v = new LedgerError.Violations();
      StanceRef ref = ResourceNames.stance(req.getName(), "name", v);
      v.throwIfAny("INVALID_ARGUMENT");
      Provenance.StanceTrace t = store.trace(ref);
      var b = TraceStanceResponse.newBuilder().setStance(ProtoMapper.attributed(t.stance()))
          .addAllHops(hops(t.hops())).setSummary(summary(t.hops()));
      if (t.originActorId() != null) b.setOrigin(ProtoMapper.actorName(t.originActorId()));
      return b.build();
    });
  }

  @Override
  public void exportClaimProvenance(ExportClaimProvenanceRequest req, StreamObserver<ExportClaimProvenanceResponse> out) {
    Calls.unary(out, () -> {
      var v = new LedgerError.Violations();
      String claim = ResourceNames.id(req.getName(), ResourceNames.CLAIMS, "name", v);
      v.throwIfAny("INVALID_ARGUMENT");
      return ExportClaimProvenanceResponse.newBuilder().setProvJson(ProvJsonExport.of(store.evidence(claim))).build();
    });
  }

  static List<ProvenanceHop> hops(List<Provenance.Hop> hops) {
    return hops.stream().map(h -> ProvenanceHop.newBuilder().setActor(ProtoMapper.actorName(h.actorId()))
        .setDisplayName(h.displayName()).setRole(HopRole.forNumber(h.role().ordinal() + 1))
        .setViaAffiliation(h.viaAffiliation()).build()).toList();
  }

  /** "UNN relays Reuters, which quotes KCNA, which speaks for North Korea"; "who" after a person. */
  static String summary(List<Provenance.Hop> hops) {
    StringBuilder s = new StringBuilder();
    Provenance.Hop first = hops.get(0);
    if (first.role() == Provenance.Role.SPEAKER) s.append("An article with no known publisher quotes ").append(first.displayName());
    else s.append(first.displayName());
    boolean speakerSeen = first.role() == Provenance.Role.SPEAKER;
    for (int i = 1; i < hops.size(); i++) {
      Provenance.Hop h = hops.get(i);
      boolean person = hops.get(i - 1).kind() == dev.claimledger.domain.ActorKind.PERSON;
      s.append(i == 1 && !speakerSeen ? " " : person ? ", who " : ", which ");
      s.append(switch (h.role()) {
        case PUBLISHER, RELAY -> "relays ";
        case SPEAKER -> "quotes ";
        case SPEAKS_FOR -> "speaks for ";
      });
      if (h.role() == Provenance.Role.SPEAKER) speakerSeen = true;
      s.append(h.displayName());
    }
    if (!speakerSeen) s.append(hops.size() == 1 ? " reports it on its own account" : ", reporting on its own account");
    return s.append('.').toString();
  }
}
