package dev.claimledger.api;

import static dev.claimledger.LedgerFixture.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Timestamp;
import com.google.protobuf.util.Timestamps;
import dev.claimledger.LedgerFixture;
import dev.claimledger.v1.*;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries as of a time: a league that declined to comment on Monday and confirmed a suspension on
 * Wednesday, which the player's agent denied. The articles carry publish times days after the
 * records are made, so "as of Tuesday" is a time when the Monday article was published and
 * recorded and the Wednesday one was not yet published.
 */
class AsOfQueriesTest {
  private static final String CLAIM = "claims/suspended";

  @TempDir Path dir;
  LedgerFixture f;
  Instant monday;
  Timestamp tuesday;
  Timestamp thursday;
  Stance declined;
  Stance confirmed;

  @BeforeEach
  void open() throws Exception {
    f = new LedgerFixture(dir);
    f.actor("league", "Halvard League", ActorKind.ACTOR_KIND_ORGANIZATION);
    f.actor("agent", "Bruno Keller", ActorKind.ACTOR_KIND_PERSON);
    f.claim("suspended", "Mateo Linhares has been suspended.");
    monday = Instant.now().plus(Duration.ofDays(1));
    tuesday = at(monday.plus(Duration.ofDays(1)));
    thursday = at(monday.plus(Duration.ofDays(3)));
    source("mon", monday, "The Halvard League declined to comment on reports that Linhares was suspended.");
    source("wed", monday.plus(Duration.ofDays(2)),
        "The Halvard League confirmed that Linhares has been suspended. His agent Bruno Keller denied it.");
    declined = f.stance("suspended", "league", StanceKind.STANCE_KIND_DECLINES_TO_COMMENT, "mon", "declined to comment");
    confirmed = f.stance("suspended", "league", StanceKind.STANCE_KIND_ASSERTS, "wed", "confirmed that Linhares has been suspended");
    f.stance("suspended", "agent", StanceKind.STANCE_KIND_DENIES, "wed", "Bruno Keller denied it");
  }

  @AfterEach
  void close() throws Exception {
    f.close();
  }

  private static Timestamp at(Instant t) {
    return Timestamps.fromMillis(t.toEpochMilli());
  }

  private void source(String id, Instant published, String text) {
    f.sources.createSource(CreateSourceRequest.newBuilder().setSourceId(id).setSource(Source.newBuilder()
        .setTitle(id).setText(text).setPublishTime(at(published))).build());
  }

  private List<String> contested(Timestamp asOf) {
    var req = ListContestedClaimsRequest.newBuilder();
    if (asOf != null) req.setAsOfTime(asOf);
    return f.contradictions.listContestedClaims(req.build()).getContestedClaimsList().stream()
        .map(c -> c.getClaim().getName()).toList();
  }

  @Test
  void contestedClaims_asOfTuesday_notYet_asOfThursday_andNow() {
    assertEquals(List.of(), contested(tuesday));
    assertEquals(List.of(CLAIM), contested(thursday));
    assertEquals(List.of(CLAIM), contested(null));
    var c = f.contradictions.listContestedClaims(ListContestedClaimsRequest.newBuilder().setAsOfTime(thursday).build())
        .getContestedClaims(0);
    assertEquals(List.of("actors/league"), c.getSupportingList().stream().map(s -> s.getStance().getActor()).toList());
    assertEquals(List.of("actors/agent"), c.getDenyingList().stream().map(s -> s.getStance().getActor()).toList());
    assertEquals(Timestamps.toMillis(at(monday.plus(Duration.ofDays(2)))), Timestamps.toMillis(c.getContestedTime()));
  }

  @Test
  void claimAttribution_asOfTuesday_showsOnlyMondaysSilence() {
    var a = f.attribution.getClaimAttribution(GetClaimAttributionRequest.newBuilder().setClaim(CLAIM).setAsOfTime(tuesday).build());
    assertEquals(1, a.getActorsCount());
    assertEquals(List.of(declined.getName()), a.getActors(0).getStancesList().stream().map(s -> s.getStance().getName()).toList());
    assertEquals(1, a.getClaim().getSummary().getStanceCount());
    assertFalse(a.getClaim().getSummary().getContested());
    var now = f.attribution.getClaimAttribution(GetClaimAttributionRequest.newBuilder().setClaim(CLAIM).build());
    assertEquals(2, now.getActorsCount());
    assertEquals(3, now.getClaim().getSummary().getStanceCount());
  }

  @Test
  void conflictingReportsAndOpposingClaims_appearWhenWednesdayIsPublished() {
    var before = f.contradictions.listConflictingReports(ListConflictingReportsRequest.newBuilder().setAsOfTime(tuesday).build());
    assertEquals(0, before.getConflictingReportsCount());
    var after = f.contradictions.listConflictingReports(ListConflictingReportsRequest.newBuilder().setAsOfTime(thursday).build());
    assertEquals(1, after.getConflictingReportsCount());
    assertEquals("actors/league", after.getConflictingReports(0).getActor().getName());
    assertEquals(2, after.getConflictingReports(0).getReportsCount());
    var opposing = ListOpposingClaimsRequest.newBuilder().setActor("actors/league").setOtherActor("actors/agent");
    assertEquals(0, f.contradictions.listOpposingClaims(opposing.setAsOfTime(tuesday).build()).getOpposingClaimsCount());
    assertEquals(1, f.contradictions.listOpposingClaims(opposing.setAsOfTime(thursday).build()).getOpposingClaimsCount());
  }

  @Test
  void actorStanceHistory_showsTheLeagueGoingFromSilenceToConfirmation() {
    var h = f.attribution.getActorStanceHistory(GetActorStanceHistoryRequest.newBuilder().setActor("actors/league")
        .setClaim(CLAIM).build());
    assertEquals(List.of(ActorStand.ACTOR_STAND_SILENT, ActorStand.ACTOR_STAND_SUPPORTS),
        h.getEntriesList().stream().map(StanceHistoryEntry::getStandAfter).toList());
    assertTrue(h.getEntriesList().stream().allMatch(StanceHistoryEntry::getChanged));
    var asOfTuesday = f.attribution.getActorStanceHistory(GetActorStanceHistoryRequest.newBuilder()
        .setActor("actors/league").setClaim(CLAIM).setAsOfTime(tuesday).build());
    assertEquals(1, asOfTuesday.getEntriesCount());
  }

  @Test
  void actorStances_asOfTuesday() {
    var req = ListActorStancesRequest.newBuilder().setActor("actors/league");
    assertEquals(1, f.attribution.listActorStances(req.setAsOfTime(tuesday).build()).getStancesCount());
    assertEquals(2, f.attribution.listActorStances(req.setAsOfTime(thursday).build()).getStancesCount());
  }

  @Test
  void correction_countsFromWhenItWasRecorded() throws Exception {
    // An article published yesterday, recorded now, then corrected a moment later.
    source("past", Instant.now().minus(Duration.ofDays(1)), "Bruno Keller said the suspension was lifted.");
    Stance original = f.stance("suspended", "agent", StanceKind.STANCE_KIND_DENIES, "past", "the suspension was lifted");
    Thread.sleep(5);
    Stance fixed = f.stances.supersedeStance(SupersedeStanceRequest.newBuilder().setName(original.getName())
        .setParent(CLAIM).setReason("he spoke of another player").setStance(Stance.newBuilder()
            .setActor("actors/agent").setKind(StanceKind.STANCE_KIND_DECLINES_TO_COMMENT).setSource("sources/past")
            .setExcerpt(Excerpt.newBuilder().setText("the suspension was lifted"))).build()).getStance();
    Timestamp between = Timestamps.add(original.getCreateTime(), com.google.protobuf.util.Durations.fromMillis(1));
    assertTrue(Timestamps.compare(between, fixed.getCreateTime()) < 0);

    var req = ListActorStancesRequest.newBuilder().setActor("actors/agent").setIncludeSuperseded(true);
    var then = f.attribution.listActorStances(req.setAsOfTime(between).build()).getStancesList();
    assertEquals(List.of(original.getName()), then.stream().map(s -> s.getStance().getName()).toList());
    assertTrue(then.get(0).getStance().getSupersededBy().isEmpty(), "not yet corrected as of then");
    var now = f.attribution.listActorStances(req.clearAsOfTime().build()).getStancesList();
    assertTrue(now.stream().anyMatch(s -> s.getStance().getName().equals(original.getName())
        && s.getStance().getSupersededBy().equals(fixed.getName())));
    // In force as of then: the denial; now: the silence that corrected it.
    var history = GetActorStanceHistoryRequest.newBuilder().setActor("actors/agent").setClaim(CLAIM);
    assertEquals(ActorStand.ACTOR_STAND_DENIES,
        f.attribution.getActorStanceHistory(history.setAsOfTime(between).build()).getEntries(0).getStandAfter());
    assertEquals(List.of(fixed.getName()), f.attribution.getActorStanceHistory(history.clearAsOfTime().build())
        .getEntriesList().stream().map(e -> e.getStance().getStance().getName()).filter(n -> n.contains("agent")
            && !n.equals(original.getName()) && n.equals(fixed.getName())).toList());
  }

  @Test
  void asOfTime_outOfRange_isInvalid() {
    Timestamp bad = Timestamp.newBuilder().setSeconds(Long.MAX_VALUE / 2).build();
    assertInvalid("INVALID_ARGUMENT", () -> f.contradictions.listContestedClaims(
        ListContestedClaimsRequest.newBuilder().setAsOfTime(bad).build()), "as_of_time");
    assertInvalid("INVALID_ARGUMENT", () -> f.attribution.getActorStanceHistory(
        GetActorStanceHistoryRequest.newBuilder().setAsOfTime(bad).build()), "actor", "claim", "as_of_time");
  }
}
