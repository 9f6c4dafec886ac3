package io.factline.temporal;

/**
 * The granularity a date is known to; its interval is the whole unit it names. The three finest are times of one
 * day (TIMEX3 type TIME): their interval is that day, and the value carries the time ({@code 1999-05-18T21:45},
 * {@code 1999-05-18T18:00}, {@code 1999-05-19TMO}).
 */
public enum Precision {
    /** A clock time with its minutes: "21 h 45", "10:35 a.m.". */
    MINUTE,
    /** A clock time to the hour: "18 h", "midi", "4 in the morning". */
    HOUR,
    /** A part of the day: "hier matin" (MO), "dimanche après-midi" (AF), "ce soir" (EV), "la nuit" (NI). */
    PART_OF_DAY,
    DAY,
    WEEK,
    MONTH,
    SEASON,
    QUARTER,
    HALF,
    YEAR,
    DECADE,
    CENTURY
}
