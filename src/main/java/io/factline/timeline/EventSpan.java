package io.factline.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The class of an event interval's length, stored with the event ({@code span_class}): it bounds how long before a
 * window an overlapping event can start, which lets the timeline query scan its index between two bounds.
 * Migration V2 and its check constraint hold the same numbers.
 */
public final class EventSpan {

    /** Longest interval, in days from earliest to latest, of each bounded class; the last class is unbounded. */
    private static final int[] MAX_DAYS = {31, 366};

    static final short UNBOUNDED = (short) MAX_DAYS.length;

    private EventSpan() {
    }

    public static short classify(LocalDate earliest, LocalDate latest) {
        long days = ChronoUnit.DAYS.between(earliest, latest);
        for (short c = 0; c < MAX_DAYS.length; c++) {
            if (days <= MAX_DAYS[c]) {
                return c;
            }
        }
        return UNBOUNDED;
    }

    /** The earliest start an event of class {@code spanClass} overlapping a window from {@code from} can have. */
    static LocalDate earliestStart(short spanClass, LocalDate from) {
        return spanClass == UNBOUNDED ? null : from.minusDays(MAX_DAYS[spanClass]);
    }
}
