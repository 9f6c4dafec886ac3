package io.factline.timeline;

import java.time.LocalDate;

/**
 * A validated request for part of the timeline; null fields do not filter.
 *
 * @param from   keep events whose interval ends on or after this day
 * @param to     keep events whose interval starts on or before this day
 * @param q      text contained in the title, the summary or a quote (case-insensitive)
 * @param place  place id, name or alias
 * @param actor  actor id, name or alias
 * @param after  keyset of the last event already seen
 */
public record EventQuery(LocalDate from, LocalDate to, String q, String place, String actor, String tag,
        String source, Event.Status status, int limit, Key after) {

    /** The position of an event in the timeline's order. */
    public record Key(LocalDate earliest, LocalDate latest, String id) {
    }
}
