package dev.claimledger.api;

import dev.claimledger.domain.LedgerError;
import dev.claimledger.domain.Origins;
import dev.claimledger.domain.ReviewRating;
import dev.claimledger.domain.Verification;
import dev.claimledger.store.Provenance.ClaimEvidence;
import dev.claimledger.store.ProvenanceStore;
import dev.claimledger.v1.*;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** VerificationService: validate, compute the state from the evidence (or record a review), map. */
public final class VerificationGrpcService extends VerificationServiceGrpc.VerificationServiceImplBase {

  private static final int REVIEWER_MAX = 200;
  private static final int RATIONALE_MAX = 5000;
  private static final int EVIDENCE_MAX = 20;
  private static final int DEFAULT = 50;
  private static final int MAX = 1000;

  private final ProvenanceStore store;
  private final PageTokens tokens;

  public VerificationGrpcService(ProvenanceStore store, PageTokens tokens) {
    this.store = store;
    this.tokens = tokens;
  }

  @Override
  public void getClaimVerification(GetClaimVerificationRequest req, StreamObserver<GetClaimVerificationResponse> out) {
    Calls.unary(out, () -> {
      var v = new LedgerError.Violations();
      String claim = ResourceNames.id(req.getName(), ResourceNames.CLAIMS, "name", v);
      var asOf = Times.asOf(req.hasAsOfTime(), req.getAsOfTime(), v);
      v.throwIfAny("INVALID_ARGUMENT");
      ClaimEvidence e = store.evidence(claim, asOf);
      Verification ver = e.verification();
      var b = GetClaimVerificationResponse.newBuilder().setClaim(ProtoMapper.claim(e.claim()))
          .setState(VerificationState.forNumber(ver.state().number)).setExplanation(ver.explanation())
          .setIndependentOriginCount(ver.independentOrigins()).setUnknownOriginCount(ver.unknownOrigins())
          .addAllDenying(ProtoMapper.attributed(e.denying()));
      for (Origins.Origin o : ver.origins()) {
        var ob = b.addOriginsBuilder().setKnown(o.known()).addAllStances(o.stances())
            .addAllSources(o.sources().stream().map(s -> "sources/" + s).toList()).addAllJoinedBecause(o.joinedBecause());
        if (o.actor() != null) ob.setOrigin(ProtoMapper.actorName(o.actor())).setDisplayName(e.actors().get(o.actor()).displayName());
        else ob.setDisplayName("unknown");
      }
      if (ver.decidingReview() != null) b.setDecidingReview(review(ver.decidingReview()));
      return b.build();
    });
  }

  @Override
  public void createReview(CreateReviewRequest req, StreamObserver<CreateReviewResponse> out) {
    Calls.unary(out, () -> {
      var v = new LedgerError.Violations();
      String claim = ResourceNames.id(req.getParent(), ResourceNames.CLAIMS, "parent", v);
      Review r = req.getReview();
      if (!req.hasReview()) v.add("review", "is required");
      int rating = Enums.required(r.getRatingValue(), r.getRating(), "review.rating", v);
      Texts.required(r.getReviewer(), REVIEWER_MAX, "review.reviewer", v);
      Texts.required(r.getRationale(), RATIONALE_MAX, "review.rationale", v);
      if (r.getEvidenceCount() > EVIDENCE_MAX) v.add("review.evidence", "must have at most " + EVIDENCE_MAX + " entries");
      List<String> evidence = new ArrayList<>();
      for (int i = 0; i < r.getEvidenceCount(); i++) {
        String e = r.getEvidence(i);
        String field = "review.evidence[" + i + "]";
        if (e.startsWith(ResourceNames.SOURCES + "/")) ResourceNames.id(e, ResourceNames.SOURCES, field, v);
        else SourceGrpcService.checkUri(e, field, v);
        evidence.add(e);
      }
      String id = ResourceNames.requestedId(req.getReviewId(), "review_id", v);
      v.throwIfAny("INVALID_ARGUMENT");
      var created = store.createReview(claim, new ProvenanceStore.ReviewFields(ReviewRating.ofNumber(rating),
          r.getReviewer(), r.getRationale(), evidence), id);
      return CreateReviewResponse.newBuilder().setReview(review(created)).build();
    });
  }

  @Override
  public void listReviews(ListReviewsRequest req, StreamObserver<ListReviewsResponse> out) {
    Calls.unary(out, () -> {
      var v = new LedgerError.Violations();
      String claim = ResourceNames.id(req.getParent(), ResourceNames.CLAIMS, "parent", v);
      int size = PageSizes.of(req.getPageSize(), DEFAULT, MAX, v);
      v.throwIfAny("INVALID_ARGUMENT");
      var page = store.reviews(claim, tokens.pageOf(req, req.getPageToken(), size));
      return ListReviewsResponse.newBuilder().addAllReviews(page.items().stream().map(VerificationGrpcService::review).toList())
          .setNextPageToken(tokens.tokenAfter(req, page.next())).build();
    });
  }

  @Override
  public void exportClaimReview(ExportClaimReviewRequest req, StreamObserver<ExportClaimReviewResponse> out) {
    Calls.unary(out, () -> {
      var v = new LedgerError.Violations();
      String claim = ResourceNames.id(req.getName(), ResourceNames.CLAIMS, "name", v);
      v.throwIfAny("INVALID_ARGUMENT");
      ClaimEvidence e = store.evidence(claim);
      if (e.latestReview() == null) {
        throw LedgerError.failedPrecondition("CLAIM_NOT_REVIEWED", "claims/" + e.claim().id() + " has no review yet",
            Map.of("claim", "claims/" + e.claim().id()));
      }
      return ExportClaimReviewResponse.newBuilder().setJsonLd(ClaimReviewExport.of(e, e.latestReview())).build();
    });
  }

  static Review review(dev.claimledger.domain.Review r) {
    return Review.newBuilder().setName("claims/" + r.claimId() + "/reviews/" + r.id())
        .setRating(dev.claimledger.v1.ReviewRating.forNumber(r.rating().number)).setReviewer(r.reviewer()).setRationale(r.rationale())
        .addAllEvidence(r.evidence()).setCreateTime(ProtoMapper.timestamp(r.createTime())).build();
  }
}
