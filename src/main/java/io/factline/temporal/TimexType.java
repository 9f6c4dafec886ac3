package io.factline.temporal;

/**
 * What a temporal expression denotes: a point or span on the calendar, a time of a day, a length of time, or a
 * recurrence.
 */
public enum TimexType {
    DATE,
    /** A clock time or a part of a day: "21 h 45", "hier soir", "Friday morning". Its interval is its day. */
    TIME,
    DURATION,
    SET
}
