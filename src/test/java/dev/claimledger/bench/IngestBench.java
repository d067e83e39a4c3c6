package dev.claimledger.bench;

import dev.claimledger.bench.IngestClient.Tally;
import dev.claimledger.v1.Article;
import dev.claimledger.v1.IngestArticleRequest;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Ingests generated seed-sized articles through a real server in its own JVM, over real sockets,
 * and prints articles/s and stances/s for one client and for four concurrent clients, with the
 * server's peak heap: the target is 300 articles/s end to end. Run with `make bench-ingest`
 * (ARTICLES=n, or an argument or -Darticles=n; default 3000: half for one client, half shared by
 * four). A 200-article warm-up comes first, and N/10 more articles go one unary IngestArticle call
 * at a time; neither is part of the N. The server's classpath comes from
 * {@code -Dbench.server.classpath}, else this JVM's; {@code -Dbench.server.flags} adds JVM flags.
 */
public final class IngestBench {
  private static final int WARM_UP = 200;
  private static final int WINDOW = 16;
  private static final int CLIENTS = 4;
  private static final int TARGET = 300;
  private static final String XMX = "-Xmx512m";

  /**
   * One timed run: its label, how many clients shared it, whether the throughput target applies
   * (to streaming; one unary call at a time is bound by latency instead), what the clients got
   * back, how long it took and the server's peak heap meanwhile.
   */
  private record Phase(String label, int clients, boolean targeted, Tally tally, double seconds, long peakHeap) {
    double perSecond(long n) {
      return n / seconds;
    }

    long ingested() {
      return tally.articles() - tally.errors();
    }
  }

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : Integer.getInteger("articles", 3_000);
    String classpath = System.getProperty("bench.server.classpath", System.getProperty("java.class.path"));
    ArticleGenerator generator = new ArticleGenerator(2024);
    int half = n / 2;
    List<IngestArticleRequest> warmUp = requests(generator, 0, WARM_UP);
    List<IngestArticleRequest> single = requests(generator, WARM_UP, half);
    List<IngestArticleRequest> unary = requests(generator, WARM_UP + half, Math.max(1, n / 10));
    List<IngestArticleRequest> shared = requests(generator, WARM_UP + half + unary.size(), n - half);

    Path dir = Files.createTempDirectory("claimledger-ingest-bench");
    boolean failed;
    try {
      List<Phase> phases = new ArrayList<>();
      String logTail = null;
      long maxHeap;
      try (BenchServer server = BenchServer.start(dir, classpath, serverFlags())) {
        maxHeap = server.maxHeapBytes();
        ManagedChannel channel = channel(server.port());
        try {
          IngestClient.stream(channel, warmUp, WINDOW);
          phases.add(timed(server, "1 client, stream", 1, true, () -> IngestClient.stream(channel, single, WINDOW)));
          phases.add(timed(server, "1 client, unary", 1, false, () -> IngestClient.unary(channel, unary)));
          phases.add(timed(server, CLIENTS + " clients, stream", CLIENTS, true,
              () -> concurrently(server.port(), shared)));
        } finally {
          channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
        if (phases.stream().anyMatch(p -> p.tally.errors() > 0)) logTail = server.logTail();
      }
      failed = report(n, unary.size(), maxHeap, phases, Files.size(dir.resolve("bench.db")), logTail);
    } finally {
      deleteRecursively(dir);
    }
    if (failed) System.exit(1);
  }

  /** The heap limit, plus any {@code -Dbench.server.flags} (space-separated), e.g. to profile with JFR. */
  private static List<String> serverFlags() {
    List<String> flags = new ArrayList<>(List.of(XMX));
    String extra = System.getProperty("bench.server.flags", "").strip();
    if (!extra.isEmpty()) flags.addAll(List.of(extra.split("\\s+")));
    return flags;
  }

  private interface Work {
    Tally run() throws Exception;
  }

  /** Runs {@code work} between a reset of the server's heap peaks and a reading of them. */
  private static Phase timed(BenchServer server, String label, int clients, boolean targeted, Work work)
      throws Exception {
    server.resetPeakHeap();
    long start = System.nanoTime();
    Tally tally = work.run();
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Phase(label, clients, targeted, tally, seconds, server.peakHeapBytes());
  }

  /** Splits the requests between {@link #CLIENTS} clients, each with its own channel (its own connection). */
  private static Tally concurrently(int port, List<IngestArticleRequest> requests) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    List<ManagedChannel> channels = new ArrayList<>();
    try {
      List<Future<Tally>> results = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        ManagedChannel ch = channel(port);
        channels.add(ch);
        List<IngestArticleRequest> share = requests.subList(requests.size() * c / CLIENTS,
            requests.size() * (c + 1) / CLIENTS);
        results.add(pool.submit(() -> IngestClient.stream(ch, share, WINDOW)));
      }
      Tally sum = Tally.NONE;
      for (Future<Tally> f : results) sum = sum.plus(f.get());
      return sum;
    } finally {
      pool.shutdownNow();
      for (ManagedChannel ch : channels) ch.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
  }

  /** Prints the table; returns whether any article failed. */
  private static boolean report(int n, int unary, long maxHeap, List<Phase> phases, long dbBytes,
      String serverLogTail) {
    System.out.printf(Locale.ROOT, "ingest bench: %d articles (+%d warm-up, +%d unary), %d cores, Java %s, "
            + "server %s (heap max %.0f MiB), stream window %d%n", n, WARM_UP, unary,
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), XMX, mib(maxHeap), WINDOW);
    System.out.printf(Locale.ROOT, "%-18s %7s %8s %8s %10s %10s %6s %14s%n", "phase", "clients", "articles",
        "seconds", "articles/s", "stances/s", "errors", "peak heap MiB");
    for (Phase p : phases) {
      System.out.printf(Locale.ROOT, "%-18s %7d %8d %8.2f %10.1f %10.1f %6d %14.1f%n", p.label, p.clients,
          p.tally.articles(), p.seconds, p.perSecond(p.ingested()), p.perSecond(p.tally.stances()), p.tally.errors(),
          mib(p.peakHeap));
    }
    System.out.printf(Locale.ROOT, "database after shutdown: %.1f MiB%n", mib(dbBytes));
    boolean met = phases.stream().filter(Phase::targeted).allMatch(p -> p.perSecond(p.ingested()) >= TARGET);
    System.out.printf(Locale.ROOT, "target %d articles/s end to end (streaming phases): %s%n", TARGET,
        met ? "met" : "NOT met");
    List<Phase> failed = phases.stream().filter(p -> p.tally.errors() > 0).toList();
    for (Phase p : failed) System.out.println("first error, " + p.label + ": " + p.tally.firstError());
    if (serverLogTail != null) System.out.println("server log, last lines:\n" + serverLogTail);
    return !failed.isEmpty();
  }

  /** Articles {@code from} to {@code from + count} of the generator, as ingest requests. */
  private static List<IngestArticleRequest> requests(ArticleGenerator generator, int from, int count) {
    return IntStream.range(from, from + count).mapToObj(generator::article)
        .map(a -> IngestArticleRequest.newBuilder()
            .setArticle(Article.newBuilder().setText(a.text()).setPublisher(a.outlet())).build())
        .toList();
  }

  private static ManagedChannel channel(int port) {
    return NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
  }

  private static double mib(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }

  private static void deleteRecursively(Path dir) throws java.io.IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
