-- Ingestion and editing: a change feed over events, and tombstones so that mirrors learn of deletions.

-- GET /events?updatedSince= walks events in (updated_at, id) order.
CREATE INDEX event_updated ON event (updated_at, id);

-- One row per deleted event id; the timeline's own queries never read this table.
CREATE TABLE event_tombstone (
    id         VARCHAR(200) NOT NULL PRIMARY KEY,
    deleted_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX event_tombstone_deleted ON event_tombstone (deleted_at, id);
