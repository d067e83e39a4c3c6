package dev.claimledger.api;

import dev.claimledger.store.ActorStore;
import dev.claimledger.store.AuditStore;
import dev.claimledger.ingest.Ingestor;
import dev.claimledger.store.ClaimStore;
import dev.claimledger.store.IngestStore;
import dev.claimledger.store.EventStore;
import dev.claimledger.store.LedgerQueries;
import dev.claimledger.store.ProvenanceStore;
import dev.claimledger.store.RelationStore;
import dev.claimledger.store.SourceStore;
import dev.claimledger.store.StanceStore;
import io.grpc.BindableService;
import java.util.List;

/** The twelve API services over one set of stores, sharing one page-token signer. */
public record LedgerApi(
    ActorGrpcService actors,
    SourceGrpcService sources,
    ClaimGrpcService claims,
    StanceGrpcService stances,
    AttributionGrpcService attribution,
    ContradictionGrpcService contradictions,
    IngestGrpcService ingest,
    ProvenanceGrpcService provenance,
    VerificationGrpcService verification,
    WatchGrpcService watch,
    AuditGrpcService audit,
    RelationGrpcService relations) implements AutoCloseable {

  public static LedgerApi over(ActorStore actors, SourceStore sources, ClaimStore claims, StanceStore stances,
      LedgerQueries queries, IngestStore ingest, ProvenanceStore provenance, EventStore events, AuditStore audit,
      RelationStore relations, byte[] pageTokenKey) {
    PageTokens tokens = new PageTokens(pageTokenKey);
    return new LedgerApi(new ActorGrpcService(actors, tokens), new SourceGrpcService(sources, tokens),
        new ClaimGrpcService(claims, tokens), new StanceGrpcService(stances, tokens),
        new AttributionGrpcService(queries, tokens), new ContradictionGrpcService(queries, tokens),
        new IngestGrpcService(new Ingestor(ingest)), new ProvenanceGrpcService(provenance),
        new VerificationGrpcService(provenance, tokens), new WatchGrpcService(events),
        new AuditGrpcService(audit, tokens), new RelationGrpcService(relations, tokens));
  }

  public List<BindableService> all() {
    return List.of(actors, sources, claims, stances, attribution, contradictions, ingest, provenance, verification, watch,
        audit, relations);
  }

  /** Ends open watches (UNAVAILABLE, so clients reconnect); the stores stay open. */
  @Override
  public void close() {
    watch.close();
  }
}
