-- The timeline query keeps events whose [earliest, latest] overlaps a window [from, to]. Ordered by earliest,
-- an index can bound "earliest <= to" but not "latest >= from": without more, every event that starts before the
-- window is scanned (the query plans showed 97,000 index entries read for a window in the last year of a
-- 100,000-event, 30-year timeline). So each event carries the class of its interval's length: 0 up to 31 days,
-- 1 up to 366 days, 2 longer. An overlapping event of class 0 starts at most 31 days before the window, one of
-- class 1 at most 366 days before: per class, the scan is bounded on both sides.
ALTER TABLE event ADD COLUMN span_class SMALLINT DEFAULT 2 NOT NULL;

UPDATE event SET span_class = CASE
    WHEN latest <= earliest + 31 THEN 0
    WHEN latest <= earliest + 366 THEN 1
    ELSE 2
END;

-- The bound is the database's promise, whoever writes: a class never claims a shorter interval than it has
-- (a row written without the column gets class 2, the one without a bound).
ALTER TABLE event ADD CONSTRAINT event_span_class_bounds CHECK (
    span_class = 2
    OR (span_class = 1 AND latest <= earliest + 366)
    OR (span_class = 0 AND latest <= earliest + 31));

CREATE INDEX event_span_timeline ON event (span_class, earliest, latest, id);

-- Deleting a source sets date_source_id to null on the events it dated: without an index, each deletion scans
-- the whole event table.
CREATE INDEX event_date_source ON event (date_source_id);
