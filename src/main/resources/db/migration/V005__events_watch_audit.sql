-- claimledger schema, version 5: the event log behind WatchEvents, each claim's verification
-- state, and who made each change. Never edit once landed.

-- What a watching client is told, in order; seq is the position a client resumes after. Written
-- in the transaction of the change (a claim becoming contested) or of the recomputation that
-- found it (a verification state that changed), so no event is lost and none is written twice.
CREATE TABLE ledger_event (
  seq            INTEGER PRIMARY KEY,
  time           INTEGER NOT NULL,
  type           INTEGER NOT NULL,                   -- LedgerEvent.Type
  claim_seq      INTEGER REFERENCES claim (seq),
  previous_state INTEGER,                            -- for a verification state change
  state          INTEGER,
  detail         TEXT    NOT NULL                    -- the change in words
) STRICT;
-- Serves: WatchEvents filtered by claim.
CREATE INDEX event_by_claim ON ledger_event (claim_seq, seq);

-- The actors an event concerns (the sides of a contest, the actors with a position on the claim).
CREATE TABLE ledger_event_actor (
  event_seq INTEGER NOT NULL REFERENCES ledger_event (seq),
  actor_seq INTEGER NOT NULL REFERENCES actor (seq),
  PRIMARY KEY (event_seq, actor_seq)
) STRICT, WITHOUT ROWID;
-- Serves: WatchEvents filtered by actor.
CREATE INDEX event_actor_by_actor ON ledger_event_actor (actor_seq, event_seq);

-- Each claim's verification state as last computed (VerificationState numbers), to tell changes.
CREATE TABLE claim_verification (
  claim_seq           INTEGER PRIMARY KEY REFERENCES claim (seq),
  state               INTEGER NOT NULL,
  independent_origins INTEGER NOT NULL,
  update_time         INTEGER NOT NULL
) STRICT;

-- Claims whose verification state must be recomputed, marked in the transaction that changed
-- their stances or reviews. version grows with each mark, so the recomputation clears only the
-- marks it has seen (a change that lands meanwhile keeps its claim marked).
CREATE TABLE verification_dirty (
  claim_seq INTEGER PRIMARY KEY REFERENCES claim (seq),
  version   INTEGER NOT NULL
) STRICT;

-- Who made each change: the caller's x-claimledger-principal header, or "anonymous".
ALTER TABLE audit_event ADD COLUMN principal TEXT NOT NULL DEFAULT '';
-- Serves: ListResourceHistory (a resource and everything under it, in order).
CREATE INDEX audit_by_resource ON audit_event (resource, seq);
