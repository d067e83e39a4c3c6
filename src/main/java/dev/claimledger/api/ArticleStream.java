package dev.claimledger.api;

import dev.claimledger.domain.Principal;
import dev.claimledger.ingest.Ingestor;
import dev.claimledger.v1.IngestArticleRequest;
import dev.claimledger.v1.IngestArticleResponse;
import dev.claimledger.v1.IngestArticlesRequest;
import dev.claimledger.v1.IngestArticlesResponse;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * One IngestArticles stream, as a pipeline on the ingest pools: each article is read and
 * extracted as soon as it arrives, written once the one before it is written, and answered once
 * the one before it is answered. So extraction, the writer and the answers of one stream run at
 * once, while writes and answers keep request order and each article has its own transaction.
 * At most {@link #AHEAD} articles wait beyond the one being written: the stream asks the client
 * for more only as it answers.
 */
final class ArticleStream implements StreamObserver<IngestArticlesRequest> {
  static final int AHEAD = 8;

  private final ServerCallStreamObserver<IngestArticlesResponse> out;
  private final Function<IngestArticleRequest, Ingestor.Pending> read;
  private final Function<Ingestor.Pending, Ingestor.Result> write;
  private final Function<Ingestor.Result, IngestArticleResponse> answer;
  private final Executor reads;
  private final Executor writes;
  private CompletableFuture<?> written = CompletableFuture.completedFuture(null);
  private CompletableFuture<?> answered = CompletableFuture.completedFuture(null);
  private int index;
  private volatile boolean cancelled;
  /** The caller, for the audit records of writes that run on other threads. */
  private final String principal = Principal.current();

  ArticleStream(StreamObserver<IngestArticlesResponse> out, Function<IngestArticleRequest, Ingestor.Pending> read,
      Function<Ingestor.Pending, Ingestor.Result> write, Function<Ingestor.Result, IngestArticleResponse> answer,
      Executor reads, Executor writes) {
    this.out = (ServerCallStreamObserver<IngestArticlesResponse>) out;
    this.read = read;
    this.write = write;
    this.answer = answer;
    this.reads = reads;
    this.writes = writes;
    this.out.setOnCancelHandler(() -> cancelled = true);
    this.out.disableAutoRequest();
    this.out.request(AHEAD + 1);
  }

  @Override
  public void onNext(IngestArticlesRequest req) {
    int i = index++;
    CompletableFuture<Ingestor.Pending> pending = CompletableFuture.supplyAsync(() -> read.apply(req.getRequest()),
        reads);
    // A Result, or the Throwable that answers the article instead. Written by the thread that wrote
    // the one before when it is read by then (no hand-off between writes), else on the write
    // pool, never on a read thread.
    CompletableFuture<Object> outcome = written.thenCompose(done -> pending.isDone() ? pending.handle(this::write)
        : pending.handleAsync(this::write, writes));
    written = outcome;
    answered = answered.thenCombineAsync(outcome, (done, o) -> {
      send(i, o);
      return null;
    }, writes);
  }

  /** Writes a read article; returns its Result or why it failed. Never throws. */
  private Object write(Ingestor.Pending p, Throwable failure) {
    // The client went away: what was answered is committed, nothing after it is started.
    if (cancelled) return failure;
    if (failure != null) return failure instanceof CompletionException c ? c.getCause() : failure;
    try {
      return Principal.as(principal, () -> write.apply(p));
    } catch (RuntimeException | Error e) {
      return e;
    }
  }

  private void send(int i, Object outcome) {
    if (cancelled) return;
    IngestArticlesResponse.Builder r = IngestArticlesResponse.newBuilder().setIndex(i);
    try {
      if (outcome instanceof Throwable t) r.setError(StatusProto.fromThrowable(ApiErrors.toStatus(t)));
      else r.setResult(answer.apply((Ingestor.Result) outcome));
    } catch (RuntimeException | Error e) {
      r.setError(StatusProto.fromThrowable(ApiErrors.toStatus(e)));
    }
    try {
      out.onNext(r.build());
      out.request(1);
    } catch (RuntimeException e) {
      cancelled = true;  // the call is gone; stop writing
    }
  }

  @Override
  public void onError(Throwable t) {
    cancelled = true;
  }

  @Override
  public void onCompleted() {
    answered.whenComplete((done, e) -> {
      if (!cancelled) out.onCompleted();
    });
  }
}
