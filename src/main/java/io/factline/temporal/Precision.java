package io.factline.temporal;

/** The granularity a date is known to; its interval is the whole unit it names. */
public enum Precision {
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
