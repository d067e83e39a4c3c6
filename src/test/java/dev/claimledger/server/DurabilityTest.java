package dev.claimledger.server;

import static org.junit.jupiter.api.Assertions.*;

import dev.claimledger.v1.*;
import io.grpc.ManagedChannel;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write acknowledged to a client survives kill -9 of the server process. */
class DurabilityTest {
  @TempDir Path dir;

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** Starts the server in its own JVM and waits until it answers health checks. */
  private Process startServer(Path db, int port) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        "dev.claimledger.server.ClaimLedgerServer", "--port", String.valueOf(port), "--db", db.toString(),
        "--seed", "never")
        .redirectErrorStream(true).redirectOutput(dir.resolve("server-" + port + ".log").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      ManagedChannel ch = NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
      try {
        HealthGrpc.newBlockingStub(ch).withDeadlineAfter(1, TimeUnit.SECONDS).check(HealthCheckRequest.getDefaultInstance());
        return p;
      } catch (RuntimeException e) {
        if (System.nanoTime() > deadline || !p.isAlive()) throw new AssertionError("server did not start", e);
        Thread.sleep(100);
      } finally {
        ch.shutdownNow();
      }
    }
  }

  @Test
  void acknowledgedWrites_surviveKillDashNine() throws Exception {
    Path db = dir.resolve("durable.db");
    int port = freePort();
    Process server = startServer(db, port);
    List<String> acknowledged = new ArrayList<>();
    ManagedChannel ch = NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
    try {
      var claims = ClaimServiceGrpc.newBlockingStub(ch);
      for (int i = 0; i < 25; i++) {
        acknowledged.add(claims.createClaim(CreateClaimRequest.newBuilder()
            .setClaim(Claim.newBuilder().setText("Durable claim number " + i + ".")).build()).getClaim().getName());
      }
    } finally {
      ch.shutdownNow();
      server.destroyForcibly(); // SIGKILL: no shutdown hook runs, nothing is flushed by the server
      server.waitFor(10, TimeUnit.SECONDS);
    }
    int port2 = freePort();
    Process again = startServer(db, port2);
    ManagedChannel ch2 = NettyChannelBuilder.forAddress("127.0.0.1", port2).usePlaintext().build();
    try {
      var claims = ClaimServiceGrpc.newBlockingStub(ch2);
      for (String name : acknowledged) {
        assertEquals(name, claims.getClaim(GetClaimRequest.newBuilder().setName(name).build()).getClaim().getName());
      }
    } finally {
      ch2.shutdownNow();
      again.destroy();
      again.waitFor(15, TimeUnit.SECONDS);
    }
  }
}
