package dev.claimledger.api;

import dev.claimledger.ingest.Ingestor;
import dev.claimledger.v1.IngestArticleRequest;
import dev.claimledger.v1.IngestArticleResponse;
import dev.claimledger.v1.IngestArticlesRequest;
import dev.claimledger.v1.IngestArticlesResponse;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * One IngestArticles stream. Each article is read and extracted as soon as it arrives, on the
 * ingest pool, while the one before it is written; articles are written and answered in request
 * order, each in its own transaction. So one stream keeps the extraction and the writer busy at
 * once. At most {@link #AHEAD} articles wait beyond the one being written: the stream asks the
 * client for more only as it answers.
 */
final class ArticleStream implements StreamObserver<IngestArticlesRequest> {
  static final int AHEAD = 2;

  private final ServerCallStreamObserver<IngestArticlesResponse> out;
  private final Function<IngestArticleRequest, Ingestor.Pending> read;
  private final Function<Ingestor.Pending, IngestArticleResponse> write;
  private final Executor pool;
  private CompletableFuture<Void> last = CompletableFuture.completedFuture(null);
  private int index;
  private volatile boolean cancelled;

  ArticleStream(StreamObserver<IngestArticlesResponse> out, Function<IngestArticleRequest, Ingestor.Pending> read,
      Function<Ingestor.Pending, IngestArticleResponse> write, Executor pool) {
    this.out = (ServerCallStreamObserver<IngestArticlesResponse>) out;
    this.read = read;
    this.write = write;
    this.pool = pool;
    this.out.setOnCancelHandler(() -> cancelled = true);
    this.out.disableAutoRequest();
    this.out.request(AHEAD + 1);
  }

  @Override
  public void onNext(IngestArticlesRequest req) {
    int i = index++;
    CompletableFuture<Ingestor.Pending> pending = CompletableFuture.supplyAsync(() -> read.apply(req.getRequest()),
        pool);
    last = last.thenCompose(done -> pending.handle((p, failure) -> {
      answer(i, p, failure);
      return null;
    }));
  }

  /** Writes a read article (or reports why it could not be read) and answers it; never throws. */
  private void answer(int i, Ingestor.Pending p, Throwable failure) {
    // The client went away: what was answered is committed, nothing after it is started.
    if (cancelled) return;
    IngestArticlesResponse.Builder r = IngestArticlesResponse.newBuilder().setIndex(i);
    try {
      if (failure != null) throw failure instanceof java.util.concurrent.CompletionException c ? c.getCause() : failure;
      r.setResult(write.apply(p));
    } catch (Throwable e) {
      r.setError(StatusProto.fromThrowable(ApiErrors.toStatus(e)));
    }
    out.onNext(r.build());
    out.request(1);
  }

  @Override
  public void onError(Throwable t) {
    cancelled = true;
  }

  @Override
  public void onCompleted() {
    last.whenComplete((done, e) -> {
      if (!cancelled) out.onCompleted();
    });
  }
}
