package dev.claimledger.api;

import static dev.claimledger.LedgerFixture.assertError;
import static dev.claimledger.LedgerFixture.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimledger.LedgerFixture;
import dev.claimledger.server.PrincipalInterceptor;
import dev.claimledger.v1.*;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.stub.MetadataUtils;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AuditService: every change is a record with who made it and why; nothing is overwritten. */
class AuditServiceTest {
  private static final String TEXT = "A says yes. A now says no. B agrees.";

  @TempDir Path dir;
  LedgerFixture f;

  @BeforeEach
  void open() throws Exception {
    f = new LedgerFixture(dir);
    f.actor("a", "Actor A", ActorKind.ACTOR_KIND_STATE);
    f.actor("b", "Actor B", ActorKind.ACTOR_KIND_STATE);
    f.source("src", "Source", TEXT);
    f.claim("one", "The first claim.");
    f.claim("one-again", "The first claim, again.");
  }

  @AfterEach
  void close() throws Exception {
    f.close();
  }

  private static <S extends io.grpc.stub.AbstractStub<S>> S as(S stub, String principal) {
    Metadata h = new Metadata();
    h.put(PrincipalInterceptor.HEADER, principal);
    return stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(h));
  }

  private List<AuditEvent> history(String name, boolean descendants) {
    return f.audit.listResourceHistory(ListResourceHistoryRequest.newBuilder().setName(name)
        .setIncludeDescendants(descendants).setPageSize(1000).build()).getEventsList();
  }

  private static List<String> actions(List<AuditEvent> events) {
    return events.stream().map(e -> e.getAction() + " " + e.getResource() + " by " + e.getPrincipal()).toList();
  }

  @Test
  void listResourceHistory_recordsWhoDidWhatAndWhy_correctionsAndMergesIncluded() {
    Stance first = f.stance("one", "a", StanceKind.STANCE_KIND_ASSERTS, "src", "A says yes");
    as(f.stances, "desk:kim").supersedeStance(SupersedeStanceRequest.newBuilder().setName(first.getName()).setParent("claims/one")
        .setReason("A changed its position").setStance(Stance.newBuilder().setActor("actors/a")
            .setKind(StanceKind.STANCE_KIND_DENIES).setSource("sources/src")
            .setExcerpt(Excerpt.newBuilder().setText("A now says no"))).build());
    as(f.claims, "desk:lee").mergeClaims(MergeClaimsRequest.newBuilder().setName("claims/one-again").setInto("claims/one")
        .setReason("same proposition").build());
    as(f.verification, "desk:kim").createReview(CreateReviewRequest.newBuilder().setParent("claims/one").setReview(
        Review.newBuilder().setRating(ReviewRating.REVIEW_RATING_MIXED).setReviewer("Kim").setRationale("Partly.")).build());

    List<AuditEvent> claim = history("claims/one", false);
    assertEquals(List.of("CreateClaim claims/one by anonymous", "MergeClaims claims/one by desk:lee"), actions(claim));
    assertEquals("absorbed claims/one-again: same proposition", claim.get(1).getDetail());

    List<AuditEvent> all = history("claims/one", true);
    List<String> a = actions(all);
    assertTrue(a.contains("SupersedeStance " + first.getName() + " by desk:kim"), a.toString());
    assertTrue(a.stream().anyMatch(x -> x.startsWith("CreateReview claims/one/reviews/") && x.endsWith("by desk:kim")), a.toString());
    assertTrue(all.stream().anyMatch(e -> e.getDetail().endsWith(": A changed its position")), all.toString());
    for (int i = 1; i < all.size(); i++) assertTrue(all.get(i).getPosition() > all.get(i - 1).getPosition());
    // The merged claim keeps its own history, the merge included.
    assertEquals(List.of("CreateClaim claims/one-again by anonymous", "MergeClaims claims/one-again by desk:lee"),
        actions(history("claims/one-again", false)));
    // The stance's history under its own name: created, then superseded.
    assertEquals(2, history(first.getName(), false).size());
  }

  @Test
  void listResourceHistory_descendantsOfOneClaimOnly() {
    f.claim("on", "A claim whose ID is a prefix of another's.");
    f.stance("one", "b", StanceKind.STANCE_KIND_ASSERTS, "src", "B agrees");
    assertTrue(history("claims/on", true).stream().allMatch(e -> e.getResource().equals("claims/on")));
  }

  @Test
  void listResourceHistory_badPrincipalHeader_isAnonymous() {
    as(f.claims, " ").createClaim(CreateClaimRequest.newBuilder().setClaimId("blank")
        .setClaim(Claim.newBuilder().setText("Blank principal.")).build());
    assertEquals("anonymous", history("claims/blank", false).get(0).getPrincipal());
  }

  @Test
  void listResourceHistory_pages() {
    for (int i = 0; i < 3; i++) f.stance("one", "b", StanceKind.STANCE_KIND_ASSERTS, "src", "B agrees");
    var page = f.audit.listResourceHistory(ListResourceHistoryRequest.newBuilder().setName("claims/one")
        .setIncludeDescendants(true).setPageSize(2).build());
    int n = page.getEventsCount();
    while (!page.getNextPageToken().isEmpty()) {
      page = f.audit.listResourceHistory(ListResourceHistoryRequest.newBuilder().setName("claims/one")
          .setIncludeDescendants(true).setPageSize(2).setPageToken(page.getNextPageToken()).build());
      n += page.getEventsCount();
    }
    assertEquals(history("claims/one", true).size(), n);
  }

  @Test
  void listResourceHistory_badOrUnknownNames_failClearly() {
    for (String bad : List.of("", "claims", "claims/Bad", "sources/x/stances/y", "claims/x/affiliations/y", "widgets/x")) {
      assertInvalid("INVALID_ARGUMENT", () -> history(bad, false), "name");
    }
    assertError(Status.Code.NOT_FOUND, "CLAIM_NOT_FOUND", () -> history("claims/nope", false));
    assertError(Status.Code.NOT_FOUND, "STANCE_NOT_FOUND", () -> history("claims/one/stances/nope", false));
    assertError(Status.Code.NOT_FOUND, "AFFILIATION_NOT_FOUND", () -> history("actors/a/affiliations/nope", false));
  }
}
