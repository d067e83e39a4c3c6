-- claimledger schema, version 6: relations between claims (recorded by people or detected), their
-- evidence and the decisions people take on them. Never edit once landed.

-- A relation: two claims that are the same, contradict each other or support one another, or one
-- claim on which sources report an actor's stance differently (conflicting reports).
CREATE TABLE claim_relation (
  seq             INTEGER PRIMARY KEY,
  id              TEXT    NOT NULL UNIQUE,                -- relations/{id}
  kind            INTEGER NOT NULL,                       -- RelationKind
  claim_seq       INTEGER NOT NULL REFERENCES claim (seq),
  other_claim_seq INTEGER REFERENCES claim (seq),         -- null for conflicting reports
  actor_seq       INTEGER REFERENCES actor (seq),         -- the actor of conflicting reports
  origin          INTEGER NOT NULL,                       -- RECORDED or DETECTED
  basis           INTEGER NOT NULL,                       -- what a detection rests on; PERSON when recorded
  explanation     TEXT    NOT NULL,
  score           REAL    NOT NULL,
  create_time     INTEGER NOT NULL
) STRICT;
-- One relation of a kind and origin per pair of claims (or claim and actor): a detection is not
-- recorded twice, nor a person's relation.
CREATE UNIQUE INDEX relation_unique ON claim_relation
  (kind, origin, claim_seq, coalesce(other_claim_seq, 0), coalesce(actor_seq, 0));
-- Serves: ListClaimRelations filtered by claim (either side).
CREATE INDEX relation_by_claim ON claim_relation (claim_seq, seq);
CREATE INDEX relation_by_other_claim ON claim_relation (other_claim_seq, seq) WHERE other_claim_seq IS NOT NULL;

-- The stances a relation rests on, in order.
CREATE TABLE relation_evidence (
  relation_seq INTEGER NOT NULL REFERENCES claim_relation (seq),
  position     INTEGER NOT NULL,
  stance_seq   INTEGER NOT NULL REFERENCES stance (seq),
  PRIMARY KEY (relation_seq, position)
) STRICT, WITHOUT ROWID;

-- People's decisions on a relation, never overwritten: the latest sets its status.
CREATE TABLE relation_decision (
  seq          INTEGER PRIMARY KEY,
  relation_seq INTEGER NOT NULL REFERENCES claim_relation (seq),
  decision     INTEGER NOT NULL,                          -- CONFIRM or DISMISS
  reason       TEXT    NOT NULL,
  principal    TEXT    NOT NULL,
  create_time  INTEGER NOT NULL
) STRICT;
-- Serves: a relation's decisions in order, and its latest.
CREATE INDEX decision_by_relation ON relation_decision (relation_seq, seq);

-- Claims already compared with the ledger for contradicting claims (a claim's text never changes).
CREATE TABLE conflict_scan (
  claim_seq INTEGER PRIMARY KEY REFERENCES claim (seq)
) STRICT;
-- Claims recorded before this version are compared once, on the next recomputation round.
INSERT INTO verification_dirty (claim_seq, version)
  SELECT seq, 1 FROM claim WHERE merged_into_seq IS NULL
  ON CONFLICT (claim_seq) DO UPDATE SET version = version + 1;

-- A detected conflict's event names both claims and the relation.
ALTER TABLE ledger_event ADD COLUMN other_claim_seq INTEGER REFERENCES claim (seq);
ALTER TABLE ledger_event ADD COLUMN relation_seq INTEGER REFERENCES claim_relation (seq);
CREATE INDEX event_by_other_claim ON ledger_event (other_claim_seq, seq) WHERE other_claim_seq IS NOT NULL;
