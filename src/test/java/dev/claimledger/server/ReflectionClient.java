package dev.claimledger.server;

import io.grpc.Channel;
import io.grpc.reflection.v1alpha.ServerReflectionGrpc;
import io.grpc.reflection.v1alpha.ServerReflectionRequest;
import io.grpc.reflection.v1alpha.ServerReflectionResponse;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Lists services through v1alpha server reflection, as grpcurl 1.8.7 and older do. */
final class ReflectionClient {
  private ReflectionClient() {}

  static List<String> listServices(Channel channel) throws Exception {
    CompletableFuture<ServerReflectionResponse> answer = new CompletableFuture<>();
    var requests = ServerReflectionGrpc.newStub(channel).serverReflectionInfo(new StreamObserver<>() {
      @Override
      public void onNext(ServerReflectionResponse r) {
        answer.complete(r);
      }

      @Override
      public void onError(Throwable t) {
        answer.completeExceptionally(t);
      }

      @Override
      public void onCompleted() {}
    });
    requests.onNext(ServerReflectionRequest.newBuilder().setListServices("").build());
    List<String> names = new ArrayList<>(answer.get(10, TimeUnit.SECONDS).getListServicesResponse().getServiceList()
        .stream().map(s -> s.getName()).toList());
    requests.onCompleted();
    names.sort(null);
    return names;
  }
}
