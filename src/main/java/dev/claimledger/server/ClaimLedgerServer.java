package dev.claimledger.server;

import dev.claimledger.api.LedgerApi;
import dev.claimledger.domain.Principal;
import dev.claimledger.seed.SeedLoader;
import dev.claimledger.store.sqlite.SqliteLedger;
import io.grpc.BindableService;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import io.grpc.protobuf.services.ProtoReflectionService;
import io.grpc.protobuf.services.ProtoReflectionServiceV1;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * The claimledger server: wires the SQLite ledger to the gRPC API, with health, reflection (v1
 * and v1alpha), a bounded handler pool, a request log and graceful shutdown.
 */
public final class ClaimLedgerServer implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(ClaimLedgerServer.class.getName());

  private final SqliteLedger ledger;
  private final LedgerApi api;
  private final Server server;
  private final ExecutorService executor;
  private final HealthStatusManager health = new HealthStatusManager();

  private ClaimLedgerServer(ServerConfig config, SqliteLedger ledger, LedgerApi api) {
    this.ledger = ledger;
    this.api = api;
    AtomicInteger n = new AtomicInteger();
    this.executor = new ThreadPoolExecutor(config.threads(), config.threads(), 0, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(config.queueSize()), r -> {
          Thread t = new Thread(r, "claimledger-rpc-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    NettyServerBuilder b = NettyServerBuilder.forAddress(new InetSocketAddress(config.host(), config.port()))
        .executor(executor)
        .maxInboundMessageSize(config.maxMessageBytes())
        .maxConcurrentCallsPerConnection(256)
        .addService(health.getHealthService())
        .addService(ProtoReflectionServiceV1.newInstance())
        .addService(ProtoReflectionService.newInstance());
    RequestLogInterceptor log = new RequestLogInterceptor();
    PrincipalInterceptor principal = new PrincipalInterceptor();
    for (BindableService s : api.all()) b.addService(ServerInterceptors.intercept(s, principal, log));
    this.server = b.build();
  }

  /** Opens (and on first start seeds) the ledger and starts serving. */
  public static ClaimLedgerServer start(ServerConfig config) throws IOException {
    SqliteLedger ledger = openSeeded(config);
    ClaimLedgerServer s = new ClaimLedgerServer(config, ledger, api(ledger));
    s.server.start();
    s.health.setStatus("", ServingStatus.SERVING);
    LOG.info("claimledger listening on " + config.host() + ":" + s.port() + ", database " + config.database());
    return s;
  }

  private static LedgerApi api(SqliteLedger ledger) {
    return LedgerApi.over(ledger.actors(), ledger.sources(), ledger.claims(), ledger.stances(), ledger.queries(),
        ledger.ingest(), ledger.provenance(), ledger.events(),
        ledger.audit(), ledger.relations(), ledger.pageTokenKey());
  }

  /**
   * Opens the database; a new one is seeded first in a temporary file that replaces it only once
   * every seed entry is in, so a failed seed never leaves a half-seeded ledger behind.
   */
  private static SqliteLedger openSeeded(ServerConfig config) throws IOException {
    Path db = config.database();
    boolean fresh = !Files.exists(db);
    if (config.seed() == ServerConfig.SeedMode.AUTO && fresh) {
      Files.createDirectories(db.toAbsolutePath().getParent());
      Path tmp = db.resolveSibling(db.getFileName() + ".seeding");
      for (String suffix : new String[] {"", "-wal", "-shm"}) Files.deleteIfExists(Path.of(tmp + suffix));
      try (SqliteLedger seeding = SqliteLedger.open(tmp, config.durability(), 1)) {
        int n;
        try {
          // The audit log records the seed's changes as the seed's, not as some caller's.
          n = Principal.as(Principal.SEED, () -> {
            try {
              return new SeedLoader(api(seeding)).load(config.seedFile());
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
        } catch (java.io.UncheckedIOException e) {
          throw e.getCause();
        }
        LOG.info("seeded " + n + " entries from " + config.seedFile());
      }
      // Closing folded the WAL into the file; a WAL left behind would hold data the move would lose.
      Path wal = Path.of(tmp + "-wal");
      if (Files.exists(wal) && Files.size(wal) > 0) throw new IOException("seeding left a write-ahead log behind: " + wal);
      Files.deleteIfExists(wal);
      Files.deleteIfExists(Path.of(tmp + "-shm"));
      Files.move(tmp, db, StandardCopyOption.ATOMIC_MOVE);
    }
    return SqliteLedger.open(db, config.durability(), config.readers());
  }

  public int port() {
    return server.getPort();
  }

  public void awaitTermination() throws InterruptedException {
    server.awaitTermination();
  }

  /**
   * Stops taking calls, ends open watches (their clients reconnect elsewhere), lets running calls
   * finish (up to 10 s), then closes the database.
   */
  @Override
  public void close() {
    health.enterTerminalState();
    server.shutdown();
    api.close();
    try {
      if (!server.awaitTermination(10, TimeUnit.SECONDS)) server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      server.shutdownNow();
      Thread.currentThread().interrupt();
    }
    executor.shutdownNow();
    ledger.close();
  }

  public static void main(String[] args) throws Exception {
    System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tFT%1$tT.%1$tLZ %4$s %5$s%6$s%n");
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      System.out.print(ServerConfig.usage());
      return;
    }
    ServerConfig config;
    try {
      config = ServerConfig.parse(args, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    ClaimLedgerServer s = start(config);
    Runtime.getRuntime().addShutdownHook(new Thread(s::close, "claimledger-shutdown"));
    s.awaitTermination();
  }
}
