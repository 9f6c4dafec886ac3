package io.factline.temporal;

/** What a temporal expression denotes: a point or span on the calendar, a length of time, or a recurrence. */
public enum TimexType {
    DATE,
    DURATION,
    SET
}
