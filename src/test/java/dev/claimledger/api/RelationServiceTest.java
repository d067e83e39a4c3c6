package dev.claimledger.api;

import static dev.claimledger.LedgerFixture.assertError;
import static dev.claimledger.LedgerFixture.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimledger.LedgerFixture;
import dev.claimledger.seed.SeedLoader;
import dev.claimledger.v1.*;
import io.grpc.Status;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RelationService: detected contradictions and conflicting reports, recorded relations, decisions. */
class RelationServiceTest {
  private static final Path REPO = Path.of(System.getProperty("claimledger.repo.dir", "."));
  private static final String TEXT = """
      The company said 40,000 accounts were affected. The agency said 1.2 million accounts were affected. \
      The plant did not discharge any waste into the river, its owner said. Fishermen said the plant released \
      untreated waste into the river. The mayor opened a new bridge.""";

  @TempDir Path dir;
  LedgerFixture f;

  @BeforeEach
  void open() throws Exception {
    f = new LedgerFixture(dir);
  }

  @AfterEach
  void close() throws Exception {
    f.close();
  }

  private void textLedger() {
    for (String a : List.of("company", "agency", "owner", "fishermen", "mayor")) {
      f.actor(a, a.substring(0, 1).toUpperCase() + a.substring(1), ActorKind.ACTOR_KIND_ORGANIZATION);
    }
    f.source("src", "Reports", TEXT);
    f.claim("forty-k", "40,000 accounts were affected.");
    f.claim("one-point-two-m", "1.2 million accounts were affected.");
    f.claim("no-waste", "The plant did not discharge any waste into the river.");
    f.claim("waste", "The plant released untreated waste into the river.");
    f.claim("bridge", "The mayor opened a new bridge.");
    f.stance("forty-k", "company", StanceKind.STANCE_KIND_ASSERTS, "src", "40,000 accounts were affected");
    f.stance("one-point-two-m", "agency", StanceKind.STANCE_KIND_ASSERTS, "src", "1.2 million accounts were affected");
    f.stance("no-waste", "owner", StanceKind.STANCE_KIND_ASSERTS, "src", "The plant did not discharge any waste into the river");
    f.stance("waste", "fishermen", StanceKind.STANCE_KIND_ASSERTS, "src", "the plant released untreated waste into the river");
    f.stance("bridge", "mayor", StanceKind.STANCE_KIND_ASSERTS, "src", "The mayor opened a new bridge");
    f.ledger.recomputeVerifications();
  }

  private List<ClaimRelation> list(String filter) {
    return f.relations.listClaimRelations(ListClaimRelationsRequest.newBuilder().setFilter(filter).build()).getRelationsList();
  }

  private static List<String> claims(ClaimRelation r) {
    return List.of(r.getClaim(), r.getOtherClaim());
  }

  @Test
  void detects_differentFiguresForTheSameQuantity() {
    textLedger();
    List<ClaimRelation> numeric = list("kind = CONTRADICTS").stream()
        .filter(r -> r.getBasis() == RelationBasis.RELATION_BASIS_NUMERIC).toList();
    assertEquals(1, numeric.size(), numeric.toString());
    ClaimRelation r = numeric.get(0);
    assertTrue(claims(r).containsAll(List.of("claims/forty-k", "claims/one-point-two-m")), r.toString());
    assertEquals(RelationOrigin.RELATION_ORIGIN_DETECTED, r.getOrigin());
    assertEquals(RelationStatus.RELATION_STATUS_OPEN, r.getStatus());
    assertTrue(r.getExplanation().contains("40,000 accounts") && r.getExplanation().contains("1.2 million accounts"),
        r.getExplanation());
    assertEquals(2, r.getEvidenceCount(), "the stances of both claims");
  }

  @Test
  void detects_aClaimAndItsNegation_andNothingBetweenUnrelatedClaims() {
    textLedger();
    List<ClaimRelation> negation = list("kind = CONTRADICTS").stream()
        .filter(r -> r.getBasis() == RelationBasis.RELATION_BASIS_NEGATION).toList();
    assertEquals(1, negation.size(), negation.toString());
    assertTrue(claims(negation.get(0)).containsAll(List.of("claims/no-waste", "claims/waste")));
    assertEquals(List.of(), list("claim = \"claims/bridge\""));
    // Each pair once, though each claim was compared with the other.
    assertEquals(2, list("origin = DETECTED").size());
  }

  @Test
  void detects_conflictingReportsInTheSeeds_andPeopleConfirmOrDismissThem() throws Exception {
    new SeedLoader(f.api).load(REPO.resolve("seeds/annotations.txtpb"));
    List<ClaimRelation> reports = list("kind = CONFLICTING_REPORTS");
    assertEquals(List.of("actors/russia", "actors/north-korea"), reports.stream().map(ClaimRelation::getActor).toList());
    ClaimRelation russia = reports.get(0);
    assertEquals("claims/russia-uses-nk-missiles-in-ukraine", russia.getClaim());
    assertEquals("sources report Russia's stance differently: DENIES in sources/nk-fm-visit-000;"
        + " DECLINES_TO_COMMENT in sources/unn-reuters-001", russia.getExplanation());
    assertEquals(2, russia.getEvidenceCount());

    var confirmed = f.relations.reviewClaimRelation(ReviewClaimRelationRequest.newBuilder().setName(russia.getName())
        .setConfirm(true).setReason("the two articles do disagree").build()).getRelation();
    assertEquals(RelationStatus.RELATION_STATUS_CONFIRMED, confirmed.getStatus());
    var dismissed = f.relations.reviewClaimRelation(ReviewClaimRelationRequest.newBuilder().setName(russia.getName())
        .setConfirm(false).setReason("001 predates the denial").build()).getRelation();
    assertEquals(RelationStatus.RELATION_STATUS_DISMISSED, dismissed.getStatus());
    assertEquals(List.of(true, false), dismissed.getDecisionsList().stream().map(RelationDecision::getConfirm).toList());
    assertEquals(1, list("status = DISMISSED").size());
    assertEquals(1, list("status = OPEN").size());
    assertEquals(dismissed, f.relations.getClaimRelation(GetClaimRelationRequest.newBuilder().setName(russia.getName())
        .build()).getRelation());
    List<String> history = f.audit.listResourceHistory(ListResourceHistoryRequest.newBuilder().setName(russia.getName())
        .build()).getEventsList().stream().map(AuditEvent::getAction).toList();
    assertEquals(List.of("DetectRelation", "ReviewClaimRelation", "ReviewClaimRelation"), history);
  }

  @Test
  void watch_deliversTheDetectedConflict() throws Exception {
    textLedger();
    var events = WatchServiceGrpc.newBlockingStub(f.channel).watchEvents(WatchEventsRequest.newBuilder()
        .setAfterPosition(0).addTypes(LedgerEventType.LEDGER_EVENT_TYPE_CONFLICT_DETECTED).setClaim("claims/one-point-two-m")
        .build());
    LedgerEvent e = events.next().getEvent();
    assertEquals(LedgerEventType.LEDGER_EVENT_TYPE_CONFLICT_DETECTED, e.getType());
    assertTrue(List.of(e.getClaim(), e.getOtherClaim()).containsAll(List.of("claims/forty-k", "claims/one-point-two-m")));
    assertTrue(e.getRelation().startsWith("relations/"));
  }

  @Test
  void createClaimRelation_recordsWhatPeopleKnow() {
    textLedger();
    var r = f.relations.createClaimRelation(CreateClaimRelationRequest.newBuilder().setRelation(ClaimRelation.newBuilder()
        .setKind(RelationKind.RELATION_KIND_SUPPORTS).setClaim("claims/waste").setOtherClaim("claims/one-point-two-m"))
        .setReason("the same spill exposed the accounts database").setRelationId("spill-and-breach").build()).getRelation();
    assertEquals("relations/spill-and-breach", r.getName());
    assertEquals(RelationOrigin.RELATION_ORIGIN_RECORDED, r.getOrigin());
    assertEquals(RelationStatus.RELATION_STATUS_CONFIRMED, r.getStatus());
    assertEquals("claims/waste", r.getClaim(), "SUPPORTS keeps its direction");
    assertEquals(1, list("origin = RECORDED").size());
    assertError(Status.Code.ALREADY_EXISTS, "RELATION_ALREADY_EXISTS", () -> f.relations.createClaimRelation(
        CreateClaimRelationRequest.newBuilder().setRelation(ClaimRelation.newBuilder().setKind(RelationKind.RELATION_KIND_SUPPORTS)
            .setClaim("claims/waste").setOtherClaim("claims/one-point-two-m")).setReason("again").build()));
  }

  @Test
  void badRequests_failClearly() {
    textLedger();
    assertInvalid("INVALID_ARGUMENT", () -> f.relations.createClaimRelation(CreateClaimRelationRequest.newBuilder()
        .setRelation(ClaimRelation.newBuilder().setKind(RelationKind.RELATION_KIND_CONFLICTING_REPORTS)
            .setClaim("claims/waste").setOtherClaim("claims/waste")).setRelationId("Bad").build()),
        "relation.kind", "relation.other_claim", "reason", "relation_id");
    assertError(Status.Code.NOT_FOUND, "CLAIM_NOT_FOUND", () -> f.relations.createClaimRelation(
        CreateClaimRelationRequest.newBuilder().setRelation(ClaimRelation.newBuilder().setKind(RelationKind.RELATION_KIND_SAME_CLAIM)
            .setClaim("claims/waste").setOtherClaim("claims/nope")).setReason("x").build()));
    f.claims.mergeClaims(MergeClaimsRequest.newBuilder().setName("claims/forty-k").setInto("claims/one-point-two-m")
        .setReason("test").build());
    assertError(Status.Code.FAILED_PRECONDITION, "CLAIM_MERGED", () -> f.relations.createClaimRelation(
        CreateClaimRelationRequest.newBuilder().setRelation(ClaimRelation.newBuilder().setKind(RelationKind.RELATION_KIND_SAME_CLAIM)
            .setClaim("claims/forty-k").setOtherClaim("claims/waste")).setReason("x").build()));
    assertError(Status.Code.NOT_FOUND, "RELATION_NOT_FOUND", () -> f.relations.reviewClaimRelation(
        ReviewClaimRelationRequest.newBuilder().setName("relations/nope").setReason("x").build()));
    assertInvalid("INVALID_ARGUMENT", () -> f.relations.reviewClaimRelation(ReviewClaimRelationRequest.newBuilder()
        .setName("claims/x").build()), "name", "reason");
    assertError(Status.Code.INVALID_ARGUMENT, "INVALID_FILTER", () -> list("kind = WHATEVER"));
  }
}
