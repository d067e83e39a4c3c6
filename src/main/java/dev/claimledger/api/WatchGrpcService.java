package dev.claimledger.api;

import dev.claimledger.domain.LedgerError;
import dev.claimledger.domain.LedgerEvent;
import dev.claimledger.store.EventStore;
import dev.claimledger.store.EventStore.EventFilter;
import dev.claimledger.v1.*;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * WatchService: each call registers a watcher; one dispatcher thread sends every watcher the
 * events after its position, read from the event log, whenever a commit lands (or the client can
 * take more), so a watcher costs no thread while it waits and gets each event exactly once, in
 * order, whether it was recorded before or after the call.
 */
public final class WatchGrpcService extends WatchServiceGrpc.WatchServiceImplBase implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(WatchGrpcService.class.getName());
  /** Events sent per watcher per round, so one far-behind watcher does not hold up the rest. */
  private static final int BATCH = 100;
  private static final long IDLE_WAIT_MS = 1_000;

  private final EventStore events;
  private final Set<Watcher> watchers = ConcurrentHashMap.newKeySet();
  private final Object signal = new Object();
  private final Runnable onCommit = this::wake;
  private boolean pending;
  private Thread dispatcher;
  private volatile boolean closed;

  public WatchGrpcService(EventStore events) {
    this.events = events;
  }

  private static final class Watcher {
    final ServerCallStreamObserver<WatchEventsResponse> out;
    final EventFilter filter;
    long position;
    boolean caughtUp;
    volatile boolean cancelled;

    Watcher(ServerCallStreamObserver<WatchEventsResponse> out, EventFilter filter, long position) {
      this.out = out;
      this.filter = filter;
      this.position = position;
    }
  }

  @Override
  public void watchEvents(WatchEventsRequest req, StreamObserver<WatchEventsResponse> responses) {
    var out = (ServerCallStreamObserver<WatchEventsResponse>) responses;
    Watcher w;
    try {
      var v = new LedgerError.Violations();
      String claim = ResourceNames.optionalId(req.getClaim(), ResourceNames.CLAIMS, "claim", v);
      String actor = ResourceNames.optionalId(req.getActor(), ResourceNames.ACTORS, "actor", v);
      Set<LedgerEvent.Type> types = EnumSet.noneOf(LedgerEvent.Type.class);
      for (int i = 0; i < req.getTypesCount(); i++) {
        int n = req.getTypesValue(i);
        if (n == 0 || LedgerEventType.forNumber(n) == null) v.add("types[" + i + "]", "must be a known event type");
        else types.add(LedgerEvent.Type.ofNumber(n));
      }
      if (req.hasAfterPosition() && req.getAfterPosition() < 0) v.add("after_position", "must not be negative");
      v.throwIfAny("INVALID_ARGUMENT");
      EventFilter filter = new EventFilter(claim, actor, types);
      events.check(filter);
      long last = events.lastPosition();
      if (req.hasAfterPosition() && req.getAfterPosition() > last) {
        throw LedgerError.outOfRange("POSITION_OUT_OF_RANGE", "after_position " + req.getAfterPosition()
            + " is beyond the last event, " + last, Map.of("last_position", Long.toString(last)));
      }
      w = new Watcher(out, filter, req.hasAfterPosition() ? req.getAfterPosition() : last);
    } catch (RuntimeException e) {
      out.onError(ApiErrors.toStatus(e));
      return;
    }
    out.setOnCancelHandler(() -> {
      w.cancelled = true;
      wake();
    });
    out.setOnReadyHandler(this::wake);
    synchronized (this) {
      if (closed) {
        out.onError(ApiErrors.toStatus(LedgerError.unavailable("SHUTTING_DOWN", "the server is stopping; reconnect")));
        return;
      }
      watchers.add(w);
      if (dispatcher == null) {
        events.onCommit(onCommit);
        dispatcher = new Thread(this::dispatch, "claimledger-watch");
        dispatcher.setDaemon(true);
        dispatcher.start();
      }
    }
    wake();
  }

  private void wake() {
    synchronized (signal) {
      pending = true;
      signal.notifyAll();
    }
  }

  private void dispatch() {
    while (!closed) {
      synchronized (signal) {
        if (!pending) {
          try {
            signal.wait(IDLE_WAIT_MS);
          } catch (InterruptedException e) {
            return;
          }
        }
        pending = false;
      }
      boolean more = false;
      for (Watcher w : watchers) {
        if (w.cancelled) {
          watchers.remove(w);
          continue;
        }
        try {
          more |= send(w);
        } catch (RuntimeException e) {
          // The store failed (busy, closing): this round is lost, not the events; the next round retries.
          LOG.log(Level.FINE, "watch round failed", e);
          more = true;
          sleepBriefly();
        }
      }
      if (more) wake();
    }
  }

  /**
   * Sends one batch, if the client can take it; true when more is waiting and the client can take
   * it now. A client that cannot take more is woken for by its ready handler, not polled.
   */
  private boolean send(Watcher w) {
    if (w.cancelled || !w.out.isReady()) return false;
    // Read before the events, so every event up to it that passes the filter is in what follows.
    long last = w.caughtUp ? 0 : events.lastPosition();
    List<LedgerEvent> batch = events.after(w.position, w.filter, BATCH);
    for (LedgerEvent e : batch) {
      w.out.onNext(WatchEventsResponse.newBuilder().setEvent(event(e)).build());
      w.position = e.position();
    }
    if (batch.size() < BATCH) {
      if (!w.caughtUp) {
        w.caughtUp = true;
        w.out.onNext(WatchEventsResponse.newBuilder().setCaughtUpPosition(Math.max(w.position, last)).build());
      }
      return false;
    }
    return !w.cancelled && w.out.isReady();
  }

  static dev.claimledger.v1.LedgerEvent event(LedgerEvent e) {
    var b = dev.claimledger.v1.LedgerEvent.newBuilder().setPosition(e.position())
        .setType(LedgerEventType.forNumber(e.type().number)).addAllActors(ProtoMapper.actorNames(e.actorIds()))
        .setDetail(e.detail()).setEventTime(ProtoMapper.timestamp(e.time()));
    if (e.claimId() != null) b.setClaim("claims/" + e.claimId());
    if (e.previousState() != null) b.setPreviousState(VerificationState.forNumber(e.previousState().number));
    if (e.state() != null) b.setState(VerificationState.forNumber(e.state().number));
    if (e.otherClaimId() != null) b.setOtherClaim("claims/" + e.otherClaimId());
    if (e.relationId() != null) b.setRelation("relations/" + e.relationId());
    return b.build();
  }

  private static void sleepBriefly() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Ends every watch with UNAVAILABLE (SHUTTING_DOWN), so clients reconnect, and stops the dispatcher. */
  @Override
  public void close() {
    Thread t;
    synchronized (this) {
      closed = true;
      t = dispatcher;
    }
    events.removeOnCommit(onCommit);
    wake();
    if (t != null) {
      t.interrupt();
      try {
        t.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      // Only one thread may call a stream's observer: a dispatcher still running keeps them.
      if (t.isAlive()) return;
    }
    for (Watcher w : watchers) {
      if (!w.cancelled) {
        try {
          w.out.onError(ApiErrors.toStatus(LedgerError.unavailable("SHUTTING_DOWN", "the server is stopping; reconnect")));
        } catch (RuntimeException ignored) {
          // The call ended meanwhile.
        }
      }
    }
    watchers.clear();
  }
}
