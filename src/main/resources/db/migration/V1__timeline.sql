-- Factline schema, version 1. Written once in SQL that both H2 and PostgreSQL accept.

CREATE TABLE source (
    id           VARCHAR(200)  NOT NULL PRIMARY KEY,
    title        VARCHAR(1000),
    publisher    VARCHAR(500),
    url          VARCHAR(2000),
    language     VARCHAR(8)    NOT NULL,
    published_on DATE          NOT NULL,
    content      TEXT          NOT NULL,
    length       INTEGER       NOT NULL,
    sha256       VARCHAR(64)      NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT source_sha256_unique UNIQUE (sha256)
);

CREATE TABLE place (
    id           VARCHAR(100) NOT NULL PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    country_code VARCHAR(2),
    latitude     DOUBLE PRECISION,
    longitude    DOUBLE PRECISION
);

CREATE TABLE place_alias (
    place_id VARCHAR(100) NOT NULL REFERENCES place (id) ON DELETE CASCADE,
    alias    VARCHAR(200) NOT NULL,
    PRIMARY KEY (place_id, alias)
);

CREATE TABLE actor (
    id   VARCHAR(100) NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    kind VARCHAR(20)  NOT NULL
);

CREATE TABLE actor_alias (
    actor_id VARCHAR(100) NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    alias    VARCHAR(200) NOT NULL,
    PRIMARY KEY (actor_id, alias)
);

CREATE TABLE event (
    id              VARCHAR(200)  NOT NULL PRIMARY KEY,
    title           VARCHAR(300)  NOT NULL,
    summary         VARCHAR(4000),
    status          VARCHAR(20)   NOT NULL,
    date_value      VARCHAR(40)   NOT NULL,
    date_precision  VARCHAR(16)   NOT NULL,
    earliest        DATE          NOT NULL,
    latest          DATE          NOT NULL,
    date_mod        VARCHAR(8),
    date_expression VARCHAR(200)  NOT NULL,
    date_anchor     DATE,
    date_rule       VARCHAR(100)  NOT NULL,
    date_source_id  VARCHAR(200)  REFERENCES source (id) ON DELETE SET NULL,
    place_id        VARCHAR(100)  REFERENCES place (id),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT event_interval_ordered CHECK (earliest <= latest)
);

-- The timeline's order and the keyset cursor: (earliest, latest, id).
CREATE INDEX event_timeline_order ON event (earliest, latest, id);
-- The overlap filter "latest >= from" on its own.
CREATE INDEX event_latest ON event (latest);
CREATE INDEX event_place ON event (place_id);

CREATE TABLE event_actor (
    event_id VARCHAR(200) NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    actor_id VARCHAR(100) NOT NULL REFERENCES actor (id),
    PRIMARY KEY (event_id, actor_id)
);
CREATE INDEX event_actor_actor ON event_actor (actor_id);

CREATE TABLE event_tag (
    event_id VARCHAR(200) NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    tag      VARCHAR(100) NOT NULL,
    PRIMARY KEY (event_id, tag)
);
CREATE INDEX event_tag_tag ON event_tag (tag);

CREATE SEQUENCE citation_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE citation (
    id           BIGINT        NOT NULL PRIMARY KEY,
    event_id     VARCHAR(200)  NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    source_id    VARCHAR(200)  NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    position     INTEGER       NOT NULL,
    quote        TEXT          NOT NULL,
    start_offset INTEGER       NOT NULL,
    end_offset   INTEGER       NOT NULL,
    prefix       VARCHAR(200)  NOT NULL,
    suffix       VARCHAR(200)  NOT NULL,
    CONSTRAINT citation_offsets_ordered CHECK (start_offset >= 0 AND start_offset < end_offset),
    CONSTRAINT citation_unique_span UNIQUE (event_id, source_id, start_offset, end_offset)
);
CREATE INDEX citation_event ON citation (event_id);
CREATE INDEX citation_source ON citation (source_id);

-- What the seed import last applied, so a restart with unchanged seeds does nothing.
CREATE TABLE seed_import (
    name        VARCHAR(100) NOT NULL PRIMARY KEY,
    fingerprint VARCHAR(64)     NOT NULL,
    imported_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The one row the seed import locks, so that instances starting together import one after the other.
INSERT INTO seed_import (name, fingerprint, imported_at)
VALUES ('seeds', '0000000000000000000000000000000000000000000000000000000000000000', CURRENT_TIMESTAMP);
