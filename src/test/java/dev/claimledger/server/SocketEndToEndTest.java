package dev.claimledger.server;

import static org.junit.jupiter.api.Assertions.*;

import dev.claimledger.LedgerFixture;
import dev.claimledger.v1.*;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real server over a real TCP socket on an ephemeral port, started as `make run` starts it. */
class SocketEndToEndTest {
  @TempDir Path dir;
  ClaimLedgerServer server;
  ManagedChannel channel;

  @BeforeEach
  void start() throws Exception {
    Path seeds = Path.of(System.getProperty("claimledger.repo.dir", "."), "seeds/annotations.txtpb");
    server = ClaimLedgerServer.start(ServerConfig.parse(new String[] {"--port", "0", "--db",
        dir.resolve("e2e.db").toString(), "--seed-file", seeds.toString()}, Map.of()));
    channel = NettyChannelBuilder.forAddress("127.0.0.1", server.port()).usePlaintext().build();
  }

  @AfterEach
  void stop() throws Exception {
    channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    server.close();
  }

  @Test
  void health_servesAndReflection_v1alphaListsEveryService() throws Exception {
    var health = HealthGrpc.newBlockingStub(channel).check(HealthCheckRequest.getDefaultInstance());
    assertEquals(HealthCheckResponse.ServingStatus.SERVING, health.getStatus());

    List<String> names = ReflectionClient.listServices(channel);
    assertTrue(names.containsAll(List.of("claimledger.v1.ActorService", "claimledger.v1.ClaimService",
        "claimledger.v1.ContradictionService", "grpc.health.v1.Health", "grpc.reflection.v1.ServerReflection",
        "grpc.reflection.v1alpha.ServerReflection")), names.toString());
  }

  @Test
  void seededServer_holdsEverySeedStance_andLeavesNoSeedingFilesBehind() throws Exception {
    Path seeds = Path.of(System.getProperty("claimledger.repo.dir", "."), "seeds/annotations.txtpb");
    long expected = java.nio.file.Files.readAllLines(seeds).stream().filter(l -> l.contains("create_stance")).count();
    var stances = StanceServiceGrpc.newBlockingStub(channel).listStances(ListStancesRequest.newBuilder()
        .setParent("claims/-").setPageSize(1000).build());
    assertEquals(expected, stances.getStancesCount());
    try (var files = java.nio.file.Files.list(dir)) {
      assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.contains("seeding")).toList());
    }
  }

  @Test
  void seededServer_answersContestedClaimsOverTheWire() {
    var contested = ContradictionServiceGrpc.newBlockingStub(channel)
        .listContestedClaims(ListContestedClaimsRequest.getDefaultInstance());
    assertFalse(contested.getContestedClaimsList().isEmpty());
    for (ContestedClaim c : contested.getContestedClaimsList()) {
      assertFalse(c.getSupportingList().isEmpty());
      assertFalse(c.getDenyingList().isEmpty());
    }
  }

  @Test
  void badRequest_overTheWire_carriesErrorInfoAndFieldViolations() {
    var claims = ClaimServiceGrpc.newBlockingStub(channel);
    var e = LedgerFixture.assertInvalid("INVALID_ARGUMENT",
        () -> claims.createClaim(CreateClaimRequest.newBuilder().setClaim(Claim.newBuilder().setText(" ")).build()),
        "claim.text");
    assertEquals("claimledger.dev", LedgerFixture.errorInfo(e).getDomain());
    LedgerFixture.assertError(Status.Code.NOT_FOUND, "CLAIM_NOT_FOUND",
        () -> claims.getClaim(GetClaimRequest.newBuilder().setName("claims/no-such-claim").build()));
  }

  @Test
  void oversizedMessage_isRefusedWithResourceExhausted() {
    var sources = SourceServiceGrpc.newBlockingStub(channel);
    String huge = "x".repeat(9 * 1024 * 1024);
    var e = assertThrows(io.grpc.StatusRuntimeException.class, () -> sources.createSource(CreateSourceRequest
        .newBuilder().setSource(Source.newBuilder().setTitle("big").setText(huge)).build()));
    assertEquals(Status.Code.RESOURCE_EXHAUSTED, e.getStatus().getCode());
  }
}
