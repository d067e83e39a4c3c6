-- claimledger schema, version 1. Never edit once landed: add V002__... instead.
-- Times are microseconds since the Unix epoch (UTC). Every table is STRICT.
-- "seq" is the internal key (keyset order); "id" is the public resource ID.

CREATE TABLE ledger_meta (
  key   TEXT PRIMARY KEY,
  value BLOB NOT NULL
) STRICT, WITHOUT ROWID;

-- The key that signs page tokens, so a forged token is rejected rather than read.
INSERT INTO ledger_meta (key, value) VALUES ('page_token_key', randomblob(32));

CREATE TABLE actor (
  seq             INTEGER PRIMARY KEY,
  id              TEXT    NOT NULL UNIQUE,          -- GetActor, and every reference by name
  display_name    TEXT    NOT NULL,
  kind            INTEGER NOT NULL,
  description     TEXT    NOT NULL,
  merged_into_seq INTEGER REFERENCES actor (seq),   -- the actor this one was merged into
  canonical_seq   INTEGER NOT NULL,                 -- the live actor this one counts for (itself when live)
  create_time     INTEGER NOT NULL,
  update_time     INTEGER NOT NULL
) STRICT;
-- Serves: resolving "every actor that counts for X" (merges, roll-up, stance filters by actor).
CREATE INDEX actor_by_canonical ON actor (canonical_seq);
-- Serves: ListActors filtered by kind.
CREATE INDEX actor_by_kind ON actor (kind, seq);

CREATE TABLE actor_alias (
  alias_key TEXT    PRIMARY KEY,                    -- Names.key(alias): LookupActor, and alias uniqueness
  alias     TEXT    NOT NULL,
  actor_seq INTEGER NOT NULL REFERENCES actor (seq),
  position  INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
-- Serves: an actor's aliases in order (every actor read).
CREATE INDEX actor_alias_by_actor ON actor_alias (actor_seq, position);

CREATE TABLE affiliation (
  seq              INTEGER PRIMARY KEY,
  id               TEXT    NOT NULL UNIQUE,         -- GetAffiliation by name
  member_seq       INTEGER NOT NULL REFERENCES actor (seq),
  organization_seq INTEGER NOT NULL REFERENCES actor (seq),
  role             INTEGER NOT NULL,
  title            TEXT    NOT NULL,
  create_time      INTEGER NOT NULL,
  UNIQUE (member_seq, organization_seq, role)      -- CreateAffiliation duplicate check
) STRICT;
-- Serves: ListAffiliations of one member, in creation order.
CREATE INDEX affiliation_by_member ON affiliation (member_seq, seq);
-- Serves: roll-up, which walks from an organization to the members that speak for it.
CREATE INDEX affiliation_by_organization ON affiliation (organization_seq);

CREATE TABLE source (
  seq            INTEGER PRIMARY KEY,
  id             TEXT    NOT NULL UNIQUE,           -- GetSource
  title          TEXT    NOT NULL,
  publisher_seq  INTEGER REFERENCES actor (seq),
  publish_time   INTEGER,
  uri            TEXT    UNIQUE,                    -- CreateSource de-duplication by URI (NULLs are distinct)
  content_sha256 TEXT    NOT NULL UNIQUE,           -- CreateSource de-duplication by content
  text           TEXT    NOT NULL,
  text_length    INTEGER NOT NULL,                  -- in code points
  create_time    INTEGER NOT NULL
) STRICT;
-- Serves: ListSources filtered by publisher.
CREATE INDEX source_by_publisher ON source (publisher_seq, seq);

CREATE TABLE source_relay (
  source_seq INTEGER NOT NULL REFERENCES source (seq),
  position   INTEGER NOT NULL,
  actor_seq  INTEGER NOT NULL REFERENCES actor (seq),
  PRIMARY KEY (source_seq, position)                -- a source's relays in order
) STRICT, WITHOUT ROWID;

CREATE TABLE claim (
  seq                     INTEGER PRIMARY KEY,
  id                      TEXT    NOT NULL UNIQUE,  -- GetClaim
  text                    TEXT    NOT NULL,
  text_key                TEXT    NOT NULL UNIQUE,  -- CreateClaim duplicate check (Names.key of text)
  description             TEXT    NOT NULL,
  create_time             INTEGER NOT NULL,
  -- The summary, kept up to date by PositionMaintainer in every stance write.
  stance_count            INTEGER NOT NULL DEFAULT 0,
  supporting_actor_count  INTEGER NOT NULL DEFAULT 0,
  denying_actor_count     INTEGER NOT NULL DEFAULT 0,
  both_sides_actor_count  INTEGER NOT NULL DEFAULT 0,
  conflicting_actor_count INTEGER NOT NULL DEFAULT 0,
  contested_time          INTEGER                   -- set while contested
) STRICT;

CREATE TABLE stance (
  seq              INTEGER PRIMARY KEY,
  id               TEXT    NOT NULL UNIQUE,         -- GetStance
  claim_seq        INTEGER NOT NULL REFERENCES claim (seq),
  actor_seq        INTEGER NOT NULL REFERENCES actor (seq),
  kind             INTEGER NOT NULL,
  source_seq       INTEGER NOT NULL REFERENCES source (seq),
  excerpt          TEXT    NOT NULL,
  excerpt_start    INTEGER NOT NULL,
  excerpt_end      INTEGER NOT NULL,
  statement_time   INTEGER,
  origin           INTEGER NOT NULL,
  supersedes_seq   INTEGER UNIQUE REFERENCES stance (seq), -- "superseded_by" look-up; one correction per stance
  supersede_reason TEXT    NOT NULL,
  report_time      INTEGER NOT NULL,                -- the source's publish time, else the record time
  create_time      INTEGER NOT NULL,
  CHECK (excerpt_start >= 0 AND excerpt_end > excerpt_start)
) STRICT;
-- Serves: ListStances of one claim, GetClaimAttribution's stances of a page of actors.
CREATE INDEX stance_by_claim ON stance (claim_seq, actor_seq, seq);
-- Serves: ListActorStances, ListStances filtered by actor.
CREATE INDEX stance_by_actor ON stance (actor_seq, seq);
-- Serves: ListContestedClaims filtered by source, ListStances filtered by source.
CREATE INDEX stance_by_source ON stance (source_seq, claim_seq);

CREATE TABLE stance_relay (
  stance_seq INTEGER NOT NULL REFERENCES stance (seq),
  position   INTEGER NOT NULL,
  actor_seq  INTEGER NOT NULL REFERENCES actor (seq),
  PRIMARY KEY (stance_seq, position)                -- a stance's relay chain in order
) STRICT, WITHOUT ROWID;

-- One row per claim and (live) actor with stances in force: the actor's position on the claim.
-- Kept up to date on every stance write and merge; contradiction queries read only this.
CREATE TABLE claim_actor_position (
  claim_seq          INTEGER NOT NULL REFERENCES claim (seq),
  actor_seq          INTEGER NOT NULL REFERENCES actor (seq),
  first_stance_seq   INTEGER NOT NULL,
  stance_count       INTEGER NOT NULL,
  supports           INTEGER NOT NULL,
  denies             INTEGER NOT NULL,
  first_support_time INTEGER,
  first_deny_time    INTEGER,
  conflicting        INTEGER NOT NULL,
  PRIMARY KEY (claim_seq, actor_seq)                -- position refresh; a claim's sides
) STRICT, WITHOUT ROWID;
-- Serves: GetClaimAttribution's actors in the order they first took a stance.
CREATE INDEX position_by_claim_order ON claim_actor_position (claim_seq, first_stance_seq);
-- Serves: ListOpposingClaims and ListContestedClaims filtered by actor (an actor's claims in order).
CREATE INDEX position_by_actor ON claim_actor_position (actor_seq, claim_seq);
-- Serves: the earliest report of each side, for contested_time.
CREATE INDEX position_support_time ON claim_actor_position (claim_seq, first_support_time)
  WHERE first_support_time IS NOT NULL;
CREATE INDEX position_deny_time ON claim_actor_position (claim_seq, first_deny_time)
  WHERE first_deny_time IS NOT NULL;

-- The contested claims, keyed in claim order: ListContestedClaims walks this table.
CREATE TABLE contested_claim (
  claim_seq      INTEGER PRIMARY KEY REFERENCES claim (seq),
  contested_time INTEGER NOT NULL
) STRICT;

-- The (claim, actor) pairs whose sources report differently: ListConflictingReports walks this.
CREATE TABLE conflicting_report (
  claim_seq INTEGER NOT NULL REFERENCES claim (seq),
  actor_seq INTEGER NOT NULL REFERENCES actor (seq),
  PRIMARY KEY (claim_seq, actor_seq)
) STRICT, WITHOUT ROWID;
-- Serves: ListConflictingReports filtered by actor.
CREATE INDEX conflicting_report_by_actor ON conflicting_report (actor_seq, claim_seq);

-- Full-text index over claim texts (rowid = 2 * claim.seq) and stance excerpts
-- (rowid = 2 * stance.seq + 1), one table so BM25 scores compare across both. Serves SearchLedger.
CREATE VIRTUAL TABLE ledger_fts USING fts5 (body, tokenize = 'porter unicode61 remove_diacritics 2');

-- Every change, in the transaction that made it.
CREATE TABLE audit_event (
  seq      INTEGER PRIMARY KEY,
  time     INTEGER NOT NULL,
  action   TEXT    NOT NULL,
  resource TEXT    NOT NULL,
  detail   TEXT    NOT NULL
) STRICT;
