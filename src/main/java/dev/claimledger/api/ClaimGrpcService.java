package dev.claimledger.api;

import dev.claimledger.domain.LedgerError;
import dev.claimledger.store.ClaimStore;
import dev.claimledger.v1.*;
import io.grpc.stub.StreamObserver;
import java.util.Map;

/** ClaimService: validate, call the store, map. */
public final class ClaimGrpcService extends ClaimServiceGrpc.ClaimServiceImplBase {

  private static final int TEXT_MAX = 2000;
  private static final int REASON_MAX = 1000;

  private final ClaimStore claims;
  private final PageTokens tokens;

  public ClaimGrpcService(ClaimStore claims, PageTokens tokens) {
    this.claims = claims;
    this.tokens = tokens;
  }

  @Override
  public void createClaim(CreateClaimRequest req, StreamObserver<CreateClaimResponse> out) {
    Calls.unary(out, () -> {
      var v = new LedgerError.Violations();
      if (!req.hasClaim()) v.add("claim", "is required");
      Texts.required(req.getClaim().getText(), TEXT_MAX, "claim.text", v);
      Texts.optional(req.getClaim().getDescription(), TEXT_MAX, "claim.description", v);
      String id = ResourceNames.requestedId(req.getClaimId(), "claim_id", v);
      v.throwIfAny("INVALID_ARGUMENT");
      var claim = claims.create(req.getClaim().getText().strip(), req.getClaim().getDescription().strip(), id);
      return CreateClaimResponse.newBuilder().setClaim(ProtoMapper.claim(claim)).build();
    });
  }

  @Override
  public void mergeClaims(MergeClaimsRequest req, StreamObserver<MergeClaimsResponse> out) {
    Calls.unary(out, () -> {
      var v = new LedgerError.Violations();
      String id = ResourceNames.id(req.getName(), ResourceNames.CLAIMS, "name", v);
      String into = ResourceNames.id(req.getInto(), ResourceNames.CLAIMS, "into", v);
      Texts.required(req.getReason(), REASON_MAX, "reason", v);
      v.throwIfAny("INVALID_ARGUMENT");
      var both = claims.merge(id, into, req.getReason().strip());
      return MergeClaimsResponse.newBuilder().setClaim(ProtoMapper.claim(both.get(0)))
          .setMerged(ProtoMapper.claim(both.get(1))).build();
    });
  }

  @Override
  public void getClaim(GetClaimRequest req, StreamObserver<GetClaimResponse> out) {
    Calls.unary(out, () -> {
      var v = new LedgerError.Violations();
      String id = ResourceNames.id(req.getName(), ResourceNames.CLAIMS, "name", v);
      v.throwIfAny("INVALID_ARGUMENT");
      var claim = claims.get(id).orElseThrow(() -> LedgerError.notFound("CLAIM_NOT_FOUND", req.getName()));
      return GetClaimResponse.newBuilder().setClaim(ProtoMapper.claim(claim)).build();
    });
  }

  @Override
  public void listClaims(ListClaimsRequest req, StreamObserver<ListClaimsResponse> out) {
    Calls.unary(out, () -> {
      var v = new LedgerError.Violations();
      int size = PageSizes.of(req.getPageSize(), v);
      v.throwIfAny("INVALID_ARGUMENT");
      Filter f = Filter.parse(req.getFilter(), Map.of("contested", Filter.EQUALITY));
      var contested = f.single("contested");
      var page = claims.list(contested == null ? null : Filter.bool(contested),
          tokens.pageOf(req, req.getPageToken(), size));
      return ListClaimsResponse.newBuilder()
          .addAllClaims(page.items().stream().map(ProtoMapper::claim).toList())
          .setNextPageToken(tokens.tokenAfter(req, page.next()))
          .build();
    });
  }
}
