package dev.claimledger.api;

import dev.claimledger.domain.LedgerError;
import dev.claimledger.ingest.Ingestor;
import dev.claimledger.v1.*;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** IngestService: validate, ingest, map. */
public final class IngestGrpcService extends IngestServiceGrpc.IngestServiceImplBase {

  private static final int TITLE_MAX = 1000;
  private static final int NAME_MAX = 200;
  private static final int RELAYS_MAX = 10;

  private final Ingestor ingestor;
  /**
   * Reads (extraction, CPU-bound) run on all cores but one, so that the writer, which every
   * stream waits for in turn, always has a core: with as many extractions as streams running,
   * the thread holding the write lock got a fraction of one and every write took twice as long.
   */
  private final ThreadPoolExecutor reads;
  /** Writes and answers: mostly waiting (for the write lock, or their turn), so a few more threads. */
  private final ThreadPoolExecutor writes;

  public IngestGrpcService(Ingestor ingestor) {
    this.ingestor = ingestor;
    int cores = Runtime.getRuntime().availableProcessors();
    this.reads = pool("claimledger-ingest-read-", Math.max(1, cores - 1));
    this.writes = pool("claimledger-ingest-write-", 2 * cores + 2);
  }

  private static ThreadPoolExecutor pool(String name, int threads) {
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
        r -> {
          Thread t = new Thread(r, name + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  @Override
  public void ingestArticle(IngestArticleRequest req, StreamObserver<IngestArticleResponse> out) {
    Calls.unary(out, () -> ingest(req));
  }

  /** Each request in its own transaction; a failure answers that request only. */
  @Override
  public StreamObserver<IngestArticlesRequest> ingestArticles(StreamObserver<IngestArticlesResponse> out) {
    return new ArticleStream(out, this::read, ingestor::write, IngestResponses::of, reads, writes);
  }

  private IngestArticleResponse ingest(IngestArticleRequest req) {
    return IngestResponses.of(ingestor.write(read(req)));
  }

  /** Checks the request and reads the article: everything before the write lock. */
  private Ingestor.Pending read(IngestArticleRequest req) {
    var v = new LedgerError.Violations();
    Article a = req.getArticle();
    if (!req.hasArticle()) v.add("article", "is required");
    Texts.optional(a.getTitle(), TITLE_MAX, "article.title", v);
    if (!a.getUri().isEmpty()) SourceGrpcService.checkUri(a.getUri(), "article.uri", v);
    if (a.hasPublishTime()) Times.check(a.getPublishTime(), "article.publish_time", v);
    String publisherId = actorId(a.getPublisher(), "article.publisher", v);
    Texts.optional(a.getPublisher(), NAME_MAX, "article.publisher", v);
    if (a.getRelaysCount() > RELAYS_MAX) v.add("article.relays", "must have at most " + RELAYS_MAX + " entries");
    List<String> relayIds = new ArrayList<>();
    List<String> relayNames = new ArrayList<>();
    for (int i = 0; i < a.getRelaysCount(); i++) {
      String field = "article.relays[" + i + "]";
      String r = a.getRelays(i);
      if (r.isBlank()) v.add(field, "must not be empty");
      String id = actorId(r, field, v);
      if (id != null) relayIds.add(id);
      else relayNames.add(r.strip());
    }
    String sourceId = ResourceNames.requestedId(a.getSourceId(), "article.source_id", v);
    if (a.getText().isBlank()) v.add("article.text", "is required");
    v.throwIfAny("INVALID_ARGUMENT");
    return ingestor.read(new Ingestor.Article(a.getText(), a.getTitle(), a.getUri().isEmpty() ? null : a.getUri(),
        publisherId, publisherId == null ? a.getPublisher() : null,
        ProtoMapper.instant(a.hasPublishTime(), a.getPublishTime()), relayIds, relayNames, sourceId,
        req.getValidateOnly()));
  }

  /** The actor ID of an {@code actors/...} name, or null for a plain name (looked up by alias). */
  private static String actorId(String value, String field, LedgerError.Violations v) {
    if (!value.startsWith(ResourceNames.ACTORS + "/")) return null;
    return ResourceNames.id(value, ResourceNames.ACTORS, field, v);
  }
}
