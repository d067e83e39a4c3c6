package dev.claimledger.api;

import static dev.claimledger.LedgerFixture.assertError;
import static dev.claimledger.LedgerFixture.assertInvalid;
import static org.junit.jupiter.api.Assertions.*;

import com.google.protobuf.Timestamp;
import dev.claimledger.LedgerFixture;
import dev.claimledger.v1.*;
import io.grpc.Status;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** AttributionService and ContradictionService through an in-process server on a real SQLite file. */
class QueryApiTest {
  static final String A = "The U.S. alleged it. Moscow denied it. Zakharova denied it. Lukin said it was likely.";
  static final String B = "Moscow did not comment. The U.S. repeated it.";

  @TempDir Path dir;
  LedgerFixture f;

  @BeforeEach
  void open() throws Exception {
    f = new LedgerFixture(dir);
    f.actor("us", "United States", ActorKind.ACTOR_KIND_STATE);
    f.actor("russia", "Russia", ActorKind.ACTOR_KIND_STATE, "Moscow");
    f.actor("mfa", "Russian Foreign Ministry", ActorKind.ACTOR_KIND_ORGANIZATION);
    f.actor("zakharova", "Maria Zakharova", ActorKind.ACTOR_KIND_PERSON);
    f.actor("lukin", "Artyom Lukin", ActorKind.ACTOR_KIND_PERSON);
    f.actor("fefu", "Far Eastern Federal University", ActorKind.ACTOR_KIND_ORGANIZATION);
    f.affiliate("mfa", "russia", AffiliationRole.AFFILIATION_ROLE_PART_OF);
    f.affiliate("zakharova", "mfa", AffiliationRole.AFFILIATION_ROLE_SPOKESPERSON);
    f.affiliate("lukin", "fefu", AffiliationRole.AFFILIATION_ROLE_EMPLOYEE);
    f.sources.createSource(CreateSourceRequest.newBuilder().setSourceId("a").setSource(Source.newBuilder()
        .setTitle("A").setText(A).setPublishTime(Timestamp.newBuilder().setSeconds(1_705_276_800))).build());
    f.sources.createSource(CreateSourceRequest.newBuilder().setSourceId("b").setSource(Source.newBuilder()
        .setTitle("B").setText(B).setPublishTime(Timestamp.newBuilder().setSeconds(1_705_363_200))).build());
    f.claim("missiles", "Russia uses North Korean missiles in Ukraine.");
    f.claim("other", "Lukin thinks the test was unrelated.");
    f.stance("missiles", "us", StanceKind.STANCE_KIND_ASSERTS, "a", "The U.S. alleged it.");
    f.stance("missiles", "russia", StanceKind.STANCE_KIND_DENIES, "a", "Moscow denied it.");
    f.stance("missiles", "zakharova", StanceKind.STANCE_KIND_DENIES, "a", "Zakharova denied it.");
    f.stance("missiles", "russia", StanceKind.STANCE_KIND_DECLINES_TO_COMMENT, "b", "Moscow did not comment.");
    f.stance("missiles", "us", StanceKind.STANCE_KIND_ASSERTS, "b", "The U.S. repeated it.");
    f.stance("other", "lukin", StanceKind.STANCE_KIND_SUGGESTS, "a", "Lukin said it was likely.");
  }

  @AfterEach
  void close() throws Exception {
    f.close();
  }

  @Test
  void getClaimAttribution_actorsInOrderWithStancesAndSources() {
    var r = f.attribution.getClaimAttribution(GetClaimAttributionRequest.newBuilder().setClaim("claims/missiles").build());
    assertEquals(List.of("actors/us", "actors/russia", "actors/zakharova"),
        r.getActorsList().stream().map(a -> a.getActor().getName()).toList());
    assertEquals(2, r.getActors(0).getStancesCount());
    AttributedStance first = r.getActors(0).getStances(0);
    assertEquals("sources/a", first.getSource().getName());
    assertEquals("The U.S. alleged it.", first.getStance().getExcerpt().getText());
    assertEquals("Russia uses North Korean missiles in Ukraine.", first.getClaimText());
    var page = f.attribution.getClaimAttribution(GetClaimAttributionRequest.newBuilder().setClaim("claims/missiles")
        .setPageSize(2).build());
    assertEquals(2, page.getActorsCount());
    var rest = f.attribution.getClaimAttribution(GetClaimAttributionRequest.newBuilder().setClaim("claims/missiles")
        .setPageSize(2).setPageToken(page.getNextPageToken()).build());
    assertEquals("actors/zakharova", rest.getActors(0).getActor().getName());
    assertError(Status.Code.NOT_FOUND, "CLAIM_NOT_FOUND", () -> f.attribution.getClaimAttribution(
        GetClaimAttributionRequest.newBuilder().setClaim("claims/nope").build()));
    assertInvalid("INVALID_ARGUMENT", () -> f.attribution.getClaimAttribution(
        GetClaimAttributionRequest.newBuilder().setClaim("nope").build()), "claim");
  }

  @Test
  void listActorStances_rollUpFollowsSpeakersNotEmployees() {
    var own = f.attribution.listActorStances(ListActorStancesRequest.newBuilder().setActor("actors/russia").build());
    assertEquals(2, own.getStancesCount());
    assertEquals("sources/b", own.getStances(0).getSource().getName(), "newest record first");
    var rolled = f.attribution.listActorStances(ListActorStancesRequest.newBuilder().setActor("actors/russia")
        .setRollUp(true).build());
    assertEquals(3, rolled.getStancesCount());
    AttributedStance hers = rolled.getStancesList().stream()
        .filter(s -> s.getStance().getActor().equals("actors/zakharova")).findFirst().orElseThrow();
    assertEquals(List.of("actors/zakharova", "actors/mfa", "actors/russia"), hers.getViaList());
    assertEquals(0, f.attribution.listActorStances(ListActorStancesRequest.newBuilder().setActor("actors/fefu")
        .setRollUp(true).build()).getStancesCount(), "an employee does not speak for the university");
    assertEquals(1, f.attribution.listActorStances(ListActorStancesRequest.newBuilder().setActor("actors/russia")
        .setFilter("kind = DENIES").build()).getStancesCount());
    assertError(Status.Code.NOT_FOUND, "ACTOR_NOT_FOUND", () -> f.attribution.listActorStances(
        ListActorStancesRequest.newBuilder().setActor("actors/nobody").build()));
    assertInvalid("INVALID_ARGUMENT", () -> f.attribution.listActorStances(
        ListActorStancesRequest.newBuilder().setActor("actors/russia").setPageSize(-5).build()), "page_size");
  }

  @Test
  void searchLedger_findsClaimsAndExcerptsRanked() {
    var hits = f.attribution.searchLedger(SearchLedgerRequest.newBuilder().setQuery("missiles Ukraine").build());
    assertEquals("claims/missiles", hits.getHits(0).getClaim().getName());
    assertTrue(hits.getHits(0).getSnippet().contains("["));
    var denied = f.attribution.searchLedger(SearchLedgerRequest.newBuilder().setQuery("denied").build());
    assertEquals(2, denied.getHitsCount());
    assertTrue(denied.getHitsList().stream().allMatch(SearchHit::hasStance));
    var first = f.attribution.searchLedger(SearchLedgerRequest.newBuilder().setQuery("denied").setPageSize(1).build());
    var second = f.attribution.searchLedger(SearchLedgerRequest.newBuilder().setQuery("denied").setPageSize(1)
        .setPageToken(first.getNextPageToken()).build());
    assertNotEquals(first.getHits(0).getStance().getStance().getName(), second.getHits(0).getStance().getStance().getName());
    assertEquals("", second.getNextPageToken());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"denied", "NEAR(denied moscow)", "denied*", "((denied", "denied OR", "-denied", "denied:x", "^denied"})
  void searchLedger_ftsSyntax_readAsPlainWords(String query) {
    var hits = f.attribution.searchLedger(SearchLedgerRequest.newBuilder().setQuery(query).build());
    assertNotNull(hits);
  }

  @Test
  void searchLedger_noWords_invalidArgument() {
    assertInvalid("INVALID_ARGUMENT", () -> f.attribution.searchLedger(SearchLedgerRequest.newBuilder().setQuery("((( *").build()), "query");
    assertInvalid("INVALID_ARGUMENT", () -> f.attribution.searchLedger(SearchLedgerRequest.getDefaultInstance()), "query");
  }

  @Test
  void listContestedClaims_bothSidesAndFilters() {
    var all = f.contradictions.listContestedClaims(ListContestedClaimsRequest.getDefaultInstance());
    assertEquals(1, all.getContestedClaimsCount());
    ContestedClaim c = all.getContestedClaims(0);
    assertEquals(Set.of("actors/us"), c.getSupportingList().stream().map(s -> s.getStance().getActor()).collect(Collectors.toSet()));
    assertEquals(Set.of("actors/russia", "actors/zakharova"),
        c.getDenyingList().stream().map(s -> s.getStance().getActor()).collect(Collectors.toSet()));
    assertEquals(1_705_276_800, c.getContestedTime().getSeconds());
    for (String filter : List.of("actor = \"actors/zakharova\"", "source = \"sources/a\"",
        "contested_time >= \"2024-01-15T00:00:00Z\" AND contested_time < \"2024-01-16T00:00:00Z\"")) {
      assertEquals(1, f.contradictions.listContestedClaims(ListContestedClaimsRequest.newBuilder().setFilter(filter)
          .build()).getContestedClaimsCount(), filter);
    }
    for (String filter : List.of("actor = \"actors/lukin\"", "contested_time > \"2024-01-15T00:00:00Z\"")) {
      assertEquals(0, f.contradictions.listContestedClaims(ListContestedClaimsRequest.newBuilder().setFilter(filter)
          .build()).getContestedClaimsCount(), filter);
    }
    assertError(Status.Code.NOT_FOUND, "ACTOR_NOT_FOUND", () -> f.contradictions.listContestedClaims(
        ListContestedClaimsRequest.newBuilder().setFilter("actor = \"actors/nobody\"").build()));
    assertInvalid("INVALID_FILTER", () -> f.contradictions.listContestedClaims(
        ListContestedClaimsRequest.newBuilder().setFilter("claim = \"claims/missiles\"").build()), "filter");
  }

  @Test
  void contest_needsTwoActors_andEndsWithRetraction() {
    f.claim("solo", "Moscow said both.");
    f.stance("solo", "russia", StanceKind.STANCE_KIND_ASSERTS, "a", "Moscow denied it.");
    f.stance("solo", "russia", StanceKind.STANCE_KIND_DENIES, "a", "Moscow denied it.");
    assertFalse(summary("solo").getContested(), "one actor on both sides is not a contest");
    f.stance("solo", "us", StanceKind.STANCE_KIND_RETRACTS, "a", "The U.S. alleged it.");
    assertFalse(summary("solo").getContested());
    f.stance("missiles", "us", StanceKind.STANCE_KIND_RETRACTS, "b", "The U.S. repeated it.");
    assertFalse(summary("missiles").getContested(), "the only supporter retracted");
    assertEquals(0, f.contradictions.listContestedClaims(ListContestedClaimsRequest.getDefaultInstance())
        .getContestedClaimsCount());
  }

  private ClaimSummary summary(String id) {
    return f.claims.getClaim(GetClaimRequest.newBuilder().setName("claims/" + id).build()).getClaim().getSummary();
  }

  @Test
  void listOpposingClaims_eitherOrder_sameActorRejected() {
    var ab = f.contradictions.listOpposingClaims(ListOpposingClaimsRequest.newBuilder().setActor("actors/us")
        .setOtherActor("actors/russia").build());
    assertEquals(1, ab.getOpposingClaimsCount());
    assertEquals(2, ab.getOpposingClaims(0).getActorStancesCount());
    assertEquals(2, ab.getOpposingClaims(0).getOtherActorStancesCount());
    assertEquals(1, f.contradictions.listOpposingClaims(ListOpposingClaimsRequest.newBuilder().setActor("actors/zakharova")
        .setOtherActor("actors/us").build()).getOpposingClaimsCount());
    assertEquals(0, f.contradictions.listOpposingClaims(ListOpposingClaimsRequest.newBuilder().setActor("actors/russia")
        .setOtherActor("actors/zakharova").build()).getOpposingClaimsCount());
    assertInvalid("INVALID_ARGUMENT", () -> f.contradictions.listOpposingClaims(ListOpposingClaimsRequest.newBuilder()
        .setActor("actors/us").setOtherActor("actors/us").build()), "other_actor");
    assertError(Status.Code.NOT_FOUND, "ACTOR_NOT_FOUND", () -> f.contradictions.listOpposingClaims(
        ListOpposingClaimsRequest.newBuilder().setActor("actors/us").setOtherActor("actors/nobody").build()));
  }

  @Test
  void listConflictingReports_deniedThenSilent_notRepeatedAssertion() {
    var all = f.contradictions.listConflictingReports(ListConflictingReportsRequest.getDefaultInstance());
    assertEquals(1, all.getConflictingReportsCount(), "the U.S. asserting in both sources is no conflict");
    ConflictingReport r = all.getConflictingReports(0);
    assertEquals("actors/russia", r.getActor().getName());
    assertEquals(Set.of(StanceKind.STANCE_KIND_DENIES, StanceKind.STANCE_KIND_DECLINES_TO_COMMENT),
        r.getReportsList().stream().map(s -> s.getStance().getKind()).collect(Collectors.toSet()));
    assertEquals(1, f.contradictions.listConflictingReports(ListConflictingReportsRequest.newBuilder()
        .setFilter("actor = \"actors/russia\" AND claim = \"claims/missiles\"").build()).getConflictingReportsCount());
    assertEquals(0, f.contradictions.listConflictingReports(ListConflictingReportsRequest.newBuilder()
        .setFilter("actor = \"actors/us\"").build()).getConflictingReportsCount());
    assertError(Status.Code.NOT_FOUND, "CLAIM_NOT_FOUND", () -> f.contradictions.listConflictingReports(
        ListConflictingReportsRequest.newBuilder().setFilter("claim = \"claims/nope\"").build()));
    assertInvalid("INVALID_ARGUMENT", () -> f.contradictions.listConflictingReports(
        ListConflictingReportsRequest.newBuilder().setPageSize(-1).build()), "page_size");
  }
}
