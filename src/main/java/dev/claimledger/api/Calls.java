package dev.claimledger.api;

import io.grpc.stub.StreamObserver;
import java.util.function.Supplier;

/** Runs a unary handler: one response on success, a mapped error otherwise, never a bare UNKNOWN. */
final class Calls {
  private Calls() {}

  static <T> void unary(StreamObserver<T> observer, Supplier<T> handler) {
    T response;
    try {
      response = handler.get();
    } catch (RuntimeException | Error e) {
      observer.onError(ApiErrors.toStatus(e));
      return;
    }
    observer.onNext(response);
    observer.onCompleted();
  }
}
