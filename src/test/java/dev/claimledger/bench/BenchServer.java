package dev.claimledger.bench;

import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The claimledger server in its own JVM, started as `make run` starts it, so the benchmark's
 * clients and the server do not share a heap or a JIT and the server's memory can be read on its
 * own, over a JMX connection limited to this machine.
 */
final class BenchServer implements AutoCloseable {
  private final Process process;
  private final Path log;
  private final int port;
  private final JMXConnector jmx;
  private final List<MemoryPoolMXBean> heapPools = new ArrayList<>();
  private final MemoryMXBean memory;

  private BenchServer(Process process, Path log, int port, JMXConnector jmx) throws IOException {
    this.process = process;
    this.log = log;
    this.port = port;
    this.jmx = jmx;
    MBeanServerConnection c = jmx.getMBeanServerConnection();
    for (MemoryPoolMXBean p : ManagementFactory.getPlatformMXBeans(c, MemoryPoolMXBean.class)) {
      if (p.getType() == MemoryType.HEAP) heapPools.add(p);
    }
    this.memory = ManagementFactory.getPlatformMXBean(c, MemoryMXBean.class);
  }

  /**
   * Starts the server on a free port with its database in {@code dir} and no seed, and returns
   * once its health check answers SERVING. The command line is the same java, the server's
   * runtime classpath and {@code jvmFlags}; its output goes to {@code dir/server.log}.
   */
  static BenchServer start(Path dir, String classpath, List<String> jvmFlags) throws Exception {
    int port = freePort();
    int jmxPort = freePort();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmFlags);
    command.addAll(List.of("-Dcom.sun.management.jmxremote.port=" + jmxPort,
        "-Dcom.sun.management.jmxremote.rmi.port=" + jmxPort,
        "-Dcom.sun.management.jmxremote.authenticate=false", "-Dcom.sun.management.jmxremote.ssl=false",
        "-Dcom.sun.management.jmxremote.local.only=true", "-Djava.rmi.server.hostname=127.0.0.1",
        "-cp", classpath, "dev.claimledger.server.ClaimLedgerServer",
        "--port", Integer.toString(port), "--db", dir.resolve("bench.db").toString(), "--seed", "never"));
    Path log = dir.resolve("server.log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      awaitServing(process, port, log);
      JMXConnector jmx = JMXConnectorFactory.connect(
          new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + jmxPort + "/jmxrmi"));
      return new BenchServer(process, log, port, jmx);
    } catch (Exception e) {
      stop(process);
      throw e;
    }
  }

  /** Polls the standard gRPC health check, failing fast when the server process has exited. */
  private static void awaitServing(Process process, int port, Path log) throws Exception {
    ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) throw new IllegalStateException("server exited with " + process.exitValue() + ":\n" + tail(log));
        try {
          var status = HealthGrpc.newBlockingStub(channel).withDeadlineAfter(1, TimeUnit.SECONDS)
              .check(HealthCheckRequest.getDefaultInstance()).getStatus();
          if (status == ServingStatus.SERVING) return;
        } catch (StatusRuntimeException notYet) {
          // Still starting: the port is not open yet.
        }
        Thread.sleep(100);
      }
      throw new IllegalStateException("server not SERVING after 60 s:\n" + tail(log));
    } finally {
      channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
  }

  int port() {
    return port;
  }

  /** Starts a new peak for every heap pool, so the next reading covers only what runs after. */
  void resetPeakHeap() {
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /**
   * The sum of each heap pool's peak since the last reset. The pools peak at different moments, so
   * this is an upper bound of the heap in use at any one time, garbage not yet collected included.
   */
  long peakHeapBytes() {
    return heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  long maxHeapBytes() {
    return memory.getHeapMemoryUsage().getMax();
  }

  /** The last lines the server wrote, for a failure message. */
  String logTail() {
    return tail(log);
  }

  /** Asks the server to shut down as Ctrl-C would (it folds its write-ahead log), then waits for it. */
  @Override
  public void close() throws IOException {
    try {
      jmx.close();
    } finally {
      stop(process);
    }
  }

  private static void stop(Process process) {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "(no server log: " + e.getMessage() + ")";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
