package dev.claimledger.api;

import static dev.claimledger.LedgerFixture.assertError;
import static dev.claimledger.LedgerFixture.assertInvalid;
import static dev.claimledger.LedgerFixture.errorInfo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimledger.LedgerFixture;
import dev.claimledger.v1.*;
import io.grpc.Context;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WatchService through the in-process server on a real SQLite file: live events, filters, resume. */
class WatchServiceTest {
  private static final String TEXT = "A says yes. B says no. C says so too. D denies it.";

  @TempDir Path dir;
  LedgerFixture f;

  @BeforeEach
  void open() throws Exception {
    f = new LedgerFixture(dir);
    f.actor("a", "Actor A", ActorKind.ACTOR_KIND_STATE);
    f.actor("b", "Actor B", ActorKind.ACTOR_KIND_STATE);
    f.actor("c", "Actor C", ActorKind.ACTOR_KIND_PERSON);
    f.actor("d", "Actor D", ActorKind.ACTOR_KIND_PERSON);
    f.source("src", "Source", TEXT);
    f.claim("one", "The first claim.");
    f.claim("two", "The second claim.");
  }

  @AfterEach
  void close() throws Exception {
    f.close();
  }

  /** A watch whose messages land in a queue; cancel() ends it from the client side. */
  private final class Watch {
    final BlockingQueue<Object> messages = new LinkedBlockingQueue<>();
    final Context.CancellableContext context = Context.current().withCancellation();

    Watch(WatchEventsRequest req) {
      context.run(() -> WatchServiceGrpc.newStub(f.channel).watchEvents(req, new StreamObserver<>() {
        @Override
        public void onNext(WatchEventsResponse r) {
          messages.add(r);
        }

        @Override
        public void onError(Throwable t) {
          messages.add(t);
        }

        @Override
        public void onCompleted() {
          messages.add("completed");
        }
      }));
    }

    Object next() throws InterruptedException {
      Object m = messages.poll(10, TimeUnit.SECONDS);
      assertNotNull(m, "nothing arrived within 10 s");
      return m;
    }

    long caughtUp() throws InterruptedException {
      WatchEventsResponse r = (WatchEventsResponse) next();
      assertTrue(!r.hasEvent(), () -> "expected the caught-up note, got " + r);
      return r.getCaughtUpPosition();
    }

    LedgerEvent event() throws InterruptedException {
      Object m = next();
      assertTrue(m instanceof WatchEventsResponse r && r.hasEvent(), () -> "expected an event, got " + m);
      return ((WatchEventsResponse) m).getEvent();
    }

    /** The next event of {@code type}, skipping others. */
    LedgerEvent event(LedgerEventType type) throws InterruptedException {
      while (true) {
        LedgerEvent e = event();
        if (e.getType() == type) return e;
      }
    }

    void cancel() {
      context.cancel(null);
    }
  }

  private static WatchEventsRequest.Builder req() {
    return WatchEventsRequest.newBuilder();
  }

  private void contest(String claim) {
    f.stance(claim, "a", StanceKind.STANCE_KIND_ASSERTS, "src", "A says yes");
    f.stance(claim, "b", StanceKind.STANCE_KIND_DENIES, "src", "B says no");
  }

  @Test
  void watchEvents_live_deliversTheNewContestedClaimWithBothSides() throws Exception {
    Watch w = new Watch(req().build());
    assertEquals(0, w.caughtUp());
    contest("one");
    LedgerEvent e = w.event(LedgerEventType.LEDGER_EVENT_TYPE_CLAIM_CONTESTED);
    assertEquals("claims/one", e.getClaim());
    assertEquals(List.of("actors/a", "actors/b"), e.getActorsList());
    assertEquals("supported by 1 actor, denied by 1 actor", e.getDetail());
    assertTrue(e.getPosition() > 0);
    w.cancel();
  }

  @Test
  void watchEvents_verificationStateChanges_followTheStances() throws Exception {
    Watch w = new Watch(req().addTypes(LedgerEventType.LEDGER_EVENT_TYPE_VERIFICATION_STATE_CHANGED)
        .setClaim("claims/one").build());
    w.caughtUp();
    f.stance("one", "a", StanceKind.STANCE_KIND_ASSERTS, "src", "A says yes");
    LedgerEvent first = w.event();
    assertEquals(VerificationState.VERIFICATION_STATE_UNVERIFIED, first.getPreviousState());
    assertEquals(VerificationState.VERIFICATION_STATE_SINGLE_ORIGIN, first.getState());
    f.stance("one", "b", StanceKind.STANCE_KIND_DENIES, "src", "B says no");
    LedgerEvent second = w.event();
    assertEquals(VerificationState.VERIFICATION_STATE_SINGLE_ORIGIN, second.getPreviousState());
    assertEquals(VerificationState.VERIFICATION_STATE_CONTESTED, second.getState());
    assertTrue(second.getDetail().startsWith("Contested"), second.getDetail());
    f.verification.createReview(CreateReviewRequest.newBuilder().setParent("claims/one").setReview(Review.newBuilder()
        .setRating(ReviewRating.REVIEW_RATING_FALSE).setReviewer("Desk").setRationale("No.")).build());
    assertEquals(VerificationState.VERIFICATION_STATE_REFUTED, w.event().getState());
    w.cancel();
  }

  @Test
  void watchEvents_filters_byClaimActorAndType() throws Exception {
    Watch byClaim = new Watch(req().setClaim("claims/two").build());
    Watch byActor = new Watch(req().setActor("actors/d").build());
    byClaim.caughtUp();
    byActor.caughtUp();
    contest("one");
    f.stance("two", "c", StanceKind.STANCE_KIND_ASSERTS, "src", "C says so too");
    f.stance("two", "d", StanceKind.STANCE_KIND_DENIES, "src", "D denies it");
    LedgerEvent e = byClaim.event(LedgerEventType.LEDGER_EVENT_TYPE_CLAIM_CONTESTED);
    assertEquals("claims/two", e.getClaim());
    assertEquals(e, byActor.event(LedgerEventType.LEDGER_EVENT_TYPE_CLAIM_CONTESTED));
    f.ledger.recomputeVerifications();
    // Nothing about claim one ever reached either watch.
    Object m;
    while ((m = byClaim.messages.poll(200, TimeUnit.MILLISECONDS)) != null) {
      assertEquals("claims/two", ((WatchEventsResponse) m).getEvent().getClaim());
    }
    while ((m = byActor.messages.poll(200, TimeUnit.MILLISECONDS)) != null) {
      assertTrue(((WatchEventsResponse) m).getEvent().getActorsList().contains("actors/d"));
    }
    byClaim.cancel();
    byActor.cancel();
  }

  @Test
  void watchEvents_resumeAfterReconnect_losesNothingAndRepeatsNothing() throws Exception {
    contest("one");
    f.ledger.recomputeVerifications();
    Watch first = new Watch(req().setAfterPosition(0).build());
    List<LedgerEvent> seen = new ArrayList<>();
    seen.add(first.event());
    first.cancel();
    // While disconnected, more happens.
    contest("two");
    f.ledger.recomputeVerifications();
    Watch again = new Watch(req().setAfterPosition(seen.get(0).getPosition()).build());
    Object m;
    while ((m = again.next()) instanceof WatchEventsResponse r && r.hasEvent()) seen.add(r.getEvent());
    long caughtUp = ((WatchEventsResponse) m).getCaughtUpPosition();
    again.cancel();

    // Exactly the log, in order, once each: read it whole for comparison.
    Watch all = new Watch(req().setAfterPosition(0).build());
    List<LedgerEvent> log = new ArrayList<>();
    while ((m = all.next()) instanceof WatchEventsResponse r && r.hasEvent()) log.add(r.getEvent());
    all.cancel();
    assertEquals(log, seen);
    assertEquals(log.get(log.size() - 1).getPosition(), caughtUp);
    assertTrue(log.stream().map(LedgerEvent::getClaim).toList().containsAll(List.of("claims/one", "claims/two")));
    for (int i = 1; i < log.size(); i++) assertTrue(log.get(i).getPosition() > log.get(i - 1).getPosition());
  }

  @Test
  void watchEvents_badRequests_failClearly() throws Exception {
    Iterator<WatchEventsResponse> it;
    var stub = WatchServiceGrpc.newBlockingStub(f.channel);
    assertInvalid("INVALID_ARGUMENT", () -> stub.watchEvents(req().setClaim("claim/x").setActor("actors/Bad")
        .addTypesValue(0).setAfterPosition(-1).build()).hasNext(), "claim", "actor", "types[0]", "after_position");
    assertError(Status.Code.NOT_FOUND, "CLAIM_NOT_FOUND", () -> stub.watchEvents(req().setClaim("claims/nope").build()).hasNext());
    assertError(Status.Code.NOT_FOUND, "ACTOR_NOT_FOUND", () -> stub.watchEvents(req().setActor("actors/nope").build()).hasNext());
    StatusRuntimeException e = assertError(Status.Code.OUT_OF_RANGE, "POSITION_OUT_OF_RANGE",
        () -> stub.watchEvents(req().setAfterPosition(1_000_000).build()).hasNext());
    assertEquals("0", errorInfo(e).getMetadataOrThrow("last_position"));
  }

  @Test
  void watchEvents_serverStopping_endsTheWatchUnavailable() throws Exception {
    Watch w = new Watch(req().build());
    w.caughtUp();
    f.api.close();
    Object m = w.next();
    assertTrue(m instanceof StatusRuntimeException, () -> "expected an error, got " + m);
    assertEquals(Status.Code.UNAVAILABLE, ((StatusRuntimeException) m).getStatus().getCode());
    assertEquals("SHUTTING_DOWN", errorInfo((StatusRuntimeException) m).getReason());
  }

  @Test
  void mergeClaims_reportsAContestOnlyWhenTheSurvivorEndsContested() throws Exception {
    // The survivor has B's support; the merged claim has A's denial and B's retraction: B retracts, no contest.
    f.claim("three", "The third claim.");
    f.stance("two", "b", StanceKind.STANCE_KIND_ASSERTS, "src", "B says no");
    f.stance("three", "a", StanceKind.STANCE_KIND_DENIES, "src", "A says yes");
    f.stance("three", "b", StanceKind.STANCE_KIND_RETRACTS, "src", "B says no");
    f.claims.mergeClaims(MergeClaimsRequest.newBuilder().setName("claims/three").setInto("claims/two").setReason("same")
        .build());
    assertTrue(!f.claims.getClaim(GetClaimRequest.newBuilder().setName("claims/two").build()).getClaim().getSummary()
        .getContested());
    Watch w = new Watch(req().setAfterPosition(0).addTypes(LedgerEventType.LEDGER_EVENT_TYPE_CLAIM_CONTESTED).build());
    w.caughtUp();  // the first message is the caught-up note: no contest was ever reported
    w.cancel();
  }
}
