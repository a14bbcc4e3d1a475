-- One row whose number every write raises in its own transaction, so a cache of public answers
-- built at one version knows it is stale at the next, whichever process wrote.
CREATE TABLE data_version (
    id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO data_version (id, version) VALUES (1, 1);
