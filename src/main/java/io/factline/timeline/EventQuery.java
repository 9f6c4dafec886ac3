package io.factline.timeline;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * A validated request for part of the timeline; null fields do not filter.
 *
 * @param from         keep events whose interval ends on or after this day
 * @param to           keep events whose interval starts on or before this day
 * @param q            text contained in the title, the summary or a quote (case-insensitive)
 * @param place        place id, name or alias
 * @param actor        actor id, name or alias
 * @param updatedSince when set, the page is a change feed: events created or changed at or after this instant and
 *                     tombstones of events deleted since, in (updatedAt, id) order
 * @param after        keyset of the last event already seen (timeline order)
 * @param changesAfter keyset of the last change already seen (change-feed order)
 */
public record EventQuery(LocalDate from, LocalDate to, String q, String place, String actor, String tag,
        String source, Event.Status status, OffsetDateTime updatedSince, int limit, Key after,
        ChangeKey changesAfter) {

    /** The position of an event in the timeline's order; {@code time} is null for a whole day or longer. */
    public record Key(LocalDate earliest, LocalDate latest, LocalTime time, String id) {
    }

    /** The position of an event or a tombstone in the change feed's order. */
    public record ChangeKey(OffsetDateTime at, String id) implements Comparable<ChangeKey> {

        @Override
        public int compareTo(ChangeKey other) {
            int byTime = at.compareTo(other.at);
            return byTime != 0 ? byTime : id.compareTo(other.id);
        }
    }
}
