-- claimledger schema, version 3: a counter of changes to the actor directory. Never edit once landed.

-- Ingestion extracts an article beside the writer, from reads of the directory (actors and their
-- aliases), and keeps that extraction when the directory has not changed since: one read of this
-- counter instead of asking every look-up again. Triggers keep it, so no write path can forget to.
CREATE TABLE directory_version (
  only    INTEGER PRIMARY KEY CHECK (only = 1),
  version INTEGER NOT NULL
) STRICT;
INSERT INTO directory_version (only, version) VALUES (1, 0);

CREATE TRIGGER directory_actor_insert AFTER INSERT ON actor
BEGIN UPDATE directory_version SET version = version + 1; END;
CREATE TRIGGER directory_actor_update AFTER UPDATE ON actor
BEGIN UPDATE directory_version SET version = version + 1; END;
CREATE TRIGGER directory_actor_delete AFTER DELETE ON actor
BEGIN UPDATE directory_version SET version = version + 1; END;
CREATE TRIGGER directory_alias_insert AFTER INSERT ON actor_alias
BEGIN UPDATE directory_version SET version = version + 1; END;
CREATE TRIGGER directory_alias_update AFTER UPDATE ON actor_alias
BEGIN UPDATE directory_version SET version = version + 1; END;
CREATE TRIGGER directory_alias_delete AFTER DELETE ON actor_alias
BEGIN UPDATE directory_version SET version = version + 1; END;
