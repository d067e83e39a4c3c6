package dev.claimledger.server;

import dev.claimledger.domain.Principal;
import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import java.util.function.Supplier;

/**
 * Reads who is calling from the {@code x-claimledger-principal} header (a person, desk or
 * pipeline, as the caller names itself: 1 to 200 printable characters, else "anonymous") and makes
 * it the {@link Principal} of every callback of the call, so the audit log records who made each
 * change. The service has no authentication of its own; put it behind a proxy that sets the header
 * when callers must be trusted.
 */
public final class PrincipalInterceptor implements ServerInterceptor {
  public static final Metadata.Key<String> HEADER = Metadata.Key.of("x-claimledger-principal", Metadata.ASCII_STRING_MARSHALLER);
  private static final int MAX = 200;

  static String principalOf(Metadata headers) {
    String p = headers.get(HEADER);
    if (p == null) return Principal.ANONYMOUS;
    p = p.strip();
    if (p.isEmpty() || p.length() > MAX || !p.chars().allMatch(ch -> ch >= 0x20 && ch < 0x7f)) return Principal.ANONYMOUS;
    return p;
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    String principal = principalOf(headers);
    ServerCall.Listener<Q> delegate = Principal.as(principal, () -> next.startCall(call, headers));
    return new SimpleForwardingServerCallListener<>(delegate) {
      private void as(Runnable r) {
        Principal.as(principal, (Supplier<Void>) () -> {
          r.run();
          return null;
        });
      }

      @Override
      public void onMessage(Q message) {
        as(() -> super.onMessage(message));
      }

      @Override
      public void onHalfClose() {
        as(super::onHalfClose);
      }

      @Override
      public void onCancel() {
        as(super::onCancel);
      }

      @Override
      public void onComplete() {
        as(super::onComplete);
      }

      @Override
      public void onReady() {
        as(super::onReady);
      }
    };
  }
}
