package dev.claimledger;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import dev.claimledger.api.LedgerApi;
import dev.claimledger.server.PrincipalInterceptor;
import dev.claimledger.server.RequestLogInterceptor;
import dev.claimledger.store.sqlite.SqliteDatabase;
import dev.claimledger.store.sqlite.SqliteLedger;
import dev.claimledger.v1.*;
import io.grpc.BindableService;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.protobuf.StatusProto;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real SQLite file in a temp folder behind an in-process gRPC server, with a blocking stub for
 * every service. Close it after each test.
 */
public final class LedgerFixture implements AutoCloseable {
  public final Path dbFile;
  public final SqliteLedger ledger;
  public final LedgerApi api;
  private final Server server;
  public final ManagedChannel channel;
  public final ActorServiceGrpc.ActorServiceBlockingStub actors;
  public final SourceServiceGrpc.SourceServiceBlockingStub sources;
  public final ClaimServiceGrpc.ClaimServiceBlockingStub claims;
  public final StanceServiceGrpc.StanceServiceBlockingStub stances;
  public final AttributionServiceGrpc.AttributionServiceBlockingStub attribution;
  public final ContradictionServiceGrpc.ContradictionServiceBlockingStub contradictions;
  public final ProvenanceServiceGrpc.ProvenanceServiceBlockingStub provenance;
  public final VerificationServiceGrpc.VerificationServiceBlockingStub verification;
  public final AuditServiceGrpc.AuditServiceBlockingStub audit;
  public final RelationServiceGrpc.RelationServiceBlockingStub relations;

  public LedgerFixture(Path dir) throws IOException {
    dbFile = dir.resolve("ledger.db");
    ledger = SqliteLedger.open(dbFile, SqliteDatabase.Durability.NORMAL, 2);
    api = LedgerApi.over(ledger.actors(), ledger.sources(), ledger.claims(), ledger.stances(), ledger.queries(),
        ledger.ingest(), ledger.provenance(), ledger.events(),
        ledger.audit(), ledger.relations(), ledger.pageTokenKey());
    String name = InProcessServerBuilder.generateName();
    InProcessServerBuilder b = InProcessServerBuilder.forName(name).directExecutor();
    for (BindableService s : api.all()) {
      b.addService(ServerInterceptors.intercept(s, new PrincipalInterceptor(), new RequestLogInterceptor()));
    }
    server = b.build().start();
    channel = InProcessChannelBuilder.forName(name).directExecutor().build();
    actors = ActorServiceGrpc.newBlockingStub(channel);
    sources = SourceServiceGrpc.newBlockingStub(channel);
    claims = ClaimServiceGrpc.newBlockingStub(channel);
    stances = StanceServiceGrpc.newBlockingStub(channel);
    attribution = AttributionServiceGrpc.newBlockingStub(channel);
    contradictions = ContradictionServiceGrpc.newBlockingStub(channel);
    provenance = ProvenanceServiceGrpc.newBlockingStub(channel);
    verification = VerificationServiceGrpc.newBlockingStub(channel);
    audit = AuditServiceGrpc.newBlockingStub(channel);
    relations = RelationServiceGrpc.newBlockingStub(channel);
  }

  @Override
  public void close() throws InterruptedException {
    api.close();
    channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    ledger.close();
  }

  // ---- builders for common test data ----

  public Actor actor(String id, String displayName, ActorKind kind, String... aliases) {
    return actors.createActor(CreateActorRequest.newBuilder().setActorId(id)
        .setActor(Actor.newBuilder().setDisplayName(displayName).setKind(kind).addAllAliases(List.of(aliases)))
        .build()).getActor();
  }

  public Source source(String id, String title, String text) {
    return sources.createSource(CreateSourceRequest.newBuilder().setSourceId(id)
        .setSource(Source.newBuilder().setTitle(title).setText(text)).build()).getSource();
  }

  public Claim claim(String id, String text) {
    return claims.createClaim(CreateClaimRequest.newBuilder().setClaimId(id)
        .setClaim(Claim.newBuilder().setText(text)).build()).getClaim();
  }

  public Stance stance(String claimId, String actorId, StanceKind kind, String sourceId, String excerpt) {
    return stances.createStance(CreateStanceRequest.newBuilder().setParent("claims/" + claimId)
        .setStance(Stance.newBuilder().setActor("actors/" + actorId).setKind(kind).setSource("sources/" + sourceId)
            .setExcerpt(Excerpt.newBuilder().setText(excerpt)))
        .build()).getStance();
  }

  public void affiliate(String member, String organization, AffiliationRole role) {
    actors.createAffiliation(CreateAffiliationRequest.newBuilder().setParent("actors/" + member)
        .setAffiliation(Affiliation.newBuilder().setOrganization("actors/" + organization).setRole(role)).build());
  }

  // ---- error assertions ----

  /** The failure of {@code call}, asserting its code and ErrorInfo reason. */
  public static StatusRuntimeException assertError(Status.Code code, String reason, Executable call) {
    StatusRuntimeException e = assertThrows(StatusRuntimeException.class, call);
    assertEquals(code, e.getStatus().getCode(), () -> "status of " + e.getStatus());
    assertEquals(reason, errorInfo(e).getReason(), () -> "reason of " + e.getStatus());
    return e;
  }

  /** Asserts INVALID_ARGUMENT with a field violation for each of {@code fields}. */
  public static StatusRuntimeException assertInvalid(String reason, Executable call, String... fields) {
    StatusRuntimeException e = assertError(Status.Code.INVALID_ARGUMENT, reason, call);
    List<String> violated = badRequest(e).getFieldViolationsList().stream().map(v -> v.getField()).toList();
    for (String f : fields) assertTrue(violated.contains(f), () -> f + " not in violations " + violated);
    return e;
  }

  public static ErrorInfo errorInfo(StatusRuntimeException e) {
    com.google.rpc.Status s = StatusProto.fromThrowable(e);
    assertTrue(s != null, "no google.rpc.Status in trailers");
    try {
      for (var any : s.getDetailsList()) if (any.is(ErrorInfo.class)) return any.unpack(ErrorInfo.class);
    } catch (InvalidProtocolBufferException ex) {
      throw new AssertionError(ex);
    }
    throw new AssertionError("no ErrorInfo in " + s);
  }

  public static BadRequest badRequest(StatusRuntimeException e) {
    com.google.rpc.Status s = StatusProto.fromThrowable(e);
    try {
      for (var any : s.getDetailsList()) if (any.is(BadRequest.class)) return any.unpack(BadRequest.class);
    } catch (InvalidProtocolBufferException ex) {
      throw new AssertionError(ex);
    }
    throw new AssertionError("no BadRequest in " + s);
  }
}
