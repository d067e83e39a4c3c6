-- claimledger schema, version 4: near-copy fingerprints of sources, and claim reviews. Never edit once landed.

-- A MinHash signature of each source's five-word shingles (NearCopies), written with the source:
-- origins are counted once for articles that are near-copies of one another. Sources recorded
-- before this version have none; their signature is computed from the text when it is needed.
CREATE TABLE source_fingerprint (
  source_seq INTEGER PRIMARY KEY REFERENCES source (seq),
  minhash    BLOB    NOT NULL
) STRICT;

-- A reviewer's verdict on a claim. Never updated: a new verdict is a new row; the latest counts.
CREATE TABLE claim_review (
  seq         INTEGER PRIMARY KEY,
  id          TEXT    NOT NULL UNIQUE,               -- the review's name, claims/{claim}/reviews/{id}
  claim_seq   INTEGER NOT NULL REFERENCES claim (seq), -- the claim reviewed (kept when it is merged later)
  rating      INTEGER NOT NULL,
  reviewer    TEXT    NOT NULL,
  rationale   TEXT    NOT NULL,
  create_time INTEGER NOT NULL
) STRICT;
-- Serves: ListReviews and the latest review of a claim (and of the claims merged into it).
CREATE INDEX review_by_claim ON claim_review (claim_seq, seq);

-- A review's evidence in the order given: a ledger source or a URI.
CREATE TABLE review_evidence (
  review_seq INTEGER NOT NULL REFERENCES claim_review (seq),
  position   INTEGER NOT NULL,
  source_seq INTEGER REFERENCES source (seq),
  uri        TEXT,
  CHECK ((source_seq IS NULL) <> (uri IS NULL)),
  PRIMARY KEY (review_seq, position)
) STRICT, WITHOUT ROWID;
