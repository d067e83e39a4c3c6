package dev.claimledger.server;

import io.grpc.ForwardingServerCall.SimpleForwardingServerCall;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.util.Locale;
import java.util.logging.Logger;

/** Logs one line per RPC when it closes: method, status code and duration. */
public final class RequestLogInterceptor implements ServerInterceptor {
  private static final Logger LOG = Logger.getLogger("claimledger.rpc");

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
      ServerCallHandler<Q, R> next) {
    long start = System.nanoTime();
    String method = call.getMethodDescriptor().getFullMethodName();
    return next.startCall(new SimpleForwardingServerCall<>(call) {
      @Override
      public void close(Status status, Metadata trailers) {
        LOG.info(String.format(Locale.ROOT, "rpc method=%s status=%s duration_ms=%.2f", method,
            status.getCode(), (System.nanoTime() - start) / 1e6));
        super.close(status, trailers);
      }
    }, headers);
  }
}
