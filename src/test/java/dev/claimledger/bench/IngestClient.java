package dev.claimledger.bench;

import dev.claimledger.v1.IngestArticleRequest;
import dev.claimledger.v1.IngestArticleResponse;
import dev.claimledger.v1.IngestArticlesRequest;
import dev.claimledger.v1.IngestArticlesResponse;
import dev.claimledger.v1.IngestServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** One benchmark client: ingests its articles over one channel and counts what the server recorded. */
final class IngestClient {
  private IngestClient() {}

  /**
   * What a client got back: articles sent, those rejected or never answered, the stances the
   * server says it recorded, and the first error, for the report.
   */
  record Tally(int articles, int errors, long stances, String firstError) {
    static final Tally NONE = new Tally(0, 0, 0, null);

    static Tally of(IngestArticleResponse r) {
      return new Tally(1, 0, r.getStancesList().stream().filter(s -> s.getRecorded()).count(), null);
    }

    static Tally failed(int articles, Status s) {
      return new Tally(articles, articles, 0, s.getCode() + ": " + s.getDescription());
    }

    Tally plus(Tally o) {
      return new Tally(articles + o.articles, errors + o.errors, stances + o.stances,
          firstError != null ? firstError : o.firstError);
    }
  }

  /**
   * Sends every request on one IngestArticles stream, keeping at most {@code window} unanswered so
   * the server is always busy but never buried; a failed stream counts the unanswered as errors.
   */
  static Tally stream(ManagedChannel channel, List<IngestArticleRequest> requests, int window)
      throws InterruptedException {
    Semaphore inFlight = new Semaphore(window);
    CountDownLatch done = new CountDownLatch(1);
    AtomicReference<Tally> tally = new AtomicReference<>(Tally.NONE);
    AtomicReference<Status> failure = new AtomicReference<>();
    StreamObserver<IngestArticlesRequest> out = IngestServiceGrpc.newStub(channel).withDeadlineAfter(30, TimeUnit.MINUTES)
        .ingestArticles(new StreamObserver<>() {
          @Override
          public void onNext(IngestArticlesResponse r) {
            Tally t = r.hasResult() ? Tally.of(r.getResult())
                : Tally.failed(1, Status.fromCodeValue(r.getError().getCode()).withDescription(r.getError().getMessage()));
            tally.accumulateAndGet(t, Tally::plus);
            inFlight.release();
          }

          @Override
          public void onError(Throwable t) {
            failure.set(Status.fromThrowable(t));
            inFlight.release(requests.size());
            done.countDown();
          }

          @Override
          public void onCompleted() {
            done.countDown();
          }
        });
    for (IngestArticleRequest r : requests) {
      inFlight.acquire();
      if (failure.get() != null) break;
      out.onNext(IngestArticlesRequest.newBuilder().setRequest(r).build());
    }
    if (failure.get() == null) out.onCompleted();
    done.await();
    Tally answered = tally.get();
    int unanswered = requests.size() - answered.articles();
    return unanswered == 0 ? answered : answered.plus(Tally.failed(unanswered, failure.get() != null ? failure.get()
        : Status.INTERNAL.withDescription(unanswered + " requests got no response")));
  }

  /** Sends the requests one IngestArticle call at a time, as a simple client without streams would. */
  static Tally unary(ManagedChannel channel, List<IngestArticleRequest> requests) {
    var stub = IngestServiceGrpc.newBlockingStub(channel);
    Tally tally = Tally.NONE;
    for (IngestArticleRequest r : requests) {
      try {
        tally = tally.plus(Tally.of(stub.withDeadlineAfter(30, TimeUnit.SECONDS).ingestArticle(r)));
      } catch (StatusRuntimeException e) {
        tally = tally.plus(Tally.failed(1, e.getStatus()));
      }
    }
    return tally;
  }
}
