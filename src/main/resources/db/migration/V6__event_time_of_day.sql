-- The time of day of a date finer than a day, a TIMEX3 TIME: 21:45 for 2024-05-16T21:45, 18:00 for 2024-05-16T18:00,
-- and for a part of the day the conventional start of that part (io.factline.temporal.TimeOfDay: morning 06:00,
-- midday 12:00, afternoon 14:00, daytime 08:00, evening 18:00, night 22:00). NULL for a whole day or longer.
-- The application derives it from date_value whenever it writes an event; the timeline sorts the events of one
-- day by it, a whole day first.
ALTER TABLE event ADD COLUMN date_time TIME;

-- Rows written before this column: only values of the form YYYY-MM-DDTHH:MM or YYYY-MM-DDTMO... carry a time, and
-- only events written since the resolver reads times have them (none, in a database older than that).
UPDATE event SET date_time = CASE SUBSTRING(date_value, 12, 2)
        WHEN 'MO' THEN TIME '06:00:00'
        WHEN 'MI' THEN TIME '12:00:00'
        WHEN 'AF' THEN TIME '14:00:00'
        WHEN 'DT' THEN TIME '08:00:00'
        WHEN 'EV' THEN TIME '18:00:00'
        WHEN 'NI' THEN TIME '22:00:00'
        ELSE CAST(SUBSTRING(date_value, 12, 5) || ':00' AS TIME)
    END
WHERE date_precision IN ('MINUTE', 'HOUR', 'PART_OF_DAY')
    AND (date_value LIKE '____-__-__T__:__%' OR SUBSTRING(date_value, 12, 2) IN ('MO', 'MI', 'AF', 'DT', 'EV', 'NI'));

-- The timeline's order and its keyset cursor become (earliest, latest, date_time, id), a whole day (NULL) before the
-- times of that day: the two indexes that serve it gain the column, in that order.
DROP INDEX event_timeline_order;
CREATE INDEX event_timeline_order ON event (earliest, latest, date_time NULLS FIRST, id);
DROP INDEX event_span_timeline;
CREATE INDEX event_span_timeline ON event (span_class, earliest, latest, date_time NULLS FIRST, id);
