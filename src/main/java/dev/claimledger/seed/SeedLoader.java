package dev.claimledger.seed;

import com.google.protobuf.TextFormat;
import dev.claimledger.api.ApiErrors;
import dev.claimledger.api.LedgerApi;
import dev.claimledger.extract.ArticleHeader;
import dev.claimledger.v1.BundleEntry;
import dev.claimledger.v1.CreateSourceRequest;
import dev.claimledger.v1.LedgerBundle;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/**
 * Loads a {@link LedgerBundle} through the API services, entry by entry, exactly as a client's
 * create requests would run: same validation, same store code, same errors.
 */
public final class SeedLoader {

  private final LedgerApi api;

  public SeedLoader(LedgerApi api) {
    this.api = api;
  }

  /** Applies every entry of the bundle file; returns how many were applied. */
  public int load(Path bundleFile) throws IOException {
    LedgerBundle.Builder bundle = LedgerBundle.newBuilder();
    TextFormat.merge(Files.readString(bundleFile, StandardCharsets.UTF_8), bundle);
    Path folder = bundleFile.toAbsolutePath().getParent();
    int n = 0;
    for (BundleEntry e : bundle.getEntriesList()) {
      try {
        apply(e, folder);
      } catch (RuntimeException ex) {
        throw new IllegalStateException("seed entry " + (n + 1) + " (" + e.getRequestCase() + ") failed: "
            + ApiErrors.toStatus(ex).getStatus(), ex);
      }
      n++;
    }
    return n;
  }

  private void apply(BundleEntry e, Path folder) throws IOException {
    switch (e.getRequestCase()) {
      case CREATE_ACTOR -> call(api.actors()::createActor, e.getCreateActor());
      case CREATE_AFFILIATION -> call(api.actors()::createAffiliation, e.getCreateAffiliation());
      case CREATE_CLAIM -> call(api.claims()::createClaim, e.getCreateClaim());
      case CREATE_STANCE -> call(api.stances()::createStance, e.getCreateStance());
      case CREATE_SOURCE -> call(api.sources()::createSource, withFileText(e, folder));
      case REQUEST_NOT_SET -> throw new IllegalArgumentException("bundle entry without a request");
    }
  }

  /** The source request with its text (and, from a header line, title and date) read from the file. */
  static CreateSourceRequest withFileText(BundleEntry e, Path folder) throws IOException {
    CreateSourceRequest req = e.getCreateSource();
    if (e.getSourceTextFile().isEmpty()) return req;
    String content = Files.readString(folder.resolve(e.getSourceTextFile()), StandardCharsets.UTF_8);
    CreateSourceRequest.Builder b = req.toBuilder();
    ArticleHeader header = ArticleHeader.parse(content);
    if (header.date() != null) {
      if (b.getSource().getTitle().isEmpty()) b.getSourceBuilder().setTitle(header.title());
      if (!b.getSource().hasPublishTime()) {
        b.getSourceBuilder().getPublishTimeBuilder().setSeconds(header.date().getEpochSecond());
      }
    }
    b.getSourceBuilder().setText(header.body());
    return b.build();
  }

  /** Calls a unary service method in this thread and fails when it answers with an error. */
  private static <Q, R> R call(BiConsumer<Q, StreamObserver<R>> method, Q request) {
    Object[] result = new Object[1];
    Throwable[] error = new Throwable[1];
    method.accept(request, new StreamObserver<>() {
      @Override
      public void onNext(R value) {
        result[0] = value;
      }

      @Override
      public void onError(Throwable t) {
        error[0] = t;
      }

      @Override
      public void onCompleted() {}
    });
    if (error[0] != null) throw (RuntimeException) error[0];
    @SuppressWarnings("unchecked")
    R r = (R) result[0];
    return r;
  }
}
