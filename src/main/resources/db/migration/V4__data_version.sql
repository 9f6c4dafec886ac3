-- One row counting the writes that changed what the API serves. Every write transaction increments it as its
-- last statement, so the new value becomes visible exactly when the write commits. Each instance polls it to
-- know when the answers it keeps in memory (io.factline.cache) were made stale by another instance.
CREATE TABLE data_version (
    id SMALLINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    CONSTRAINT data_version_single_row CHECK (id = 1)
);

INSERT INTO data_version (id, version) VALUES (1, 0);
