-- claimledger schema, version 2: article ingestion and claim merges. Never edit once landed.

-- Extracted stances record which extractor found them and how sure it was; manual stances keep
-- the defaults (no extractor, full confidence).
ALTER TABLE stance ADD COLUMN extractor_version TEXT NOT NULL DEFAULT '';
ALTER TABLE stance ADD COLUMN confidence REAL NOT NULL DEFAULT 1.0;

-- A claim merged into another: its stances moved to the survivor (stance.claim_seq), and this
-- records where they went, so names under the merged claim still resolve.
ALTER TABLE claim ADD COLUMN merged_into_seq INTEGER REFERENCES claim (seq);

-- Claim texts only, for finding the claims an extracted statement may say again (rowid = claim.seq).
-- ledger_fts mixes claims with excerpts, whose many near-copies would crowd out the claims.
CREATE VIRTUAL TABLE claim_fts USING fts5 (body, tokenize = 'porter unicode61 remove_diacritics 2');
INSERT INTO claim_fts (rowid, body) SELECT seq, text FROM claim;

-- A claim created by ingestion that resembles an existing one below the link threshold: shown to
-- people, who merge the two with MergeClaims when they are the same.
CREATE TABLE claim_match_suggestion (
  claim_seq   INTEGER NOT NULL REFERENCES claim (seq),
  similar_seq INTEGER NOT NULL REFERENCES claim (seq),
  score       REAL    NOT NULL,
  create_time INTEGER NOT NULL,
  PRIMARY KEY (claim_seq, similar_seq)
) STRICT, WITHOUT ROWID;

-- Serves: re-ingesting an article, which looks for the stances its source already has per claim
-- and actor (stance_by_source covers the source and claim; the actor narrows within).
CREATE INDEX stance_by_source_actor ON stance (source_seq, actor_seq, claim_seq);
