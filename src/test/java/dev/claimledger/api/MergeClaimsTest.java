package dev.claimledger.api;

import static dev.claimledger.LedgerFixture.assertError;
import static dev.claimledger.LedgerFixture.assertInvalid;
import static dev.claimledger.LedgerFixture.errorInfo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimledger.LedgerFixture;
import dev.claimledger.v1.*;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ClaimService.MergeClaims through the in-process server on a real SQLite file. */
class MergeClaimsTest {
  private static final StanceKind ASSERTS = StanceKind.STANCE_KIND_ASSERTS;
  private static final StanceKind DENIES = StanceKind.STANCE_KIND_DENIES;
  private static final String TEXT = "A says yes. B says no. C says so too. A says it again.";

  @TempDir Path dir;
  LedgerFixture f;

  @BeforeEach
  void open() throws Exception {
    f = new LedgerFixture(dir);
    f.actor("a", "Actor A", ActorKind.ACTOR_KIND_STATE);
    f.actor("b", "Actor B", ActorKind.ACTOR_KIND_STATE);
    f.actor("c", "Actor C", ActorKind.ACTOR_KIND_PERSON);
    f.source("src", "Source", TEXT);
    f.claim("missiles", "Russia is using North Korean-made ballistic missiles in Ukraine.");
    f.claim("missiles-2", "Moscow launches North Korean ballistic missiles at Ukraine.");
    f.claim("troops", "North Korean troops are fighting in Kursk.");
  }

  @AfterEach
  void close() throws Exception {
    f.close();
  }

  // ---- helpers ----

  private MergeClaimsResponse merge(String name, String into, String reason) {
    return f.claims.mergeClaims(MergeClaimsRequest.newBuilder().setName(name).setInto(into).setReason(reason).build());
  }

  private MergeClaimsResponse merge(String name, String into) {
    return merge(name, into, "the same claim in other words");
  }

  private Claim get(String name) {
    return f.claims.getClaim(GetClaimRequest.newBuilder().setName(name).build()).getClaim();
  }

  private Stance getStance(String name) {
    return f.stances.getStance(GetStanceRequest.newBuilder().setName(name).build()).getStance();
  }

  private List<Stance> stancesOn(String claim) {
    return f.stances.listStances(ListStancesRequest.newBuilder().setParent(claim).setPageSize(1000).build())
        .getStancesList();
  }

  private List<String> contested() {
    return f.claims.listClaims(ListClaimsRequest.newBuilder().setFilter("contested = true").build()).getClaimsList()
        .stream().map(Claim::getName).toList();
  }

  private static String id(Stance s) {
    return s.getName().substring(s.getName().lastIndexOf('/') + 1);
  }

  // ---- MergeClaims ----

  @Test
  void mergeClaims_keepsEveryStance_onTheSurvivor() {
    Stance a1 = f.stance("missiles", "a", ASSERTS, "src", "A says yes.");
    Stance b2 = f.stance("missiles-2", "b", DENIES, "src", "B says no.");
    Stance c2 = f.stance("missiles-2", "c", ASSERTS, "src", "C says so too.");
    int before = get("claims/missiles").getSummary().getStanceCount() + get("claims/missiles-2").getSummary().getStanceCount();
    assertEquals(3, before);

    MergeClaimsResponse r = merge("claims/missiles-2", "claims/missiles");

    assertEquals("claims/missiles", r.getClaim().getName());
    assertEquals(before, r.getClaim().getSummary().getStanceCount());
    assertEquals(before, get("claims/missiles").getSummary().getStanceCount());
    assertEquals(2, r.getClaim().getSummary().getSupportingActorCount());
    assertEquals(1, r.getClaim().getSummary().getDenyingActorCount());
    Set<String> ids = new HashSet<>(stancesOn("claims/missiles").stream().map(MergeClaimsTest::id).toList());
    assertEquals(Set.of(id(a1), id(b2), id(c2)), ids);
    for (Stance s : stancesOn("claims/missiles")) assertTrue(s.getName().startsWith("claims/missiles/stances/"));
    // The survivor's summary in the response is the one GetClaim reads.
    assertEquals(get("claims/missiles"), r.getClaim());
  }

  @Test
  void mergeClaims_oldStanceNames_stillResolve() {
    Stance b2 = f.stance("missiles-2", "b", DENIES, "src", "B says no.");

    merge("claims/missiles-2", "claims/missiles");

    Stance byOldName = getStance(b2.getName());
    assertEquals("claims/missiles/stances/" + id(b2), byOldName.getName(), "the stance moved, keeping its ID");
    assertEquals(b2.getActor(), byOldName.getActor());
    assertEquals(b2.getKind(), byOldName.getKind());
    assertEquals(b2.getExcerpt(), byOldName.getExcerpt());
    assertEquals(b2.getOrigin(), byOldName.getOrigin());
    assertEquals(byOldName, getStance("claims/missiles/stances/" + id(b2)));
  }

  @Test
  void mergeClaims_mergedClaim_isReadableWithMergedInto_andHasNoStances() {
    f.stance("missiles-2", "b", DENIES, "src", "B says no.");

    MergeClaimsResponse r = merge("claims/missiles-2", "claims/missiles");

    assertEquals("claims/missiles-2", r.getMerged().getName());
    assertEquals("claims/missiles", r.getMerged().getMergedInto());
    Claim merged = get("claims/missiles-2");
    assertEquals("claims/missiles", merged.getMergedInto());
    assertEquals("Moscow launches North Korean ballistic missiles at Ukraine.", merged.getText());
    assertEquals(0, merged.getSummary().getStanceCount());
    assertEquals(0, merged.getSummary().getDenyingActorCount());
    assertEquals("", get("claims/missiles").getMergedInto());
    assertEquals(merged, r.getMerged());
  }

  @Test
  void mergeClaims_sameActorOnBoth_countsTheActorOnce() {
    f.stance("missiles", "a", ASSERTS, "src", "A says yes.");
    f.stance("missiles-2", "a", ASSERTS, "src", "A says it again.");

    MergeClaimsResponse r = merge("claims/missiles-2", "claims/missiles");

    assertEquals(2, r.getClaim().getSummary().getStanceCount());
    assertEquals(1, r.getClaim().getSummary().getSupportingActorCount());
    assertFalse(r.getClaim().getSummary().getContested());
  }

  @Test
  void mergeClaims_supportOnOneDenialOnOther_becomesContested() {
    f.stance("missiles", "a", ASSERTS, "src", "A says yes.");
    f.stance("missiles-2", "b", DENIES, "src", "B says no.");
    assertFalse(get("claims/missiles").getSummary().getContested());
    assertFalse(get("claims/missiles-2").getSummary().getContested());
    assertEquals(List.of(), contested());

    MergeClaimsResponse r = merge("claims/missiles-2", "claims/missiles");

    assertTrue(r.getClaim().getSummary().getContested());
    assertTrue(get("claims/missiles").getSummary().getContested());
    assertEquals(List.of("claims/missiles"), contested());
    List<ContestedClaim> list = f.contradictions.listContestedClaims(ListContestedClaimsRequest.getDefaultInstance())
        .getContestedClaimsList();
    assertEquals(List.of("claims/missiles"), list.stream().map(c -> c.getClaim().getName()).toList());
    assertEquals(1, list.get(0).getSupportingCount());
    assertEquals(1, list.get(0).getDenyingCount());
  }

  @Test
  void mergeClaims_contestedClaimMergedAway_isNoLongerListedAsContested() {
    f.stance("missiles-2", "a", ASSERTS, "src", "A says yes.");
    f.stance("missiles-2", "b", DENIES, "src", "B says no.");
    assertEquals(List.of("claims/missiles-2"), contested());

    merge("claims/missiles-2", "claims/missiles");

    assertEquals(List.of("claims/missiles"), contested());
    assertFalse(get("claims/missiles-2").getSummary().getContested());
  }

  @Test
  void mergeClaims_chain_oldNamesResolveThroughBothMerges() {
    Stance c1 = f.stance("troops", "c", ASSERTS, "src", "C says so too.");
    merge("claims/troops", "claims/missiles-2");

    merge("claims/missiles-2", "claims/missiles");

    assertEquals("claims/missiles/stances/" + id(c1), getStance(c1.getName()).getName());
    assertEquals("claims/missiles", get("claims/troops").getMergedInto());
    assertEquals("claims/missiles", get("claims/missiles-2").getMergedInto());
    assertEquals(1, get("claims/missiles").getSummary().getStanceCount());
  }

  @Test
  void mergeClaims_newStanceOnSurvivorAfterMerge_counts() {
    f.stance("missiles-2", "a", ASSERTS, "src", "A says yes.");
    merge("claims/missiles-2", "claims/missiles");

    f.stance("missiles", "b", DENIES, "src", "B says no.");

    Claim survivor = get("claims/missiles");
    assertEquals(2, survivor.getSummary().getStanceCount());
    assertTrue(survivor.getSummary().getContested());
  }

  @Test
  void mergeClaims_stanceCreatedOnMergedClaimAfterwards_isClaimMerged_andNeverLandsOnTheMergedClaim() {
    merge("claims/missiles-2", "claims/missiles");

    for (var kind : List.of(ASSERTS, DENIES)) {
      String actor = kind == ASSERTS ? "a" : "b";
      String words = kind == ASSERTS ? "A says yes." : "B says no.";
      var e = assertError(Status.Code.FAILED_PRECONDITION, "CLAIM_MERGED",
          () -> f.stance("missiles-2", actor, kind, "src", words));
      assertEquals("claims/missiles", errorInfo(e).getMetadataOrDefault("merged_into", ""));
      assertEquals("claims/missiles-2", errorInfo(e).getMetadataOrDefault("claim", ""));
    }
    assertEquals(0, get("claims/missiles-2").getSummary().getStanceCount());
    assertFalse(get("claims/missiles-2").getSummary().getContested());
    assertFalse(contested().contains("claims/missiles-2"), contested().toString());
    assertEquals(0, get("claims/missiles").getSummary().getStanceCount(), "nothing written");
    assertEquals(List.of(), stancesOn("claims/missiles"));
  }

  @Test
  void mergeClaims_chain_stanceOnFirstMergedClaim_namesTheFinalSurvivor() {
    merge("claims/troops", "claims/missiles-2");
    merge("claims/missiles-2", "claims/missiles");

    var e = assertError(Status.Code.FAILED_PRECONDITION, "CLAIM_MERGED",
        () -> f.stance("troops", "a", ASSERTS, "src", "A says yes."));
    assertEquals("claims/missiles", errorInfo(e).getMetadataOrDefault("merged_into", ""));
  }

  @Test
  void mergeClaims_supersedeOntoMergedClaim_isClaimMerged_andTheOldStanceStaysInForce() {
    Stance a1 = f.stance("missiles", "a", ASSERTS, "src", "A says yes.");
    merge("claims/missiles-2", "claims/missiles");

    var e = assertError(Status.Code.FAILED_PRECONDITION, "CLAIM_MERGED",
        () -> f.stances.supersedeStance(SupersedeStanceRequest.newBuilder().setName(a1.getName())
            .setParent("claims/missiles-2").setReason("wrong claim")
            .setStance(a1.toBuilder().setKind(DENIES).clearName()).build()));
    assertEquals("claims/missiles", errorInfo(e).getMetadataOrDefault("merged_into", ""));
    assertEquals("", getStance(a1.getName()).getSupersededBy());
    assertEquals(1, get("claims/missiles").getSummary().getStanceCount());
    assertEquals(0, get("claims/missiles-2").getSummary().getStanceCount());
  }

  @Test
  void mergeClaims_supersedeByOldStanceName_ontoTheSurvivor_works() {
    Stance b2 = f.stance("missiles-2", "b", DENIES, "src", "B says no.");
    merge("claims/missiles-2", "claims/missiles");

    SupersedeStanceResponse r = f.stances.supersedeStance(SupersedeStanceRequest.newBuilder().setName(b2.getName())
        .setParent("claims/missiles").setReason("it was an assertion")
        .setStance(b2.toBuilder().setKind(ASSERTS).clearName()).build());

    assertTrue(r.getStance().getName().startsWith("claims/missiles/stances/"), r.getStance().getName());
    assertEquals(r.getStance().getName(), r.getSuperseded().getSupersededBy());
    assertEquals(1, get("claims/missiles").getSummary().getStanceCount());
  }

  @Test
  void mergeClaims_again_isClaimMerged() {
    merge("claims/missiles-2", "claims/missiles");

    var e = assertError(Status.Code.FAILED_PRECONDITION, "CLAIM_MERGED", () -> merge("claims/missiles-2", "claims/missiles"));
    assertEquals("claims/missiles", errorInfo(e).getMetadataOrDefault("merged_into", ""));
    assertError(Status.Code.FAILED_PRECONDITION, "CLAIM_MERGED", () -> merge("claims/missiles-2", "claims/troops"));
  }

  @Test
  void mergeClaims_intoAMergedClaim_isClaimMerged() {
    merge("claims/missiles-2", "claims/missiles");

    assertError(Status.Code.FAILED_PRECONDITION, "CLAIM_MERGED", () -> merge("claims/troops", "claims/missiles-2"));
    assertEquals("", get("claims/troops").getMergedInto());
  }

  @Test
  void mergeClaims_survivorIntoTheMergedClaim_isClaimMerged() {
    merge("claims/missiles-2", "claims/missiles");

    assertError(Status.Code.FAILED_PRECONDITION, "CLAIM_MERGED", () -> merge("claims/missiles", "claims/missiles-2"));
    assertEquals("", get("claims/missiles").getMergedInto());
  }

  @Test
  void mergeClaims_sameClaim_isSameClaim() {
    f.stance("missiles", "a", ASSERTS, "src", "A says yes.");

    assertError(Status.Code.FAILED_PRECONDITION, "SAME_CLAIM", () -> merge("claims/missiles", "claims/missiles"));
    assertEquals("", get("claims/missiles").getMergedInto());
    assertEquals(1, get("claims/missiles").getSummary().getStanceCount());
  }

  @Test
  void mergeClaims_unknownClaim_isNotFound() {
    assertError(Status.Code.NOT_FOUND, "CLAIM_NOT_FOUND", () -> merge("claims/nope", "claims/missiles"));
    assertError(Status.Code.NOT_FOUND, "CLAIM_NOT_FOUND", () -> merge("claims/missiles", "claims/nope"));
    assertEquals("", get("claims/missiles").getMergedInto());
  }

  @Test
  void mergeClaims_emptyReason_isInvalid() {
    assertInvalid("INVALID_ARGUMENT", () -> merge("claims/missiles-2", "claims/missiles", ""), "reason");
    assertInvalid("INVALID_ARGUMENT", () -> merge("claims/missiles-2", "claims/missiles", "   "), "reason");
    assertEquals("", get("claims/missiles-2").getMergedInto());
  }

  @Test
  void mergeClaims_reasonTooLong_isInvalid() {
    assertInvalid("INVALID_ARGUMENT", () -> merge("claims/missiles-2", "claims/missiles", "r".repeat(1001)), "reason");
  }

  @Test
  void mergeClaims_malformedNames_areInvalid() {
    assertInvalid("INVALID_ARGUMENT", () -> merge("missiles-2", "claims/missiles"), "name");
    assertInvalid("INVALID_ARGUMENT", () -> merge("claims/missiles-2", "actors/a"), "into");
    assertInvalid("INVALID_ARGUMENT", () -> merge("", "", ""), "name", "into", "reason");
    assertEquals("", get("claims/missiles-2").getMergedInto());
  }
}
