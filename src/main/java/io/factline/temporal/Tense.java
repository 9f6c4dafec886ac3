package io.factline.temporal;

/** The time of the clause around an expression, as far as verb forms tell. */
enum Tense {
    PAST,
    /** Present tense of an ordinary verb: news present, about the publication day or just before. */
    PRESENT,
    /** Present tense announcing a scheduled event ("se réunissent mardi", "meets on Tuesday"): today or later. */
    SCHEDULED,
    FUTURE,
    /**
     * A past verb of announcing or calling for ("a annoncé", "have called for"): the act is past, what it announces
     * may be ahead, so a month or date goes to the nearest occurrence while a weekday stays the day of the act.
     */
    ANNOUNCED,
    /** No verb form found: news default, read as past. */
    NONE
}
