package dev.claimledger.api;

import static dev.claimledger.LedgerFixture.assertError;
import static dev.claimledger.LedgerFixture.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Timestamp;
import com.google.protobuf.util.Timestamps;
import dev.claimledger.LedgerFixture;
import dev.claimledger.v1.*;
import io.grpc.Status;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ContradictionService through the in-process server on a real SQLite file. */
class ContradictionServiceTest {
  private static final StanceKind ASSERTS = StanceKind.STANCE_KIND_ASSERTS;
  private static final StanceKind DENIES = StanceKind.STANCE_KIND_DENIES;
  private static final StanceKind SUGGESTS = StanceKind.STANCE_KIND_SUGGESTS;
  private static final StanceKind CONDEMNS = StanceKind.STANCE_KIND_CONDEMNS;
  private static final StanceKind DECLINES = StanceKind.STANCE_KIND_DECLINES_TO_COMMENT;
  private static final StanceKind RETRACTS = StanceKind.STANCE_KIND_RETRACTS;

  private static final String ONE = "Statement one.";
  private static final String TWO = "Statement two.";
  private static final String THREE = "Statement three.";
  private static final String BODY = ONE + " " + TWO + " " + THREE;

  private static final Timestamp JAN = time("2024-01-15T00:00:00Z");
  private static final Timestamp MAR = time("2024-03-01T00:00:00Z");
  private static final Timestamp MAY = time("2024-05-01T00:00:00Z");

  @TempDir Path dir;
  LedgerFixture f;

  @BeforeEach
  void open() throws Exception {
    f = new LedgerFixture(dir);
    f.actor("us", "United States", ActorKind.ACTOR_KIND_STATE);
    f.actor("russia", "Russia", ActorKind.ACTOR_KIND_STATE);
    f.actor("nk", "North Korea", ActorKind.ACTOR_KIND_STATE);
    f.actor("ukraine", "Ukraine", ActorKind.ACTOR_KIND_STATE);
    source("mar", "March report", MAR);
    source("may", "May report", MAY);
    source("jan", "January report", JAN);
    source("undated", "Undated report", null);
    for (String c : new String[] {"c1", "c2", "c3", "c4", "c5"}) f.claim(c, "Claim " + c + " happened.");
  }

  @AfterEach
  void close() throws Exception {
    f.close();
  }

  // ---- helpers ----

  private static Timestamp time(String rfc3339) {
    try {
      return Timestamps.parse(rfc3339);
    } catch (java.text.ParseException e) {
      throw new AssertionError(e);
    }
  }

  private void source(String id, String title, Timestamp published) {
    Source.Builder s = Source.newBuilder().setTitle(title).setText(title + ": " + BODY);
    if (published != null) s.setPublishTime(published);
    f.sources.createSource(CreateSourceRequest.newBuilder().setSourceId(id).setSource(s).build());
  }

  private Stance stance(String claim, String actor, StanceKind kind, String source) {
    return f.stance(claim, actor, kind, source, ONE);
  }

  private Stance stance(String claim, String actor, StanceKind kind, String source, String excerpt) {
    return f.stance(claim, actor, kind, source, excerpt);
  }

  private ClaimSummary summary(String claim) {
    return f.claims.getClaim(GetClaimRequest.newBuilder().setName("claims/" + claim).build()).getClaim().getSummary();
  }

  private List<ContestedClaim> contested(String filter) {
    return f.contradictions.listContestedClaims(ListContestedClaimsRequest.newBuilder().setFilter(filter)
        .setPageSize(200).build()).getContestedClaimsList();
  }

  private List<String> contestedNames(String filter) {
    return contested(filter).stream().map(c -> c.getClaim().getName()).toList();
  }

  private List<OpposingClaim> opposing(String actor, String other) {
    return f.contradictions.listOpposingClaims(ListOpposingClaimsRequest.newBuilder().setActor("actors/" + actor)
        .setOtherActor("actors/" + other).build()).getOpposingClaimsList();
  }

  private List<ConflictingReport> conflicting(String filter) {
    return f.contradictions.listConflictingReports(ListConflictingReportsRequest.newBuilder().setFilter(filter).build())
        .getConflictingReportsList();
  }

  private static List<String> names(List<AttributedStance> stances) {
    return stances.stream().map(s -> s.getStance().getName()).toList();
  }

  private Stance supersede(Stance old, StanceKind kind) {
    return f.stances.supersedeStance(SupersedeStanceRequest.newBuilder().setName(old.getName())
        .setParent(old.getName().substring(0, old.getName().indexOf("/stances/"))).setReason("correction")
        .setStance(old.toBuilder().setKind(kind).clearName()).build()).getStance();
  }

  private static String tamper(String token) {
    int i = token.length() / 2;
    return token.substring(0, i) + (token.charAt(i) == 'A' ? 'B' : 'A') + token.substring(i + 1);
  }

  // ---- ListContestedClaims ----

  @Test
  void listContestedClaims_assertsAndDeniesByTwoActors_contestedWithBothSides() {
    Stance us = stance("c1", "us", ASSERTS, "mar");
    Stance russia = stance("c1", "russia", DENIES, "may", TWO);
    List<ContestedClaim> list = contested("");
    assertEquals(1, list.size());
    ContestedClaim c = list.get(0);
    assertEquals("claims/c1", c.getClaim().getName());
    assertTrue(c.getClaim().getSummary().getContested());
    assertEquals(1, c.getClaim().getSummary().getSupportingActorCount());
    assertEquals(1, c.getClaim().getSummary().getDenyingActorCount());
    assertEquals(1, c.getSupportingCount());
    assertEquals(us, c.getSupporting(0).getStance());
    assertEquals("sources/mar", c.getSupporting(0).getSource().getName());
    assertEquals("March report", c.getSupporting(0).getSource().getTitle());
    assertEquals(MAR, c.getSupporting(0).getSource().getPublishTime());
    assertEquals("United States", c.getSupporting(0).getActorDisplayName());
    assertEquals("Claim c1 happened.", c.getSupporting(0).getClaimText());
    assertEquals(1, c.getDenyingCount());
    assertEquals(russia, c.getDenying(0).getStance());
    assertEquals("sources/may", c.getDenying(0).getSource().getName());
    assertEquals(MAY, c.getContestedTime(), "the later of the earliest report of each side");
    assertTrue(summary("c1").getContested());
    assertEquals(List.of("claims/c1"), f.claims.listClaims(ListClaimsRequest.newBuilder()
        .setFilter("contested = true").build()).getClaimsList().stream().map(Claim::getName).toList());
  }

  @Test
  void listContestedClaims_contestedTime_laterOfEarliestReportOfEachSide() {
    stance("c1", "us", ASSERTS, "may");
    stance("c1", "us", ASSERTS, "jan", TWO);
    stance("c1", "russia", DENIES, "mar");
    stance("c1", "nk", DENIES, "may", THREE);
    assertEquals(MAR, contested("").get(0).getContestedTime());
  }

  @Test
  void listContestedClaims_sourceWithoutPublishTime_usesRecordTime() {
    long before = System.currentTimeMillis() / 1000 - 1;
    stance("c1", "us", ASSERTS, "jan");
    stance("c1", "russia", DENIES, "undated");
    long after = System.currentTimeMillis() / 1000 + 1;
    long seconds = contested("").get(0).getContestedTime().getSeconds();
    assertTrue(seconds >= before && seconds <= after, () -> "contested_time " + seconds);
  }

  @Test
  void listContestedClaims_oneActorAssertsAndDenies_notContested() {
    Stance asserts = stance("c1", "us", ASSERTS, "mar");
    Stance denies = stance("c1", "us", DENIES, "may", TWO);
    ClaimSummary s = summary("c1");
    assertEquals(1, s.getSupportingActorCount());
    assertEquals(1, s.getDenyingActorCount());
    assertFalse(s.getContested());
    assertTrue(contested("").isEmpty());

    Stance russia = stance("c1", "russia", DENIES, "jan");
    ContestedClaim c = contested("").get(0);
    assertEquals(List.of(asserts.getName()), names(c.getSupportingList()));
    assertEquals(List.of(denies.getName(), russia.getName()), names(c.getDenyingList()));
    assertEquals(2, summary("c1").getDenyingActorCount());
  }

  @Test
  void listContestedClaims_onlySupporterRetracts_uncontested() {
    stance("c1", "us", ASSERTS, "mar");
    stance("c1", "russia", DENIES, "may");
    assertEquals(List.of("claims/c1"), contestedNames(""));
    stance("c1", "us", RETRACTS, "jan");
    assertTrue(contested("").isEmpty());
    ClaimSummary s = summary("c1");
    assertFalse(s.getContested());
    assertEquals(0, s.getSupportingActorCount());
    assertEquals(1, s.getDenyingActorCount());
    assertEquals(3, s.getStanceCount());
  }



  @Test
  void listContestedClaims_suggestsSupportsButCondemnsDoesNot() {
    stance("c1", "us", SUGGESTS, "mar");
    stance("c1", "russia", DENIES, "may");
    stance("c2", "us", CONDEMNS, "mar");
    stance("c2", "russia", DENIES, "may");
    assertEquals(List.of("claims/c1"), contestedNames(""));
    assertEquals(1, contested("").get(0).getSupportingCount());
    assertFalse(summary("c2").getContested());
    assertEquals(0, summary("c2").getSupportingActorCount());
  }

  @Test
  void listContestedClaims_supersededDenial_noLongerCounts() {
    stance("c1", "us", ASSERTS, "mar");
    Stance denial = stance("c1", "russia", DENIES, "may");
    supersede(denial, DECLINES);
    assertTrue(contested("").isEmpty());
    assertFalse(summary("c1").getContested());
  }

  @Test
  void listContestedClaims_opposingActorsMerged_noLongerContested() {
    stance("c1", "us", ASSERTS, "mar");
    stance("c1", "russia", DENIES, "may");
    f.actors.mergeActors(MergeActorsRequest.newBuilder().setName("actors/russia").setInto("actors/us")
        .setReason("test").build());
    assertTrue(contested("").isEmpty());
    ClaimSummary s = summary("c1");
    assertEquals(1, s.getSupportingActorCount());
    assertEquals(1, s.getDenyingActorCount());
    assertFalse(s.getContested());
  }

  @Test
  void listContestedClaims_filters_actorSourceAndContestedTime() {
    stance("c1", "us", ASSERTS, "mar");
    stance("c1", "russia", DENIES, "may");
    stance("c2", "nk", ASSERTS, "jan");
    stance("c2", "us", DENIES, "mar", TWO);
    stance("c3", "ukraine", ASSERTS, "jan", THREE);
    stance("c3", "nk", DENIES, "jan", TWO);
    stance("c4", "ukraine", DECLINES, "may", THREE);
    assertEquals(List.of("claims/c1", "claims/c2", "claims/c3"), contestedNames(""));
    assertEquals(List.of("claims/c1", "claims/c2"), contestedNames("actor = \"actors/us\""));
    assertEquals(List.of("claims/c1"), contestedNames("actor = \"actors/russia\""));
    assertEquals(List.of("claims/c3"), contestedNames("actor = \"actors/ukraine\""));
    assertEquals(List.of("claims/c1"), contestedNames("source = \"sources/may\""));
    assertEquals(List.of("claims/c2", "claims/c3"), contestedNames("source = \"sources/jan\""));
    assertTrue(contestedNames("source = \"sources/undated\"").isEmpty());
    assertEquals(List.of("claims/c1"), contestedNames("contested_time >= \"2024-04-01T00:00:00Z\""));
    assertEquals(List.of("claims/c2", "claims/c3"), contestedNames("contested_time < \"2024-04-01T00:00:00Z\""));
    assertEquals(List.of("claims/c1", "claims/c2"), contestedNames("contested_time >= \"2024-03-01T00:00:00Z\""));
    assertEquals(List.of("claims/c1"), contestedNames("contested_time > \"2024-03-01T00:00:00Z\""));
    assertEquals(List.of("claims/c2", "claims/c3"), contestedNames("contested_time <= \"2024-03-01T00:00:00Z\""));
    assertEquals(List.of("claims/c3"), contestedNames("contested_time >= \"2024-01-01T00:00:00Z\""
        + " AND contested_time < \"2024-02-01T00:00:00Z\""));
    assertEquals(List.of("claims/c2"), contestedNames("actor = \"actors/us\" AND contested_time <= \"2024-03-01T00:00:00Z\""));
  }

  @Test
  void listContestedClaims_unknownActorOrSourceInFilter_notFound() {
    assertError(Status.Code.NOT_FOUND, "ACTOR_NOT_FOUND", () -> contested("actor = \"actors/nobody\""));
    assertError(Status.Code.NOT_FOUND, "SOURCE_NOT_FOUND", () -> contested("source = \"sources/nope\""));
  }

  @Test
  void listContestedClaims_invalidFilter_invalidFilter() {
    for (String filter : new String[] {"claim = \"claims/c1\"", "actor != \"actors/us\"",
        "contested_time = \"2024-01-01T00:00:00Z\"", "actor = \"actors/us", "actor = \"actors/us\" OR actor = \"actors/nk\"",
        "contested_time >= \"last year\"", "contested_time >= 2024", "actor = \"foo/bar\"",
        "contested_time > \"2024-01-01T00:00:00Z\" AND contested_time >= \"2024-02-01T00:00:00Z\""}) {
      assertInvalid("INVALID_FILTER", () -> contested(filter), "filter");
    }
  }

  @Test
  void listContestedClaims_pages_claimOrderWithoutDuplicates() {
    for (String c : new String[] {"c5", "c1", "c4", "c2", "c3"}) {
      stance(c, "us", ASSERTS, "mar");
      stance(c, "russia", DENIES, "may");
    }
    List<String> seen = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    String token = "";
    do {
      var r = f.contradictions.listContestedClaims(ListContestedClaimsRequest.newBuilder().setPageSize(2)
          .setPageToken(token).build());
      sizes.add(r.getContestedClaimsCount());
      r.getContestedClaimsList().forEach(c -> seen.add(c.getClaim().getName()));
      token = r.getNextPageToken();
    } while (!token.isEmpty());
    assertEquals(List.of(2, 2, 1), sizes);
    assertEquals(List.of("claims/c1", "claims/c2", "claims/c3", "claims/c4", "claims/c5"), seen);
    for (ContestedClaim c : contested("")) {
      assertEquals(1, c.getSupportingCount());
      assertEquals(1, c.getDenyingCount());
    }
  }

  @Test
  void listContestedClaims_pageSizeNegativeOrAboveMaximum() {
    stance("c1", "us", ASSERTS, "mar");
    stance("c1", "russia", DENIES, "may");
    assertInvalid("INVALID_ARGUMENT", () -> f.contradictions.listContestedClaims(ListContestedClaimsRequest.newBuilder()
        .setPageSize(-1).build()), "page_size");
    var r = f.contradictions.listContestedClaims(ListContestedClaimsRequest.newBuilder().setPageSize(10_000).build());
    assertEquals(1, r.getContestedClaimsCount());
    assertEquals("", r.getNextPageToken());
  }

  @Test
  void listContestedClaims_forgedOrMismatchedToken_invalidPageToken() {
    for (String c : new String[] {"c1", "c2"}) {
      stance(c, "us", ASSERTS, "mar");
      stance(c, "russia", DENIES, "may");
    }
    String token = f.contradictions.listContestedClaims(ListContestedClaimsRequest.newBuilder().setPageSize(1).build())
        .getNextPageToken();
    assertFalse(token.isEmpty());
    for (String bad : new String[] {"abc", tamper(token)}) {
      assertInvalid("INVALID_PAGE_TOKEN", () -> f.contradictions.listContestedClaims(ListContestedClaimsRequest
          .newBuilder().setPageSize(1).setPageToken(bad).build()), "page_token");
    }
    assertInvalid("INVALID_PAGE_TOKEN", () -> f.contradictions.listContestedClaims(ListContestedClaimsRequest
        .newBuilder().setPageSize(1).setFilter("actor = \"actors/us\"").setPageToken(token).build()), "page_token");
  }

  // ---- ListOpposingClaims ----

  private void opposingScenario() {
    stance("c1", "us", ASSERTS, "mar");
    stance("c1", "russia", DENIES, "may");
    stance("c2", "russia", SUGGESTS, "mar");
    stance("c2", "us", DENIES, "jan");
    stance("c3", "us", ASSERTS, "mar");
    stance("c3", "russia", ASSERTS, "may");
    stance("c4", "nk", DENIES, "mar");
    stance("c4", "us", ASSERTS, "may");
    stance("c5", "us", CONDEMNS, "mar");
    stance("c5", "russia", DENIES, "may");
  }

  @Test
  void listOpposingClaims_bothOrders_sameClaimsWithSidesSwapped() {
    opposingScenario();
    List<OpposingClaim> ab = opposing("us", "russia");
    assertEquals(List.of("claims/c1", "claims/c2"), ab.stream().map(o -> o.getClaim().getName()).toList());
    for (OpposingClaim o : ab) {
      assertTrue(o.getActorStancesList().stream().allMatch(s -> s.getStance().getActor().equals("actors/us")));
      assertTrue(o.getOtherActorStancesList().stream().allMatch(s -> s.getStance().getActor().equals("actors/russia")));
      assertEquals(1, o.getActorStancesCount());
      assertEquals(1, o.getOtherActorStancesCount());
    }
    assertEquals(ASSERTS, ab.get(0).getActorStances(0).getStance().getKind());
    assertEquals(DENIES, ab.get(0).getOtherActorStances(0).getStance().getKind());
    assertEquals(DENIES, ab.get(1).getActorStances(0).getStance().getKind());
    assertEquals("Claim c1 happened.", ab.get(0).getClaim().getText());
    assertTrue(ab.get(0).getClaim().getSummary().getContested());

    List<OpposingClaim> ba = opposing("russia", "us");
    assertEquals(List.of("claims/c1", "claims/c2"), ba.stream().map(o -> o.getClaim().getName()).toList());
    for (int i = 0; i < 2; i++) {
      assertEquals(ab.get(i).getActorStancesList(), ba.get(i).getOtherActorStancesList());
      assertEquals(ab.get(i).getOtherActorStancesList(), ba.get(i).getActorStancesList());
    }
    assertEquals(List.of("claims/c4"), opposing("nk", "us").stream().map(o -> o.getClaim().getName()).toList());
    assertTrue(opposing("nk", "russia").isEmpty());
  }

  @Test
  void listOpposingClaims_mergedActor_countsForSurvivor() {
    f.actor("dprk", "DPRK", ActorKind.ACTOR_KIND_STATE);
    stance("c1", "dprk", ASSERTS, "mar");
    stance("c1", "russia", DENIES, "may");
    assertTrue(opposing("nk", "russia").isEmpty());
    f.actors.mergeActors(MergeActorsRequest.newBuilder().setName("actors/dprk").setInto("actors/nk").setReason("t").build());
    List<OpposingClaim> list = opposing("nk", "russia");
    assertEquals(List.of("claims/c1"), list.stream().map(o -> o.getClaim().getName()).toList());
    assertEquals("actors/dprk", list.get(0).getActorStances(0).getStance().getActor());
    assertEquals("actors/nk", list.get(0).getActorStances(0).getStance().getResolvedActor());
    assertEquals(1, opposing("dprk", "russia").size(), "a merged actor is read as its survivor");
  }

  @Test
  void listOpposingClaims_supersededStance_noLongerOpposes() {
    stance("c1", "us", ASSERTS, "mar");
    Stance denial = stance("c1", "russia", DENIES, "may");
    assertEquals(1, opposing("us", "russia").size());
    supersede(denial, ASSERTS);
    assertTrue(opposing("us", "russia").isEmpty());
  }

  @Test
  void listOpposingClaims_sameActorTwice_invalidArgument() {
    assertInvalid("INVALID_ARGUMENT", () -> opposing("us", "us"), "other_actor");
    f.actors.mergeActors(MergeActorsRequest.newBuilder().setName("actors/nk").setInto("actors/us").setReason("t").build());
    assertError(Status.Code.INVALID_ARGUMENT, "INVALID_ARGUMENT", () -> opposing("nk", "us"));
  }

  @Test
  void listOpposingClaims_badNamesOrPageSize_invalidArgument() {
    assertInvalid("INVALID_ARGUMENT", () -> f.contradictions.listOpposingClaims(ListOpposingClaimsRequest.newBuilder()
        .setActor("actors/Bad_ID").setOtherActor("foo/bar").build()), "actor", "other_actor");
    assertInvalid("INVALID_ARGUMENT", () -> f.contradictions.listOpposingClaims(ListOpposingClaimsRequest.newBuilder()
        .setActor("actors/us").build()), "other_actor");
    assertInvalid("INVALID_ARGUMENT", () -> f.contradictions.listOpposingClaims(ListOpposingClaimsRequest.newBuilder()
        .setActor("actors/us").setOtherActor("actors/russia").setPageSize(-1).build()), "page_size");
  }

  @Test
  void listOpposingClaims_unknownActor_notFoundActorNotFound() {
    assertError(Status.Code.NOT_FOUND, "ACTOR_NOT_FOUND", () -> opposing("us", "nobody"));
    assertError(Status.Code.NOT_FOUND, "ACTOR_NOT_FOUND", () -> opposing("nobody", "us"));
  }

  @Test
  void listOpposingClaims_pages_withoutDuplicates() {
    opposingScenario();
    List<String> seen = new ArrayList<>();
    String token = "";
    int pages = 0;
    do {
      var r = f.contradictions.listOpposingClaims(ListOpposingClaimsRequest.newBuilder().setActor("actors/us")
          .setOtherActor("actors/russia").setPageSize(1).setPageToken(token).build());
      r.getOpposingClaimsList().forEach(o -> seen.add(o.getClaim().getName()));
      token = r.getNextPageToken();
      pages++;
    } while (!token.isEmpty());
    assertEquals(List.of("claims/c1", "claims/c2"), seen);
    assertTrue(pages >= 2);
    var big = f.contradictions.listOpposingClaims(ListOpposingClaimsRequest.newBuilder().setActor("actors/us")
        .setOtherActor("actors/russia").setPageSize(100_000).build());
    assertEquals(2, big.getOpposingClaimsCount());
  }

  @Test
  void listOpposingClaims_forgedOrMismatchedToken_invalidPageToken() {
    opposingScenario();
    String token = f.contradictions.listOpposingClaims(ListOpposingClaimsRequest.newBuilder().setActor("actors/us")
        .setOtherActor("actors/russia").setPageSize(1).build()).getNextPageToken();
    assertFalse(token.isEmpty());
    for (String bad : new String[] {"abc", tamper(token)}) {
      assertInvalid("INVALID_PAGE_TOKEN", () -> f.contradictions.listOpposingClaims(ListOpposingClaimsRequest
          .newBuilder().setActor("actors/us").setOtherActor("actors/russia").setPageSize(1).setPageToken(bad).build()),
          "page_token");
    }
    assertInvalid("INVALID_PAGE_TOKEN", () -> f.contradictions.listOpposingClaims(ListOpposingClaimsRequest
        .newBuilder().setActor("actors/russia").setOtherActor("actors/us").setPageSize(1).setPageToken(token).build()),
        "page_token");
  }

  // ---- ListConflictingReports ----

  @Test
  void listConflictingReports_deniesInOneSourceDeclinesInAnother_oneReportWithBothStances() {
    Stance denies = stance("c1", "russia", DENIES, "mar");
    Stance declines = stance("c1", "russia", DECLINES, "may");
    List<ConflictingReport> reports = conflicting("");
    assertEquals(1, reports.size());
    ConflictingReport r = reports.get(0);
    assertEquals("claims/c1", r.getClaim().getName());
    assertEquals(1, r.getClaim().getSummary().getConflictingReportCount());
    assertEquals("actors/russia", r.getActor().getName());
    assertEquals("Russia", r.getActor().getDisplayName());
    assertEquals(List.of(denies, declines), r.getReportsList().stream().map(AttributedStance::getStance).toList());
    assertEquals("sources/mar", r.getReports(0).getSource().getName());
    assertEquals("sources/may", r.getReports(1).getSource().getName());
    assertEquals(1, summary("c1").getConflictingReportCount());
  }

  @Test
  void listConflictingReports_deniesInTwoSources_noConflict() {
    stance("c1", "russia", DENIES, "mar");
    stance("c1", "russia", DENIES, "may");
    assertTrue(conflicting("").isEmpty());
    assertEquals(0, summary("c1").getConflictingReportCount());
  }

  @Test
  void listConflictingReports_assertsInOneSourceDeniesInAnother_conflict() {
    stance("c1", "nk", ASSERTS, "mar");
    stance("c1", "nk", DENIES, "may");
    assertEquals(List.of("actors/nk"), conflicting("").stream().map(r -> r.getActor().getName()).toList());
  }

  @Test
  void listConflictingReports_reportsOfMergedActors_conflictForSurvivor() {
    f.actor("pyongyang", "Pyongyang", ActorKind.ACTOR_KIND_STATE);
    Stance denies = stance("c1", "nk", DENIES, "mar");
    Stance declines = stance("c1", "pyongyang", DECLINES, "may");
    assertTrue(conflicting("").isEmpty());
    f.actors.mergeActors(MergeActorsRequest.newBuilder().setName("actors/pyongyang").setInto("actors/nk")
        .setReason("the capital speaks for the state").build());
    List<ConflictingReport> reports = conflicting("");
    assertEquals(1, reports.size());
    assertEquals("actors/nk", reports.get(0).getActor().getName());
    assertEquals(List.of(denies.getName(), declines.getName()), names(reports.get(0).getReportsList()));
    assertEquals(1, summary("c1").getConflictingReportCount());
    assertEquals(1, conflicting("actor = \"actors/pyongyang\"").size());
  }

  @Test
  void listConflictingReports_differentKindsInOneSource_noConflict() {
    stance("c1", "russia", DENIES, "mar");
    stance("c1", "russia", DECLINES, "mar", TWO);
    assertTrue(conflicting("").isEmpty());
  }

  @Test
  void listConflictingReports_supersededReport_conflictResolved() {
    stance("c1", "russia", DENIES, "mar");
    Stance declines = stance("c1", "russia", DECLINES, "may");
    assertEquals(1, conflicting("").size());
    supersede(declines, DENIES);
    assertTrue(conflicting("").isEmpty());
    assertEquals(0, summary("c1").getConflictingReportCount());
  }

  @Test
  void listConflictingReports_filtersAndOrder_byClaimThenActor() {
    stance("c2", "russia", DENIES, "mar");
    stance("c2", "russia", DECLINES, "may");
    stance("c1", "nk", DENIES, "mar");
    stance("c1", "nk", ASSERTS, "jan");
    stance("c1", "russia", ASSERTS, "mar");
    stance("c1", "russia", DECLINES, "jan");
    stance("c3", "us", ASSERTS, "mar");
    stance("c3", "us", ASSERTS, "may");
    List<String> all = conflicting("").stream().map(r -> r.getClaim().getName() + " " + r.getActor().getName()).toList();
    assertEquals(List.of("claims/c1 actors/russia", "claims/c1 actors/nk", "claims/c2 actors/russia"), all);
    assertEquals(List.of("claims/c1", "claims/c2"),
        conflicting("actor = \"actors/russia\"").stream().map(r -> r.getClaim().getName()).toList());
    assertEquals(List.of("actors/russia", "actors/nk"),
        conflicting("claim = \"claims/c1\"").stream().map(r -> r.getActor().getName()).toList());
    assertEquals(1, conflicting("claim = \"claims/c1\" AND actor = \"actors/nk\"").size());
    assertTrue(conflicting("actor = \"actors/us\"").isEmpty());
    assertEquals(2, summary("c1").getConflictingReportCount());
  }

  @Test
  void listConflictingReports_unknownActorOrClaimInFilter_notFound() {
    assertError(Status.Code.NOT_FOUND, "ACTOR_NOT_FOUND", () -> conflicting("actor = \"actors/nobody\""));
    assertError(Status.Code.NOT_FOUND, "CLAIM_NOT_FOUND", () -> conflicting("claim = \"claims/nope\""));
  }

  @Test
  void listConflictingReports_invalidFilterOrPageSize_invalidArgument() {
    for (String filter : new String[] {"source = \"sources/mar\"", "actor != \"actors/us\"", "claim = \"claims/c1",
        "actor = \"actors/us\" OR actor = \"actors/nk\"", "claim = \"actors/us\"", "actor"}) {
      assertInvalid("INVALID_FILTER", () -> conflicting(filter), "filter");
    }
    assertInvalid("INVALID_ARGUMENT", () -> f.contradictions.listConflictingReports(ListConflictingReportsRequest
        .newBuilder().setPageSize(-1).build()), "page_size");
  }

  @Test
  void listConflictingReports_pages_withoutDuplicates() {
    for (String c : new String[] {"c1", "c2", "c3"}) {
      stance(c, "russia", DENIES, "mar");
      stance(c, "russia", DECLINES, "may");
    }
    List<String> seen = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    String token = "";
    do {
      var r = f.contradictions.listConflictingReports(ListConflictingReportsRequest.newBuilder().setPageSize(2)
          .setPageToken(token).build());
      sizes.add(r.getConflictingReportsCount());
      r.getConflictingReportsList().forEach(c -> seen.add(c.getClaim().getName()));
      token = r.getNextPageToken();
    } while (!token.isEmpty());
    assertEquals(List.of(2, 1), sizes);
    assertEquals(List.of("claims/c1", "claims/c2", "claims/c3"), seen);
    assertEquals(3, f.contradictions.listConflictingReports(ListConflictingReportsRequest.newBuilder()
        .setPageSize(10_000).build()).getConflictingReportsCount());
    for (String bad : new String[] {"abc", tamper(f.contradictions.listConflictingReports(ListConflictingReportsRequest
        .newBuilder().setPageSize(1).build()).getNextPageToken())}) {
      assertInvalid("INVALID_PAGE_TOKEN", () -> f.contradictions.listConflictingReports(ListConflictingReportsRequest
          .newBuilder().setPageSize(1).setPageToken(bad).build()), "page_token");
    }
  }
}
