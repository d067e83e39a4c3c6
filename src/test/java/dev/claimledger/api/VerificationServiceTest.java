package dev.claimledger.api;

import static dev.claimledger.LedgerFixture.assertError;
import static dev.claimledger.LedgerFixture.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimledger.LedgerFixture;
import dev.claimledger.domain.SpillTexts;
import dev.claimledger.v1.*;
import io.grpc.Status;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * VerificationService through the in-process server on a real SQLite file: one wire story
 * reprinted by three outlets, an unrelated outlet's own account, a denial, and reviews.
 */
class VerificationServiceTest {
  private static final String CLAIM = "claims/sewage";
  private static final String SPILL = "untreated sewage had flowed into the Brenna river for six hours";

  @TempDir Path dir;
  LedgerFixture f;

  @BeforeEach
  void open() throws Exception {
    f = new LedgerFixture(dir);
    for (String outlet : List.of("reuters", "herald", "gazette", "post", "coastline")) {
      f.actor(outlet, outlet.substring(0, 1).toUpperCase() + outlet.substring(1), ActorKind.ACTOR_KIND_MEDIA_OUTLET);
    }
    f.actor("officials", "officials", ActorKind.ACTOR_KIND_UNNAMED_GROUP);
    f.actor("calder-utility", "Calder Water", ActorKind.ACTOR_KIND_ORGANIZATION);
    f.actor("mara-holt", "Mara Holt", ActorKind.ACTOR_KIND_PERSON);
    f.affiliate("mara-holt", "calder-utility", AffiliationRole.AFFILIATION_ROLE_OFFICIAL);
    f.claim("sewage", "Untreated sewage flowed into the Brenna river for six hours.");
  }

  @AfterEach
  void close() throws Exception {
    f.close();
  }

  private void source(String id, String publisher, String text, String... relays) {
    var s = Source.newBuilder().setTitle("Sewage spill " + id).setText(text).setPublisher("actors/" + publisher);
    for (String r : relays) s.addRelays("actors/" + r);
    f.sources.createSource(CreateSourceRequest.newBuilder().setSourceId(id).setSource(s).build());
  }

  /** The wire story as a reprint tells it: the same words, the outlet's own headline line. */
  private void reprint(String id, String publisher) {
    source(id, publisher, "Reprinted by " + publisher + ". " + SpillTexts.WIRE.replace(
        "The Calder water utility said", "Officials said " + SPILL + ". The Calder water utility said"), "reuters");
    f.stance("sewage", "officials", StanceKind.STANCE_KIND_ASSERTS, id, "Officials said " + SPILL);
  }

  private GetClaimVerificationResponse verify() {
    return f.verification.getClaimVerification(GetClaimVerificationRequest.newBuilder().setName(CLAIM).build());
  }

  private Review review(ReviewRating rating, String... evidence) {
    return f.verification.createReview(CreateReviewRequest.newBuilder().setParent(CLAIM).setReview(Review.newBuilder()
        .setRating(rating).setReviewer("Verification desk").setRationale("Checked the agency's samples.")
        .addAllEvidence(List.of(evidence))).build()).getReview();
  }

  @Test
  void getClaimVerification_threeReprintsOfOneWireStory_areOneOrigin() {
    reprint("herald-1", "herald");
    reprint("gazette-1", "gazette");
    reprint("post-1", "post");
    var v = verify();
    assertEquals(VerificationState.VERIFICATION_STATE_SINGLE_ORIGIN, v.getState());
    assertEquals(1, v.getIndependentOriginCount());
    assertEquals(1, v.getOriginsCount());
    ClaimOrigin o = v.getOrigins(0);
    assertEquals("actors/reuters", o.getOrigin());
    assertEquals(List.of("sources/herald-1", "sources/gazette-1", "sources/post-1"), o.getSourcesList());
    assertEquals(3, o.getStancesCount());
    assertFalse(o.getJoinedBecauseList().isEmpty(), "the join is explained");
    assertEquals("Single origin: supported by 1 origin: Reuters.", v.getExplanation());
  }

  @Test
  void getClaimVerification_twoUnrelatedOutlets_countTwice() {
    reprint("herald-1", "herald");
    source("coast-1", "coastline", SpillTexts.OTHER + " Officials said " + SPILL + ".");
    f.stance("sewage", "officials", StanceKind.STANCE_KIND_ASSERTS, "coast-1", "Officials said " + SPILL);
    var v = verify();
    assertEquals(VerificationState.VERIFICATION_STATE_CORROBORATED, v.getState());
    assertEquals(2, v.getIndependentOriginCount());
    assertEquals(List.of("actors/reuters", "actors/coastline"), v.getOriginsList().stream().map(ClaimOrigin::getOrigin).toList());
  }

  @Test
  void getClaimVerification_aCopyThatDeclaresNoRelay_isStillOneOrigin() {
    reprint("herald-1", "herald");
    // The same text again, published by another outlet that credits nobody: a near-copy.
    source("coast-copy", "coastline", "Copied. " + SpillTexts.WIRE.replace(
        "The Calder water utility said", "Officials said " + SPILL + ". The Calder water utility said"));
    f.stance("sewage", "officials", StanceKind.STANCE_KIND_ASSERTS, "coast-copy", "Officials said " + SPILL);
    var v = verify();
    assertEquals(1, v.getIndependentOriginCount(), v.toString());
    assertTrue(v.getOrigins(0).getJoinedBecauseList().stream().anyMatch(w -> w.contains("near-copy")), v.toString());
  }

  @Test
  void getClaimVerification_unknownProvenance_isShownNotCounted() {
    f.sources.createSource(CreateSourceRequest.newBuilder().setSourceId("pasted").setSource(Source.newBuilder()
        .setTitle("Pasted").setText("Officials said " + SPILL + ".")).build());
    f.stance("sewage", "officials", StanceKind.STANCE_KIND_ASSERTS, "pasted", "Officials said " + SPILL);
    var v = verify();
    assertEquals(VerificationState.VERIFICATION_STATE_UNVERIFIED, v.getState());
    assertEquals(0, v.getIndependentOriginCount());
    assertEquals(1, v.getUnknownOriginCount());
    assertFalse(v.getOrigins(0).getKnown());
    assertEquals("unknown", v.getOrigins(0).getDisplayName());
  }

  @Test
  void getClaimVerification_denial_makesItContestedAndListsTheDenial() {
    reprint("herald-1", "herald");
    source("coast-2", "coastline", "Mara Holt denied that " + SPILL + ".");
    f.stance("sewage", "mara-holt", StanceKind.STANCE_KIND_DENIES, "coast-2", "Mara Holt denied that " + SPILL);
    var v = verify();
    assertEquals(VerificationState.VERIFICATION_STATE_CONTESTED, v.getState());
    assertEquals(1, v.getDenyingCount());
    assertEquals("actors/mara-holt", v.getDenying(0).getStance().getActor());
    assertEquals("Contested: supported by 1 origin: Reuters; denied by 1 actor.", v.getExplanation());
  }

  @Test
  void reviews_areKeptInOrder_andTheLatestDecides() {
    reprint("herald-1", "herald");
    Review first = review(ReviewRating.REVIEW_RATING_FALSE, "sources/herald-1");
    assertEquals(VerificationState.VERIFICATION_STATE_REFUTED, verify().getState());
    Review second = review(ReviewRating.REVIEW_RATING_TRUE, "https://agency.example/samples");
    var v = verify();
    assertEquals(VerificationState.VERIFICATION_STATE_CONFIRMED, v.getState());
    assertEquals(second.getName(), v.getDecidingReview().getName());
    assertTrue(v.getExplanation().startsWith("Rated true by Verification desk"), v.getExplanation());
    var listed = f.verification.listReviews(ListReviewsRequest.newBuilder().setParent(CLAIM).build()).getReviewsList();
    assertEquals(List.of(first, second), listed, "nothing overwritten, oldest first");
    assertTrue(first.getName().startsWith(CLAIM + "/reviews/"));
    assertEquals(List.of("sources/herald-1"), first.getEvidenceList());
  }

  @Test
  void listReviews_pagesThroughEveryReview() {
    for (int i = 0; i < 5; i++) review(ReviewRating.REVIEW_RATING_MIXED);
    var page = f.verification.listReviews(ListReviewsRequest.newBuilder().setParent(CLAIM).setPageSize(2).build());
    assertEquals(2, page.getReviewsCount());
    int seen = 2;
    while (!page.getNextPageToken().isEmpty()) {
      page = f.verification.listReviews(ListReviewsRequest.newBuilder().setParent(CLAIM).setPageSize(2)
          .setPageToken(page.getNextPageToken()).build());
      seen += page.getReviewsCount();
    }
    assertEquals(5, seen);
  }

  @Test
  void reviews_followAMergedClaimToTheSurvivor() {
    f.claim("sewage-2", "Raw sewage entered the Brenna for six hours.");
    f.verification.createReview(CreateReviewRequest.newBuilder().setParent("claims/sewage-2").setReview(Review.newBuilder()
        .setRating(ReviewRating.REVIEW_RATING_MOSTLY_TRUE).setReviewer("Desk").setRationale("Samples.")).build());
    f.claims.mergeClaims(MergeClaimsRequest.newBuilder().setName("claims/sewage-2").setInto(CLAIM).setReason("same").build());
    assertEquals(VerificationState.VERIFICATION_STATE_CONFIRMED, verify().getState());
    assertEquals(1, f.verification.listReviews(ListReviewsRequest.newBuilder().setParent(CLAIM).build()).getReviewsCount());
    assertError(Status.Code.FAILED_PRECONDITION, "CLAIM_MERGED", () -> f.verification.createReview(CreateReviewRequest
        .newBuilder().setParent("claims/sewage-2").setReview(Review.newBuilder().setRating(ReviewRating.REVIEW_RATING_TRUE)
            .setReviewer("Desk").setRationale("Again.")).build()));
    // A merged claim's verification is the survivor's.
    assertEquals(CLAIM, f.verification.getClaimVerification(GetClaimVerificationRequest.newBuilder()
        .setName("claims/sewage-2").build()).getClaim().getName());
  }

  @Test
  void exportClaimReview_isSchemaOrgClaimReviewJsonLd() throws Exception {
    reprint("herald-1", "herald");
    review(ReviewRating.REVIEW_RATING_MOSTLY_FALSE, "https://agency.example/samples", "sources/herald-1");
    String doc = f.verification.exportClaimReview(ExportClaimReviewRequest.newBuilder().setName(CLAIM).build()).getJsonLd();
    JsonNode j = new ObjectMapper().readTree(doc);
    assertEquals("https://schema.org", j.path("@context").asText());
    assertEquals("ClaimReview", j.path("@type").asText());
    assertEquals("Untreated sewage flowed into the Brenna river for six hours.", j.path("claimReviewed").asText());
    assertEquals(2, j.at("/reviewRating/ratingValue").asInt());
    assertEquals(5, j.at("/reviewRating/bestRating").asInt());
    assertEquals(1, j.at("/reviewRating/worstRating").asInt());
    assertEquals("Mostly false", j.at("/reviewRating/alternateName").asText());
    assertEquals("Verification desk", j.at("/author/name").asText());
    assertTrue(j.path("datePublished").asText().matches("\\d{4}-\\d{2}-\\d{2}"));
    assertEquals("Claim", j.at("/itemReviewed/@type").asText());
    assertEquals("officials", j.at("/itemReviewed/author/name").asText());
    assertEquals("https://agency.example/samples", j.at("/citation/0/url").asText());
    assertEquals("sources/herald-1", j.at("/citation/1/identifier").asText());
  }

  @Test
  void exportClaimReview_unproven_hasNoRatingValue() throws Exception {
    review(ReviewRating.REVIEW_RATING_UNPROVEN);
    JsonNode j = new ObjectMapper().readTree(f.verification.exportClaimReview(
        ExportClaimReviewRequest.newBuilder().setName(CLAIM).build()).getJsonLd());
    assertTrue(j.at("/reviewRating/ratingValue").isMissingNode());
    assertEquals("Unproven", j.at("/reviewRating/alternateName").asText());
  }

  @Test
  void exportClaimReview_beforeAnyReview_failsPrecondition() {
    assertError(Status.Code.FAILED_PRECONDITION, "CLAIM_NOT_REVIEWED", () -> f.verification.exportClaimReview(
        ExportClaimReviewRequest.newBuilder().setName(CLAIM).build()));
  }

  @Test
  void createReview_badInput_isRejectedWithEveryViolationAndRecordsNothing() {
    assertInvalid("INVALID_ARGUMENT", () -> f.verification.createReview(CreateReviewRequest.newBuilder()
        .setParent("claim/x").setReviewId("Bad Id").setReview(Review.newBuilder().setReviewer("x".repeat(201))
            .addEvidence("ftp://example.org/x").addEvidence("sources/Not Valid")).build()),
        "parent", "review_id", "review.rating", "review.reviewer", "review.rationale", "review.evidence[0]", "review.evidence[1]");
    assertInvalid("INVALID_ARGUMENT", () -> f.verification.createReview(CreateReviewRequest.newBuilder()
        .setParent(CLAIM).build()), "review");
    assertError(Status.Code.NOT_FOUND, "CLAIM_NOT_FOUND", () -> f.verification.createReview(CreateReviewRequest
        .newBuilder().setParent("claims/nope").setReview(Review.newBuilder().setRating(ReviewRating.REVIEW_RATING_TRUE)
            .setReviewer("Desk").setRationale("Yes.")).build()));
    assertError(Status.Code.NOT_FOUND, "SOURCE_NOT_FOUND", () -> review(ReviewRating.REVIEW_RATING_TRUE, "sources/nope"));
    assertEquals(0, f.verification.listReviews(ListReviewsRequest.newBuilder().setParent(CLAIM).build()).getReviewsCount());
  }

  @Test
  void createReview_takenId_alreadyExists() {
    var req = CreateReviewRequest.newBuilder().setParent(CLAIM).setReviewId("first-check").setReview(Review.newBuilder()
        .setRating(ReviewRating.REVIEW_RATING_TRUE).setReviewer("Desk").setRationale("Yes.")).build();
    assertEquals(CLAIM + "/reviews/first-check", f.verification.createReview(req).getReview().getName());
    assertError(Status.Code.ALREADY_EXISTS, "REVIEW_ALREADY_EXISTS", () -> f.verification.createReview(req));
  }

  @Test
  void getClaimVerification_badOrUnknownNames_failClearly() {
    assertInvalid("INVALID_ARGUMENT", () -> f.verification.getClaimVerification(GetClaimVerificationRequest.newBuilder().build()), "name");
    assertError(Status.Code.NOT_FOUND, "CLAIM_NOT_FOUND", () -> f.verification.getClaimVerification(
        GetClaimVerificationRequest.newBuilder().setName("claims/nope").build()));
    assertInvalid("INVALID_ARGUMENT", () -> f.verification.listReviews(ListReviewsRequest.newBuilder().setParent(CLAIM)
        .setPageSize(-1).build()), "page_size");
  }

  /** The stored state the watch log last reported for the claim. */
  private VerificationState lastReported() {
    f.ledger.recomputeVerifications();
    var it = WatchServiceGrpc.newBlockingStub(f.channel).watchEvents(WatchEventsRequest.newBuilder().setAfterPosition(0)
        .setClaim(CLAIM).addTypes(LedgerEventType.LEDGER_EVENT_TYPE_VERIFICATION_STATE_CHANGED).build());
    VerificationState last = VerificationState.VERIFICATION_STATE_UNVERIFIED;
    while (true) {
      var m = it.next();
      if (!m.hasEvent()) return last;
      last = m.getEvent().getState();
    }
  }

  @Test
  void anAffiliationRecordedLater_regroupsOrigins_andIsReported() {
    f.actor("ministry", "Environment Ministry", ActorKind.ACTOR_KIND_ORGANIZATION);
    f.actor("minister", "Lena Dahl", ActorKind.ACTOR_KIND_PERSON);
    source("m1", "ministry", "The ministry said " + SPILL + ".");
    source("r1", "reuters", "Lena Dahl said " + SPILL + ".");
    f.stance("sewage", "ministry", StanceKind.STANCE_KIND_ASSERTS, "m1", "The ministry said " + SPILL);
    f.stance("sewage", "minister", StanceKind.STANCE_KIND_ASSERTS, "r1", "Lena Dahl said " + SPILL);
    assertEquals(VerificationState.VERIFICATION_STATE_CORROBORATED, lastReported());
    f.affiliate("minister", "ministry", AffiliationRole.AFFILIATION_ROLE_LEADER);
    assertEquals(VerificationState.VERIFICATION_STATE_SINGLE_ORIGIN, verify().getState());
    assertEquals(VerificationState.VERIFICATION_STATE_SINGLE_ORIGIN, lastReported());
  }

  @Test
  void aSpokespersonOnHerMinistrysOwnSite_andTheMinisterElsewhere_areOneOrigin() {
    f.actor("ministry", "Environment Ministry", ActorKind.ACTOR_KIND_MEDIA_OUTLET);
    f.actor("spokes", "Ana Ruiz", ActorKind.ACTOR_KIND_PERSON);
    f.actor("minister", "Lena Dahl", ActorKind.ACTOR_KIND_PERSON);
    f.affiliate("spokes", "ministry", AffiliationRole.AFFILIATION_ROLE_SPOKESPERSON);
    f.affiliate("minister", "ministry", AffiliationRole.AFFILIATION_ROLE_LEADER);
    source("site", "ministry", "Ana Ruiz said " + SPILL + ".");
    source("wire", "reuters", "Lena Dahl said " + SPILL + ".");
    f.stance("sewage", "spokes", StanceKind.STANCE_KIND_ASSERTS, "site", "Ana Ruiz said " + SPILL);
    f.stance("sewage", "minister", StanceKind.STANCE_KIND_ASSERTS, "wire", "Lena Dahl said " + SPILL);
    var v = verify();
    assertEquals(1, v.getIndependentOriginCount(), v.toString());
    assertEquals("actors/ministry", v.getOrigins(0).getOrigin());
  }

  @Test
  void mergingAReviewedClaim_isReported() {
    reprint("herald-1", "herald");
    assertEquals(VerificationState.VERIFICATION_STATE_SINGLE_ORIGIN, lastReported());
    f.claim("sewage-2", "Raw sewage entered the Brenna for six hours.");
    f.verification.createReview(CreateReviewRequest.newBuilder().setParent("claims/sewage-2").setReview(Review.newBuilder()
        .setRating(ReviewRating.REVIEW_RATING_FALSE).setReviewer("Desk").setRationale("No.")).build());
    f.claims.mergeClaims(MergeClaimsRequest.newBuilder().setName("claims/sewage-2").setInto(CLAIM).setReason("same").build());
    assertEquals(VerificationState.VERIFICATION_STATE_REFUTED, lastReported());
  }
}
